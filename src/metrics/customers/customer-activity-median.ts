/**
 * Medians of typed-array ranges by quickselect (Hoare's FIND): O(n) on average instead of a
 * full sort, which is what keeps a median split of 100k customers within the performance
 * budget (DESIGN.md). The range is reordered in place.
 */
type Numbers = Float64Array | Int32Array;

/** Moves the k-th smallest of values[lo, hi) to index k, smaller ones before it, larger after. */
function select(values: Numbers, lo: number, hi: number, k: number): void {
  let left = lo;
  let right = hi - 1;
  while (right > left) {
    // Median of three as pivot: sorted or reversed runs (purchase days are) stay linear.
    const mid = (left + right) >>> 1;
    const a = values[left]!;
    const b = values[mid]!;
    const c = values[right]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/**
 * The median of values[lo, hi): the middle value, or the mean of the two middle values of an
 * even count. NaN for an empty range. Values must not be NaN.
 */
export function medianInPlace(values: Numbers, lo = 0, hi = values.length): number {
  const n = hi - lo;
  if (n <= 0) return NaN;
  const upper = lo + (n >> 1);
  select(values, lo, hi, upper);
  const high = values[upper]!;
  if (n % 2 === 1) return high;
  // After selecting `upper`, everything before it is no larger: the lower middle is their maximum.
  let low = -Infinity;
  for (let i = lo; i < upper; i++) if (values[i]! > low) low = values[i]!;
  return (low + high) / 2;
}
