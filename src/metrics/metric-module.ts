/** What every metric module exports: its id, its named definitions and options, and a pure compute. */
import type { MetricOptions } from './options.js';
import type { MetricScope } from './scope.js';

export type MetricFamily = 'sales' | 'revenue' | 'marketing' | 'customers' | 'service' | 'finance';

export interface MetricModule<Id extends string = string, Result = unknown> {
  readonly id: Id;
  readonly family: MetricFamily;
  /** Named definitions where practitioners differ; the first is the default. At least one. */
  readonly definitions: readonly string[];
  /** The metric's own option names, beyond the common ones. */
  readonly options: readonly string[];
  /**
   * `scalar`: returns a ScalarResult, and the engine adds a `series` for `period` by computing
   * the same metric over each period. `rich`: its own shape, handling `period` itself.
   */
  readonly kind: 'scalar' | 'rich';
  compute(scope: MetricScope, options: Readonly<MetricOptions>, definition: string): Result;
}

/** Declare a metric with its exact id and result type kept (for `computeMetric`'s return type). */
export function defineMetric<Id extends string, Result>(module: MetricModule<Id, Result>): MetricModule<Id, Result> {
  return module;
}
