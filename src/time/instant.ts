/**
 * Instants as the dataset carries them (DESIGN.md, "The canonical dataset": ISO 8601 strings or
 * epoch milliseconds), read into epoch milliseconds with a strict grammar.
 *
 * Why not `Date.parse`: it accepts whatever the engine likes ("March 7, 2017", "2017-1-5"),
 * rolls 2017-02-30 over into March, and reads a string without an offset in the machine's local
 * zone when it has a time — so the same dataset would give different metrics on different
 * laptops. Here a string either matches the grammar below exactly or is rejected, and a string
 * without an offset is always UTC.
 *
 * @module
 */
import { civilFromDays, daysFromCivil, daysInMonth, formatDay, pad2 } from './civil.js';

const MS_PER_DAY = 86_400_000;
/** The ECMAScript time range, ±100,000,000 days around 1970: what a `Date` can hold. */
export const MAX_INSTANT = 8.64e15;

/**
 * `YYYY-MM-DD`, optionally followed by `T` or one space, `HH:mm`, optionally `:ss` and `.f`
 * (1–9 digits), then an optional offset `Z`, `±HH:mm`, `±HHmm` or `±HH`. Offsets need a time: a
 * bare date is a calendar day, not a moment in some zone.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Reads an instant into epoch milliseconds, or `undefined` when `value` is not one.
 *
 * - A finite number within ±8.64e15 is already epoch milliseconds (fractions kept).
 * - A string must match `YYYY-MM-DD[(T| )HH:mm[:ss[.f]][Z|±HH:mm|±HHmm|±HH]]` with real
 *   ranges: month 1–12, a day that exists in that month (29 February only in leap years),
 *   hour 0–23, minute and second 0–59, offset hours 0–23 and minutes 0–59. A fraction of up to
 *   9 digits keeps its sub-millisecond part (`.0005` is 0.5 ms).
 * - A string without an offset is read as UTC — never as the machine's local zone. A bare date
 *   is UTC midnight; to mean midnight in a dashboard's zone use `resolveBoundary` (table layer).
 *
 * Everything else is rejected: other date formats, numbers written as strings, `Date` objects,
 * `NaN`, ±Infinity, leap seconds (`:60`) and `24:00`.
 */
export function parseInstant(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && Math.abs(value) <= MAX_INSTANT ? value + 0 : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const common = parseCommonForm(value);
  if (common !== undefined) return common;
  const match = ISO_INSTANT.exec(value);
  if (match === null) return undefined;
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fraction, zone] = match;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const hour = Number(hourText ?? 0);
  const minute = Number(minuteText ?? 0);
  const second = Number(secondText ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = parseOffset(zone);
  if (offset === undefined) return undefined;
  const nanoseconds = fraction === undefined ? 0 : Number(fraction.padEnd(9, '0'));
  const clock = ((hour * 60 + minute) * 60 + second) * 1000;
  return daysFromCivil(year, month, day) * MS_PER_DAY + clock + nanoseconds / 1e6 - offset;
}

/** The number written by `length` ASCII digits of `text` from `at`; -1 if any is not a digit. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The two forms nearly every dataset uses — a day `YYYY-MM-DD` and `toISOString`'s
 * `YYYY-MM-DDTHH:mm:ss.sssZ` — read digit by digit, without the regular expression (it was a
 * large share of a clean parse). Anything else, or anything out of range, is `undefined`, and
 * `parseInstant` goes on to the full grammar, which decides.
 */
function parseCommonForm(text: string): number | undefined {
  const day = text.length === 10;
  if (!day && !(text.length === 24 && text.charCodeAt(10) === 84 /* T */ && text.charCodeAt(19) === 46 /* . */ && text.charCodeAt(23) === 90 /* Z */)) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined; // the two '-'
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const date = digitsAt(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  const midnight = daysFromCivil(year, month, date) * MS_PER_DAY;
  if (day) return midnight;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined; // the two ':'
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  const ms = digitsAt(text, 20, 3);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0) return undefined;
  return midnight + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

/** Milliseconds east of UTC for `Z`, `±HH:mm`, `±HHmm`, `±HH` (0 when absent); undefined out of range. */
function parseOffset(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = zone.length > 3 ? Number(zone.slice(-2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (hours * 60 + minutes) * 60_000;
}

/**
 * An instant as ISO 8601 in UTC, `YYYY-MM-DDTHH:mm:ss.sssZ` (the form `toISOString` writes,
 * with six-digit signed years outside 0000–9999). A sub-millisecond fraction is floored away.
 *
 * @throws RangeError when `ms` is not a finite instant within ±8.64e15.
 */
export function formatInstant(ms: number): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_INSTANT) {
    throw new RangeError(`invalid instant: ${ms}`);
  }
  const whole = Math.floor(ms);
  const days = Math.floor(whole / MS_PER_DAY);
  let rest = whole - days * MS_PER_DAY;
  const millisecond = rest % 1000;
  rest = (rest - millisecond) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  const { year, month, day } = civilFromDays(days);
  if (year < 0 || year > 9999) {
    const fraction = String(millisecond).padStart(3, '0');
    return `${formatDay(days)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${fraction}Z`;
  }
  // One String.fromCharCode: a template literal leaves a tree of cons strings behind each
  // timestamp, which costs several times the memory and time when millions are kept (the
  // generator writes that many).
  return String.fromCharCode(
    ZERO + Math.floor(year / 1000), ZERO + (Math.floor(year / 100) % 10), ZERO + (Math.floor(year / 10) % 10), ZERO + (year % 10),
    DASH, ZERO + Math.floor(month / 10), ZERO + (month % 10),
    DASH, ZERO + Math.floor(day / 10), ZERO + (day % 10),
    84 /* T */, ZERO + Math.floor(hour / 10), ZERO + (hour % 10),
    COLON, ZERO + Math.floor(minute / 10), ZERO + (minute % 10),
    COLON, ZERO + Math.floor(second / 10), ZERO + (second % 10),
    46 /* . */, ZERO + Math.floor(millisecond / 100), ZERO + (Math.floor(millisecond / 10) % 10), ZERO + (millisecond % 10),
    90 /* Z */,
  );
}

const ZERO = 48;
const DASH = 45;
const COLON = 58;
