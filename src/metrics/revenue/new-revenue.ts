import type { CrmTable } from '../../table/index.js';
import { civilFromDays, daysFromCivil, daysInMonth } from '../../time/civil.js';
import { defineMetric } from '../metric-module.js';
import { numberOption, oneOf } from '../options.js';
import type { ScalarResult } from '../result.js';
import { customerSince } from './customer-since.js';
import { firstPurchaseRevenue } from './first-purchase.js';
import { firstPeriodRevenue } from './first-subscription-period.js';
import { REVENUE_BASES, revenueBasis, revenueInScope } from './revenue-basis.js';
import { monthsPerBillingPeriod, SUBSCRIPTION_PERIOD_OPTION } from './subscription-revenue.js';

const MS_PER_DAY = 86_400_000;

/** How long a customer stays new: `months` after becoming one, or only for the first purchase. */
export const NEW_REVENUE_WINDOWS = ['months', 'first-purchase'] as const;

/**
 * `t` plus `months` calendar months (UTC), the day of month kept or clamped to the month's
 * last day (31 January + 1 month = 28 or 29 February). NaN stays NaN.
 */
export function addCalendarMonths(t: number, months: number): number {
  if (Number.isNaN(t)) return NaN;
  const day = Math.floor(t / MS_PER_DAY);
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  const monthIndex = year * 12 + month - 1 + months;
  const toYear = Math.floor(monthIndex / 12);
  const toMonth = monthIndex - toYear * 12 + 1;
  const toDay = daysFromCivil(toYear, toMonth, Math.min(dayOfMonth, daysInMonth(toYear, toMonth)));
  return toDay * MS_PER_DAY + (t - day * MS_PER_DAY);
}

/** Per table and `months`: each series point and segment of one dashboard reuses the same array. */
const untilCache = new WeakMap<CrmTable, Map<number, Float64Array>>();

/** Per account row, the instant it stops being new (NaN for an account that never became a customer). */
function newUntil(table: CrmTable, months: number): Float64Array {
  let byMonths = untilCache.get(table);
  if (!byMonths) untilCache.set(table, (byMonths = new Map()));
  let until = byMonths.get(months);
  if (!until) {
    const since = customerSince(table);
    until = new Float64Array(since.length);
    for (let a = 0; a < since.length; a++) until[a] = addCalendarMonths(since[a] as number, months);
    byMonths.set(months, until);
  }
  return until;
}

function monthsOption(value: unknown): number {
  const months = numberOption('new-revenue', 'months', value, 12, 1, 1200);
  if (!Number.isInteger(months)) throw new RangeError(`invalid months for new-revenue: ${JSON.stringify(value)} (expected a whole number from 1 to 1200)`);
  return months;
}

/**
 * New revenue: revenue in [from, to) from customers while they are new.
 *
 * - `window: 'months'` (default): revenue of rows at `t` with `since ≤ t < since + months`
 *   calendar months (UTC), `since` being when the account became a customer — first purchase,
 *   first won deal or first subscription start, whichever first (`customerSince`). Option
 *   `months`, default 12: the seed's "first year of subscription sales".
 * - `window: 'first-purchase'`: for one-time sales, the amount of each customer's first
 *   purchase (its earliest purchase order, or earliest won deal) falling in [from, to); on
 *   the `subscriptions` basis, its first billing period (first-subscription-period.ts).
 *
 * Revenue is on the definition's basis (`revenue-basis.ts`): `orders` (refunds included as
 * negatives) when the dataset has orders, else `subscriptions` (amounts earned over each
 * term's time, cut at the account's `since + months`) when it has subscriptions, else
 * `won-deals` by `closedAt`; the result's `definition` names the one used. Option
 * `subscriptionPeriod` (`'month'` default, or `'year'`): the period a subscription `amount` is for.
 *
 * Seed 003 §3. A sum: 0 when no new customer bought in the range (never null).
 */
export const newRevenue = defineMetric({
  id: 'new-revenue',
  family: 'revenue',
  definitions: REVENUE_BASES,
  options: ['months', 'window', SUBSCRIPTION_PERIOD_OPTION],
  kind: 'scalar',
  compute(scope, options): ScalarResult {
    const basis = revenueBasis(scope.table, options.definition);
    const window = oneOf('new-revenue', 'window', options.window, NEW_REVENUE_WINDOWS);
    const months = monthsOption(options.months);
    const periodMonths = monthsPerBillingPeriod('new-revenue', options.subscriptionPeriod);
    let value: number;
    if (window === 'months') value = revenueInScope(scope, basis, newUntil(scope.table, months), periodMonths);
    else if (basis === 'subscriptions') value = firstPeriodRevenue(scope, periodMonths);
    else value = firstPurchaseRevenue(scope, basis);
    return { value, unit: 'currency', definition: basis };
  },
});
