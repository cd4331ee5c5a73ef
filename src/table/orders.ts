import type { Order } from '../schema/index.js';
import { codeColumn, numberColumn, timeColumn } from './columns.js';
import type { Dictionary } from './dictionary.js';

/** Orders as columns. A negative amount is a refund: it lowers revenue but is not a purchase. */
export interface OrderColumns {
  length: number;
  /** Row ids in input order (not indexed: nothing refers to these rows). */
  id: readonly string[];
  account: Int32Array;
  at: Float64Array;
  amount: Float64Array;
  /** NaN when the order carries no cost (margin unknown). */
  cost: Float64Array;
  items: Float64Array;
  product: Int32Array;
}

export function orderColumns(rows: readonly Order[], dicts: { accounts: Dictionary; products: Dictionary }): OrderColumns {
  return {
    length: rows.length,
    id: rows.map((r) => r.id),
    account: codeColumn(rows, (r) => r.accountId, dicts.accounts),
    at: timeColumn(rows, (r) => r.at),
    amount: numberColumn(rows, (r) => r.amount),
    cost: numberColumn(rows, (r) => r.cost),
    items: numberColumn(rows, (r) => r.items),
    product: codeColumn(rows, (r) => r.product, dicts.products),
  };
}
