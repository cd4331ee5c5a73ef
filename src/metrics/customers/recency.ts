import { formatDay } from '../../time/civil.js';
import { defineMetric } from '../metric-module.js';
import { ratio } from '../result.js';
import { accountsKept, dataEnd, localDayReader, purchaseRows, ROLE, type PurchaseRows } from './customer-activity.js';
import { purchaseTotals, raiseToLastInteraction } from './customer-activity-totals.js';
import { medianInPlace } from './customer-activity-median.js';

export interface RecencyCustomer {
  accountId: string;
  name: string | null;
  /** Local day of the last interaction, `YYYY-MM-DD`. */
  lastInteraction: string;
  /** Whole local days from the last interaction to `asOf`. */
  recencyDays: number;
  /** Median days between consecutive purchase days; null with fewer than two purchase days. */
  usualGapDays: number | null;
  purchases: number;
  /** Net revenue in [from, to) (all of it without a range). */
  revenue: number;
  /** recencyDays > usualGapDays (strictly). */
  atRisk: boolean;
}

export interface RecencyResult {
  /** The day recency is counted to: `to`'s local day, else the data's last day; null without data. */
  asOf: string | null;
  /** At-risk customers first, each group by revenue, largest first. */
  customers: RecencyCustomer[];
  /** Customers at risk. */
  atRisk: number;
  /** Their revenue. */
  revenueAtRisk: number;
  /** Revenue of all the customers listed: the base of `shareAtRisk`. */
  revenue: number;
  /** revenueAtRisk / revenue; null when revenue ≤ 0. */
  shareAtRisk: number | null;
}

/**
 * The local days of each account's purchases before `before`, grouped by account (a counting
 * sort on the purchase counts already known): account a's are days[start[a] … start[a + 1]).
 */
function purchaseDays(rows: PurchaseRows, kept: Uint8Array, purchases: Int32Array, before: number, localDay: (t: number) => number) {
  const n = purchases.length;
  const start = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) start[a + 1] = start[a]! + purchases[a]!;
  const next = start.slice(0, n);
  const days = new Int32Array(start[n]!);
  const { account, role, at } = rows;
  for (let i = 0; i < rows.length; i++) {
    const a = account[i]!;
    if (a >= 0 && kept[a] === 1 && role[i] === ROLE.purchase && at[i]! < before) days[next[a]!++] = localDay(at[i]!);
  }
  return { start, days };
}

/** The median gap between distinct consecutive purchase days of account a (NaN with fewer than two). */
function usualGap(days: Int32Array, start: Int32Array, gaps: Float64Array, a: number): number {
  const lo = start[a]!;
  const own = days.subarray(lo, start[a + 1]!).sort();
  let n = 0;
  for (let i = 1; i < own.length; i++) if (own[i] !== own[i - 1]) gaps[lo + n++] = own[i]! - own[i - 1]!;
  return n === 0 ? NaN : medianInPlace(gaps, lo, lo + n);
}

/**
 * Recency: for each customer (an account with a purchase before `to`), the whole days from its
 * last interaction — an order (refunds included), an activity, a ticket opened, a survey
 * answered — to `asOf` (`to`'s local day, else the local day of the data's last instant), beside
 * its usual gap: the median of the day gaps between consecutive distinct purchase days (null
 * with fewer than two). At risk: `recencyDays > usualGapDays`, strictly — a customer exactly at
 * its usual rhythm is not late yet. `revenue` is the customer's net revenue in [from, to);
 * `shareAtRisk = revenueAtRisk / revenue` of all listed customers. A dataset without orders
 * reads its won deals (at their close) as the purchases.
 *
 * Seeds 003 ("at-risk clients", a revenue health report) and 004 ("when was the last
 * interaction with the customers", win back those who have fallen off). Empty base: no
 * customers, `shareAtRisk: null`.
 */
export const recency = defineMetric({
  id: 'recency',
  family: 'customers',
  definitions: ['median-purchase-gap'],
  options: [],
  kind: 'rich',
  compute(scope): RecencyResult {
    const { table } = scope;
    const rows = purchaseRows(table);
    const kept = accountsKept(scope);
    const before = Number.isFinite(scope.to) ? scope.to : Infinity;
    const asOfInstant = Number.isFinite(scope.to) ? scope.to : dataEnd(table);
    const localDay = localDayReader(scope.timeZone);
    const empty: RecencyResult = { asOf: null, customers: [], atRisk: 0, revenueAtRisk: 0, revenue: 0, shareAtRisk: null };
    if (Number.isNaN(asOfInstant)) return empty;
    const asOfDay = localDay(asOfInstant);

    const { purchases, last, revenue } = purchaseTotals(scope, rows, kept);
    raiseToLastInteraction(table, kept, before, last);
    const { start, days } = purchaseDays(rows, kept, purchases, before, localDay);
    const gaps = new Float64Array(days.length);
    const gap = new Float64Array(kept.length);
    const late = new Uint8Array(kept.length);
    const order = new Int32Array(kept.length);
    let customers = 0;
    let atRisk = 0;
    let revenueAtRisk = 0;
    let total = 0;
    for (let a = 0; a < kept.length; a++) {
      if (purchases[a] === 0) continue;
      gap[a] = usualGap(days, start, gaps, a);
      late[a] = asOfDay - localDay(last[a]!) > gap[a]! ? 1 : 0; // a NaN gap is never exceeded
      order[customers++] = a;
      total += revenue[a]!;
      if (late[a] === 0) continue;
      atRisk++;
      revenueAtRisk += revenue[a]!;
    }
    const ranked = order.subarray(0, customers).sort((x, y) => late[y]! - late[x]! || revenue[y]! - revenue[x]! || x - y);
    const dayLabels = new Map<number, string>(); // few distinct days, many customers: format each once
    const label = (day: number) => dayLabels.get(day) ?? dayLabels.set(day, formatDay(day)).get(day)!;
    const { ids, name } = table.accounts;
    const list = Array.from(ranked, (a): RecencyCustomer => ({
      accountId: ids.values[a]!,
      name: name[a] ?? null,
      lastInteraction: label(localDay(last[a]!)),
      recencyDays: asOfDay - localDay(last[a]!),
      usualGapDays: Number.isNaN(gap[a]!) ? null : gap[a]!,
      purchases: purchases[a]!,
      revenue: revenue[a]!,
      atRisk: late[a] === 1,
    }));
    return { asOf: formatDay(asOfDay), customers: list, atRisk, revenueAtRisk, revenue: total, shareAtRisk: ratio(revenueAtRisk, total) };
  },
});
