/** The sales cycle per period: cycle stats and time in stage of the deals won in each period. */
import { bucketTimes } from '../../table/index.js';
import type { MetricScope } from '../scope.js';
import { groupedStats } from './grouped-stats.js';
import type { WonDeals } from './sales-cycle.js';
import { stayStatsByGroup, type StageStayStats } from './stage-stays.js';

export interface CyclePoint {
  /** First local day of the period, `YYYY-MM-DD`. */
  start: string;
  count: number;
  median: number | null;
  mean: number | null;
}

export interface StageTimePoint {
  start: string;
  /** Per pipeline stage: median and mean days of the stays of the period's won deals. */
  stages: StageStayStats[];
}

const finite = (t: number) => (Number.isFinite(t) ? t : undefined);

/**
 * Won deals bucketed by the period of `closedAt` in the scope's zone: every period from `from`
 * to `to` (or across the deals' closes when the range is open), empty ones included.
 */
export function cycleSeries(scope: MetricScope, won: WonDeals): { series: CyclePoint[]; timeInStage: StageTimePoint[] } {
  const period = scope.period ?? 'month';
  const buckets = bucketTimes(won.closedAt, period, { timeZone: scope.timeZone, from: finite(scope.from), to: finite(scope.to) });
  const series = groupedStats(won.days, won.count, buckets.index, buckets.count).map(({ count, median, mean }, k) => ({ start: buckets.labels[k] as string, count, median, mean }));

  const stays = stayStatsByGroup(scope.table, won.rows, won.count, buckets.index, buckets.count);
  const timeInStage = series.map(({ start }, k) => ({ start, stages: stays[k] as StageStayStats[] }));
  return { series, timeInStage };
}
