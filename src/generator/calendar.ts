/**
 * The generator's calendar: units of time and month boundaries on epoch milliseconds, on top
 * of the kit's integer civil-calendar arithmetic (src/time), so formatting a million instants
 * creates no `Date`.
 */
import { civilFromDays, daysFromCivil } from '../time/civil.js';
import { formatInstant, parseInstant } from '../time/instant.js';

export { daysFromCivil };

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The mean Gregorian month, for rates "per month" and "per year". */
export const MONTH = 30.436875 * DAY;
export const YEAR = 365.2425 * DAY;

/** Year and month (1–12) of a civil date given as days since 1970-01-01. */
export function yearMonthOfDays(days: number): [year: number, month: number] {
  const { year, month } = civilFromDays(days);
  return [year, month];
}

/** Epoch ms of midnight UTC on the first day of the month `months` after (year, month). */
export function monthStart(year: number, month: number, months = 0): number {
  const index = year * 12 + (month - 1) + months;
  return daysFromCivil(Math.floor(index / 12), (index % 12) + 1, 1) * DAY;
}

/** An instant as `YYYY-MM-DDTHH:mm:ss.sssZ`, as `toISOString` writes it. */
export const formatIso = formatInstant;

/** Epoch ms of a `YYYY-MM-DD` date at midnight UTC, or `undefined` if it is not a real date. */
export function parseCivilDate(text: string): number | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseInstant(text) : undefined;
}
