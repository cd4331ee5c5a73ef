/**
 * Distributions over a {@link Random}: plain functions of the generator, so hot loops pay no
 * closure or object per draw.
 */
import type { Random } from './random.js';

/** Uniform in [min, max). */
export function uniform(rng: Random, min: number, max: number): number {
  return min + (max - min) * rng.next();
}

/** A uniform integer in [0, n). */
export function integer(rng: Random, n: number): number {
  return Math.floor(rng.next() * n);
}

/** True with probability p. */
export function bernoulli(rng: Random, p: number): boolean {
  return rng.next() < p;
}

/** Normal (Box–Muller; the second variate is dropped to keep the function stateless). */
export function normal(rng: Random, mean = 0, sd = 1): number {
  const u = 1 - rng.next(); // (0, 1]: log(0) would be -Infinity
  const v = rng.next();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Lognormal given its median (e^mu) and sigma: right-skewed like deal sizes and durations. */
export function lognormal(rng: Random, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(rng));
}

/** Exponential with the given mean (waiting time of a Poisson process). */
export function exponential(rng: Random, mean: number): number {
  return -mean * Math.log(1 - rng.next());
}

/**
 * Poisson with mean lambda: Knuth's product method below 30 (exact), a rounded normal above
 * (error under 1% of the mean there, and O(1) instead of O(lambda)).
 */
export function poisson(rng: Random, lambda: number): number {
  if (!(lambda > 0)) return 0;
  if (lambda < 30) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = rng.next();
    while (p > limit) {
      k++;
      p *= rng.next();
    }
    return k;
  }
  return Math.max(0, Math.round(normal(rng, lambda, Math.sqrt(lambda))));
}

/** Running sums of non-negative weights, for {@link weightedIndex}. */
export function cumulative(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += Math.max(0, weights[i] ?? 0);
    out[i] = sum;
  }
  return out;
}

/** An index drawn with probability proportional to its weight (binary search over running sums). */
export function weightedIndex(rng: Random, sums: Float64Array): number {
  const n = sums.length;
  const x = rng.next() * sums[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sums[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function clamp(x: number, min: number, max: number): number {
  return x < min ? min : x > max ? max : x;
}

/** Money rounded to cents. */
export function cents(x: number): number {
  return Math.round(x * 100) / 100;
}
