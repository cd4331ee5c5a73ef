/**
 * The accounts behind one cell of the cohort matrix: what a `crm-select` on a cohort cell hands
 * to the rest of a dashboard. Same options as `cohort-retention` (period, basis, source,
 * maxPeriods, from/to, timeZone, segment, owner), so the ids are those the cell counts.
 *
 * Computed a second way on purpose: the matrix fills counts through a per-account bitset; this
 * walks the rows of the one cell's period and keeps a Set of the cohort's accounts seen there.
 * The two must agree (test/metrics/customers/cohort-members.test.ts checks every cell).
 */
import { bucketTimes, type CrmTable, type PeriodBuckets } from '../../table/index.js';
import { checkOptionNames, numberOption, oneOf, type MetricOptions } from '../options.js';
import { createScope } from '../scope.js';
import { accountsKept, dataEnd } from './customer-activity.js';

/** One cell: a cohort by its first day (`YYYY-MM-DD`, as in the result), or null for every cohort (the average row). */
export interface CohortCell {
  cohort: string | null;
  /** Periods after the cohort's first (0 is the cohort's own period). */
  offset: number;
}

const PERIODS = ['month', 'week', 'quarter'] as const;
const BASES = ['customers', 'revenue'] as const;
const SOURCES = ['auto', 'orders', 'subscriptions'] as const;
const OWN_OPTIONS = ['basis', 'source', 'maxPeriods'];

/** Each kept account's first activity row (a purchase, or a subscription start); -1 for none. */
function firstActivity(times: Float64Array, account: Int32Array, amount: Float64Array | null, kept: Uint8Array): { first: Int32Array; earliest: number } {
  const first = new Int32Array(kept.length).fill(-1);
  let earliest = Infinity;
  for (let i = 0; i < times.length; i++) {
    const a = account[i]!;
    const t = times[i]!;
    if (a < 0 || kept[a] === 0 || Number.isNaN(t) || (amount !== null && !(amount[i]! > 0))) continue;
    const seen = first[a]!;
    if (seen >= 0 && !(t < times[seen]!)) continue;
    first[a] = i;
    if (t < earliest) earliest = t;
  }
  return { first, earliest };
}

/** Whether subscription term `i` covers any part of bucket `p`: it starts in or before `p` and ends after `p` begins. */
function termCovers(buckets: PeriodBuckets, end: Float64Array, i: number, p: number): boolean {
  const startBucket = buckets.index[i]!;
  if (startBucket < 0 || startBucket > p) return false;
  // A term always covers its own start's period; after that, until the last instant before its end.
  // An open term (NaN end) covers every later period.
  return startBucket === p || !(end[i]! <= buckets.starts[p]!);
}

/**
 * The ids of the accounts in `cell`, in account order. Basis `customers`: the cohort's customers
 * active in that period (a purchase, or a subscription term covering part of it) — as many as
 * the cell's count. Basis `revenue`: the cohort's accounts whose rows make up the cell's revenue
 * (purchases and refunds dated in the period, or terms starting in it). A cell outside the
 * matrix (unknown cohort, offset past the data or past `maxPeriods`) has no accounts.
 *
 * @throws RangeError for an unknown option or option value, as `cohort-retention` does.
 */
export function cohortMembers(table: CrmTable, options: MetricOptions, cell: CohortCell): string[] {
  checkOptionNames('cohort-retention', options, OWN_OPTIONS);
  const scope = createScope(table, options);
  const period = oneOf('cohort-retention', 'period', options.period, PERIODS);
  const basis = oneOf('cohort-retention', 'basis', options.basis, BASES);
  const requested = oneOf('cohort-retention', 'source', options.source, SOURCES);
  const maxPeriods = numberOption('cohort-retention', 'maxPeriods', options.maxPeriods, Infinity, 1);
  const { orders, subscriptions, accounts } = table;
  const source = requested !== 'auto' ? requested : orders.length === 0 && subscriptions.length > 0 ? 'subscriptions' : 'orders';
  const { offset } = cell;
  if (!Number.isInteger(offset) || offset < 0 || offset >= maxPeriods) return [];

  const fromOrders = source === 'orders';
  const times = fromOrders ? orders.at : subscriptions.start;
  const account = fromOrders ? orders.account : subscriptions.account;
  const { first, earliest } = firstActivity(times, account, fromOrders ? orders.amount : null, accountsKept(scope));
  const from = Math.max(scope.from, earliest);
  const end = Math.min(scope.to, dataEnd(table) + 1);
  if (!(from < end)) return [];
  const buckets = bucketTimes(times, period, { timeZone: scope.timeZone, from, to: end });

  // The cohort of each account: the bucket of its first activity (-1: none, or outside the range).
  const cohortOf = new Int32Array(first.length).fill(-1);
  for (let a = 0; a < first.length; a++) if (first[a]! >= 0) cohortOf[a] = buckets.index[first[a]!]!;
  const wanted = cell.cohort === null ? -1 : buckets.labels.indexOf(cell.cohort);
  if (cell.cohort !== null && wanted < 0) return [];
  const inCell = (a: number): number => {
    const p0 = a >= 0 ? cohortOf[a]! : -1;
    if (p0 < 0 || (wanted >= 0 && p0 !== wanted) || p0 + offset >= buckets.count) return -1;
    return p0 + offset;
  };

  const members = new Set<number>();
  for (let i = 0; i < times.length; i++) {
    const a = account[i]!;
    const p = inCell(a);
    if (p < 0) continue;
    if (fromOrders) {
      const amount = orders.amount[i]!;
      const counts = basis === 'customers' ? amount > 0 : !Number.isNaN(amount);
      if (counts && buckets.index[i] === p) members.add(a);
    } else if (basis === 'customers' ? termCovers(buckets, subscriptions.end, i, p) : buckets.index[i] === p && !Number.isNaN(subscriptions.amount[i]!)) {
      members.add(a);
    }
  }
  return [...members].sort((x, y) => x - y).map((a) => accounts.ids.values[a]!);
}
