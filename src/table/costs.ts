import type { Cost } from '../schema/index.js';
import { enumColumn } from './columns.js';
import { COST_CATEGORIES } from './enums.js';
import type { TableSource } from './table-source.js';

/** Costs (sales, marketing, retention, service spend) as columns. */
export interface CostColumns {
  length: number;
  at: Float64Array;
  /** Index into COST_CATEGORIES. */
  category: Uint8Array;
  amount: Float64Array;
}

export function costColumns(source: TableSource<Cost>): CostColumns {
  return {
    length: source.length,
    at: source.numbers('at'),
    category: enumColumn(source.length, source.values('category'), COST_CATEGORIES),
    amount: source.numbers('amount'),
  };
}
