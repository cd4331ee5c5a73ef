import { OUTCOME, type CrmTable } from '../../table/index.js';
import { inRange, passes, type MetricScope } from '../scope.js';
import { periodsBetween, subscriptionClock, termEnd } from './subscription-clock.js';

/**
 * Where revenue comes from, named as the metric's definition so a tooltip can say it:
 *
 * - `orders`: order amounts at `at`, refunds (negative amounts) included, so they lower it;
 * - `subscriptions`: subscription amounts earned over each term's time in the range
 *   (subscription-revenue.ts: `amount` per billing period, a month by default, recognised
 *   evenly over the period; an open term earns until the data's end);
 * - `won-deals`: amounts of won deals at `closedAt`, for pipeline data without either.
 *
 * Without a `definition` option the dataset decides, in that order of preference: `orders`
 * when it has any order row, else `subscriptions` when it has any subscription row, else
 * `won-deals`. Orders come first because they are the money actually received, refunds
 * included; subscriptions next because a term is contracted recurring revenue earned month by
 * month, whereas a won deal is a booking — its amount is often the contract value that the
 * subscriptions or orders then bill, and it lands all at once at `closedAt`. It is decided on
 * the whole table, not on the filtered rows, so that every segment and every period of a series
 * uses the same basis. Never two at once: the same money would be counted twice.
 */
export const REVENUE_BASES = ['orders', 'subscriptions', 'won-deals'] as const;
export type RevenueBasis = (typeof REVENUE_BASES)[number];

/** The basis asked for in `definition` (already checked by the engine), else the dataset's. */
export function revenueBasis(table: CrmTable, definition: unknown): RevenueBasis {
  if ((REVENUE_BASES as readonly unknown[]).includes(definition)) return definition as RevenueBasis;
  if (table.orders.length > 0) return 'orders';
  return table.subscriptions.length > 0 ? 'subscriptions' : 'won-deals';
}

/**
 * Revenue in [from, to) of the rows passing the scope's filters, on `basis`. With `until`
 * (per account row), only revenue before the account's own `until` counts (a subscription
 * term is cut there); NaN keeps none of the account's rows, so an account that never became a
 * customer adds nothing. `periodMonths`: months per subscription billing period (1 or 12).
 */
export function revenueInScope(scope: MetricScope, basis: RevenueBasis, until?: Float64Array, periodMonths = 1): number {
  if (basis === 'subscriptions') return subscriptionRevenue(scope, periodMonths, until);
  const { orders, deals } = scope.table;
  let revenue = 0;
  if (basis === 'orders') {
    for (let i = 0; i < orders.length; i++) {
      const t = orders.at[i] as number;
      const account = orders.account[i] as number;
      if (!inRange(scope, t) || (until && !(t < (until[account] as number)))) continue;
      if (passes(scope, account)) revenue += orders.amount[i] as number;
    }
    return revenue;
  }
  for (let i = 0; i < deals.length; i++) {
    if (deals.outcome[i] !== OUTCOME.won) continue;
    const t = deals.closedAt[i] as number;
    const account = deals.account[i] as number;
    if (!inRange(scope, t) || (until && !(account >= 0 && t < (until[account] as number)))) continue;
    if (passes(scope, account, deals.owner[i])) revenue += deals.amount[i] as number;
  }
  return revenue;
}

/** Subscription revenue earned in the scope's range (and before `until`), filters on the account. */
function subscriptionRevenue(scope: MetricScope, periodMonths: number, until?: Float64Array): number {
  const { subscriptions } = scope.table;
  const clock = subscriptionClock(scope.table, periodMonths, scope.from, scope.to);
  let revenue = 0;
  for (let i = 0; i < subscriptions.length; i++) {
    const account = subscriptions.account[i] as number;
    const from = Math.max(subscriptions.start[i] as number, scope.from);
    let to = Math.min(termEnd(clock, i), scope.to);
    // Math.min with a NaN `until` gives NaN: no revenue for an account that never became a customer.
    if (until) to = account >= 0 ? Math.min(to, until[account] as number) : NaN;
    if (!(to > from) || !passes(scope, account)) continue;
    revenue += (subscriptions.amount[i] as number) * periodsBetween(clock, i, from, to);
  }
  return revenue;
}
