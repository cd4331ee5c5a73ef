import { defineMetric } from '../metric-module.js';
import { ratioResult, type ScalarResult } from '../result.js';
import { churnCounts, LOST_OPTIONS, lostTimesFor } from './churn-counts.js';
import { LOST_DEFINITIONS } from './lost-at.js';

/**
 * Churn rate: of the customers active at the start of the period, the share lost during it.
 *
 * `churn-rate = customers lost in [from, to) / customers active at from`
 *
 * Seeds 002 ("attrition rates … measured in segments") and 003 ("divide the number of
 * customers who have churned by the total number of customers").
 *
 * - Active at the start: became a customer (first purchase, won deal or subscription start)
 *   strictly before `from` and not lost before it. Customers acquired during the period are in
 *   neither count. Half-open like every row: a loss exactly at `from` is this period's (in the
 *   base and lost), one exactly at `to` the next period's (retained here) — so a loss on a
 *   boundary counts in exactly one period of a series.
 * - Without `from`, the period starts with the data and nobody is active before it: the base is
 *   then every customer acquired before `to`, and the rate the share of them lost before `to`
 *   (the seed's churned / total). Without `to`, the period runs through the end of the data.
 * - Lost: by the definition (lost-at.ts) — `auto` (default: `churned-at` if any account has a
 *   `churnedAt`, else `subscription-end` if there are subscriptions, else `inactivity`),
 *   `churned-at`, `subscription-end`, `inactivity` (option `inactiveDays`, default 90). The
 *   result's `definition` is the one applied, never `auto`.
 * - Segment and owner filters apply to the customer's account.
 *
 * Empty base: `null`.
 */
export const churnRate = defineMetric({
  id: 'churn-rate',
  family: 'customers',
  definitions: LOST_DEFINITIONS,
  options: LOST_OPTIONS,
  kind: 'scalar',
  compute(scope, options, definition): ScalarResult {
    const lost = lostTimesFor('churn-rate', scope, options, definition);
    const counts = churnCounts(scope, lost.at);
    return ratioResult(counts.lost, counts.base, lost.definition);
  },
});
