import type { Order } from '../schema/index.js';
import { codeColumn, valueList } from './columns.js';
import type { Dictionary } from './dictionary.js';
import type { TableSource } from './table-source.js';

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

export function orderColumns(source: TableSource<Order>, dicts: { accounts: Dictionary; products: Dictionary }): OrderColumns {
  const { length } = source;
  return {
    length,
    id: valueList(length, source.values('id')) as string[],
    account: codeColumn(length, source.values('accountId'), dicts.accounts),
    at: source.numbers('at'),
    amount: source.numbers('amount'),
    cost: source.numbers('cost'),
    items: source.numbers('items'),
    product: codeColumn(length, source.values('product'), dicts.products),
  };
}
