import type { Account } from '../schema/index.js';
import { codeColumn, enumColumn, timeColumn } from './columns.js';
import { Dictionary } from './dictionary.js';
import { GROUPS } from './enums.js';

/**
 * Accounts as columns. Row `i` is the account whose id has code `i` in `ids`. Rows past
 * `declared` are accounts known only because other tables name them (purchase data often comes
 * without an accounts table): their id is all that is known, every other column is absent.
 */
export interface AccountColumns {
  /** Accounts known: declared rows plus those only referenced. */
  length: number;
  /** Rows that came from the accounts table. */
  declared: number;
  ids: Dictionary;
  name: (string | undefined)[];
  segment: Int32Array;
  owner: Int32Array;
  createdAt: Float64Array;
  churnedAt: Float64Array;
  campaign: Int32Array;
  /** Index into GROUPS (test, control); 255 when absent. */
  group: Uint8Array;
}

/** The id dictionary comes first so that other tables can encode references before the columns exist. */
export function accountIds(rows: readonly Account[]): Dictionary {
  return new Dictionary(rows.map((row) => row.id));
}

export function accountColumns(rows: readonly Account[], ids: Dictionary, dicts: { segments: Dictionary; owners: Dictionary; campaigns: Dictionary }): AccountColumns {
  // Pad with empty rows for accounts that other tables referenced but the table did not declare.
  const all: Partial<Account>[] = rows.length === ids.size ? (rows as Account[]) : [...rows, ...new Array(ids.size - rows.length).fill({})];
  return {
    length: ids.size,
    declared: rows.length,
    ids,
    name: all.map((row) => row.name),
    segment: codeColumn(all, (r) => r.segment, dicts.segments),
    owner: codeColumn(all, (r) => r.owner, dicts.owners),
    createdAt: timeColumn(all, (r) => r.createdAt),
    churnedAt: timeColumn(all, (r) => r.churnedAt),
    campaign: codeColumn(all, (r) => r.campaignId, dicts.campaigns),
    group: enumColumn(all, (r) => r.group, GROUPS),
  };
}
