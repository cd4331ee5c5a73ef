/**
 * UTC offsets of an IANA time zone, answered from a learned, cached table instead of asking
 * `Intl` (or building a `Date`) for every row. One table per zone name lives for the page, so
 * every element and metric bucketing in `Europe/Berlin` shares what was learned.
 *
 * Wall time, here, is a number on the epoch-millisecond scale that reads as the local clock:
 * `local = utc + offsetAt(utc)`, and `Math.floor(local / 86_400_000)` is the local day number of
 * `civil.ts`.
 *
 * @module
 */
import { createOffsetProbe } from './zone-probe.js';
import { TransitionTable } from './zone-transitions.js';

/** A zone's offsets; get one from {@link zoneOffsets}. */
export interface ZoneOffsets {
  /** The zone's name as it was asked for. */
  readonly timeZone: string;
  /** True when the offset is always 0, so callers may skip lookups altogether. */
  readonly isUtc: boolean;
  /**
   * Milliseconds to add to `utcMs` to get the wall time (−18,000,000 in New York in winter).
   * NaN when `utcMs` is not an instant (NaN, ±Infinity, beyond ±8.64e15).
   */
  offsetAt(utcMs: number): number;
  /**
   * The instant at which the wall clock reads `localMs`. A wall time that happens twice (the
   * hour repeated when clocks go back) maps to the earlier instant; a wall time that never
   * happens (skipped when clocks go forward, or a midnight skipped like São Paulo's) maps to
   * the change itself — the first instant whose wall time is at or after it. This makes
   * `localToUtc(midnight)` the start of that local day in every case.
   */
  localToUtc(localMs: number): number;
}

const UTC: ZoneOffsets = {
  timeZone: 'UTC',
  isUtc: true,
  offsetAt: (utcMs) => (Math.abs(utcMs) <= 8.64e15 ? 0 : NaN),
  localToUtc: (localMs) => (Math.abs(localMs) <= 8.64e15 ? localMs : NaN),
};

const cache = new Map<string, ZoneOffsets>([['UTC', UTC]]);

/**
 * The offsets of `timeZone` (an IANA name such as `America/New_York`, or `UTC`), cached per
 * name. Validated at once; the offsets themselves are learned lazily, over the instants asked.
 *
 * @throws RangeError `unknown time zone: X` when `Intl` does not know the name.
 */
export function zoneOffsets(timeZone: string): ZoneOffsets {
  const cached = cache.get(timeZone);
  if (cached !== undefined) return cached;
  // A missing name would make Intl fall back to the machine's zone: refuse it instead.
  if (typeof timeZone !== 'string' || timeZone === '') {
    throw new RangeError(`unknown time zone: ${String(timeZone)}`);
  }
  const { canonicalName, probe } = createOffsetProbe(timeZone);
  const zone = canonicalName === 'UTC' ? { ...UTC, timeZone } : new TransitionTable(timeZone, probe);
  cache.set(timeZone, zone);
  return zone;
}

/**
 * The instant at which the wall clock of `timeZone` reads `localMs`; see
 * {@link ZoneOffsets.localToUtc} for gaps and overlaps.
 */
export function localToUtc(localMs: number, timeZone: string): number {
  return zoneOffsets(timeZone).localToUtc(localMs);
}
