/**
 * The customers behind one segment of `lifetime-value`: what a `crm-select` on a segment's bar
 * hands to the rest of a dashboard. Same options as the metric (`definition`, `inactiveDays`,
 * `subscriptionPeriod` and the common ones), and the same rules as lifetime-totals.ts, so the
 * ids are exactly the accounts the segment's `customers` counts.
 */
import type { CrmTable } from '../../table/index.js';
import { oneOf, type MetricOptions } from '../options.js';
import { accountPurchases } from '../revenue/account-purchases.js';
import { customerSince } from '../revenue/customer-since.js';
import { revenueBasis } from '../revenue/revenue-basis.js';
import { monthsPerBillingPeriod } from '../revenue/subscription-revenue.js';
import { createScope, passes } from '../scope.js';
import { lostTimesFor } from './churn-counts.js';
import { coveredRange } from './churn-periods.js';
import { groupOf } from './lifetime-totals.js';

/**
 * Ids of the accounts counted as customers of `segment` (null: accounts without a segment), in
 * account order, under `options` as `computeMetric('lifetime-value', …)` takes them:
 *
 * - `historic`: accounts with a purchase in the range on the dataset's revenue basis;
 * - `churn`: accounts that were customers at some instant of the range — became one before
 *   its end and were not lost before its start (nor at the instant they became one).
 *
 * Both after the segment and owner filters. A segment no account has gives none.
 *
 * @throws RangeError for an unknown definition or a bad option, as the metric does.
 */
export function lifetimeValueCustomers(table: CrmTable, options: MetricOptions, segment: string | null): string[] {
  const definition = oneOf('lifetime-value', 'definition', options.definition, ['historic', 'churn'] as const);
  const scope = createScope(table, options);
  const lost = lostTimesFor('lifetime-value', scope, options, 'auto').at;
  const periodMonths = monthsPerBillingPeriod('lifetime-value', options.subscriptionPeriod);
  const group = segment === null ? table.segments.size : table.segments.codeOf(segment);
  const ids: string[] = [];
  if (group < 0) return ids;
  const { from: start, to: end } = coveredRange(scope);
  const purchases = definition === 'historic' ? accountPurchases(table, revenueBasis(table, undefined), start, end, periodMonths).purchases : null;
  const since = customerSince(table);
  const { accounts } = table;
  for (let a = 0; a < accounts.length; a++) {
    if (!passes(scope, a) || groupOf(scope, a) !== group) continue;
    let counted: boolean;
    if (purchases) counted = (purchases[a] as number) > 0;
    else {
      const s = since[a] as number;
      const l = lost[a] as number;
      counted = s < end && !(l < start) && !(l <= s);
    }
    if (counted) ids.push(accounts.ids.values[a] as string);
  }
  return ids;
}
