/**
 * Civil-calendar arithmetic on epoch milliseconds with integer math (Howard Hinnant's
 * `days_from_civil` / `civil_from_days`, proleptic Gregorian, UTC), so formatting a million
 * instants creates no `Date`.
 */

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The mean Gregorian month, for rates "per month" and "per year". */
export const MONTH = 30.436875 * DAY;
export const YEAR = 365.2425 * DAY;

/** Days since 1970-01-01 of a civil date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year and month (1–12) of a civil date given as days since 1970-01-01. */
export function yearMonthOfDays(days: number): [year: number, month: number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month];
}

/** Epoch ms of midnight UTC on the first day of the month `months` after (year, month). */
export function monthStart(year: number, month: number, months = 0): number {
  const index = year * 12 + (month - 1) + months;
  return daysFromCivil(Math.floor(index / 12), (index % 12) + 1, 1) * DAY;
}

const ZERO = 48;
const DASH = 45;
const COLON = 58;

/**
 * An instant as `YYYY-MM-DDTHH:mm:ss.sssZ` (what `Date.prototype.toISOString` writes) for
 * years 0000–9999; milliseconds below one are floored away. Built with one
 * `String.fromCharCode`: a template literal would leave a tree of cons strings behind every
 * timestamp, which costs several times the memory and time when millions are kept.
 */
export function formatIso(ms: number): string {
  const days = Math.floor(ms / DAY);
  let rest = Math.floor(ms - days * DAY);
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  return String.fromCharCode(
    ZERO + Math.floor(year / 1000), ZERO + (Math.floor(year / 100) % 10), ZERO + (Math.floor(year / 10) % 10), ZERO + (year % 10),
    DASH, ZERO + Math.floor(month / 10), ZERO + (month % 10),
    DASH, ZERO + Math.floor(day / 10), ZERO + (day % 10),
    84 /* T */, ZERO + Math.floor(hour / 10), ZERO + (hour % 10),
    COLON, ZERO + Math.floor(minute / 10), ZERO + (minute % 10),
    COLON, ZERO + Math.floor(second / 10), ZERO + (second % 10),
    46 /* . */, ZERO + Math.floor(milli / 100), ZERO + (Math.floor(milli / 10) % 10), ZERO + (milli % 10),
    90 /* Z */,
  );
}

/** Epoch ms of a `YYYY-MM-DD` date at midnight UTC, or `undefined` if it is not a real date. */
export function parseCivilDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = daysFromCivil(year, month, day);
  // Day 31 of a 30-day month rolls into the next month: the round trip catches it.
  const [y, m] = yearMonthOfDays(days);
  return y === year && m === month ? days * DAY : undefined;
}
