/**
 * Options every metric takes, and helpers that check a metric's own options so that a typo
 * fails loudly with the valid choices instead of silently computing something else.
 */
import type { Period } from '../table/index.js';

export interface MetricOptions {
  /** First instant included: `YYYY-MM-DD` (local midnight in `timeZone`), an ISO instant or epoch ms. */
  from?: string | number;
  /** First instant excluded, as `from`. */
  to?: string | number;
  /** Adds a `series` with one point per period (scalar metrics) or sets the metric's own grouping. */
  period?: Period;
  /** IANA zone whose calendar defines days, weeks and months; default UTC. */
  timeZone?: string;
  /** Only accounts of this segment (and rows belonging to them). */
  segment?: string;
  /** Only rows owned by this owner (a row without an owner takes its account's). */
  owner?: string;
  /** A named variant, where practitioners differ. */
  definition?: string;
  /** The metric's own options (funnel `mode`, cohort `basis`, …). */
  [option: string]: unknown;
}

export const COMMON_OPTIONS = ['from', 'to', 'period', 'timeZone', 'segment', 'owner', 'definition'] as const;

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** The option's value if it is one of `valid`, the default (first of `valid`) when absent; throws otherwise. */
export function oneOf<T extends string>(metric: string, name: string, value: unknown, valid: readonly T[]): T {
  if (value === undefined) return valid[0] as T;
  if (typeof value === 'string' && (valid as readonly string[]).includes(value)) return value as T;
  throw new RangeError(`unknown ${name} for ${metric}: ${JSON.stringify(value)} (expected one of ${list(valid)})`);
}

/** A finite number option within [min, max], or the default when absent; throws otherwise. */
export function numberOption(metric: string, name: string, value: unknown, fallback: number, min = -Infinity, max = Infinity): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max) {
    throw new RangeError(`invalid ${name} for ${metric}: ${JSON.stringify(value)} (expected a number from ${min} to ${max})`);
  }
  return n;
}

/** Throws for an option the metric does not know, listing those it does. */
export function checkOptionNames(metric: string, options: object, own: readonly string[]): void {
  const valid = [...COMMON_OPTIONS, ...own];
  for (const [name, value] of Object.entries(options)) {
    if (value !== undefined && !valid.includes(name)) {
      throw new RangeError(`unknown option for ${metric}: ${JSON.stringify(name)} (expected one of ${list(valid)})`);
    }
  }
}
