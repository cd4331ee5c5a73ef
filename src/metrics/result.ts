/**
 * The shapes metrics return. A ratio is a fraction (0.1315, not 13.15) and comes with the
 * numerator and denominator it was computed from; over an empty base it is `null`, never NaN
 * or Infinity, so an element draws an em dash instead of a wrong number.
 */
export type Unit = 'ratio' | 'currency' | 'days' | 'count' | 'score';

export interface SeriesPoint {
  /** First local day of the period, `YYYY-MM-DD`. */
  start: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
}

export interface ScalarResult {
  value: number | null;
  numerator?: number;
  denominator?: number;
  unit: Unit;
  /** The named definition used, so a tooltip can say which one. */
  definition: string;
  /** One point per period when the `period` option is given. */
  series?: SeriesPoint[];
}

/** numerator / denominator, or null over an empty (or non-finite) base. */
export function ratio(numerator: number, denominator: number): number | null {
  if (!(denominator > 0) || !Number.isFinite(denominator) || !Number.isFinite(numerator)) return null;
  return numerator / denominator;
}

/** The mean of `sum` over `n` values, or null for none. */
export function mean(sum: number, n: number): number | null {
  return ratio(sum, n);
}

/** A scalar ratio result with its parts. */
export function ratioResult(numerator: number, denominator: number, definition: string): ScalarResult {
  return { value: ratio(numerator, denominator), numerator, denominator, unit: 'ratio', definition };
}
