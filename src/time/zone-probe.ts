/**
 * The one place the time layer asks `Intl` about a zone: what its wall clock reads at an
 * instant. Everything else learns from these answers once and then uses integer arithmetic.
 *
 * Why `formatToParts` and not a library of rules: the browser already ships the IANA database
 * (through ICU) and keeps it current; the kit should not ship a second copy that goes stale.
 *
 * @module
 */
import { daysFromCivil } from './civil.js';

const MS_PER_DAY = 86_400_000;

/** Reads a zone's UTC offset at an instant; the instant must be whole seconds within ±8.64e15. */
export type OffsetProbe = (utcMs: number) => number;

/** A zone `Intl` knows: its canonical name (`Etc/UTC` and `utc` are `UTC`) and its probe. */
export interface ZoneProbe {
  readonly canonicalName: string;
  readonly probe: OffsetProbe;
}

/**
 * Checks that `timeZone` names a zone `Intl` knows and returns a probe for it.
 *
 * @throws RangeError `unknown time zone: X` when `Intl` does not know the name.
 */
export function createOffsetProbe(timeZone: string): ZoneProbe {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // `h23` keeps midnight 0 (not 24); the era lets years before 1 AD come back signed.
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new RangeError(`unknown time zone: ${timeZone}`);
  }
  return {
    canonicalName: format.resolvedOptions().timeZone,
    probe: (utcMs) => wallClock(format.formatToParts(utcMs)) - utcMs,
  };
}

/**
 * The wall-clock reading as milliseconds on the same day-number scale as UTC. ICU formats with
 * the proleptic Gregorian calendar, like `civil.ts`; years before 1 AD come as `N BC` (= 1 − N).
 */
function wallClock(parts: Intl.DateTimeFormatPart[]): number {
  let year = 0;
  let month = 1;
  let day = 1;
  let clock = 0;
  let beforeChrist = false;
  for (const { type, value } of parts) {
    if (type === 'year') year = Number(value);
    else if (type === 'month') month = Number(value);
    else if (type === 'day') day = Number(value);
    else if (type === 'hour') clock += Number(value) * 3_600_000;
    else if (type === 'minute') clock += Number(value) * 60_000;
    else if (type === 'second') clock += Number(value) * 1000;
    else if (type === 'era') beforeChrist = /^B/i.test(value);
  }
  if (beforeChrist) year = 1 - year;
  return daysFromCivil(year, month, day) * MS_PER_DAY + clock;
}
