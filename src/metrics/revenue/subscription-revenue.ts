/**
 * Revenue of subscription terms over a time range, recognised as it is earned.
 *
 * A term's `amount` is per billing period — a month unless the option `subscriptionPeriod` says
 * `'year'` (the canonical dataset does not say which, and a monthly charge is the common case:
 * Telco's MonthlyCharges, a SaaS plan's price). Billing periods run from the term's `start`:
 * start + 1, + 2, … calendar months (or 12 months), in UTC, the day of month kept or clamped to
 * the month's last day (a term starting 31 January renews 29 February, 31 March, 30 April, …).
 * Each period's amount is spread evenly over that period's time — ratable recognition, as
 * accountants recognise a prepaid service — so a range holding a whole period gets the whole
 * amount and a range holding part of one gets the same part of it:
 *
 *   revenue in [from, to) = amount × (periods elapsed at min(to, end) − periods elapsed at max(from, start))
 *
 * A term starting on the 1st thus earns `amount` in each calendar month it covers, and a term
 * from 16 January to 16 February 2024 earns 16/31 of it in January and 15/31 in February (not
 * 16/31 + 15/29, one month's amount and a bit, as prorating by calendar months would). "Periods elapsed" is monotone and
 * additive, so the revenue of a series' periods adds up to the revenue of the whole range.
 * An open term (no `end`) earns until the data's end (its latest time in any table): the
 * metrics report revenue earned, never revenue projected past the data.
 */
import { daysFromCivil, daysInMonth } from '../../time/civil.js';
import { oneOf } from '../options.js';

export const SUBSCRIPTION_PERIODS = ['month', 'year'] as const;
export type SubscriptionPeriod = (typeof SUBSCRIPTION_PERIODS)[number];

/** The option's name, for a metric's `options` list. */
export const SUBSCRIPTION_PERIOD_OPTION = 'subscriptionPeriod';

/** Calendar months in one billing period, from the `subscriptionPeriod` option (default `'month'`; throws on another value). */
export function monthsPerBillingPeriod(metric: string, value: unknown): number {
  return oneOf(metric, SUBSCRIPTION_PERIOD_OPTION, value, SUBSCRIPTION_PERIODS) === 'year' ? 12 : 1;
}

export const DAY_MS = 86_400_000;

/**
 * civil.ts `civilFromDays` packed into one number, `monthIndex × 32 + dayOfMonth − 1` (month
 * index: year × 12 + month − 1), so that the hot loops allocate no object. Same algorithm
 * (Hinnant's `civil_from_days`).
 */
export function packedCivil(days: number): number {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.trunc((dayOfEra - Math.trunc(dayOfEra / 1460) + Math.trunc(dayOfEra / 36_524) - Math.trunc(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.trunc(yearOfEra / 4) - Math.trunc(yearOfEra / 100));
  const monthFromMarch = Math.trunc((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.trunc((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return (year * 12 + month - 1) * 32 + day - 1;
}

/** Days in the month of index `monthIndex` (year × 12 + month − 1). */
export function monthLength(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  return daysInMonth(year, monthIndex - year * 12 + 1);
}

/** Day number of the first day of month `to`, from that of month `from` (month indexes). */
function shiftMonthStart(fromStart: number, from: number, to: number): number {
  // The same or a neighbouring month (every monthly step) by lengths, other steps by the calendar.
  if (to === from) return fromStart;
  if (to === from + 1) return fromStart + monthLength(from);
  if (to === from - 1) return fromStart - monthLength(to);
  const year = Math.floor(to / 12);
  return daysFromCivil(year, to - year * 12 + 1, 1);
}

/**
 * Billing periods of `months` months elapsed from `start` to `t` (t ≥ start): the whole ones,
 * plus the elapsed share of the current one.
 */
export function periodsElapsed(start: number, t: number, months: number): number {
  if (!(t > start)) return 0;
  const startDay = Math.floor(start / DAY_MS);
  const startPacked = packedCivil(startDay);
  const startMonth = Math.floor(startPacked / 32);
  const tDay = Math.floor(t / DAY_MS);
  const tPacked = packedCivil(tDay);
  const tMonth = Math.floor(tPacked / 32);
  return elapsedFrom(startMonth, startPacked - startMonth * 32 + 1, start - startDay * DAY_MS, t, tMonth, tDay - (tPacked - tMonth * 32), months);
}

/** The month index of instant `t` (UTC) and the day number of that month's first day. */
export function monthOf(t: number): { month: number; monthStart: number } {
  const day = Math.floor(t / DAY_MS);
  const packed = packedCivil(day);
  const month = Math.floor(packed / 32);
  return { month, monthStart: day - (packed - month * 32) };
}

/**
 * periodsElapsed with both instants already taken apart: the start as its month index, day of
 * month and time of day; `t` (≥ start) as its month index and the day number of that month's
 * first day. Anniversaries are found from t's own month by month lengths (a term starting on
 * the 31st renews on the last day of shorter months): no Date, no object.
 */
export function elapsedFrom(startMonth: number, dayOfMonth: number, timeOfDay: number, t: number, tMonth: number, tMonthStart: number, months: number): number {
  // The last anniversary month at or before t's month; its anniversary may still lie ahead of t.
  let whole = Math.floor((tMonth - startMonth) / months);
  let month = startMonth + whole * months;
  let monthStart = shiftMonthStart(tMonthStart, tMonth, month);
  let from = (monthStart + Math.min(dayOfMonth, monthLength(month)) - 1) * DAY_MS + timeOfDay;
  if (from > t) {
    whole--;
    monthStart = shiftMonthStart(monthStart, month, month - months);
    month -= months;
    from = (monthStart + Math.min(dayOfMonth, monthLength(month)) - 1) * DAY_MS + timeOfDay;
  }
  const nextStart = shiftMonthStart(monthStart, month, month + months);
  const next = (nextStart + Math.min(dayOfMonth, monthLength(month + months)) - 1) * DAY_MS + timeOfDay;
  return whole + (t - from) / (next - from);
}
