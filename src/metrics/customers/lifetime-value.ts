import { defineMetric } from '../metric-module.js';
import { ratio } from '../result.js';
import { revenueBasis, type RevenueBasis } from '../revenue/revenue-basis.js';
import { monthsPerBillingPeriod, SUBSCRIPTION_PERIOD_OPTION } from '../revenue/subscription-revenue.js';
import type { MetricScope } from '../scope.js';
import { LOST_OPTIONS, lostTimesFor } from './churn-counts.js';
import { coveredRange, seriesWindows } from './churn-periods.js';
import { MONTHS_PER_YEAR } from './customer-status.js';
import { lifetimeTotals, type LifetimeDefinition, type LifetimeTotals } from './lifetime-totals.js';

export interface LifetimeValueParts {
  /** Revenue in the range (refunds included) / purchases in it (subscriptions: per billing period). */
  averagePurchaseValue: number | null;
  /** Purchases (subscriptions: billing periods) / years the customers were customers within the range. */
  purchasesPerYear: number | null;
  /** `historic`: mean observed lifespan; `churn`: the lifespan the churn rate implies, 1 / (12 × churnRate). */
  lifespanYears: number | null;
  /** `churn` only: revenue / customer-months in the range. */
  revenuePerCustomerPerMonth?: number | null;
  /** `churn` only: customers lost / customer-months in the range. */
  churnRate?: number | null;
}

export interface LifetimeValueFigures {
  value: number | null;
  customers: number;
  parts: LifetimeValueParts;
  /** Why `value` is null, when it is. */
  note?: string;
}

export interface SegmentLifetimeValue extends LifetimeValueFigures {
  /** The segment's name; null for customers without a segment. */
  segment: string | null;
}

export interface LifetimeValueResult extends LifetimeValueFigures {
  definition: LifetimeDefinition;
  /** Where the revenue comes from (revenue-basis.ts), chosen from the data. */
  revenueBasis: RevenueBasis;
  unit: 'currency';
  /** Segments with at least one customer, in order of first appearance; then those without one. */
  bySegment: SegmentLifetimeValue[];
  /** With `period`: the value over each period. */
  series?: { start: string; value: number | null; customers: number }[];
}

const product = (...factors: (number | null)[]) => (factors.some((f) => f === null) ? null : factors.reduce<number>((p, f) => p * (f as number), 1));

/** Why the historic value is null: the basis had nothing bought in the range. */
const NO_PURCHASE: Record<RevenueBasis, string> = {
  orders: 'no purchase in the range',
  subscriptions: 'no paid subscription term in the range',
  'won-deals': 'no won deal in the range',
};

function figures(t: LifetimeTotals, g: number | null, definition: LifetimeDefinition, basis: RevenueBasis): LifetimeValueFigures {
  const at = (column: Float64Array) => (g === null ? column.reduce((s, v) => s + v, 0) : (column[g] as number));
  const customers = at(t.customers);
  const revenue = at(t.revenue);
  const purchases = at(t.purchases);
  const years = at(t.customerYears);
  const averagePurchaseValue = ratio(revenue, purchases);
  const purchasesPerYear = ratio(purchases, years);
  // No revenue at all (none, or refunds cancelling it) says nothing of a customer's worth: null, not 0.
  const noRevenue = `no revenue in the range (revenue basis: ${basis})`;
  if (definition === 'historic') {
    const lifespanYears = ratio(at(t.lifespanYears), customers);
    const value = revenue === 0 ? null : product(averagePurchaseValue, purchasesPerYear, lifespanYears);
    const result: LifetimeValueFigures = { value, customers, parts: { averagePurchaseValue, purchasesPerYear, lifespanYears } };
    if (customers === 0) result.note = NO_PURCHASE[basis];
    else if (value === null) result.note = noRevenue;
    return result;
  }
  const months = years * MONTHS_PER_YEAR;
  const revenuePerCustomerPerMonth = ratio(revenue, months);
  const churnRate = ratio(at(t.lost), months);
  const churns = churnRate !== null && churnRate > 0;
  const lifespanYears = churns ? 1 / (churnRate * MONTHS_PER_YEAR) : null;
  const value = churns && revenue !== 0 && revenuePerCustomerPerMonth !== null ? revenuePerCustomerPerMonth / churnRate : null;
  const result: LifetimeValueFigures = { value, customers, parts: { averagePurchaseValue, purchasesPerYear, lifespanYears, revenuePerCustomerPerMonth, churnRate } };
  if (customers === 0) result.note = 'no customer in the range';
  else if (revenue === 0) result.note = noRevenue;
  else if (!churns) result.note = 'no customer was lost in the range: without churn, the churn-based lifetime value is unbounded';
  return result;
}

