/**
 * The two per-row loops of `bucketTimes`, kept apart from the bookkeeping around them: instant →
 * local day number, and local day → bucket. Nothing in them allocates per row or builds a
 * `Date`; a zone other than UTC costs one binary search in its cached offset table per row.
 *
 * @module
 */
import { MAX_INSTANT } from '../time/instant.js';
import type { ZoneOffsets } from '../time/zone.js';
import { MS_PER_DAY, periodKeyOfDay } from './period-keys.js';
import type { Period } from './periods.js';

/** Marks a row without a local day: NaN, not an instant, or outside [from, to). */
export const NO_DAY = -0x80000000;

/** Each row's local day number (or {@link NO_DAY}), with the smallest and largest. */
export function localDays(times: Float64Array, zone: ZoneOffsets, from: number, to: number) {
  const days = new Int32Array(times.length);
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (!(t >= from && t < to && Math.abs(t) <= MAX_INSTANT)) {
      days[i] = NO_DAY;
      continue;
    }
    // UTC needs no offset at all; other zones read the cached table (no Intl, no Date).
    const day = Math.floor((zone.isUtc ? t : t + zone.offsetAt(t)) / MS_PER_DAY);
    days[i] = day;
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
  }
  return { days, minDay, maxDay };
}

/**
 * Local day → bucket for every row: through an Int32Array over the days spanned, unless that
 * span dwarfs the rows (a stray row centuries away), then by the same integer arithmetic per row.
 * Clamped into [0, count): only a clock set back across midnight could place a row that is
 * inside [from, to) one period outside.
 */
export function assignBuckets(
  index: Int32Array,
  days: Int32Array,
  minDay: number,
  maxDay: number,
  period: Period,
  firstKey: number,
  count: number,
): void {
  const bucketOf = (day: number) =>
    Math.min(Math.max(periodKeyOfDay(day, period) - firstKey, 0), count - 1);
  const span = maxDay - minDay + 1;
  if (span > Math.max(4 * days.length, 1 << 16)) {
    for (let i = 0; i < days.length; i++) if (days[i] !== NO_DAY) index[i] = bucketOf(days[i]!);
    return;
  }
  const lookup = new Int32Array(span);
  for (let d = 0; d < span; d++) lookup[d] = bucketOf(minDay + d);
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    if (day !== NO_DAY) index[i] = lookup[day - minDay]!;
  }
}
