import type { Deal } from '../schema/index.js';
import { codeColumn, enumColumn } from './columns.js';
import type { Dictionary } from './dictionary.js';
import { DEAL_KINDS, OUTCOMES } from './enums.js';
import type { TableSource } from './table-source.js';

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

export function dealColumns(source: TableSource<Deal>, ids: Dictionary, dicts: { accounts: Dictionary; owners: Dictionary; stages: Dictionary; campaigns: Dictionary }): DealColumns {
  const { length } = source;
  const history = source.values('history');
  const historyStart = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) historyStart[i + 1] = (historyStart[i] as number) + (history(i)?.length ?? 0);
  const entries = historyStart[length] as number;
  const historyStage = new Int32Array(entries);
  const historyAt = new Float64Array(entries);
  for (let i = 0; i < length; i++) {
    let k = historyStart[i] as number;
    for (const entry of history(i) ?? []) {
      historyStage[k] = dicts.stages.encode(entry.stage);
      historyAt[k] = entry.at;
      k++;
    }
  }
  return {
    length,
    ids,
    account: codeColumn(length, source.values('accountId'), dicts.accounts),
    owner: codeColumn(length, source.values('owner'), dicts.owners),
    amount: source.numbers('amount'),
    createdAt: source.numbers('createdAt'),
    closedAt: source.numbers('closedAt'),
    outcome: enumColumn(length, source.values('outcome'), OUTCOMES),
    stage: codeColumn(length, source.values('stage'), dicts.stages),
    kind: enumColumn(length, source.values('kind'), DEAL_KINDS),
    campaign: codeColumn(length, source.values('campaignId'), dicts.campaigns),
    historyStart,
    historyStage,
    historyAt,
  };
}
