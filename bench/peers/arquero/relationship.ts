/**
 * Relationship groups (tenure × profitability, median split, whole range) in arquero, after
 * src/metrics/customers/relationship-groups.ts and relationship-axes.ts:
 * - customers: accounts with a purchase (order with a positive amount);
 * - loyalty: (UTC day of the last interaction − UTC day of the first purchase) / 30.436875, the
 *   last interaction being the latest order (refunds too), activity, ticket opened or survey;
 * - profitability `auto`: margin (Σ amount − Σ cost) when every purchase has a cost, else net revenue;
 * - thresholds: medians; a value equal to a threshold counts as high; group = 2·loyal + profitable.
 * Over a range [from, to): customers bought in it; revenue, cost and the costless count are the
 * range's; the first purchase is the first ever (before `to`), the last interaction the last
 * before `to`.
 */
import * as aq from 'arquero';
import type { KeyOutputs } from '../../lib/check.js';
import type { AqTables } from './tables.js';

const op = aq.op;

const GROUPS = ['strangers', 'butterflies', 'barnacles', 'true-friends'];

type Order = { amount: number; at: number; cost: number | undefined };
type Customer = { first: number; last: number; lastOrder: number; revenue: number; cost: number; loyalty: number; profitability: number };

export function arqueroRelationship(t: AqTables, range: { from?: number; to?: number } = {}): KeyOutputs {
  const $range = { from: range.from ?? -Infinity, to: range.to ?? Infinity };
  type Range = typeof $range;
  const perAccount = t.orders
    .params($range)
    .filter((d: Order, $: Range) => op.is_finite(d.amount) && d.at < $.to)
    .groupby('accountId')
    .rollup({
      first: (d: Order) => op.min(d.amount > 0 ? d.at : null),
      purchases: (d: Order, $: Range) => op.sum(d.amount > 0 && d.at >= $.from ? 1 : 0),
      costless: (d: Order, $: Range) => op.sum(d.amount > 0 && d.at >= $.from && d.cost == null ? 1 : 0),
      revenue: (d: Order, $: Range) => op.sum(d.at >= $.from ? d.amount : 0),
      cost: (d: Order, $: Range) => op.sum(d.at >= $.from ? d.cost : null),
      lastOrder: op.max('at'),
    })
    .filter((d: { purchases: number }) => d.purchases > 0);
  const otherContacts = t.activities
    .concat(t.tickets.select({ accountId: 'accountId', openedAt: 'at' }), t.surveys)
    .params($range)
    .filter((d: { at: number }, $: Range) => d.at < $.to)
    .groupby('accountId')
    .rollup({ lastOther: op.max('at') });
  const margin = (perAccount.rollup({ costless: op.sum('costless') }).get('costless', 0) as number) === 0;
  const customers = perAccount
    .lookup(otherContacts, 'accountId', 'lastOther')
    .params({ margin })
    .derive({
      loyalty: (d: Customer & { lastOther: number }) =>
        (op.floor(op.greatest(d.lastOrder, d.lastOther ?? -Infinity) / 86400000) - op.floor(d.first / 86400000)) / 30.436875,
      profitability: (d: Customer, $: { margin: boolean }) => ($.margin ? d.revenue - d.cost : d.revenue),
    });
  const thresholds = customers.rollup({ loyalty: op.median('loyalty'), profitability: op.median('profitability') }).object() as { loyalty: number; profitability: number };
  const groups = customers
    .params(thresholds)
    .derive({ group: (d: Customer, $: { loyalty: number; profitability: number }) => (d.loyalty >= $.loyalty ? 2 : 0) + (d.profitability >= $.profitability ? 1 : 0) })
    .groupby('group')
    .rollup({ count: op.count(), revenue: op.sum('revenue') })
    .objects() as { group: number; count: number; revenue: number }[];
  const counts = GROUPS.map(() => 0);
  const revenues = GROUPS.map(() => 0);
  for (const g of groups) {
    counts[g.group] = g.count;
    revenues[g.group] = g.revenue;
  }
  return {
    customers: customers.numRows(),
    profitabilityAxis: margin ? 'margin' : 'revenue',
    loyaltyThreshold: thresholds.loyalty,
    profitabilityThreshold: thresholds.profitability,
    groups: GROUPS,
    groupCounts: counts,
    groupRevenues: revenues,
  };
}
