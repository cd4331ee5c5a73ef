import { COST_CATEGORIES } from '../../table/index.js';
import { oneOf } from '../options.js';
import { inRange, type MetricScope } from '../scope.js';

export type CostCategory = (typeof COST_CATEGORIES)[number];

/**
 * A `category` option as a mask over COST_CATEGORIES (1 = included): absent or `'all'` takes
 * every category; otherwise one category, a comma-separated list (`'sales,marketing'`, as an
 * attribute gives it) or an array of them. An unknown name throws, listing the valid ones.
 */
export function costCategoryMask(metric: string, value: unknown): Uint8Array {
  const mask = new Uint8Array(COST_CATEGORIES.length);
  if (value === undefined || value === 'all') return mask.fill(1);
  const names = Array.isArray(value) ? (value as unknown[]) : typeof value === 'string' ? value.split(',').map((s) => s.trim()) : [value];
  if (names.length === 0) throw new RangeError(`invalid category for ${metric}: [] (expected "all" or one or more of ${COST_CATEGORIES.map((c) => JSON.stringify(c)).join(', ')})`);
  for (const name of names) {
    // oneOf treats undefined as "take the default", which a list entry must not be.
    if (name === undefined) throw new RangeError(`unknown category for ${metric}: undefined`);
    mask[COST_CATEGORIES.indexOf(oneOf(metric, 'category', name, COST_CATEGORIES))] = 1;
  }
  return mask;
}

/** A mask of the named categories (for metrics whose categories are fixed, like CAC's). */
export function categoriesMask(categories: readonly CostCategory[]): Uint8Array {
  const mask = new Uint8Array(COST_CATEGORIES.length);
  for (const category of categories) mask[COST_CATEGORIES.indexOf(category)] = 1;
  return mask;
}

/**
 * Costs with `at` in [from, to) whose category the mask includes. Costs belong to no account
 * or owner, so segment and owner filters do not narrow them: they are the company's spend.
 */
export function costsInScope(scope: MetricScope, mask: Uint8Array): number {
  const { costs } = scope.table;
  let total = 0;
  for (let i = 0; i < costs.length; i++) {
    if (mask[costs.category[i] as number] === 1 && inRange(scope, costs.at[i] as number)) total += costs.amount[i] as number;
  }
  return total;
}
