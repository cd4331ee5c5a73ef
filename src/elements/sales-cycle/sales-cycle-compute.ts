/** `<crm-sales-cycle>`'s computation: the sales-cycle metric's own module. Pure, so the load worker runs it too. */
import type { MetricOptions } from '../../metrics/options.js';
import { runMetric } from '../../metrics/run-metric.js';
import { salesCycle, type SalesCycleResult } from '../../metrics/sales/sales-cycle.js';
import { elementCompute } from '../shared/element-compute.js';

export const salesCycleCompute = elementCompute('sales-cycle', (table, options: MetricOptions): SalesCycleResult => runMetric(salesCycle, table, options));
