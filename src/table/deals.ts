import type { Deal } from '../schema/index.js';
import { codeColumn, enumColumn, numberColumn, timeColumn } from './columns.js';
import type { Dictionary } from './dictionary.js';
import { DEAL_KINDS, OUTCOMES } from './enums.js';

/**
 * Deals as columns. Stage histories are stored flat (compressed sparse rows): the entries of
 * deal `i` are `historyStage[k]`, `historyAt[k]` for `historyStart[i] <= k < historyStart[i + 1]`.
 */
export interface DealColumns {
  length: number;
  ids: Dictionary;
  account: Int32Array;
  owner: Int32Array;
  amount: Float64Array;
  createdAt: Float64Array;
  closedAt: Float64Array;
  /** Index into OUTCOMES: 0 open, 1 won, 2 lost. */
  outcome: Uint8Array;
  /** Code in the table's `stages` dictionary. */
  stage: Int32Array;
  /** Index into DEAL_KINDS; 255 when absent. */
  kind: Uint8Array;
  campaign: Int32Array;
  historyStart: Int32Array;
  historyStage: Int32Array;
  historyAt: Float64Array;
}

export function dealColumns(rows: readonly Deal[], ids: Dictionary, dicts: { accounts: Dictionary; owners: Dictionary; stages: Dictionary; campaigns: Dictionary }): DealColumns {
  const historyStart = new Int32Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) historyStart[i + 1] = (historyStart[i] as number) + ((rows[i] as Deal).history?.length ?? 0);
  const entries = historyStart[rows.length] as number;
  const historyStage = new Int32Array(entries);
  const historyAt = new Float64Array(entries);
  for (let i = 0; i < rows.length; i++) {
    let k = historyStart[i] as number;
    for (const entry of (rows[i] as Deal).history ?? []) {
      historyStage[k] = dicts.stages.encode(entry.stage);
      historyAt[k] = entry.at;
      k++;
    }
  }
  return {
    length: rows.length,
    ids,
    account: codeColumn(rows, (r) => r.accountId, dicts.accounts),
    owner: codeColumn(rows, (r) => r.owner, dicts.owners),
    amount: numberColumn(rows, (r) => r.amount),
    createdAt: timeColumn(rows, (r) => r.createdAt),
    closedAt: timeColumn(rows, (r) => r.closedAt),
    outcome: enumColumn(rows, (r) => r.outcome, OUTCOMES),
    stage: codeColumn(rows, (r) => r.stage, dicts.stages),
    kind: enumColumn(rows, (r) => r.kind, DEAL_KINDS),
    campaign: codeColumn(rows, (r) => r.campaignId, dicts.campaigns),
    historyStart,
    historyStage,
    historyAt,
  };
}
