/** A histogram of durations in days over nice, whole-day bin edges. */

export interface DayBin {
  /** First day of the bin (included). */
  from: number;
  /** End of the bin (excluded). */
  to: number;
  count: number;
}

/** Bin widths tried, in days: 1, 2, 5, 10, 20, 50, … — edges a person reads at a glance. */
const NICE = [1, 2, 5] as const;

/**
 * The narrowest nice width (1, 2 or 5 × 10^k whole days) that covers [min, max] in at most
 * `maxBins` half-open bins aligned on multiples of the width. `min` must be ≥ 0.
 */
export function niceDayWidth(min: number, max: number, maxBins: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const m of NICE) {
      const width = m * magnitude;
      if (Math.floor(max / width) - Math.floor(min / width) + 1 <= maxBins || !Number.isFinite(width)) return width;
    }
  }
}

/**
 * Counts `values[0 .. n)` (days, ≥ 0) into bins [from, to) of a nice width, from the bin holding
 * the smallest value to the one holding the largest, empty bins between included. No values: no bins.
 */
export function dayHistogram(values: Float64Array, n: number, maxBins: number): DayBin[] {
  if (n === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const width = niceDayWidth(min, max, maxBins);
  const first = Math.floor(min / width);
  const counts = new Float64Array(Math.floor(max / width) - first + 1);
  for (let i = 0; i < n; i++) (counts[Math.floor((values[i] as number) / width) - first] as number)++;
  return Array.from(counts, (count, b) => ({ from: (first + b) * width, to: (first + b + 1) * width, count }));
}
