import { customerAcquisitionCost } from '../marketing/cac.js';
import { defineMetric } from '../metric-module.js';
import { ratio, type ScalarResult } from '../result.js';
import { LOST_OPTIONS } from './churn-counts.js';
import { SUBSCRIPTION_PERIOD_OPTION } from '../revenue/subscription-revenue.js';
import { lifetimeValue } from './lifetime-value.js';

/**
 * CLV : CAC — what a customer is worth over what it cost to acquire one.
 *
 * `clv-cac-ratio = lifetime-value / cac`, over the same range and filters
 *
 * Seed 003 (§6 lifetime value, §7 acquisition cost). The usual rule of thumb is 3 : 1 — a
 * customer should bring three times what it cost; near 1 : 1 acquisition loses money once
 * serving costs are counted, and far above 5 : 1 suggests too little is spent on growth.
 *
 * Not a fraction of one: the value is a multiple (3 means 3 : 1), `unit` says `ratio` because
 * both sides are money. `numerator` is the lifetime value (lifetime-value.ts, `definition`
 * `historic` or `churn`, options `inactiveDays` and `subscriptionPeriod`, passed on to it), `denominator` the CAC (marketing/cac.ts).
 *
 * `null` when either is `null` or the CAC is not positive (nothing acquired, or no cost).
 */
export const clvCacRatio = defineMetric({
  id: 'clv-cac-ratio',
  family: 'customers',
  definitions: ['historic', 'churn'],
  // Every option of the lifetime value it divides: a yearly subscription amount must be read
  // as yearly here too.
  options: [...LOST_OPTIONS, SUBSCRIPTION_PERIOD_OPTION],
  kind: 'scalar',
  compute(scope, options, definition): ScalarResult {
    // Without `period`: the engine builds this metric's series itself, LTV's own would be wasted.
    const clv = lifetimeValue.compute({ ...scope, period: undefined }, options, definition).value;
    const cac = customerAcquisitionCost(scope).value;
    const result: ScalarResult = { value: clv === null || cac === null ? null : ratio(clv, cac), unit: 'ratio', definition };
    if (clv !== null) result.numerator = clv;
    if (cac !== null) result.denominator = cac;
    return result;
  },
});
