/**
 * Activity volume per period with its breakdowns: the catalog's `activity-volume` run over each
 * period's window (the same windows its `series` uses), so every column of the chart is the
 * metric's own count, by type and by direction.
 */
import type { MetricOptions } from '../../metrics/options.js';
import { periodWindows } from '../../metrics/period-windows.js';
import { runMetric } from '../../metrics/run-metric.js';
import { activityVolume, type ActivityVolumeResult } from '../../metrics/sales/activity-volume.js';
import { createScope } from '../../metrics/scope.js';
import type { CrmTable, Period } from '../../table/index.js';

export interface ActivityPeriod {
  /** First local day of the period, `YYYY-MM-DD`. */
  start: string;
  /** The window counted: the period clipped to the range, epoch ms. */
  from: number;
  to: number;
  value: number;
  byType: ActivityVolumeResult['byType'];
  byDirection: ActivityVolumeResult['byDirection'];
}

export function activityPeriods(table: CrmTable, options: MetricOptions, period: Period): ActivityPeriod[] {
  return periodWindows(createScope(table, { ...options, period })).map(({ start, from, to }) => {
    const { value, byType, byDirection } = runMetric(activityVolume, table, { ...options, from, to });
    return { start, from, to, value, byType, byDirection };
  });
}
