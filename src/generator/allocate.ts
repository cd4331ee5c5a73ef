/** Spreading a number of rows over accounts in proportion to how much each would make. */
import { cumulative, poisson, weightedIndex } from './distributions.js';
import type { Random } from './random.js';

/**
 * Rows per index. With `total`, exactly that many, each placed with probability proportional
 * to its weight (a multinomial draw: benchmarks ask for round totals). Without it, each index
 * gets Poisson(weight): the natural count, whose mean is the weight.
 */
export function spreadCounts(rng: Random, weights: Float64Array, total: number | undefined): Uint32Array {
  const counts = new Uint32Array(weights.length);
  if (total === undefined) {
    for (let i = 0; i < weights.length; i++) counts[i] = poisson(rng, weights[i]!);
    return counts;
  }
  if (weights.length === 0 || total === 0) return counts;
  const sums = cumulative(weights);
  if (!(sums[sums.length - 1]! > 0)) return counts;
  for (let k = 0; k < total; k++) counts[weightedIndex(rng, sums)]!++;
  return counts;
}

/** Sorts the first n values of a scratch array in place and returns that view. */
export function sortedTimes(scratch: Float64Array, n: number): Float64Array {
  return scratch.subarray(0, n).sort();
}
