/**
 * Which stretch of time a KPI tile reports ("current") and which it compares with ("previous").
 * Pure calendar arithmetic in the tile's time zone; no metric is computed here.
 *
 * Current:
 * - `from` and `to` set: `[from, to)`.
 * - only `from`: `[from, end of the data)`, the end of the data being the local midnight after
 *   the day of its latest timestamp (any table).
 * - only `to`, or neither: the last full `period` (default `month`) that ends at or before `to`,
 *   else at or before the end of the data. Data whose latest row is on 2024-12-31 gives December
 *   2024; data ending on 2024-12-15 gives November (December is not over).
 *
 * Previous: the range of the same length that ends where current starts. Its length is counted
 * in calendar months when both ends of current are local midnights of a month's first day (so
 * March compares with February, a quarter with the quarter before, a year with the year before),
 * else in calendar days when both are local midnights (a week with the week before; 23- and
 * 25-hour days across clock changes count as days), else in milliseconds.
 */
import type { Formatters } from '../../format/formatters.js';
import { addPeriods, periodStart, resolveBoundary, type Period } from '../../table/index.js';

/** Half-open `[from, to)` in epoch milliseconds. */
export interface TimeRange {
  from: number;
  to: number;
}

/** How current was chosen (the rules above, in order). */
export type RangeBasis = 'from-to' | 'from-to-data-end' | 'last-full-period';

export interface KpiRanges {
  current: TimeRange;
  previous: TimeRange;
  basis: RangeBasis;
  /** How previous's length was counted: `count` calendar months or days, or milliseconds. */
  step: { unit: 'month' | 'day' | 'ms'; count: number };
}

export interface KpiRangeInput {
  from?: string | number | undefined;
  to?: string | number | undefined;
  /** The period of "the last full period"; default `month`. */
  period?: Period | undefined;
  timeZone?: string | undefined;
  /** The data's earliest and latest time (NaN for a dataset without times). */
  dataSpan: { min: number; max: number };
}

const DAY_MS = 86_400_000;
/** The mean Gregorian month, for a first guess at a count of months that is then checked. */
const MONTH_MS = 30.436875 * DAY_MS;

function boundary(name: 'from' | 'to', value: string | number, timeZone: string): number {
  try {
    return resolveBoundary(value, timeZone);
  } catch {
    throw new RangeError(`invalid ${name}: ${JSON.stringify(value)} (expected YYYY-MM-DD, an ISO 8601 instant or epoch milliseconds)`);
  }
}

const isSet = (value: string | number | undefined): value is string | number => value !== undefined && value !== '';

/** Local midnight after the day of the data's latest time; NaN without data. */
export function dataEnd(dataSpan: { max: number }, timeZone = 'UTC'): number {
  if (Number.isNaN(dataSpan.max)) return NaN;
  return addPeriods(periodStart(dataSpan.max, 'day', timeZone), 'day', 1, timeZone);
}

/** The whole number of calendar `unit`s from `from` to `to`, or null when they are not a whole number apart. */
function wholeSteps(from: number, to: number, unit: 'month' | 'day', timeZone: string): number | null {
  const guess = Math.round((to - from) / (unit === 'month' ? MONTH_MS : DAY_MS));
  for (const k of [guess, guess - 1, guess + 1]) if (k > 0 && addPeriods(from, unit, k, timeZone) === to) return k;
  return null;
}

/** The range of the same length ending where `current` starts (module comment, "Previous"). */
export function previousRange(current: TimeRange, timeZone = 'UTC'): Pick<KpiRanges, 'previous' | 'step'> {
  const { from, to } = current;
  const startsAt = (t: number, unit: 'month' | 'day') => periodStart(t, unit, timeZone) === t;
  for (const unit of ['month', 'day'] as const) {
    if (!startsAt(from, unit) || !startsAt(to, unit)) continue;
    const count = wholeSteps(from, to, unit, timeZone);
    if (count !== null) return { previous: { from: addPeriods(from, unit, -count, timeZone), to: from }, step: { unit, count } };
  }
  const length = to - from;
  return { previous: { from: from - length, to: from }, step: { unit: 'ms', count: length } };
}

/**
 * Current and previous for the tile's attributes and data (module comment). Null when they
 * depend on the data and the data has no time at all.
 *
 * @throws RangeError for an unreadable boundary, `from` not before `to` (or the end of the data).
 */
export function kpiRanges(input: KpiRangeInput): KpiRanges | null {
  const timeZone = input.timeZone ?? 'UTC';
  const from = isSet(input.from) ? boundary('from', input.from, timeZone) : undefined;
  const to = isSet(input.to) ? boundary('to', input.to, timeZone) : undefined;
  let current: TimeRange;
  let basis: RangeBasis;
  if (from !== undefined) {
    const end = to ?? dataEnd(input.dataSpan, timeZone);
    if (Number.isNaN(end)) return null;
    if (!(from < end)) {
      throw new RangeError(to === undefined ? `from (${String(input.from)}) is not before the end of the data` : `from (${String(input.from)}) is not before to (${String(input.to)})`);
    }
    current = { from, to: end };
    basis = to === undefined ? 'from-to-data-end' : 'from-to';
  } else {
    const end = to ?? dataEnd(input.dataSpan, timeZone);
    if (Number.isNaN(end)) return null;
    const period = input.period ?? 'month';
    const last = periodStart(end, period, timeZone);
    current = { from: addPeriods(last, period, -1, timeZone), to: last };
    basis = 'last-full-period';
  }
  return { current, basis, ...previousRange(current, timeZone) };
}

/**
 * The range the sparkline covers: `points` periods, the last one holding the end of current
 * (so the sparkline ends where the tile's figure does), starting no earlier than the period
 * of the data's first time.
 */
export function sparklineRange(current: TimeRange, period: Period, points: number, dataSpan: { min: number }, timeZone = 'UTC'): TimeRange {
  const last = periodStart(current.to - 1, period, timeZone);
  let from = addPeriods(last, period, -(points - 1), timeZone);
  if (!Number.isNaN(dataSpan.min)) from = Math.min(last, Math.max(from, periodStart(dataSpan.min, period, timeZone)));
  return { from, to: current.to };
}

/** A range in words: "Oct 2024", "Oct 2024 – Dec 2024", "Oct 7, 2024 – Oct 13, 2024". */
export function rangeLabel(range: TimeRange, f: Formatters): string {
  const { from, to } = range;
  const zone = f.timeZone;
  if (periodStart(from, 'month', zone) === from && periodStart(to, 'month', zone) === to) {
    return addPeriods(from, 'month', 1, zone) === to ? f.month(from) : `${f.month(from)} – ${f.month(to - 1)}`;
  }
  // A range ending at midnight ends with the day before; one ending mid-day, on that day.
  const lastDay = periodStart(to, 'day', zone) === to ? to - 1 : to;
  return periodStart(from, 'day', zone) === periodStart(lastDay, 'day', zone) ? f.date(from) : `${f.date(from)} – ${f.date(lastDay)}`;
}
