/**
 * Names of cohort periods in a locale: "Jan 2024", "Q1 2024", "Jan 8, 2024" (a week by its
 * Monday). A cohort's start is a local calendar day (`YYYY-MM-DD`) already in the element's
 * time zone, so it is formatted as that civil date — at UTC midnight in UTC — never converted
 * again (in New York, 2024-01-01 must not print as December 31).
 */
export type CohortPeriod = 'month' | 'week' | 'quarter';

const DAY_MS = 86_400_000;
const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

/** Epoch ms of `YYYY-MM-DD` as a UTC midnight (the civil day, not an instant of the data). */
export function civilDay(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Days already added up: every cell of a matrix names its period, each a Date and an ISO string to make. */
const added = new Map<string, string>();

/** The first day of the period `n` periods after the one starting on `start`. */
export function addPeriods(start: string, period: CohortPeriod, n: number): string {
  const key = `${start}|${period}|${n}`;
  let day = added.get(key);
  if (day === undefined) {
    if (period === 'week') day = isoDay(civilDay(start) + n * 7 * DAY_MS);
    else {
      const months = period === 'quarter' ? 3 * n : n;
      day = isoDay(Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1 + months, 1));
    }
    // Bounded, as the names below.
    if (added.size > 50_000) added.clear();
    added.set(key, day);
  }
  return day;
}

function quarterOf(day: string): number {
  return Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
}

/** Names already formatted: a matrix names each period many times (every cell's name says it). */
const names = new Map<string, string>();

/** The full name of the period starting on `start`: "Jan 2024", "Q1 2024", "Jan 8, 2024". */
export function periodName(start: string, period: CohortPeriod, locale: string): string {
  if (period === 'quarter') return `Q${quarterOf(start)} ${start.slice(0, 4)}`;
  const key = `${locale}|${period}|${start}`;
  let name = names.get(key);
  if (name === undefined) {
    const options: Intl.DateTimeFormatOptions = period === 'month' ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' };
    name = dateFormat(locale, options).format(civilDay(start));
    // A bounded cache: a long-lived page cycling through many locales must not grow it forever.
    if (names.size > 50_000) names.clear();
    names.set(key, name);
  }
  return name;
}

/** A short name for a column header: "Jan 24", "Q1 24", "Jan 8". */
export function shortPeriodName(start: string, period: CohortPeriod, locale: string): string {
  if (period === 'quarter') return `Q${quarterOf(start)} ${start.slice(2, 4)}`;
  const options: Intl.DateTimeFormatOptions = period === 'month' ? { month: 'short', year: '2-digit' } : { day: 'numeric', month: 'short' };
  return dateFormat(locale, options).format(civilDay(start));
}

/** "month 3", "week 1", "quarter 0": an offset in words. */
export function offsetName(period: CohortPeriod, k: number): string {
  return `${period} ${k}`;
}
