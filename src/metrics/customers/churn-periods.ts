/**
 * The range a churn-family rich metric covers, and the periods of its `series`: calendar
 * periods in the scope's zone, clipped to the range, as the engine makes them for a scalar
 * metric's series (compute-metric.ts).
 */
import type { MetricScope } from '../scope.js';

/**
 * The range [from, to) the scope covers, open ends closed by the data: from its first instant,
 * through its last one (`to` one millisecond after it, since ranges are half-open). NaNs for
 * an open range over a dataset without times.
 */
export function coveredRange(scope: MetricScope): { from: number; to: number } {
  const span = scope.table.timeSpan;
  return {
    from: Number.isFinite(scope.from) ? scope.from : span.min,
    to: Number.isFinite(scope.to) ? scope.to : span.max + 1,
  };
}

/** The series windows of the churn family: the engine's, shared by every metric. */
export { periodWindows as seriesWindows, type PeriodWindow } from '../period-windows.js';
