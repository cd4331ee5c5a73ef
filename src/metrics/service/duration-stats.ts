/**
 * Summaries of durations (hours) held in typed arrays: count, median, mean and 90th
 * percentile overall, and a median per group (per agent), without an array per group.
 */

export interface DurationStats {
  count: number;
  /** All three are `null` when `count` is 0. */
  median: number | null;
  mean: number | null;
  p90: number | null;
}

/**
 * The `p` quantile of ascending `sorted`, interpolating linearly between the two nearest
 * ranks (the R-7 rule of d3.quantile, NumPy and spreadsheets' PERCENTILE.INC); null when empty.
 */
export function quantileSorted(sorted: Float64Array, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  return lo + 1 < n ? below + (h - lo) * ((sorted[lo + 1] as number) - below) : below;
}

/** Count, median, mean and p90 of `values` (sorted in place). */
export function durationStats(values: Float64Array): DurationStats {
  values.sort();
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  const count = values.length;
  return { count, median: quantileSorted(values, 0.5), mean: count > 0 ? sum / count : null, p90: quantileSorted(values, 0.9) };
}

/**
 * The median of each group: `values[i]` belongs to group `groups[i]` (0 ≤ group < `size`).
 * A counting sort puts each group's values side by side, then each run is sorted alone.
 */
export function groupMedians(values: Float64Array, groups: Int32Array, size: number): (number | null)[] {
  const starts = new Int32Array(size + 1);
  for (let i = 0; i < groups.length; i++) {
    const g = (groups[i] as number) + 1;
    starts[g] = (starts[g] as number) + 1;
  }
  for (let g = 0; g < size; g++) starts[g + 1] = (starts[g + 1] as number) + (starts[g] as number);
  const next = starts.slice(0, size);
  const grouped = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const g = groups[i] as number;
    grouped[next[g] as number] = values[i] as number;
    next[g] = (next[g] as number) + 1;
  }
  const medians: (number | null)[] = [];
  for (let g = 0; g < size; g++) medians.push(quantileSorted(grouped.subarray(starts[g], starts[g + 1]).sort(), 0.5));
  return medians;
}
