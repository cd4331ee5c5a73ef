import { defineMetric } from '../metric-module.js';
import { isFiltered, passes, type MetricScope } from '../scope.js';
import { cycleSeries, type CyclePoint, type StageTimePoint } from './cycle-periods.js';
import { dayHistogram, type DayBin } from './cycle-histogram.js';
import { groupedStats } from './grouped-stats.js';
import { meanOf, quantileInPlace } from './quantiles.js';
import { byCountThenOwner, ownerName } from './row-links.js';
import { wholeNumberOption } from './whole-number-option.js';
import { wonDealIndex } from './won-deal-index.js';

export interface OwnerCycle {
  owner: string | null;
  count: number;
  median: number | null;
  mean: number | null;
}

export interface SalesCycleResult {
  /** Won deals closed in the range. */
  count: number;
  /** Days from creation to close: median, mean and 90th percentile; null when no deal. */
  median: number | null;
  mean: number | null;
  p90: number | null;
  histogram: DayBin[];
  /** Per owner (the deal's, else its account's; null for none), most deals first. */
  byOwner: OwnerCycle[];
  /** With `period`: the cycle of the deals won in each period (by `closedAt`). */
  series?: CyclePoint[];
  /** With `period`: median days per stage of the deals won in each period. */
  timeInStage?: StageTimePoint[];
  unit: 'days';
  definition: string;
}

/** Won deals closed in scope: rows, cycle days, close times and owner codes, `count` of each. */
export interface WonDeals {
  count: number;
  rows: Int32Array;
  days: Float64Array;
  closedAt: Float64Array;
  owner: Int32Array;
}

/**
 * Sales cycle: `(closedAt − createdAt)` in days of the won deals closed in [from, to), the time
 * "to find a new customer, establish a connection and close a deal" (seed 000; 002 and 003 §5:
 * "a first conversation in early January and a contract in early July make a cycle of about six
 * months"). Lost and open deals have no cycle.
 *
 * Median and p90 interpolate between ranks (as `percentile_cont`); the histogram has at most
 * `bins` (default 20, 1–1000) bins of a nice whole-day width (1, 2, 5, 10, 20, 50 … days),
 * `[from, to)` each. With `period`, `series` and `timeInStage` group the deals by the period of
 * their close. Empty base: count 0, stats `null`, no bins.
 */
export const salesCycle = defineMetric({
  id: 'sales-cycle',
  family: 'sales',
  definitions: ['created-to-won'],
  options: ['bins'],
  kind: 'rich',
  compute(scope, options, definition): SalesCycleResult {
    const maxBins = wholeNumberOption('sales-cycle', 'bins', options.bins, 20, 1, 1000);
    const won = wonDeals(scope);
    const { count, days } = won;
    const histogram = dayHistogram(days, count, maxBins);
    const byOwner = ownerCycles(scope, won);
    const periods = scope.period ? cycleSeries(scope, won) : undefined;
    // Quantiles reorder `days`, so they come after everything that pairs days with rows.
    const mean = meanOf(days, 0, count);
    const median = quantileInPlace(days, 0.5, 0, count);
    const p90 = quantileInPlace(days, 0.9, 0, count);
    return { count, median, mean, p90, histogram, byOwner, ...periods, unit: 'days', definition };
  },
});

/**
 * The won deals of the scope, from the table's won-deal index (row order kept), in fresh arrays:
 * quantiles reorder them. An open range without filters keeps the whole index (copied at
 * memory speed); otherwise each deal is tested.
 */
function wonDeals(scope: MetricScope): WonDeals {
  const index = wonDealIndex(scope.table);
  const filtered = isFiltered(scope);
  if (!filtered && scope.from === -Infinity && scope.to === Infinity) {
    return { count: index.count, rows: index.rows.slice(), days: index.days.slice(), closedAt: index.closedAt.slice(), owner: index.owner.slice() };
  }
  const { deals } = scope.table;
  const { from, to } = scope;
  const rows = new Int32Array(index.count);
  const days = new Float64Array(index.count);
  const closedAt = new Float64Array(index.count);
  const owner = new Int32Array(index.count);
  let count = 0;
  for (let n = 0; n < index.count; n++) {
    const closed = index.closedAt[n] as number;
    if (!(closed >= from && closed < to)) continue;
    const i = index.rows[n] as number;
    if (filtered && !passes(scope, deals.account[i] as number, deals.owner[i])) continue;
    rows[count] = i;
    days[count] = index.days[n] as number;
    closedAt[count] = closed;
    owner[count++] = index.owner[n] as number;
  }
  return { count, rows: rows.subarray(0, count), days: days.subarray(0, count), closedAt: closedAt.subarray(0, count), owner: owner.subarray(0, count) };
}

function ownerCycles(scope: MetricScope, won: WonDeals): OwnerCycle[] {
  const none = scope.table.owners.size; // the group of deals without an owner
  const group = won.owner.map((code) => (code >= 0 ? code : none));
  return groupedStats(won.days, won.count, group, none + 1)
    .map((stats, code) => ({ owner: code === none ? null : ownerName(scope.table, code), ...stats }))
    .filter((row) => row.count > 0)
    .sort(byCountThenOwner);
}
