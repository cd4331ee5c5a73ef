/**
 * Learning a zone's offset changes from `Intl` answers: probe once a week, bisect every change
 * down to the second. About 53 probes per year plus ~20 per change — roughly a millisecond per
 * year in Chromium, paid once per zone and span.
 *
 * Assumptions, true of the IANA database as browsers ship it: a zone changes its offset at whole
 * seconds (so whole-second probes find the exact instant, even for local mean time offsets such
 * as New York's −4:56:02), and never changes and changes back within one 7-day probe step (two
 * different changes within a week are both found; a change undone within the week is missed).
 *
 * @module
 */
import type { OffsetProbe } from './zone-probe.js';

const PROBE_STEP = 7 * 86_400_000;

/** Offsets learned over a span: `offsets[i]` holds from `instants[i]` on, starting at the span's start. */
export interface LearnedSpan {
  readonly instants: number[];
  readonly offsets: number[];
}

/**
 * The offset at `start` and every change in (start, end). `start` and `end` are whole seconds;
 * a change exactly at `end` is left to whoever learns the span that starts there.
 */
export function learnSpan(probe: OffsetProbe, start: number, end: number): LearnedSpan {
  const instants = [start];
  const offsets = [probe(start)];
  let at = start;
  let offset = offsets[0]!;
  while (at < end) {
    const next = Math.min(at + PROBE_STEP, end);
    const nextOffset = probe(next);
    // More than one change within a step: keep bisecting until the step's end offset is reached.
    while (offset !== nextOffset) {
      const [change, changed] = firstChange(probe, at, offset, next, nextOffset);
      if (change >= end) break;
      instants.push(change);
      offsets.push(changed);
      at = change;
      offset = changed;
    }
    at = next;
    offset = nextOffset;
  }
  return { instants, offsets };
}

/** The first whole second in (low, high] whose offset differs from `lowOffset`, with that offset. */
function firstChange(
  probe: OffsetProbe,
  low: number,
  lowOffset: number,
  high: number,
  highOffset: number,
): [number, number] {
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    const offset = probe(middle);
    if (offset === lowOffset) {
      low = middle;
    } else {
      high = middle;
      highOffset = offset;
    }
  }
  return [high, highOffset];
}