function lifetimeValueOver(scope: MetricScope, lost: Float64Array, definition: LifetimeDefinition, basis: RevenueBasis, periodMonths: number) {
  const { from, to } = coveredRange(scope);
  return lifetimeTotals(scope, definition, lost, from, to, basis, periodMonths);
}

/**
 * Customer lifetime value, in two definitions (DESIGN.md's catalog; seeds 000, 002, 003 §6, 004):
 *
 * - `historic` (default), the seed 003 §6 recipe: `averagePurchaseValue × purchasesPerYear ×
 *   lifespanYears`. Customers: accounts with a purchase in the range. Average purchase value:
 *   their revenue in the range (refunds lower it) / their purchases. Purchases per year: purchases
 *   / the years each was a customer within the range — from its first purchase (or the range's
 *   start) until lost, or the range's end, and at least until its last purchase. Lifespan: the
 *   mean of first purchase to the same end. Spans shorter than a day count one day. Over the
 *   whole data the product is the revenue per customer to date; over a range it applies the
 *   range's buying habits to the lifespans known at its end. Empty base (no purchase): `null`.
 * - `churn`, the subscription formula: `revenuePerCustomerPerMonth / churnRate`, both per
 *   customer-month in the range (each customer's time as one, from becoming a customer until
 *   lost, in months of 1/12 of a 365.25-day year), so the value is revenue / customers lost.
 *   `lifespanYears` is then the lifespan the churn implies. No loss in the range: `null`,
 *   with a `note` (the value would be unbounded).
 *
 * Revenue is on the dataset's basis (revenue-basis.ts; `revenueBasis` in the result), never
 * two at once: `orders` when it has orders (a purchase: an order with a positive amount),
 * else `subscriptions` when it has subscriptions, else `won-deals` (a purchase: a won deal, at
 * `closedAt`). On `subscriptions`, revenue is each term's amount earned over its time in the
 * range (subscription-revenue.ts; option `subscriptionPeriod`, `'month'` by default, the
 * period an `amount` is for; an open term earns until the data's end) and a purchase is one
 * billing period of a paid term, so `averagePurchaseValue` is the average amount per period,
 * weighted by time, and `purchasesPerYear` the billing periods per customer-year (about 12
 * for monthly customers who never paused; not exactly, as calendar months are not 1/12 of a
 * 365.25-day year); `historic` is then revenue per customer-year × mean lifespan (over the
 * whole data: revenue per customer to date), and `churn` the revenue per customer-month (the
 * time-weighted average monthly charge) / monthly churn, i.e. revenue / customers lost. No
 * revenue at all in the range: `null` with a `note`, never 0.
 *
 * Open ends of the range close at the data's first and last instant. Lost is lost-at.ts `auto`
 * (option `inactiveDays`). `bySegment` splits the same sums by account segment; with `period`,
 * a `series` gives the value over each period.
 */
export const lifetimeValue = defineMetric({
  id: 'lifetime-value',
  family: 'customers',
  definitions: ['historic', 'churn'],
  options: [...LOST_OPTIONS, SUBSCRIPTION_PERIOD_OPTION],
  kind: 'rich',
  compute(scope, options, definition): LifetimeValueResult {
    const kind = definition as LifetimeDefinition;
    const lost = lostTimesFor('lifetime-value', scope, options, 'auto').at;
    const basis = revenueBasis(scope.table, undefined);
    const periodMonths = monthsPerBillingPeriod('lifetime-value', options.subscriptionPeriod);
    const totals = lifetimeValueOver(scope, lost, kind, basis, periodMonths);
    const segments = scope.table.segments.values;
    const bySegment: SegmentLifetimeValue[] = [];
    for (let g = 0; g <= segments.length; g++) {
      if (totals.customers[g] === 0) continue;
      bySegment.push({ segment: segments[g] ?? null, ...figures(totals, g, kind, basis) });
    }
    const result: LifetimeValueResult = { ...figures(totals, null, kind, basis), definition: kind, revenueBasis: basis, unit: 'currency', bySegment };
    if (scope.period) {
      result.series = seriesWindows(scope).map((w) => {
        const { value, customers } = figures(lifetimeValueOver(scope.narrow(w.from, w.to), lost, kind, basis, periodMonths), null, kind, basis);
        return { start: w.start, value, customers };
      });
    }
    return result;
  },
});
