/**
 * `computeMetric(id, data, options)`: the engine's one entry. It finds the metric by its public
 * id (an unknown id throws, listing the valid ones) and runs it (`runMetric`).
 */
import type { Dataset } from '../schema/index.js';
import type { CrmTable } from '../table/index.js';
import type { MetricOptions } from './options.js';
import { METRIC_IDS, METRICS, type MetricId, type MetricResult } from './registry.js';
import { runMetric } from './run-metric.js';

export { tableOf } from './run-metric.js';

export function computeMetric<Id extends MetricId>(id: Id, data: Dataset | CrmTable, options: MetricOptions = {}): MetricResult<Id> {
  const module = METRICS.get(id);
  if (!module) throw new RangeError(`unknown metric: ${JSON.stringify(id)} (expected one of ${METRIC_IDS.join(', ')})`);
  return runMetric(module, data, options) as MetricResult<Id>;
}
