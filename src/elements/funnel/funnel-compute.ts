/**
 * `<crm-funnel>`'s computation: the funnel metric's own module, not the catalog, so that the
 * element's bundle carries one metric. Pure, so the load worker runs it too.
 */
import type { MetricOptions } from '../../metrics/options.js';
import { runMetric } from '../../metrics/run-metric.js';
import { funnel, type FunnelResult } from '../../metrics/sales/funnel.js';
import { elementCompute } from '../shared/element-compute.js';

export const funnelCompute = elementCompute('funnel', (table, options: MetricOptions): FunnelResult => runMetric(funnel, table, options));
