import { defineMetric } from '../metric-module.js';
import { oneOf } from '../options.js';
import { ratio, ratioResult, type ScalarResult } from '../result.js';
import type { MetricScope } from '../scope.js';
import { tallyFunnelDeals, type FunnelTally } from './funnel-tally.js';
import { pipelineStages } from './pipeline-stages.js';
import { FUNNEL_MODES, type FunnelMode } from './stage-reach.js';
import { stageStays, stayStats, wholeTableStayStats, type StayStats } from './stage-stays.js';

export interface FunnelStage {
  stage: string;
  /** Deals that reached the stage. */
  count: number;
  /** Sum of their amounts. */
  value: number;
  /** count / previous stage's count; null for the first stage or an empty previous stage. */
  fromPrevious: number | null;
  /** count / first stage's count; null when the first stage is empty. */
  fromFirst: number | null;
  /** previous stage's count − count; 0 for the first stage. */
  dropOff: number;
  /** Median and mean days of the finished stays in the stage; null when none. */
  medianDays: number | null;
  meanDays: number | null;
}

export interface FunnelResult {
  stages: FunnelStage[];
  won: number;
  lost: number;
  open: number;
  /** won / deals in scope, as the `close-rate` metric over the same range and filters. */
  closeRate: ScalarResult;
  /** won / (won + lost) (`won-over-closed`) or won / all (`won-over-all`) of the deals in scope. */
  winRate: ScalarResult;
  /** The stage with the largest median days in stage (the first of equals); null when none. */
  bottleneck: string | null;
  mode: FunnelMode;
  definition: string;
}

/**
 * Time in stage of the deals a funnel counts, per stage position: the whole table's, worked out
 * once, when they hold every stay (the usual dashboard view: no range, no filter); else their
 * own stays, gathered and selected over.
 */
function timeInStage(scope: MetricScope, tally: FunnelTally): (p: number) => StayStats {
  if (!tally.staysOf) {
    const whole = wholeTableStayStats(scope.table);
    return (p) => whole[p] as StayStats;
  }
  const { members, count } = tally.staysOf;
  const stays = stageStays(scope.table, members, count);
  return (p) => stayStats(stays, p);
}

/**
 * Funnel: per pipeline stage, the deals created in [from, to) that reached it, their value,
 * conversion and drop-off, and how long deals stayed in it (seed 003 §4, "length of each sales
 * pipeline stage … uncover bottlenecks").
 *
 * - Stages: the dataset's `stages`, else derived from the deals (see `pipelineStages`).
 * - `mode: 'reached'` (default): a deal counts for every stage up to the furthest it reached
 *   (its history and its current stage). `mode: 'strict'`: only deals whose path passes every
 *   stage in order from the first count, for the stages they reached (see `stageReach`).
 *   Either way a stage's count is never above the previous one's.
 * - `fromPrevious = count / previous count`, `fromFirst = count / first count`,
 *   `dropOff = previous count − count`.
 * - Time in stage: finished stays of the counted deals (see `stageStays`; an open deal's current
 *   stage is left out); `bottleneck` is the stage with the largest median.
 * - `won`, `lost`, `open`, `closeRate` and `winRate` cover every deal in scope whatever the mode
 *   (a deal that names no pipeline stage counts there but in no stage).
 *   The definition (`won-over-closed`, default, or `won-over-all`) chooses the win rate's base.
 * - `period` does not apply: a funnel is one picture of the range.
 *
 * Empty base: counts 0, ratios and days `null`, `bottleneck` null.
 */
export const funnel = defineMetric({
  id: 'funnel',
  family: 'sales',
  definitions: ['won-over-closed', 'won-over-all'],
  options: ['mode'],
  kind: 'rich',
  compute(scope, options, definition): FunnelResult {
    const mode = oneOf('funnel', 'mode', options.mode, FUNNEL_MODES);
    const { names } = pipelineStages(scope.table);
    const tally = tallyFunnelDeals(scope, mode, names.length);
    const stayStatsOf = timeInStage(scope, tally);
    const stages: FunnelStage[] = [];
    // A deal with reach r counts for stages 0 … r − 1: suffix sums over reach turn into counts.
    let count = 0;
    let value = 0;
    const counts = new Float64Array(names.length);
    const values = new Float64Array(names.length);
    for (let p = names.length - 1; p >= 0; p--) {
      count += tally.byReach[p + 1] as number;
      value += tally.valueByReach[p + 1] as number;
      counts[p] = count;
      values[p] = value;
    }
    let bottleneck: string | null = null;
    let slowest = -Infinity;
    for (let p = 0; p < names.length; p++) {
      const c = counts[p] as number;
      const previous = p > 0 ? (counts[p - 1] as number) : c;
      const { medianDays, meanDays } = stayStatsOf(p);
      if (medianDays !== null && medianDays > slowest) {
        slowest = medianDays;
        bottleneck = names[p] as string;
      }
      stages.push({
        stage: names[p] as string,
        count: c,
        value: values[p] as number,
        fromPrevious: p > 0 ? ratio(c, previous) : null,
        fromFirst: ratio(c, counts[0] as number),
        dropOff: previous - c,
        medianDays,
        meanDays,
      });
    }
    const { won, lost, open } = tally;
    const all = won + lost + open;
    const winRate = definition === 'won-over-all' ? ratioResult(won, all, definition) : ratioResult(won, won + lost, definition);
    return { stages, won, lost, open, closeRate: ratioResult(won, all, 'won-over-created'), winRate, bottleneck, mode, definition };
  },
});
