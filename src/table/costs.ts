import type { Cost } from '../schema/index.js';
import { enumColumn, numberColumn, timeColumn } from './columns.js';
import { COST_CATEGORIES } from './enums.js';

/** Costs (sales, marketing, retention, service spend) as columns. */
export interface CostColumns {
  length: number;
  at: Float64Array;
  /** Index into COST_CATEGORIES. */
  category: Uint8Array;
  amount: Float64Array;
}

export function costColumns(rows: readonly Cost[]): CostColumns {
  return {
    length: rows.length,
    at: timeColumn(rows, (r) => r.at),
    category: enumColumn(rows, (r) => r.category, COST_CATEGORIES),
    amount: numberColumn(rows, (r) => r.amount),
  };
}
