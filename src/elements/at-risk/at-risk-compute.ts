/** `<crm-at-risk>`'s computation: recency per customer. Pure, so the load worker runs it too. */
import type { MetricOptions } from '../../metrics/options.js';
import { recency, type RecencyResult } from '../../metrics/customers/recency.js';
import { runMetric } from '../../metrics/run-metric.js';
import { elementCompute } from '../shared/element-compute.js';

export const atRiskCompute = elementCompute('at-risk', (table, options: MetricOptions): RecencyResult => runMetric(recency, table, options));
