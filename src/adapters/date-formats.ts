/**
 * Reading the dates CRM exports write into the canonical dataset's instants. Each format is a
 * strict grammar with real calendar ranges (no 31 February, no month 13): a value either is a
 * date in the format or is reported, never guessed at — `03/04/2024` is 4 March or 3 April only
 * by the format the map names.
 *
 * | format | reads | e.g. |
 * | --- | --- | --- |
 * | `ISO` | `YYYY-MM-DD`, optionally `T` or a space and `HH:mm[:ss[.f]]`, optionally `Z`/`±HH:mm` | `2024-03-05`, `2024-03-05 14:30:00`, `2024-03-05T14:30:00.000Z` |
 * | `M/D/YYYY` | US order, optionally a time `H:mm[:ss]` with optional `AM`/`PM` | `3/5/2024`, `03/05/2024 2:30 PM` |
 * | `D/M/YYYY` | day first with slashes (UK, France, Spain …), optional time | `5/3/2024 14:30` |
 * | `D.M.YYYY` | day first with dots (Germany, Switzerland …), optional time | `5.3.2024`, `05.03.2024 14:30` |
 * | `epoch-s` | seconds since 1970-01-01 UTC, fractions allowed | `1709647800` |
 * | `epoch-ms` | milliseconds since 1970-01-01 UTC | `1709647800000` |
 *
 * A time without an offset is wall-clock time in `timeZone` when the map gives one, else UTC —
 * the canonical dataset's own rule. A date without a time is that day: kept as `YYYY-MM-DD`
 * (UTC midnight, as the dataset reads it), or local midnight in `timeZone`.
 */
import { daysFromCivil, daysInMonth, formatDay, pad2 } from '../time/civil.js';
import { formatInstant, MAX_INSTANT, parseInstant } from '../time/instant.js';
import { localToUtc } from '../time/zone.js';

export const DATE_FORMATS = ['ISO', 'M/D/YYYY', 'D/M/YYYY', 'D.M.YYYY', 'epoch-s', 'epoch-ms'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

const MS_PER_DAY = 86_400_000;
const SLASH_OR_DOT = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?([AaPp][Mm]))?)?$/;
const ISO_WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/;

/** An instant as the dataset takes it: ISO text or epoch milliseconds. */
export type InstantValue = string | number;

/**
 * Reads `text` in `format`; undefined when it is not a date in that format. `timeZone` (IANA)
 * says whose wall clock a value without an offset shows; without it, UTC.
 */
export function readDate(text: string, format: DateFormat, timeZone?: string): InstantValue | undefined {
  switch (format) {
    case 'ISO':
      return readIso(text, timeZone);
    case 'M/D/YYYY':
      return readCivil(text, 'month-first', '/', timeZone);
    case 'D/M/YYYY':
      return readCivil(text, 'day-first', '/', timeZone);
    case 'D.M.YYYY':
      return readCivil(text, 'day-first', '.', timeZone);
    case 'epoch-s':
      return readEpoch(text, 1000);
    case 'epoch-ms':
      return readEpoch(text, 1);
    default:
      throw new RangeError(`unknown date format: ${JSON.stringify(format)} (expected ${DATE_FORMATS.join(', ')})`);
  }
}

/** ISO text is kept as written (the dataset reads it the same way), unless a zone must place it. */
function readIso(text: string, timeZone: string | undefined): InstantValue | undefined {
  const ms = parseInstant(text);
  if (ms === undefined) return undefined;
  if (!timeZone) return text;
  const local = ISO_WITHOUT_OFFSET.exec(text);
  return local ? formatInstant(localToUtc(ms, timeZone)) : text;
}

function readCivil(text: string, order: 'month-first' | 'day-first', separator: '/' | '.', timeZone: string | undefined): InstantValue | undefined {
  const match = SLASH_OR_DOT.exec(text);
  if (match === null || match[2] !== separator) return undefined;
  const [, firstPart, , secondPart, yearText, hourText, minuteText, secondText, meridiem] = match;
  const month = Number(order === 'month-first' ? firstPart : secondPart);
  const day = Number(order === 'month-first' ? secondPart : firstPart);
  const year = Number(yearText);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const days = daysFromCivil(year, month, day);
  if (hourText === undefined) return timeZone ? formatInstant(localToUtc(days * MS_PER_DAY, timeZone)) : formatDay(days);
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText ?? 0);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = meridiem.toLowerCase() === 'pm';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = days * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
  if (timeZone) return formatInstant(localToUtc(wall, timeZone));
  return `${formatDay(days)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}`;
}

function readEpoch(text: string, unitMs: number): number | undefined {
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) return undefined;
  const ms = Number(text) * unitMs;
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_INSTANT ? ms : undefined;
}
