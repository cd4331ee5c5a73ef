/**
 * The time span the data covers, as month boundaries in epoch ms, and the seasonality of
 * business over it: a Q4 peak, a summer dip, and steady growth of new business.
 */
import { DAY, monthStart, parseCivilDate, yearMonthOfDays } from './calendar.js';
import { cumulative, uniform, weightedIndex } from './distributions.js';
import type { Random } from './random.js';

/** Relative activity of each calendar month, January first: a summer dip and a Q4 peak. */
export const SEASON: readonly number[] = [0.92, 0.95, 1.05, 1.0, 0.97, 0.8, 0.68, 0.72, 1.02, 1.12, 1.3, 1.22];
const SEASON_MAX = Math.max(...SEASON);

/** Month-on-month growth of new accounts (about 2.3x over three years). */
export const MONTHLY_GROWTH = 0.024;

export interface Span {
  /** First instant (inclusive). */
  start: number;
  /** End of the span (exclusive). */
  end: number;
  /** The last instant any row may carry: `end - 1 s`. */
  last: number;
  months: number;
  /** `months + 1` boundaries: monthStarts[m] ≤ t < monthStarts[m + 1] is month m. */
  monthStarts: Float64Array;
  /** Seasonal factor of each month of the span, over the largest factor (0–1]. */
  seasonShare: Float64Array;
  /** Running sums of growth × season × length, to draw account creation months. */
  creationSums: Float64Array;
}

export function createSpan(startDate: string, months: number): Span {
  const start = parseCivilDate(startDate);
  if (start === undefined) throw new RangeError(`start: not a date (expected YYYY-MM-DD): ${startDate}`);
  const [year, month] = yearMonthOfDays(Math.floor(start / DAY));
  const monthStarts = new Float64Array(months + 1);
  for (let m = 0; m <= months; m++) monthStarts[m] = m === 0 ? start : monthStart(year, month, m);
  const seasonShare = new Float64Array(months);
  const creation = new Float64Array(months);
  for (let m = 0; m < months; m++) {
    const season = SEASON[(month - 1 + m) % 12]!;
    seasonShare[m] = season / SEASON_MAX;
    creation[m] = season * Math.pow(1 + MONTHLY_GROWTH, m) * (monthStarts[m + 1]! - monthStarts[m]!);
  }
  const end = monthStarts[months]!;
  return { start, end, last: end - 1000, months, monthStarts, seasonShare, creationSums: cumulative(creation) };
}

/** The span month holding t (clamped to the span). */
export function monthIndex(span: Span, t: number): number {
  const starts = span.monthStarts;
  let lo = 0;
  let hi = span.months - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A creation time for a new account: months weighted by growth and season, uniform within. */
export function creationTime(rng: Random, span: Span): number {
  const m = weightedIndex(rng, span.creationSums);
  return uniform(rng, span.monthStarts[m]!, span.monthStarts[m + 1]!);
}

/**
 * A time in [from, to) whose density follows the season (rejection sampling; at most a few
 * tries since the lowest month still has half the weight of the highest).
 */
export function seasonalTime(rng: Random, span: Span, from: number, to: number): number {
  let t = from;
  for (let tries = 0; tries < 16; tries++) {
    t = uniform(rng, from, to);
    if (rng.next() < span.seasonShare[monthIndex(span, t)]!) return t;
  }
  return t;
}
