/**
 * Per account: what it bought in a range, on a revenue basis — the sums lifetime value (and any
 * per-customer revenue figure) is built from, one pass over the basis' rows.
 */
import { OUTCOME, type CrmTable } from '../../table/index.js';
import { accountLedger, firstAtOrAfter } from '../customers/account-ledger.js';
import { perTable } from '../per-table.js';
import type { RevenueBasis } from './revenue-basis.js';
import { periodsBetween, subscriptionClock, termEnd } from './subscription-clock.js';

/** Indexed by account row; rows without an account are left out (they belong to no customer). */
export interface AccountPurchases {
  /** Revenue in the range on the basis (refunds lower it). */
  revenue: Float64Array;
  /**
   * Purchases in the range: orders with a positive amount; won deals with a positive amount;
   * for subscriptions, billing periods of terms with a positive amount (fractional where the
   * range holds part of a period), so revenue / purchases is the average amount per period.
   */
  purchases: Float64Array;
  /** First purchase ever, range or not (NaN: none): an order's `at`, a deal's `closedAt`, a paid term's `start`. */
  firstEver: Float64Array;
  /** The latest purchase in the range (for a term: the last instant it covers there); NaN: none. */
  lastInRange: Float64Array;
}

/**
 * Purchases per account in [start, end) on `basis`; `periodMonths` is the subscription billing
 * period (subscription-revenue.ts), an open term running to the data's end.
 */
export function accountPurchases(table: CrmTable, basis: RevenueBasis, start: number, end: number, periodMonths: number): AccountPurchases {
  const n = table.accounts.length;
  const result: AccountPurchases = {
    revenue: new Float64Array(n),
    purchases: new Float64Array(n),
    firstEver: new Float64Array(n).fill(NaN),
    lastInRange: new Float64Array(n).fill(NaN),
  };
  if (basis === 'subscriptions') addSubscriptions(table, result, start, end, periodMonths);
  else if (basis === 'orders' && table.orders.length > 0 && ordersFitLedger(table)) addOrdersFromLedger(table, result, start, end);
  else if (basis === 'orders') addRows(result, table.orders.length, table.orders.account, table.orders.at, table.orders.amount, null, start, end);
  else addRows(result, table.deals.length, table.deals.account, table.deals.closedAt, table.deals.amount, table.deals.outcome, start, end);
  return result;
}

/** Orders, or won deals (`outcome` given: rows not won are skipped), each a purchase at its time. */
function addRows(p: AccountPurchases, length: number, account: Int32Array, time: Float64Array, amount: Float64Array, outcome: Uint8Array | null, start: number, end: number): void {
  for (let i = 0; i < length; i++) {
    const a = account[i] as number;
    if (a < 0 || (outcome && outcome[i] !== OUTCOME.won)) continue;
    const t = time[i] as number;
    const value = amount[i] as number;
    if (value > 0 && !((p.firstEver[a] as number) <= t)) p.firstEver[a] = t;
    if (!(t >= start && t < end)) continue;
    p.revenue[a] = (p.revenue[a] as number) + value;
    if (value > 0) {
      p.purchases[a] = (p.purchases[a] as number) + 1;
      if (!((p.lastInRange[a] as number) >= t)) p.lastInRange[a] = t;
    }
  }
}

/**
 * Whether every order with an account has a finite amount and time — always so in a parsed
 * dataset. Then the account ledger (account-ledger.ts), built on the orders when there are any,
 * holds exactly the orders `addRows` reads, each account's in row order, and its totals can
 * stand in for them.
 */
const ordersFitLedger = perTable((table) => {
  const { account, amount, at } = table.orders;
  for (let i = 0; i < account.length; i++) if ((account[i] as number) >= 0 && !(Number.isFinite(amount[i]) && Number.isFinite(at[i]))) return false;
  return true;
});

/**
 * `addRows` for orders, from the account ledger: an account whose orders all fall in
 * [start, end) — every account, over the whole data — takes the ledger's totals (added in the
 * same row order); otherwise the run of its orders in the range is added up, found by binary
 * search when its orders are in time order.
 */
function addOrdersFromLedger(table: CrmTable, p: AccountPurchases, start: number, end: number): void {
  const ledger = accountLedger(table);
  const { amount } = table.orders;
  const { row, at, timeOrdered } = ledger;
  for (let a = 0; a < p.revenue.length; a++) {
    const s = ledger.start[a] as number;
    const e = ledger.start[a + 1] as number;
    if (s === e) continue;
    p.firstEver[a] = ledger.firstPurchaseAt[a] as number;
    const ordered = timeOrdered[a] === 1;
    const lo = ordered ? firstAtOrAfter(at, s, e, start) : s;
    const hi = ordered ? firstAtOrAfter(at, lo, e, end) : e;
    if (ordered && lo === s && hi === e) {
      p.revenue[a] = ledger.revenue[a] as number;
      p.purchases[a] = ledger.purchases[a] as number;
      p.lastInRange[a] = ledger.lastPurchaseAt[a] as number;
      continue;
    }
    for (let j = lo; j < hi; j++) {
      const t = at[j] as number;
      if (!ordered && !(t >= start && t < end)) continue;
      const value = amount[row[j] as number] as number;
      p.revenue[a] = (p.revenue[a] as number) + value;
      if (value > 0) {
        p.purchases[a] = (p.purchases[a] as number) + 1;
        if (!((p.lastInRange[a] as number) >= t)) p.lastInRange[a] = t;
      }
    }
  }
}

function addSubscriptions(table: CrmTable, p: AccountPurchases, start: number, end: number, periodMonths: number): void {
  const { subscriptions } = table;
  const clock = subscriptionClock(table, periodMonths, start, end);
  for (let i = 0; i < subscriptions.length; i++) {
    const a = subscriptions.account[i] as number;
    const termStart = subscriptions.start[i] as number;
    const amount = subscriptions.amount[i] as number;
    // A free term (amount 0) is no purchase, as an order of 0 is none.
    if (a < 0 || !(amount > 0)) continue;
    if (!((p.firstEver[a] as number) <= termStart)) p.firstEver[a] = termStart;
    const from = Math.max(termStart, start);
    const to = Math.min(termEnd(clock, i), end);
    if (!(to > from)) continue;
    const periods = periodsBetween(clock, i, from, to);
    p.revenue[a] = (p.revenue[a] as number) + amount * periods;
    p.purchases[a] = (p.purchases[a] as number) + periods;
    if (!((p.lastInRange[a] as number) >= to)) p.lastInRange[a] = to;
  }
}
