/**
 * Who a row belongs to, by the same rules as the scope's filters (`passes`): a row without an
 * owner of its own is its account's, and an activity logged on a deal only is its deal's account's.
 */
import { ABSENT, type CrmTable } from '../../table/index.js';

/** The row's own owner code, else its account's; -1 when neither is known. */
export function effectiveOwner(table: CrmTable, account: number, rowOwner: number): number {
  if (rowOwner >= 0) return rowOwner;
  return account >= 0 ? (table.accounts.owner[account] as number) : ABSENT;
}

/**
 * The account of activity `i`: its own, else its deal's; -1 when neither is known. (A deal id
 * of a dataset without a deals table has a code but no row: no account.)
 */
export function activityAccount(table: CrmTable, i: number): number {
  const account = table.activities.account[i] as number;
  if (account >= 0) return account;
  const deal = table.activities.deal[i] as number;
  return deal >= 0 && deal < table.deals.length ? (table.deals.account[deal] as number) : ABSENT;
}

/** The owner name of a code; `null` for -1 (no owner known). */
export function ownerName(table: CrmTable, code: number): string | null {
  return code >= 0 ? (table.owners.decode(code) ?? null) : null;
}

/** Order of per-owner rows: most first, then by name, rows without an owner last. */
export function byCountThenOwner(a: { count: number; owner: string | null }, b: { count: number; owner: string | null }): number {
  if (a.count !== b.count) return b.count - a.count;
  if (a.owner === b.owner) return 0;
  if (a.owner === null) return 1;
  if (b.owner === null) return -1;
  return a.owner < b.owner ? -1 : 1;
}
