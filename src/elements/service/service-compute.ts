/** `<crm-service>`'s computation: the help desk, first-contact resolution, and both per period. Pure, so the load worker runs it too. */
import type { MetricOptions } from '../../metrics/options.js';
import type { ScalarResult } from '../../metrics/result.js';
import { runMetric } from '../../metrics/run-metric.js';
import { firstContactResolutionMetric, type FcrDefinition } from '../../metrics/service/first-contact-resolution.js';
import { helpDesk, type HelpDeskResult } from '../../metrics/service/help-desk.js';
import type { Period } from '../../table/index.js';
import { elementCompute } from '../shared/element-compute.js';
import { servicePeriods, type ServicePeriod } from './service-periods.js';

/** What `<crm-service>` draws: each metric as the engine returned it, and the figures per period. */
export interface ServiceView {
  /** `help-desk` over the range: queue, times, agents. */
  desk: HelpDeskResult;
  /** `first-contact-resolution` in the element's definition. */
  fcr: ScalarResult;
  /** The period in effect (own, else the dashboard's), or null for none. */
  period: Period | null;
  /** One entry per period of the range; empty without a period. */
  periods: ServicePeriod[];
}

export interface ServiceInput {
  readonly options: MetricOptions;
  readonly definition: FcrDefinition;
  readonly period: Period | null;
}

export const serviceCompute = elementCompute('service', (table, { options, definition, period }: ServiceInput): ServiceView => ({
  desk: runMetric(helpDesk, table, options),
  fcr: runMetric(firstContactResolutionMetric, table, { ...options, definition }),
  period,
  periods: period ? servicePeriods(table, options, period, definition) : [],
}));
