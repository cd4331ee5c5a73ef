/**
 * The typed-array core of `cohort-retention`: each customer's cohort (the period of its first
 * purchase, or of its first subscription start), the cohort sizes, and a P × K matrix (cohort
 * period × offset) of distinct active customers or of net revenue.
 *
 * Periods are bucketed once (`bucketTimes`: integer day arithmetic, no `Date` per row); each
 * account's first row and cohort sit in Int32Arrays; "customer c already counted in offset k"
 * is one bit of a per-account bitset instead of a Set per cell (DESIGN.md, "Performance budget":
 * 24 × 24 over 1M orders in ~21 ms).
 */
import { bucketTimes, type CrmTable, type Period, type PeriodBuckets } from '../../table/index.js';
import type { CohortCounting } from './cohort-counting.js';
import { countActive, countRevenue } from './cohort-counting.js';
import { dataEnd } from './customer-activity.js';

export type CohortBasis = 'customers' | 'revenue';
export type CohortSource = 'orders' | 'subscriptions';

export interface CohortRequest {
  readonly source: CohortSource;
  readonly basis: CohortBasis;
  readonly period: Period;
  readonly timeZone: string;
  /** Cohorts by first activity in [from, to); activity counted before `to`. */
  readonly from: number;
  readonly to: number;
  /** Most offsets per cohort (columns of the matrix). */
  readonly maxPeriods: number;
  /** 1 for each account the filters keep. */
  readonly kept: Uint8Array;
  /** Bitset budget in 32-bit words (tests shrink it to exercise windows of offsets). */
  readonly bitsetWords?: number;
}

export interface CohortMatrix {
  /** The matrix's periods: cohort rows and offset columns both count in these buckets. */
  readonly buckets: PeriodBuckets;
  /** Columns per row: min(periods, maxPeriods). */
  readonly offsets: number;
  /** Customers whose cohort is bucket p. */
  readonly sizes: Int32Array;
  /** Row p, column k (at p × offsets + k): active customers, or net revenue, of cohort p in bucket p + k. */
  readonly counts: Float64Array;
  /**
   * Where observation ends (exclusive): `to` when it falls in or at the end of the matrix's last
   * period, else just after the data's last instant (the data stops before `to`, or there is no
   * `to`). The last period is still running when this is before the period's end.
   */
  readonly observedUntil: number;
}

/** Beyond this many cells the matrix is not a chart but a wrong period or a stray row. */
const MAX_CELLS = 1 << 24;

/** Each account's first activity row (a purchase, or a subscription start); -1 for none. */
function firstRows(account: Int32Array, times: Float64Array, amount: Float64Array | null, kept: Uint8Array): { first: Int32Array; earliest: number } {
  const first = new Int32Array(kept.length).fill(-1);
  const firstAt = new Float64Array(kept.length).fill(Infinity);
  let earliest = Infinity;
  for (let i = 0; i < times.length; i++) {
    const a = account[i]!;
    const t = times[i]!;
    if (a < 0 || kept[a] === 0 || (amount !== null && !(amount[i]! > 0)) || !(t < firstAt[a]!)) continue;
    firstAt[a] = t;
    first[a] = i;
    if (t < earliest) earliest = t;
  }
  return { first, earliest };
}

/** The cohort matrix, or null when no customer's first activity falls in [from, to) of the data. */
export function cohortMatrix(table: CrmTable, request: CohortRequest): CohortMatrix | null {
  const { orders, subscriptions } = table;
  const fromOrders = request.source === 'orders';
  const account = fromOrders ? orders.account : subscriptions.account;
  const times = fromOrders ? orders.at : subscriptions.start;
  const { first, earliest } = firstRows(account, times, fromOrders ? orders.amount : null, request.kept);

  // No cohort starts before the earliest first activity: buckets begin there, not at a far `from`.
  const from = Math.max(request.from, earliest);
  const afterData = dataEnd(table) + 1;
  const end = Math.min(request.to, afterData);
  if (!(from < end)) return null;
  const buckets = bucketTimes(times, request.period, { timeZone: request.timeZone, from, to: end });
  const periods = buckets.count;
  const offsets = Math.min(periods, request.maxPeriods);
  if (periods * offsets > MAX_CELLS) {
    throw new RangeError(`cohort-retention: ${periods} cohorts × ${offsets} offsets is too large a matrix; narrow from/to, choose a longer period or set maxPeriods`);
  }

  const cohortOf = new Int32Array(first.length).fill(-1);
  const sizes = new Int32Array(periods);
  let customers = 0;
  for (let a = 0; a < first.length; a++) {
    const row = first[a]!;
    const p = row >= 0 ? buckets.index[row]! : -1;
    if (p < 0) continue; // no first activity, or it lies before `from` or from `to` on
    cohortOf[a] = p;
    sizes[p]!++;
    customers++;
  }
  if (customers === 0) return null;

  const counts = new Float64Array(periods * offsets);
  const counting: CohortCounting = { table, buckets, cohortOf, offsets, counts };
  if (request.basis === 'customers') countActive(counting, request.source, request.bitsetWords);
  else countRevenue(counting, request.source);
  const observedUntil = request.to <= buckets.starts[periods]! ? request.to : afterData;
  return { buckets, offsets, sizes, counts, observedUntil };
}
