import { bucketTimes } from '../table/index.js';
import type { MetricScope } from './scope.js';

/** One period of a rich metric's series: its label and the part of the scope's range it covers. */
export interface PeriodWindow {
  /** First local day of the period, `YYYY-MM-DD`. */
  start: string;
  from: number;
  to: number;
}

/**
 * Most periods in one series: 27 years by day, or far more by any longer period. A range with
 * more (one stray row dated 0001-01-01 makes 120,000 months) is refused with a message that
 * says why, rather than a series no chart can draw.
 */
export const MAX_SERIES_PERIODS = 10_000;

/**
 * The periods of `scope.period` over the scope's range, or over the data's time span where
 * the range is open, clipped to the range. The engine computes a scalar metric's `series` over
 * these windows, and a rich metric that builds its own series uses the same ones.
 */
export function periodWindows(scope: MetricScope): PeriodWindow[] {
  const period = scope.period;
  if (!period) return [];
  const span = scope.table.timeSpan;
  const hasData = !Number.isNaN(span.min);
  const from = Number.isFinite(scope.from) ? scope.from : undefined;
  const to = Number.isFinite(scope.to) ? scope.to : undefined;
  if (!hasData && (from === undefined || to === undefined)) return [];
  const times = hasData ? new Float64Array([span.min, span.max]) : new Float64Array(0);
  const buckets = bucketTimes(times, period, { timeZone: scope.timeZone, from, to });
  if (buckets.count > MAX_SERIES_PERIODS) {
    throw new RangeError(`${buckets.count} ${period}s from ${buckets.labels[0]} to ${buckets.labels[buckets.count - 1]} are more periods than a series takes (at most ${MAX_SERIES_PERIODS}); narrow from/to or choose a longer period`);
  }
  const windows: PeriodWindow[] = [];
  for (let k = 0; k < buckets.count; k++) {
    windows.push({ start: buckets.labels[k] as string, from: Math.max(scope.from, buckets.starts[k] as number), to: Math.min(scope.to, buckets.starts[k + 1] as number) });
  }
  return windows;
}
