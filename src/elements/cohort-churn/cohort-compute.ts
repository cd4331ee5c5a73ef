/**
 * `<crm-cohort-churn>`'s computation: the cohort matrix, churn and renewal, each metric's own
 * module, not the catalog. Pure, so the load worker runs it too.
 */
import { churnRate } from '../../metrics/customers/churn-rate.js';
import { cohortRetention, type CohortRetentionResult } from '../../metrics/customers/cohort-retention.js';
import { renewalRate } from '../../metrics/customers/renewal-rate.js';
import type { MetricOptions } from '../../metrics/options.js';
import type { ScalarResult } from '../../metrics/result.js';
import { runMetric } from '../../metrics/run-metric.js';
import { elementCompute } from '../shared/element-compute.js';

/** What `<crm-cohort-churn>` draws. */
export interface CohortChurnResult {
  retention: CohortRetentionResult;
  churn: ScalarResult;
  renewal: ScalarResult;
  /** Subscription terms in the data: tells "no subscriptions" from "none ended in the range". */
  subscriptionTerms: number;
}

export interface CohortChurnInput {
  readonly retention: MetricOptions;
  readonly churn: MetricOptions;
  readonly renewal: MetricOptions;
}

export const cohortChurnCompute = elementCompute('cohort-churn', (table, options: CohortChurnInput): CohortChurnResult => ({
  retention: runMetric(cohortRetention, table, options.retention),
  churn: runMetric(churnRate, table, options.churn),
  renewal: runMetric(renewalRate, table, options.renewal),
  subscriptionTerms: table.subscriptions.length,
}));
