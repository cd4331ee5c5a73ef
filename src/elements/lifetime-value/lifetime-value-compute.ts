/**
 * `<crm-lifetime-value>`'s computation: lifetime value and CAC (each metric's own module, not
 * the catalog), and their ratio. Pure, so the load worker runs it too.
 */
import type { LifetimeDefinition } from '../../metrics/customers/lifetime-totals.js';
import { lifetimeValue, type LifetimeValueResult } from '../../metrics/customers/lifetime-value.js';
import { cac as cacMetric } from '../../metrics/marketing/cac.js';
import type { MetricOptions } from '../../metrics/options.js';
import { ratio, type ScalarResult } from '../../metrics/result.js';
import { runMetric } from '../../metrics/run-metric.js';
import { elementCompute } from '../shared/element-compute.js';

/** What `<crm-lifetime-value>` draws: the engine's lifetime value and CAC, and their ratio. */
export interface LifetimeValueView {
  lifetimeValue: LifetimeValueResult;
  cac: ScalarResult;
  /** `computeMetric('clv-cac-ratio', …)` under the same options: lifetime value / CAC. */
  clvCac: ScalarResult;
}

export interface LifetimeValueInput {
  /** The lifetime value's options: the common ones, its definition and its own settings. */
  readonly options: MetricOptions & { definition: LifetimeDefinition };
  /** The CAC's: the common options only. */
  readonly common: MetricOptions;
}

export const lifetimeValueCompute = elementCompute('lifetime-value', (table, { options, common }: LifetimeValueInput): LifetimeValueView => {
  const ltv = runMetric(lifetimeValue, table, options);
  const cac = runMetric(cacMetric, table, common);
  // clv-cac-ratio's own formula, from the two results already here (it would compute the
  // lifetime value again, and takes no subscriptionPeriod).
  const clvCac: ScalarResult = { value: ltv.value === null || cac.value === null ? null : ratio(ltv.value, cac.value), unit: 'ratio', definition: options.definition };
  if (ltv.value !== null) clvCac.numerator = ltv.value;
  if (cac.value !== null) clvCac.denominator = cac.value;
  return { lifetimeValue: ltv, cac, clvCac };
});
