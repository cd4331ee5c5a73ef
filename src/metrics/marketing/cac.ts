import { categoriesMask, costsInScope } from '../finance/cost-categories.js';
import { defineMetric } from '../metric-module.js';
import { ratio, type ScalarResult } from '../result.js';
import { customerSince } from '../revenue/customer-since.js';
import { inRange, passes, type MetricScope } from '../scope.js';

const ACQUISITION_SPEND = categoriesMask(['sales', 'marketing']);

/**
 * Customer acquisition cost over the scope, as `cac` computes it; exported for metrics built
 * on it (`clv-cac-ratio`).
 *
 * `numerator`: sales and marketing costs with `at` in [from, to). `denominator`: accounts that
 * became customers in [from, to) — the instant of their first purchase, first won deal or first
 * subscription start, whichever first (`customerSince`) — passing the segment and owner filters
 * (by the account's own segment and owner). Costs carry no segment or owner, so a filter
 * narrows the customers only. `value`: numerator / denominator; `null` when nobody was acquired.
 */
export function customerAcquisitionCost(scope: MetricScope): ScalarResult {
  const spend = costsInScope(scope, ACQUISITION_SPEND);
  const since = customerSince(scope.table);
  let acquired = 0;
  for (let a = 0; a < since.length; a++) {
    if (inRange(scope, since[a] as number) && passes(scope, a)) acquired++;
  }
  return { value: ratio(spend, acquired), numerator: spend, denominator: acquired, unit: 'currency', definition: 'sales-and-marketing' };
}

/**
 * CAC: what acquiring one customer cost.
 *
 * `cac = (sales + marketing costs in [from, to)) / customers acquired in [from, to)`
 *
 * Seeds 001 ("the cost of customer acquisition"), 003 §7 ("the overall cost of acquiring a new
 * client"). Empty base (no customer acquired in the period): `null`.
 */
export const cac = defineMetric({
  id: 'cac',
  family: 'marketing',
  definitions: ['sales-and-marketing'],
  options: [],
  kind: 'scalar',
  compute: (scope): ScalarResult => customerAcquisitionCost(scope),
});
