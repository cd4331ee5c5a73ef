/**
 * Where a customer stands at a given instant, from two per-account times: when it became a
 * customer (`customerSince`, revenue family) and when it was lost (`lostAt`). Shared by churn,
 * retention, retention cost and lifetime value so that all of them count the same customers.
 */
import type { MetricScope } from '../scope.js';

export const DAY_MS = 86_400_000;
/** A Julian year: lifespans and tenures are in years of 365.25 days, whatever the calendar. */
export const YEAR_MS = 365.25 * DAY_MS;
/** Months for rates per month where a calendar month is not meant (lifespan in months). */
export const MONTHS_PER_YEAR = 12;

/** Not a customer active at the period's start (or acquired during it): in neither count. */
export const NOT_IN_BASE = 0;
/** In the base and not lost before the period's end. */
export const RETAINED = 1;
/** In the base and lost during the period. */
export const LOST = 2;
export type ChurnStatus = typeof NOT_IN_BASE | typeof RETAINED | typeof LOST;

/**
 * A customer's place in the churn count of [from, to):
 *
 * - with a `from`, the base is the customers active when the period starts: customer since
 *   before `from` (strictly: one acquired at `from` is acquired during the period) and not
 *   lost before `from`. A customer lost exactly at `from` is in the base and lost in this
 *   period: a loss belongs to the period holding its instant, as every half-open row does, so
 *   that a loss on a period boundary (a term ending at midnight of the 1st) is counted in
 *   exactly one period of a series — never in none;
 * - with an open `from` (the whole data up to `to`), no one is active at the start of the data,
 *   so the base is every customer acquired before `to` — the seed's "churned customers / total
 *   customers" (003);
 * - a base customer is lost in the period when lost before `to` (strictly: lost exactly at `to`
 *   is the next period's loss).
 *
 * NaN `since` (never a customer) is never in the base; NaN `lost` (not lost) is retained.
 */
export function churnStatus(from: number, to: number, since: number, lost: number): ChurnStatus {
  if (from === -Infinity) {
    if (!(since < to)) return NOT_IN_BASE;
  } else if (!(since < from) || lost < from) {
    return NOT_IN_BASE;
  }
  return lost < to ? LOST : RETAINED;
}

/**
 * The instant the data ends (its latest time), or the scope's `to` when that is earlier: where
 * an open range stops and tenures are measured. NaN for a dataset without times.
 */
export function dataEnd(scope: MetricScope): number {
  return Math.min(scope.to, scope.table.timeSpan.max);
}
