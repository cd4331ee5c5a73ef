import type { Subscription } from '../schema/index.js';
import { booleanColumn, codeColumn, valueList } from './columns.js';
import type { Dictionary } from './dictionary.js';
import type { TableSource } from './table-source.js';

/** Subscription terms as columns; `end` is NaN while a term is active. */
export interface SubscriptionColumns {
  length: number;
  /** Row ids in input order (not indexed: nothing refers to these rows). */
  id: readonly string[];
  account: Int32Array;
  start: Float64Array;
  end: Float64Array;
  amount: Float64Array;
  /** 0 not renewed, 1 renewed, 2 unknown. */
  renewed: Uint8Array;
}

export function subscriptionColumns(source: TableSource<Subscription>, dicts: { accounts: Dictionary }): SubscriptionColumns {
  const { length } = source;
  return {
    length,
    id: valueList(length, source.values('id')) as string[],
    account: codeColumn(length, source.values('accountId'), dicts.accounts),
    start: source.numbers('start'),
    end: source.numbers('end'),
    amount: source.numbers('amount'),
    renewed: booleanColumn(length, source.values('renewed')),
  };
}
