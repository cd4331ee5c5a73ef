import { defineMetric } from '../metric-module.js';
import { numberOption, oneOf, type MetricOptions } from '../options.js';
import { ratio } from '../result.js';
import type { MetricScope } from '../scope.js';
import { cohortMatrix, type CohortBasis, type CohortMatrix, type CohortSource } from './cohort-matrix.js';
import { accountsKept } from './customer-activity.js';

export type CohortPeriod = 'month' | 'week' | 'quarter';

export interface Cohort {
  /** First local day of the cohort's period, `YYYY-MM-DD` (a week's Monday). */
  start: string;
  /** The cohort's period counted from the first cohort's (0, 1, 3 …: gaps where no one started). */
  startIndex: number;
  /** Customers in the cohort. */
  size: number;
  /** Per offset k: customers active in the cohort's k-th period, or its net revenue then. */
  counts: number[];
  /** counts[k] / size (customers), or counts[k] / counts[0] (revenue; null when counts[0] ≤ 0). */
  rates: (number | null)[];
}

export interface CohortRetentionResult {
  period: CohortPeriod;
  basis: CohortBasis;
  /** What defined cohorts and activity: purchases, or subscription terms. */
  source: CohortSource;
  /** Non-empty cohorts, oldest first; each has offsets up to the matrix's last period (or maxPeriods). */
  cohorts: Cohort[];
  /** Per offset: Σ counts[k] / Σ size over the cohorts that have offset k (revenue: / Σ counts[0]). */
  average: (number | null)[];
  /**
   * Per cohort: the offset of the matrix's last period when that period is still running — the
   * observation ends inside it: at `to`, or, without `to` or when the data stops before `to`'s
   * period, at the data's last instant — else null (also when maxPeriods cuts the cohort short
   * of it). Rates there are partial.
   */
  incomplete: (number | null)[];
}

const PERIODS: readonly CohortPeriod[] = ['month', 'week', 'quarter'];
const BASES: readonly CohortBasis[] = ['customers', 'revenue'];
const SOURCES = ['auto', 'orders', 'subscriptions'] as const;

function maxPeriodsOption(value: unknown): number {
  const n = numberOption('cohort-retention', 'maxPeriods', value, Infinity, 1);
  if (n !== Infinity && !Number.isInteger(n)) throw new RangeError(`invalid maxPeriods for cohort-retention: ${JSON.stringify(value)} (expected a whole number from 1)`);
  return n;
}

/** `auto`: the orders, unless the dataset has subscriptions and no orders. */
function sourceOf(scope: MetricScope, value: unknown): CohortSource {
  const source = oneOf('cohort-retention', 'source', value, SOURCES);
  if (source !== 'auto') return source;
  const { orders, subscriptions } = scope.table;
  return orders.length === 0 && subscriptions.length > 0 ? 'subscriptions' : 'orders';
}

/** The non-empty cohort rows with their rates, the weighted average per offset, and the running offsets. */
function cohortsOf(matrix: CohortMatrix, basis: CohortBasis): { cohorts: Cohort[]; average: (number | null)[]; incomplete: (number | null)[] } {
  const { buckets, offsets, sizes, counts } = matrix;
  const periods = buckets.count;
  const numerators = new Float64Array(offsets);
  const denominators = new Float64Array(offsets);
  const lastRunning = matrix.observedUntil < buckets.starts[periods]!;
  const cohorts: Cohort[] = [];
  const incomplete: (number | null)[] = [];
  let first = -1;
  for (let p = 0; p < periods; p++) {
    const size = sizes[p]!;
    if (size === 0) continue;
    if (first < 0) first = p;
    const length = Math.min(offsets, periods - p);
    const row = Array.from(counts.subarray(p * offsets, p * offsets + length));
    const base = basis === 'customers' ? size : row[0]!;
    cohorts.push({ start: buckets.labels[p]!, startIndex: p - first, size, counts: row, rates: row.map((value) => ratio(value, base)) });
    incomplete.push(lastRunning && periods - 1 - p < length ? periods - 1 - p : null);
    if (!(base > 0)) continue; // a revenue cohort without revenue at first has no rates to average
    for (let k = 0; k < length; k++) {
      numerators[k] = numerators[k]! + row[k]!;
      denominators[k] = denominators[k]! + base;
    }
  }
  const width = Math.min(offsets, periods - first);
  const average = Array.from({ length: width }, (_, k) => ratio(numerators[k]!, denominators[k]!));
  return { cohorts, average, incomplete };
}

/**
 * Cohort retention: customers grouped by the period of their first purchase (an order with a
 * positive amount) — or of their first subscription start, for a dataset with subscriptions
 * and no orders — followed period by period.
 *
 * - `basis: 'customers'` (default): `counts[k]` = customers of the cohort with a purchase in
 *   its k-th period after the first (or a subscription term covering any part of it);
 *   `rates[k] = counts[k] / size`, so `rates[0] = 1`.
 * - `basis: 'revenue'`: `counts[k]` = the cohort's net revenue in that period (purchases, and
 *   refunds on their own date; for subscriptions each term's amount in the period it starts);
 *   `rates[k] = counts[k] / counts[0]`, which may exceed 1 (expansion), null when
 *   `counts[0] ≤ 0`.
 *
 * `average[k]` = Σ counts[k] / Σ size (revenue: Σ counts[0]) over the cohorts that have offset
 * k: the size-weighted mean of their rates. `from`/`to` pick the customers whose real first
 * purchase falls in [from, to) (one who first bought before `from` is in no cohort); activity counts
 * until `to` or the data's last instant, whichever is first, and the matrix ends with that
 * period (triangular; `maxPeriods` caps the offsets). Options: `period` (cohort grouping:
 * month, week — ISO weeks — or quarter), `basis`, `source` (`auto`/`orders`/`subscriptions`),
 * `maxPeriods`. Segment and owner filters keep accounts by their own segment and owner.
 *
 * Seeds 000 (customer retention rate) and 004 (attrition measured by segment). Empty base (no
 * customer starting in the range): no cohorts, an empty average.
 */
export const cohortRetention = defineMetric({
  id: 'cohort-retention',
  family: 'customers',
  definitions: ['first-purchase-cohorts'],
  options: ['basis', 'source', 'maxPeriods'],
  kind: 'rich',
  compute(scope, options: Readonly<MetricOptions>): CohortRetentionResult {
    const period = oneOf('cohort-retention', 'period', options.period, PERIODS);
    const basis = oneOf('cohort-retention', 'basis', options.basis, BASES);
    const source = sourceOf(scope, options.source);
    const maxPeriods = maxPeriodsOption(options.maxPeriods);
    const matrix = cohortMatrix(scope.table, { source, basis, period, timeZone: scope.timeZone, from: scope.from, to: scope.to, maxPeriods, kept: accountsKept(scope) });
    const empty = { cohorts: [], average: [], incomplete: [] };
    return { period, basis, source, ...(matrix ? cohortsOf(matrix, basis) : empty) };
  },
});
