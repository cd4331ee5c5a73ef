import { OUTCOME, type CrmTable } from '../../table/index.js';
import { inRange, passes, type MetricScope } from '../scope.js';
import type { RevenueBasis } from './revenue-basis.js';

interface FirstRows {
  /** Per account row: its earliest purchase (order with a positive amount), or -1. */
  orders?: Int32Array;
  /** Per account row: its earliest won deal by `closedAt`, or -1. */
  deals?: Int32Array;
}

const cache = new WeakMap<CrmTable, FirstRows>();

/** Row of the earliest time per account among the rows `keep` accepts; ties go to the first row. */
function earliestRows(accountCount: number, length: number, account: Int32Array, time: Float64Array, keep: (i: number) => boolean): Int32Array {
  const first = new Int32Array(accountCount).fill(-1);
  for (let i = 0; i < length; i++) {
    const a = account[i] as number;
    const t = time[i] as number;
    if (a < 0 || Number.isNaN(t) || !keep(i)) continue;
    const row = first[a] as number;
    if (row < 0 || t < (time[row] as number)) first[a] = i;
  }
  return first;
}

function firstRows(table: CrmTable, basis: RevenueBasis): Int32Array {
  let rows = cache.get(table);
  if (!rows) cache.set(table, (rows = {}));
  const { accounts, orders, deals } = table;
  if (basis === 'orders') {
    return (rows.orders ??= earliestRows(accounts.length, orders.length, orders.account, orders.at, (i) => (orders.amount[i] as number) > 0));
  }
  return (rows.deals ??= earliestRows(accounts.length, deals.length, deals.account, deals.closedAt, (i) => deals.outcome[i] === OUTCOME.won));
}

/**
 * Revenue of first purchases in [from, to): the amount of each account's earliest purchase
 * (`orders`) or earliest won deal (`won-deals`), when that first one falls in the range and
 * passes the filters. Refunds are left out: nothing ties a refund to the purchase it undoes.
 */
export function firstPurchaseRevenue(scope: MetricScope, basis: RevenueBasis): number {
  const first = firstRows(scope.table, basis);
  const { orders, deals } = scope.table;
  const time = basis === 'orders' ? orders.at : deals.closedAt;
  const amount = basis === 'orders' ? orders.amount : deals.amount;
  let revenue = 0;
  for (let a = 0; a < first.length; a++) {
    const row = first[a] as number;
    if (row < 0 || !inRange(scope, time[row] as number)) continue;
    const owner = basis === 'orders' ? -1 : (deals.owner[row] as number);
    if (passes(scope, a, owner)) revenue += amount[row] as number;
  }
  return revenue;
}
