import { defineMetric } from '../metric-module.js';
import { ratioResult, type ScalarResult } from '../result.js';
import { churnCounts, LOST_OPTIONS, lostTimesFor } from './churn-counts.js';
import { LOST_DEFINITIONS } from './lost-at.js';

/**
 * Retention rate: of the customers active at the start of the period, the share still a
 * customer at its end — 1 − churn rate, over the same base and definitions (churn-rate.ts).
 *
 * `retention-rate = (active at from − lost in [from, to)) / active at from`
 *
 * Seeds 000 ("client retention rate … whether the efforts created for retaining … are
 * worthy") and 004. Customers acquired during the period do not count: a growing business
 * cannot hide its losses behind new sign-ups.
 *
 * Empty base: `null`.
 */
export const retentionRate = defineMetric({
  id: 'retention-rate',
  family: 'customers',
  definitions: LOST_DEFINITIONS,
  options: LOST_OPTIONS,
  kind: 'scalar',
  compute(scope, options, definition): ScalarResult {
    const lost = lostTimesFor('retention-rate', scope, options, definition);
    const counts = churnCounts(scope, lost.at);
    return ratioResult(counts.retained, counts.base, lost.definition);
  },
});
