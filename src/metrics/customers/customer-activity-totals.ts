/**
 * Per-account totals of the purchase rows, and each account's last interaction: what recency
 * and relationship groups read, in one pass over the purchase rows plus one over each table of
 * interactions (activities, tickets, surveys).
 */
import type { CrmTable } from '../../table/index.js';
import type { MetricScope } from '../scope.js';
import { ROLE, type PurchaseRows } from './customer-activity.js';

/** Typed arrays indexed by account row, and one count over all kept accounts. */
export interface PurchaseTotals {
  /** Row of the first purchase; -1 for none. */
  readonly first: Int32Array;
  readonly purchases: Int32Array;
  /** Time of the last purchase row; -Infinity for none. */
  readonly last: Float64Array;
  readonly revenue: Float64Array;
  readonly cost: Float64Array;
  /** 1 for an account with a purchase in [from, to). */
  readonly buyer: Uint8Array;
  /** Purchases in [from, to) that carry no cost (what keeps `auto` from reading margins). */
  readonly costless: number;
}

/**
 * One pass over the purchase rows, per kept account: its first purchase before `to` (the real
 * first, whatever `from` says), its purchases before `to`, its last purchase row before `to` (a
 * refund too: the customer was in touch), and in [from, to) its net revenue, the known costs,
 * whether it bought, and how many of those purchases carry no cost.
 */
export function purchaseTotals(scope: MetricScope, rows: PurchaseRows, kept: Uint8Array): PurchaseTotals {
  const n = kept.length;
  const first = new Int32Array(n).fill(-1);
  const purchases = new Int32Array(n);
  const last = new Float64Array(n).fill(-Infinity);
  const revenue = new Float64Array(n);
  const cost = new Float64Array(n);
  const buyer = new Uint8Array(n);
  const { account, role, at, amount } = rows;
  const costs = rows.cost;
  const { from, to } = scope;
  let costless = 0;
  for (let i = 0; i < rows.length; i++) {
    const a = account[i]!;
    const t = at[i]!;
    if (a < 0 || kept[a] === 0 || role[i] === ROLE.none || !(t < to)) continue; // NaN times fail too
    const purchase = role[i] === ROLE.purchase;
    if (t > last[a]!) last[a] = t;
    if (purchase) {
      purchases[a]!++;
      if (first[a]! < 0 || t < at[first[a]!]!) first[a] = i;
    }
    if (t < from) continue;
    revenue[a] = revenue[a]! + amount[i]!;
    const c = costs === null ? NaN : costs[i]!;
    if (!Number.isNaN(c)) cost[a] = cost[a]! + c; // a refund without a cost moves the margin by its amount only
    else if (purchase) costless++;
    if (purchase) buyer[a] = 1;
  }
  return { first, purchases, last, revenue, cost, buyer, costless };
}

/** Raises `last[a]` to each time in `times` before `before` of a kept account. */
function raise(last: Float64Array, kept: Uint8Array, account: Int32Array, times: Float64Array, before: number): void {
  for (let i = 0; i < times.length; i++) {
    const a = account[i]!;
    const t = times[i]!;
    if (a >= 0 && kept[a] === 1 && t < before && t > last[a]!) last[a] = t;
  }
}

/**
 * Raises each account's last purchase row (from {@link purchaseTotals}) to its last interaction
 * before `before`: an activity, a ticket opened, a survey answered. In place; -Infinity stays
 * for an account without any.
 */
export function raiseToLastInteraction(table: CrmTable, kept: Uint8Array, before: number, last: Float64Array): Float64Array {
  raise(last, kept, table.activities.account, table.activities.at, before);
  raise(last, kept, table.tickets.account, table.tickets.openedAt, before);
  raise(last, kept, table.surveys.account, table.surveys.at, before);
  return last;
}
