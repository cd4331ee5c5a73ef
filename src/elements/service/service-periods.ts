/**
 * The service figures of each period: `help-desk` and `first-contact-resolution` run over each
 * window of the period (the windows the engine's own series use), so every column the element
 * draws is the metrics' own number — medians and means alike, where the help-desk series
 * carries medians only.
 */
import type { MetricOptions } from '../../metrics/options.js';
import { periodWindows } from '../../metrics/period-windows.js';
import type { ScalarResult } from '../../metrics/result.js';
import { runMetric } from '../../metrics/run-metric.js';
import { createScope } from '../../metrics/scope.js';
import type { DurationStats } from '../../metrics/service/duration-stats.js';
import { firstContactResolutionMetric, type FcrDefinition } from '../../metrics/service/first-contact-resolution.js';
import { helpDesk } from '../../metrics/service/help-desk.js';
import type { CrmTable, Period } from '../../table/index.js';

export interface ServicePeriod {
  /** First local day of the period, `YYYY-MM-DD`. */
  start: string;
  /** The window counted: the period clipped to the range, epoch ms. */
  from: number;
  to: number;
  opened: number;
  /** The queue at the window's end. */
  open: number;
  firstResponseHours: DurationStats;
  resolutionHours: DurationStats;
  /** In the element's definition. */
  fcr: ScalarResult;
}

export function servicePeriods(table: CrmTable, options: MetricOptions, period: Period, definition: FcrDefinition): ServicePeriod[] {
  return periodWindows(createScope(table, { ...options, period })).map(({ start, from, to }) => {
    const window = { ...options, from, to };
    const desk = runMetric(helpDesk, table, window);
    return {
      start,
      from,
      to,
      opened: desk.opened,
      open: desk.open.count,
      firstResponseHours: desk.firstResponseHours,
      resolutionHours: desk.resolutionHours,
      fcr: runMetric(firstContactResolutionMetric, table, { ...window, definition }),
    };
  });
}
