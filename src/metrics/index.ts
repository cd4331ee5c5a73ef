export { computeMetric, tableOf } from './compute-metric.js';
export { runMetric } from './run-metric.js';
export { METRIC_IDS, METRICS, type MetricId, type MetricResult } from './registry.js';
export type { MetricFamily, MetricModule } from './metric-module.js';
export { COMMON_OPTIONS, type MetricOptions } from './options.js';
export type { ScalarResult, SeriesPoint, Unit } from './result.js';
export { funnelStageDeals } from './sales/funnel-members.js';
