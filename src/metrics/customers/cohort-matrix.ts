/**
 * The typed-array core of `cohort-retention`: each customer's cohort (the period of its first
 * purchase, or of its first subscription start), the cohort sizes, and a P × K matrix (cohort
 * period × offset) of distinct active customers or of net revenue.
 *
 * What no option changes is kept per table: each account's first activity (`firstActivity`) and
 * each row's period key in the zone (`periodKeysOf`), so a call buckets a row by one subtraction
 * (`frameBucket`: the buckets `bucketTimes` would give) and fills the matrix in one pass. Each
 * account's cohort sits in an Int32Array; "customer c already counted in offset k" is one bit of a
 * per-account bitset instead of a Set per cell (DESIGN.md, "Performance budget": 24 × 24 over 1M
 * orders in ~21 ms).
 */
import type { CrmTable, Period } from '../../table/index.js';
import { frameBucket, periodFrame, type PeriodFrame } from '../../table/period-frame.js';
import { perTable } from '../per-table.js';
import { periodKeysOf } from '../period-key-cache.js';
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
  readonly buckets: PeriodFrame;
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

/** Per account: its first activity row (-1 for none) and that row's time (Infinity for none). */
export interface FirstActivity {
  readonly row: Int32Array;
  readonly at: Float64Array;
}

/**
 * Each account's first activity, whatever the scope: its earliest purchase (an order with a
 * positive amount; the first row of equal times) or its earliest subscription start. Kept per
 * table and source; shared, not to be written. Memory: 12 bytes per account (1.2 MB at 100k).
 */
export function firstActivity(table: CrmTable, source: CohortSource): FirstActivity {
  return (source === 'orders' ? firstPurchases : firstStarts)(table);
}

const firstPurchases = perTable((table) => firstRows(table.accounts.length, table.orders.account, table.orders.at, table.orders.amount));
const firstStarts = perTable((table) => firstRows(table.accounts.length, table.subscriptions.account, table.subscriptions.start, null));

function firstRows(accounts: number, account: Int32Array, times: Float64Array, amount: Float64Array | null): FirstActivity {
  const row = new Int32Array(accounts).fill(-1);
  const at = new Float64Array(accounts).fill(Infinity);
  for (let i = 0; i < times.length; i++) {
    const a = account[i]!;
    const t = times[i]!;
    if (a < 0 || (amount !== null && !(amount[i]! > 0)) || !(t < at[a]!)) continue; // NaN times never win
    at[a] = t;
    row[a] = i;
  }
  return { row, at };
}

/** The cohort matrix, or null when no customer's first activity falls in [from, to) of the data. */
export function cohortMatrix(table: CrmTable, request: CohortRequest): CohortMatrix | null {
  const { orders, subscriptions } = table;
  const fromOrders = request.source === 'orders';
  const times = fromOrders ? orders.at : subscriptions.start;
  const first = firstActivity(table, request.source);
  const { kept } = request;
  let earliest = Infinity;
  for (let a = 0; a < kept.length; a++) if (kept[a] === 1 && first.at[a]! < earliest) earliest = first.at[a]!;

  // No cohort starts before the earliest first activity: buckets begin there, not at a far `from`.
  const from = Math.max(request.from, earliest);
  const afterData = dataEnd(table) + 1;
  const end = Math.min(request.to, afterData);
  if (!(from < end)) return null;
  const frame = periodFrame(request.period, { timeZone: request.timeZone, from, to: end });
  const periods = frame.count;
  const offsets = Math.min(periods, request.maxPeriods);
  if (periods * offsets > MAX_CELLS) {
    throw new RangeError(`cohort-retention: ${periods} cohorts × ${offsets} offsets is too large a matrix; narrow from/to, choose a longer period or set maxPeriods`);
  }

  const keys = periodKeysOf(table, times, request.period, request.timeZone);
  const cohortOf = new Int32Array(kept.length).fill(-1);
  const sizes = new Int32Array(periods);
  let customers = 0;
  for (let a = 0; a < kept.length; a++) {
    const row = kept[a] === 1 ? first.row[a]! : -1;
    const p = row >= 0 ? frameBucket(frame, keys, times, row) : -1;
    if (p < 0) continue; // no first activity, or it lies before `from` or from `to` on
    cohortOf[a] = p;
    sizes[p]!++;
    customers++;
  }
  if (customers === 0) return null;

  const counts = new Float64Array(periods * offsets);
  const counting: CohortCounting = { table, frame, keys, cohortOf, offsets, counts };
  if (request.basis === 'customers') countActive(counting, request.source, request.bitsetWords);
  else countRevenue(counting, request.source);
  const observedUntil = request.to <= frame.starts[periods]! ? request.to : afterData;
  return { buckets: frame, offsets, sizes, counts, observedUntil };
}
