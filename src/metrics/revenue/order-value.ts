import { defineMetric } from '../metric-module.js';
import { mean, type ScalarResult } from '../result.js';
import { inRange, passes } from '../scope.js';

/** `order-value`'s result: the average purchase with the counts and sums it rests on. */
export interface OrderValueResult extends ScalarResult {
  /** Purchases (orders with a positive amount) in the range. */
  orders: number;
  /** Their summed amount, before refunds. */
  revenue: number;
  /** Mean `items` over the purchases that carry it; null when none does. */
  itemsPerOrder: number | null;
  /** Refunds (negative orders) in the range: how many, and the amount refunded as a positive number. */
  refunds: { count: number; amount: number };
}

/**
 * Average order value: the mean amount of the purchases in [from, to).
 *
 * `order-value = Σ amount of purchases / purchases`, a purchase being an order with a positive
 * amount. Refunds are not orders: they are counted apart (`refunds`), so a refund lowers
 * revenue elsewhere but never drags the average basket down. `itemsPerOrder` is the mean
 * `items` of the purchases that state it. Orders go by their account's segment and owner.
 *
 * Seed 004 ("new orders from the existing and new customers", "number of items bought per
 * order"). Empty base (no purchase): `null`; `numerator` is the revenue, `denominator` the
 * purchases.
 */
export const orderValue = defineMetric({
  id: 'order-value',
  family: 'revenue',
  definitions: ['mean-purchase'],
  options: [],
  kind: 'scalar',
  compute(scope, _options, definition): OrderValueResult {
    const { orders } = scope.table;
    let purchases = 0;
    let revenue = 0;
    let withItems = 0;
    let items = 0;
    let refunds = 0;
    let refunded = 0;
    for (let i = 0; i < orders.length; i++) {
      const amount = orders.amount[i] as number;
      if (amount === 0 || !inRange(scope, orders.at[i] as number) || !passes(scope, orders.account[i] as number)) continue;
      if (amount < 0) {
        refunds++;
        refunded -= amount;
        continue;
      }
      purchases++;
      revenue += amount;
      const count = orders.items[i] as number;
      if (!Number.isNaN(count)) {
        withItems++;
        items += count;
      }
    }
    return {
      value: mean(revenue, purchases),
      numerator: revenue,
      denominator: purchases,
      unit: 'currency',
      definition,
      orders: purchases,
      revenue,
      itemsPerOrder: mean(items, withItems),
      refunds: { count: refunds, amount: refunded },
    };
  },
});
