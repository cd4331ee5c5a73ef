/**
 * Per-account totals of the purchase rows, and each account's last interaction: what recency
 * and relationship groups read, in one pass over the purchase rows plus one over each table of
 * interactions (activities, tickets, surveys).
 */
import type { CrmTable } from '../../table/index.js';
import type { MetricScope } from '../scope.js';
import { accountLedger, firstAtOrAfter, type AccountLedger } from './account-ledger.js';
import { ROLE, type PurchaseRows } from './customer-activity.js';
import { interactionTimes, lastInteractionBefore } from './interaction-times.js';

/** Typed arrays indexed by account row, and one count over all kept accounts. */
export interface PurchaseTotals {
  /** Row of the first purchase; -1 for none. */
  readonly first: Int32Array;
  /** Its time; NaN for none. */
  readonly firstAt: Float64Array;
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
 * Per kept account: its first purchase before `to` (the real first, whatever `from` says), its
 * purchases before `to`, its last purchase row before `to` (a refund too: the customer was in
 * touch), and in [from, to) its net revenue, the known costs, whether it bought, and how many of
 * those purchases carry no cost.
 *
 * Read from the account ledger (account-ledger.ts): an account whose rows all fall in the range
 * takes its totals as they are; otherwise the run of its rows in the range is added up in row
 * order, as a pass over the rows would. `rows` must be `purchaseRows(scope.table)`.
 */
export function purchaseTotals(scope: MetricScope, rows: PurchaseRows, kept: Uint8Array): PurchaseTotals {
  const ledger = accountLedger(scope.table);
  if (rows !== ledger.rows) throw new Error('purchaseTotals: rows must be purchaseRows(scope.table)');
  const n = kept.length;
  const totals = {
    first: new Int32Array(n).fill(-1),
    firstAt: new Float64Array(n).fill(NaN),
    purchases: new Int32Array(n),
    last: new Float64Array(n).fill(-Infinity),
    revenue: new Float64Array(n),
    cost: new Float64Array(n),
    buyer: new Uint8Array(n),
    costless: 0,
  };
  const { start, at, timeOrdered, firstPurchase, firstPurchaseAt } = ledger;
  const { from, to } = scope;
  for (let a = 0; a < n; a++) {
    if (kept[a] === 0 || start[a] === start[a + 1]) continue;
    const s = start[a]!;
    const e = start[a + 1]!;
    if (firstPurchaseAt[a]! < to) {
      totals.first[a] = firstPurchase[a]!;
      totals.firstAt[a] = firstPurchaseAt[a]!;
    }
    if (timeOrdered[a] === 0) {
      totals.costless += addRun(totals, ledger, a, s, e, from, to, true);
      continue;
    }
    const hi = to === Infinity ? e : firstAtOrAfter(at, s, e, to);
    const lo = from === -Infinity ? s : firstAtOrAfter(at, s, hi, from);
    totals.last[a] = hi === e ? ledger.lastAt[a]! : hi > s ? at[hi - 1]! : -Infinity;
    if (lo === s && hi === e) {
      totals.purchases[a] = ledger.purchases[a]!;
      totals.revenue[a] = ledger.revenue[a]!;
      totals.cost[a] = ledger.cost[a]!;
      totals.buyer[a] = ledger.purchases[a]! > 0 ? 1 : 0;
      totals.costless += ledger.costless[a]!;
      continue;
    }
    // Purchases before `to` start at the account's first position, the sums at the range's.
    for (let j = s; j < lo; j++) if (rows.role[ledger.row[j]!] === ROLE.purchase) totals.purchases[a]!++;
    totals.costless += addRun(totals, ledger, a, lo, hi, from, to, false);
  }
  return totals;
}

/**
 * Adds positions [lo, hi) of account `a` to its totals, in row order; with `check`, each row's
 * time is tested against the range (an account whose rows are out of time order). Returns the
 * purchases in the range without a cost.
 */
function addRun(totals: Omit<PurchaseTotals, 'costless' | 'firstAt'>, ledger: AccountLedger, a: number, lo: number, hi: number, from: number, to: number, check: boolean): number {
  const { role, amount, cost: costs } = ledger.rows;
  const { row, at } = ledger;
  let costless = 0;
  for (let j = lo; j < hi; j++) {
    const t = at[j]!;
    if (check && !(t < to)) continue;
    const i = row[j]!;
    const purchase = role[i] === ROLE.purchase;
    if (check) {
      if (t > totals.last[a]!) totals.last[a] = t;
      if (purchase) totals.purchases[a]!++;
      if (t < from) continue;
    } else if (purchase) totals.purchases[a]!++;
    totals.revenue[a] = totals.revenue[a]! + amount[i]!;
    const c = costs === null ? NaN : costs[i]!;
    if (!Number.isNaN(c)) totals.cost[a] = totals.cost[a]! + c; // a refund without a cost moves the margin by its amount only
    else if (purchase) costless++;
    if (purchase) totals.buyer[a] = 1;
  }
  return costless;
}

/**
 * Raises each account's last purchase row (from {@link purchaseTotals}) to its last interaction
 * before `before`: an activity, a ticket opened, a survey answered (interaction-times.ts: a
 * binary search per kept account). In place; -Infinity stays for an account without any.
 */
export function raiseToLastInteraction(table: CrmTable, kept: Uint8Array, before: number, last: Float64Array): Float64Array {
  const times = interactionTimes(table);
  for (let a = 0; a < kept.length; a++) {
    if (kept[a] !== 1) continue;
    const t = lastInteractionBefore(times, a, before);
    if (t > last[a]!) last[a] = t;
  }
  return last;
}
