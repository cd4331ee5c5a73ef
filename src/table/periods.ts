/**
 * Periods of the metric options (`period: 'month'`, `from: '2017-01-01'`, `timeZone`): what a
 * period is, where one starts, and how a boundary written by a person becomes an instant.
 * Bucketing a whole column lives in `bucket-times.ts` and is re-exported here.
 *
 * Every function reads the calendar of a time zone (default `UTC`, as DESIGN.md's canonical
 * dataset says): a `month` in `Europe/Berlin` starts at local midnight of its first day, which
 * is 23:00 or 22:00 UTC of the day before.
 *
 * @module
 */
import { formatIsoWeek } from '../time/civil.js';
import { parseInstant } from '../time/instant.js';
import { zoneOffsets } from '../time/zone.js';
import { assertPeriod, localDayOf, MS_PER_DAY, periodKeyOfDay, startOfKey } from './period-keys.js';

/** A calendar period; weeks are ISO weeks, starting on Monday. */
export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';

export { PERIODS } from './period-keys.js';
export { bucketTimes, MAX_BUCKETS } from './bucket-times.js';
export type { BucketOptions, PeriodBuckets } from './bucket-times.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The instant the period holding `t` starts in `timeZone`: local midnight of its first day
 * (the first instant of that day when a clock change skips midnight). NaN when `t` is NaN.
 *
 * @throws RangeError for an unknown period or zone.
 */
export function periodStart(t: number, period: Period, timeZone = 'UTC'): number {
  assertPeriod(period);
  const zone = zoneOffsets(timeZone);
  return startOfKey(periodKeyOfDay(localDayOf(t, zone), period), period, zone);
}

/**
 * The start of the period `n` periods after (before, when negative) the one holding `start`.
 * Counting in calendar periods, not in milliseconds: a `day` across a clock change is 23 or
 * 25 hours, a `month` is 28–31 days.
 *
 * @throws RangeError when `n` is not an integer, or for an unknown period or zone.
 */
export function addPeriods(start: number, period: Period, n: number, timeZone = 'UTC'): number {
  assertPeriod(period);
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of periods: ${n}`);
  const zone = zoneOffsets(timeZone);
  return startOfKey(periodKeyOfDay(localDayOf(start, zone), period) + n, period, zone);
}

/**
 * A `from`/`to` option as an instant. A date, `YYYY-MM-DD`, means local midnight of that day in
 * `timeZone` (so `to: '2018-01-01'` ends the year in the dashboard's zone); a full ISO 8601
 * instant or a number of epoch ms is already an instant and stays as is — a time without an
 * offset is UTC, as everywhere in `parseInstant`.
 *
 * @throws RangeError `invalid boundary: …` for anything else, or for an unknown zone.
 */
export function resolveBoundary(value: string | number, timeZone = 'UTC'): number {
  const zone = zoneOffsets(timeZone);
  const instant = parseInstant(value);
  if (instant === undefined) throw new RangeError(`invalid boundary: ${JSON.stringify(value)}`);
  // A bare date parses as UTC midnight, which is exactly its local wall time.
  return typeof value === 'string' && DATE_ONLY.test(value) ? zone.localToUtc(instant) : instant;
}

/**
 * The ISO week label, `2020-W53`, of a bucket label or date (`2021-01-01`, read as that local
 * day) or of an instant (string or epoch ms) in `timeZone`. Week-years follow the week's
 * Thursday, so 2021-01-01 is `2020-W53` and 2019-12-30 is `2020-W01`.
 *
 * @throws RangeError for a value that is not a date or an instant, or an unknown zone.
 */
export function isoWeekLabel(value: string | number, timeZone = 'UTC'): string {
  const zone = zoneOffsets(timeZone);
  const instant = parseInstant(value);
  if (instant === undefined) throw new RangeError(`invalid date or instant: ${JSON.stringify(value)}`);
  const isDate = typeof value === 'string' && DATE_ONLY.test(value);
  return formatIsoWeek(isDate ? instant / MS_PER_DAY : localDayOf(instant, zone));
}
