/** `<crm-activity>`'s computation: volume overall and per period, engagement, response time. Pure, so the load worker runs it too. */
import type { MetricOptions } from '../../metrics/options.js';
import { runMetric } from '../../metrics/run-metric.js';
import { activityVolume, type ActivityVolumeResult } from '../../metrics/sales/activity-volume.js';
import { engagement, type EngagementResult } from '../../metrics/sales/engagement.js';
import { responseTime, type ResponseTimeResult } from '../../metrics/sales/response-time.js';
import type { Period } from '../../table/index.js';
import { elementCompute } from '../shared/element-compute.js';
import { activityPeriods, type ActivityPeriod } from './activity-periods.js';

/** What `<crm-activity>` draws: each metric as the engine returned it, and the volume per period. */
export interface ActivityView {
  period: Period;
  volume: ActivityVolumeResult;
  periods: ActivityPeriod[];
  engagement: EngagementResult;
  response: ResponseTimeResult;
}

export interface ActivityInput {
  readonly options: MetricOptions;
  readonly period: Period;
  /** Engagement's streak as given (checked by the metric), undefined for its default. */
  readonly streak: unknown;
  readonly responseDefinition: string | undefined;
}

export const activityCompute = elementCompute('activity', (table, { options, period, streak, responseDefinition }: ActivityInput): ActivityView => ({
  period,
  volume: runMetric(activityVolume, table, options),
  periods: activityPeriods(table, options, period),
  engagement: runMetric(engagement, table, { ...options, streak }),
  response: runMetric(responseTime, table, { ...options, definition: responseDefinition }),
}));
