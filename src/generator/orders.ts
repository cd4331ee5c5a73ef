/**
 * Orders: purchases of customers between their first won deal and churn, more in Q4 than in
 * summer, items and products by segment, cost 55–80% of the amount (each customer has its own
 * margin, so profitability differs). Now and then a refund follows a purchase: a negative
 * amount, part of that purchase, never more. An `orders` total overrides the natural count.
 */
import { sortedTimes, spreadCounts } from './allocate.js';
import { YEAR } from './calendar.js';
import { cents, clamp, cumulative, normal, poisson, uniform, weightedIndex } from './distributions.js';
import { rowId, toSecond } from './ids.js';
import { EXTRA_ITEMS, ORDERS_PER_YEAR, PRODUCT_MIX } from './model.js';
import { PRODUCTS } from './names.js';
import { Random, STREAM } from './random.js';
import { seasonalTime } from './span.js';
import type { World } from './world.js';

const PRODUCT_SUMS = PRODUCT_MIX.map((weights) => cumulative(weights));
/** Chance that an order row is a refund of the purchase before it. */
const REFUND_RATE = 0.04;

export function generateOrders(world: World): void {
  const { accounts, span, orders } = world;
  const rng = new Random(world.options.seed, STREAM.orders);
  const n = accounts.count;
  const weights = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    const from = accounts.customerStart[a]!;
    if (Number.isNaN(from)) continue;
    const churnedAt = accounts.churnedAt[a]!;
    const to = Number.isNaN(churnedAt) ? span.last : churnedAt;
    weights[a] = ((to - from) / YEAR) * ORDERS_PER_YEAR[accounts.segment[a]!]!;
  }
  const total = world.options.orders;
  if (total !== undefined && total > 0 && !weights.some((w) => w > 0)) {
    throw new RangeError(`orders: ${total} asked for, but no account became a customer to place them; use more accounts`);
  }
  const counts = spreadCounts(rng, weights, total);
  let scratch = new Float64Array(64);
  for (let a = 0; a < n; a++) {
    const count = counts[a]!;
    if (count === 0) continue;
    const segment = accounts.segment[a]!;
    const from = accounts.customerStart[a]!;
    const churnedAt = accounts.churnedAt[a]!;
    const to = Number.isNaN(churnedAt) ? span.last : churnedAt;
    if (scratch.length < count) scratch = new Float64Array(count * 2);
    for (let k = 0; k < count; k++) scratch[k] = seasonalTime(rng, span, from, to);
    const accountId = accounts.ids[a]!;
    const costRatio = accounts.costRatio[a]!;
    const sums = PRODUCT_SUMS[segment]!;
    let lastAmount = 0;
    let lastProduct = '';
    for (const at of sortedTimes(scratch, count)) {
      const id = rowId('ord-', orders.length + 1);
      if (lastAmount > 0 && rng.next() < REFUND_RATE) {
        // Part of the last purchase comes back; never two refunds of the same purchase.
        orders.push({ id, accountId, at: toSecond(at), amount: -cents(lastAmount * uniform(rng, 0.1, 0.9)), product: lastProduct });
        lastAmount = 0;
        continue;
      }
      const product = PRODUCTS[weightedIndex(rng, sums)]!;
      const items = 1 + poisson(rng, EXTRA_ITEMS[segment]!);
      const amount = cents(items * product.price * uniform(rng, 0.85, 1.05));
      const cost = cents(amount * clamp(costRatio + normal(rng, 0, 0.03), 0.55, 0.8));
      orders.push({ id, accountId, at: toSecond(at), amount, cost, items, product: product.name });
      lastAmount = amount;
      lastProduct = product.name;
    }
  }
}
