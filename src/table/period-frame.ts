/**
 * `bucketTimes` in two halves, for callers that bucket one column many times: the column's
 * period keys, which depend only on the column, the period and the zone (so a caller can keep
 * them), and the frame of one bounded range — its first key, its buckets, where each starts.
 * A row's bucket is then its key minus the frame's first key, and the row's time is read only
 * near the frame's edges. The buckets are those `bucketTimes` gives, row for row.
 *
 * @module
 */
import { MAX_INSTANT } from '../time/instant.js';
import { zoneOffsets } from '../time/zone.js';
import { bound, keyRange, startsAndLabels } from './bucket-times.js';
import { assertPeriod, periodKeyOfDay } from './period-keys.js';
import type { Period } from './periods.js';
import { localDays, NO_DAY } from './row-days.js';

/** The key of a row that is no instant (NaN, ±Infinity, beyond ±8.64e15). */
export const NO_KEY = NO_DAY;

/**
 * Each row's period key in `timeZone` (see period-keys.ts: consecutive periods, consecutive
 * keys), or {@link NO_KEY}. Not bounded by any range, so one array serves every range.
 *
 * @throws RangeError for an unknown period or zone.
 */
export function rowPeriodKeys(times: Float64Array, period: Period, timeZone = 'UTC'): Int32Array {
  assertPeriod(period);
  const { days, minDay, maxDay } = localDays(times, zoneOffsets(timeZone), -Infinity, Infinity);
  if (minDay > maxDay) return days; // no instant at all: every row is NO_DAY, which is NO_KEY
  // Day → key in place, through a lookup over the days spanned unless a stray row makes that huge.
  const span = maxDay - minDay + 1;
  if (span > Math.max(4 * days.length, 1 << 16)) {
    for (let i = 0; i < days.length; i++) if (days[i] !== NO_DAY) days[i] = periodKeyOfDay(days[i]!, period);
    return days;
  }
  const lookup = new Int32Array(span);
  for (let d = 0; d < span; d++) lookup[d] = periodKeyOfDay(minDay + d, period);
  for (let i = 0; i < days.length; i++) if (days[i] !== NO_DAY) days[i] = lookup[days[i]! - minDay]!;
  return days;
}

/** The buckets of a bounded range [from, to): what `bucketTimes` returns without the per-row index. */
export interface PeriodFrame {
  readonly period: Period;
  readonly timeZone: string;
  readonly from: number;
  readonly to: number;
  /** Key of bucket 0; bucket b holds key firstKey + b. */
  readonly firstKey: number;
  readonly count: number;
  /** Where each bucket starts, count + 1 entries (none when count is 0), as in `PeriodBuckets`. */
  readonly starts: Float64Array;
  /** First local day of each bucket, `YYYY-MM-DD`. */
  readonly labels: string[];
  /**
   * Keys strictly between these are inside [from, to) whatever the row's time: a clock change
   * shifts a local day by less than two days, so by at most one period of a week or more (three
   * of a day). Rows with other keys have their time checked.
   */
  readonly safeAbove: number;
  readonly safeBelow: number;
}

/**
 * The frame of [from, to), both finite: the buckets `bucketTimes(times, period, { timeZone,
 * from, to })` makes for any rows.
 *
 * @throws RangeError for an unknown period or zone, an open or reversed range, or too many buckets.
 */
export function periodFrame(period: Period, options: { timeZone?: string; from: number; to: number }): PeriodFrame {
  assertPeriod(period);
  const zone = zoneOffsets(options.timeZone ?? 'UTC');
  const from = bound(options.from, 'from', -Infinity);
  const to = bound(options.to, 'to', Infinity);
  if (!(from > -Infinity && to < Infinity)) throw new RangeError(`a period frame needs a bounded range, not ${from}…${to}`);
  if (from > to) throw new RangeError(`from (${from}) is after to (${to})`);
  const { firstKey, count } = keyRange(from, to, 0, -1, period, zone);
  const { starts, labels } = startsAndLabels(firstKey, count, period, zone);
  const margin = period === 'day' ? 3 : 1;
  return { period, timeZone: zone.timeZone, from, to, firstKey, count, starts, labels, safeAbove: firstKey + margin, safeBelow: firstKey + count - 1 - margin };
}

/**
 * The bucket of row `i` (its key `keys[i]`, its time `times[i]`) in `frame`; -1 for a row outside
 * [from, to) or no instant. Equal to `bucketTimes(...).index[i]`, including its clamp into
 * [0, count) for a row a clock change set back across a period's edge.
 */
export function frameBucket(frame: PeriodFrame, keys: Int32Array, times: Float64Array, i: number): number {
  const key = keys[i]!;
  if (frame.count === 0) return -1;
  if (key <= frame.safeAbove || key >= frame.safeBelow) {
    const t = times[i]!;
    if (!(t >= frame.from && t < frame.to && Math.abs(t) <= MAX_INSTANT)) return -1;
  }
  const b = key - frame.firstKey;
  return b < 0 ? 0 : b >= frame.count ? frame.count - 1 : b;
}

/** Every row's bucket (`frameBucket`): the `index` of `bucketTimes` over the same range, from the keys. */
export function frameIndex(frame: PeriodFrame, keys: Int32Array, times: Float64Array): Int32Array {
  const index = new Int32Array(times.length);
  for (let i = 0; i < times.length; i++) index[i] = frameBucket(frame, keys, times, i);
  return index;
}
