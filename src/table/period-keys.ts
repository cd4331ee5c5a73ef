/**
 * Periods as integers: every local day number maps to a period key (days since 1970, Mondays
 * since 1969-12-29, months, quarters or years since year 0), consecutive periods have
 * consecutive keys, and each key maps back to its first local day. Bucketing is then a
 * subtraction, and empty periods between two rows come for free.
 *
 * @module
 */
import { civilFromDays, daysFromCivil } from '../time/civil.js';
import type { ZoneOffsets } from '../time/zone.js';
import type { Period } from './periods.js';

export const MS_PER_DAY = 86_400_000;

/** The periods, finest first. */
export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter', 'year'];

/**
 * Refuses a period that is not one of {@link PERIODS}, so a typo in an attribute is an error
 * rather than silently daily buckets.
 *
 * @throws RangeError `unknown period: X`.
 */
export function assertPeriod(period: unknown): asserts period is Period {
  if (!PERIODS.includes(period as Period)) {
    throw new RangeError(`unknown period: ${String(period)}`);
  }
}

/**
 * The key of the period holding local day `day`. Day 0 (1970-01-01) is a Thursday, so week 0
 * starts on day −3, Monday 1969-12-29.
 */
export function periodKeyOfDay(day: number, period: Period): number {
  switch (period) {
    case 'day':
      return day;
    case 'week':
      return Math.floor((day + 3) / 7);
    default: {
      const { year, month } = civilFromDays(day);
      if (period === 'month') return year * 12 + month - 1;
      if (period === 'quarter') return year * 4 + Math.floor((month - 1) / 3);
      return year;
    }
  }
}

/** The first local day of the period with key `key`; the inverse of {@link periodKeyOfDay}. */
export function firstDayOfKey(key: number, period: Period): number {
  switch (period) {
    case 'day':
      return key;
    case 'week':
      return key * 7 - 3;
    case 'month': {
      const year = Math.floor(key / 12);
      return daysFromCivil(year, key - year * 12 + 1, 1);
    }
    case 'quarter': {
      const year = Math.floor(key / 4);
      return daysFromCivil(year, (key - year * 4) * 3 + 1, 1);
    }
    case 'year':
      return daysFromCivil(key, 1, 1);
  }
}

/** The local day number of an instant in a zone. */
export function localDayOf(utcMs: number, zone: ZoneOffsets): number {
  return Math.floor((zone.isUtc ? utcMs : utcMs + zone.offsetAt(utcMs)) / MS_PER_DAY);
}

/**
 * The instant the period `key` starts: its first local day's midnight, or — when that
 * midnight is skipped by a clock change — the first instant of that day.
 */
export function startOfKey(key: number, period: Period, zone: ZoneOffsets): number {
  return zone.localToUtc(firstDayOfKey(key, period) * MS_PER_DAY);
}
