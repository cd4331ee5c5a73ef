/** Median, mean and count of values split into groups (owners, periods), by selection per group. */
import { meanOf, medianInPlace } from './quantiles.js';

export interface GroupStats {
  count: number;
  median: number | null;
  mean: number | null;
}

/**
 * Stats of `values[0 .. n)` per group: `group[i]` in [0, groupCount), or -1 to leave value `i`
 * out. Values are copied group by group into one buffer, so `values` keeps its order.
 */
export function groupedStats(values: Float64Array, n: number, group: Int32Array, groupCount: number): GroupStats[] {
  const starts = new Int32Array(groupCount + 1);
  for (let i = 0; i < n; i++) {
    const g = group[i] as number;
    if (g >= 0) (starts[g + 1] as number)++;
  }
  for (let g = 0; g < groupCount; g++) (starts[g + 1] as number) += starts[g] as number;
  const cursor = starts.slice();
  const grouped = new Float64Array(starts[groupCount] as number);
  for (let i = 0; i < n; i++) {
    const g = group[i] as number;
    if (g >= 0) grouped[(cursor[g] as number)++] = values[i] as number;
  }
  const stats: GroupStats[] = [];
  for (let g = 0; g < groupCount; g++) {
    const lo = starts[g] as number;
    const hi = starts[g + 1] as number;
    stats.push({ count: hi - lo, mean: meanOf(grouped, lo, hi), median: medianInPlace(grouped, lo, hi) });
  }
  return stats;
}
