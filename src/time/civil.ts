/**
 * Civil (calendar) arithmetic on the proleptic Gregorian calendar, in whole days since
 * 1970-01-01 — the day number that an epoch-millisecond instant floors to.
 *
 * Why not `Date`: bucketing a million rows by month through `Date` costs about seven times the
 * integer arithmetic (DESIGN.md, "Performance budget"), and `Date` always answers in the
 * machine's zone or in UTC, never in the zone a dashboard asks for. The algorithms are Howard
 * Hinnant's `days_from_civil` / `civil_from_days` ("chrono-Compatible Low-Level Date
 * Algorithms"): exact for every day a `Date` can hold, with no tables and no loops.
 *
 * @module
 */

/** A calendar date: `month` 1–12, `day` 1–31. Year 0 is 1 BC (astronomical numbering). */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** An ISO 8601 week: the week-year (the year of the week's Thursday) and its week, 1–53. */
export interface IsoWeek {
  readonly weekYear: number;
  readonly week: number;
}

/** Days in a Gregorian era: 400 years repeat exactly, 146,097 days (a whole number of weeks). */
const DAYS_PER_ERA = 146_097;
/** 1970-01-01 counted from 0000-03-01, the origin of Hinnant's March-based years. */
const EPOCH_SHIFT = 719_468;

/**
 * Days from 1970-01-01 to the given date (negative before it). The year starts in March
 * internally so that the leap day is the last day of a year and month lengths follow a formula.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.trunc((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.trunc(yearOfEra / 4) - Math.trunc(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/** The calendar date of a day number; the inverse of {@link daysFromCivil}. */
export function civilFromDays(days: number): CivilDate {
  const z = days + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.trunc(
    (dayOfEra - Math.trunc(dayOfEra / 1460) + Math.trunc(dayOfEra / 36_524) -
      Math.trunc(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.trunc(yearOfEra / 4) - Math.trunc(yearOfEra / 100));
  const monthFromMarch = Math.trunc((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.trunc((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Whether `year` has a 29 February (every 4th year, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday of a day number: Monday = 1 … Sunday = 7. 1970-01-01 was a Thursday (4). */
export function isoWeekday(days: number): number {
  return (((days + 3) % 7) + 7) % 7 + 1;
}

/**
 * The ISO 8601 week of a day. A week belongs to the year of its Thursday, so 2021-01-01 (a
 * Friday) is in 2020-W53 and 2019-12-30 (a Monday) is in 2020-W01.
 */
export function isoWeekOf(days: number): IsoWeek {
  const thursday = days + 4 - isoWeekday(days);
  const weekYear = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(weekYear, 1, 1)) / 7) + 1;
  return { weekYear, week };
}

/** The Monday (day number) that starts ISO week `week` of `weekYear`; week 1 holds 4 January. */
export function isoWeekStart(weekYear: number, week: number): number {
  const january4 = daysFromCivil(weekYear, 1, 4);
  return january4 - (isoWeekday(january4) - 1) + (week - 1) * 7;
}

/**
 * 53 when the ISO week-year has a week 53 (it starts on a Thursday, or is a leap year starting
 * on a Wednesday), else 52.
 */
export function isoWeeksInYear(weekYear: number): number {
  return isoWeekOf(daysFromCivil(weekYear, 12, 28)).week;
}

/**
 * A year as ISO 8601 writes it: four digits for 0000–9999, otherwise a sign and six digits
 * (the expanded form `Date.prototype.toISOString` also uses), never a wrong or ambiguous year.
 */
export function formatYear(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
}

/** Two digits, for months, days and clock fields. */
export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** A day number as `YYYY-MM-DD`. */
export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${formatYear(year)}-${pad2(month)}-${pad2(day)}`;
}

/** A day's ISO week as `YYYY-Www`, e.g. `2020-W53` for 2021-01-01. */
export function formatIsoWeek(days: number): string {
  const { weekYear, week } = isoWeekOf(days);
  return `${formatYear(weekYear)}-W${pad2(week)}`;
}
