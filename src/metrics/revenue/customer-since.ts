import { OUTCOME, type CrmTable } from '../../table/index.js';
import { perTable } from '../per-table.js';

/**
 * The instant each account became a customer: its first purchase (an order with a positive
 * amount), first won deal (at `closedAt`) or first subscription start, whichever came first.
 * Indexed by account row, referenced-only accounts included; NaN for an account that never
 * became a customer (DESIGN.md: a customer has a purchase, a won deal or a subscription).
 *
 * Computed once per table and shared (several metrics — new revenue, CAC, … — ask for it on
 * the same dataset): callers must not write into the array.
 */
export const customerSince: (table: CrmTable) => Float64Array = perTable(computeCustomerSince);

function computeCustomerSince({ accounts, orders, deals, subscriptions }: CrmTable): Float64Array {
  const since = new Float64Array(accounts.length).fill(NaN);
  const keepEarliest = (account: number, t: number) => {
    // NaN since means "not yet": `!(since <= t)` is true for it and for a later time alike.
    if (account >= 0 && !Number.isNaN(t) && !((since[account] as number) <= t)) since[account] = t;
  };
  for (let i = 0; i < orders.length; i++) {
    if ((orders.amount[i] as number) > 0) keepEarliest(orders.account[i] as number, orders.at[i] as number);
  }
  for (let i = 0; i < deals.length; i++) {
    if (deals.outcome[i] === OUTCOME.won) keepEarliest(deals.account[i] as number, deals.closedAt[i] as number);
  }
  for (let i = 0; i < subscriptions.length; i++) {
    keepEarliest(subscriptions.account[i] as number, subscriptions.start[i] as number);
  }
  return since;
}
