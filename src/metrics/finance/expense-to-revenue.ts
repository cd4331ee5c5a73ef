import { defineMetric } from '../metric-module.js';
import { ratioResult, type ScalarResult } from '../result.js';
import { REVENUE_BASES, revenueBasis, revenueInScope } from '../revenue/revenue-basis.js';
import { monthsPerBillingPeriod, SUBSCRIPTION_PERIOD_OPTION } from '../revenue/subscription-revenue.js';
import { costCategoryMask, costsInScope } from './cost-categories.js';

/**
 * Expense-to-revenue ratio: what each unit of revenue cost.
 *
 * `expense-to-revenue = costs with at in [from, to) / revenue in [from, to)`
 *
 * Costs: every category by default; option `category` restricts them (`'marketing'`,
 * `'sales,marketing'`, `['sales', 'marketing']`). Revenue on the definition's basis
 * (`revenue-basis.ts`, shared with `new-revenue`): `orders`, purchases less refunds, when the
 * dataset has orders, else `subscriptions` (amounts earned over each term's time in the range,
 * subscription-revenue.ts) when it has subscriptions, else `won-deals` by `closedAt`; the
 * result's `definition` names it. Option `subscriptionPeriod` (`'month'` default, or
 * `'year'`): the period a subscription `amount` is for.
 * Costs carry no segment or owner: a segment or owner filter narrows the revenue only, so the
 * ratio is then the company's spend over that slice's revenue.
 *
 * Seed 004 ("a decline in the ratio of expense-to-revenue"). Empty base (no revenue, or a net
 * loss from refunds): `null`.
 */
export const expenseToRevenue = defineMetric({
  id: 'expense-to-revenue',
  family: 'finance',
  definitions: REVENUE_BASES,
  options: ['category', SUBSCRIPTION_PERIOD_OPTION],
  kind: 'scalar',
  compute(scope, options): ScalarResult {
    const basis = revenueBasis(scope.table, options.definition);
    const periodMonths = monthsPerBillingPeriod('expense-to-revenue', options.subscriptionPeriod);
    const costs = costsInScope(scope, costCategoryMask('expense-to-revenue', options.category));
    return ratioResult(costs, revenueInScope(scope, basis, undefined, periodMonths), basis);
  },
});
