import type { Subscription } from '../schema/index.js';
import { booleanColumn, codeColumn, numberColumn, timeColumn } from './columns.js';
import type { Dictionary } from './dictionary.js';

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

export function subscriptionColumns(rows: readonly Subscription[], dicts: { accounts: Dictionary }): SubscriptionColumns {
  return {
    length: rows.length,
    id: rows.map((r) => r.id),
    account: codeColumn(rows, (r) => r.accountId, dicts.accounts),
    start: timeColumn(rows, (r) => r.start),
    end: timeColumn(rows, (r) => r.end),
    amount: numberColumn(rows, (r) => r.amount),
    renewed: booleanColumn(rows, (r) => r.renewed),
  };
}
