import { numberOption } from '../options.js';

/**
 * A whole-number option (a bin count, a streak length) within [min, max], or the default when
 * absent; anything else throws `invalid <name> for <metric>: … (expected a whole number from …)`.
 */
export function wholeNumberOption(metric: string, name: string, value: unknown, fallback: number, min: number, max: number): number {
  let n: number;
  try {
    n = numberOption(metric, name, value, fallback, min, max);
  } catch {
    n = NaN;
  }
  if (!Number.isInteger(n)) throw new RangeError(`invalid ${name} for ${metric}: ${JSON.stringify(value)} (expected a whole number from ${min} to ${max})`);
  return n;
}
