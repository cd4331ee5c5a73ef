/**
 * Quantiles of a Float64Array by selection, not sorting: the funnel's medians over millions of
 * stage stays are O(n) this way and allocate nothing (DESIGN.md, "Performance budget").
 *
 * Quantiles interpolate between the two closest ranks, as R's type 7, NumPy's default and a
 * spreadsheet's PERCENTILE.INC do, so a median of an even count is the mean of the two middle
 * values and an independent SQL implementation (`percentile_cont`) gives the same numbers.
 */

/**
 * Rearranges `values[lo..hi]` (inclusive) so that `values[k]` holds the value of rank `k`, every
 * value before it is ≤ and every value after it is ≥. Floyd and Rivest's selection (CACM 1975,
 * Algorithm 489): on a large range it first selects within a small sample around the expected
 * position, so the pivot is nearly exact and the range shrinks fast — about half the time of a
 * plain quickselect on millions of stays. Equal values stop both scans and are swapped across
 * the pivot, so many equal durations do not degrade it. Deterministic: no random pivot.
 */
export function selectRank(values: Float64Array, k: number, lo = 0, hi = values.length - 1): number {
  while (hi > lo) {
    if (hi - lo > 600) {
      const n = hi - lo + 1;
      const m = k - lo + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      selectRank(values, k, Math.max(lo, Math.floor(k - (m * s) / n + sd)), Math.min(hi, Math.floor(k + ((n - m) * s) / n + sd)));
    }
    const pivot = values[k] as number;
    let i = lo;
    let j = hi;
    swap(values, lo, k);
    if ((values[hi] as number) > pivot) swap(values, lo, hi);
    while (i < j) {
      swap(values, i, j);
      i++;
      j--;
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
    }
    if (values[lo] === pivot) swap(values, lo, j);
    else swap(values, ++j, hi);
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
  return values[k] as number;
}

function swap(values: Float64Array, i: number, j: number): void {
  const t = values[i] as number;
  values[i] = values[j] as number;
  values[j] = t;
}

/**
 * The `p` quantile (0 ≤ p ≤ 1) of `values[lo..hi)`, reordering that range in place; `null` when
 * it is empty. Values must not be NaN (callers leave unknown durations out).
 */
export function quantileInPlace(values: Float64Array, p: number, lo = 0, hi = values.length): number | null {
  const n = hi - lo;
  if (n <= 0) return null;
  const h = (n - 1) * p;
  const below = Math.floor(h);
  const low = selectRank(values, lo + below, lo, hi - 1);
  if (below === h || below + 1 >= n) return low;
  // After selection every value past rank `below` is ≥ it: the next rank is their minimum.
  let next = Infinity;
  for (let i = lo + below + 1; i < hi; i++) if ((values[i] as number) < next) next = values[i] as number;
  return low + (h - below) * (next - low);
}

/** The median of `values[lo..hi)`, reordering that range; `null` when empty. */
export function medianInPlace(values: Float64Array, lo = 0, hi = values.length): number | null {
  return quantileInPlace(values, 0.5, lo, hi);
}

/** The mean of `values[lo..hi)`; `null` when empty. */
export function meanOf(values: Float64Array, lo = 0, hi = values.length): number | null {
  if (hi <= lo) return null;
  let sum = 0;
  for (let i = lo; i < hi; i++) sum += values[i] as number;
  return sum / (hi - lo);
}
