/**
 * Time in stage: every finished stay of a set of deals, grouped by pipeline stage in one flat
 * Float64Array (a range per stage), so medians are selections over contiguous ranges.
 */
import { OUTCOME, type CrmTable } from '../../table/index.js';
import { MS_PER_DAY } from '../../table/period-keys.js';
import { groupedStats, type GroupStats } from './grouped-stats.js';
import { pipelineStages } from './pipeline-stages.js';
import { meanOf, medianInPlace } from './quantiles.js';

export interface StageStays {
  /** Stays of stage position `p` are `days[starts[p] .. ends[p])`. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly days: Float64Array;
}

export interface StayStats {
  stays: number;
  medianDays: number | null;
  meanDays: number | null;
}

export interface StageStayStats extends StayStats {
  stage: string;
}

/**
 * One stay buffer per table, reused by every call: each stage gets room for every history entry
 * of its stage in the table, so a call fills it in one pass without counting first or allocating
 * millions of slots. Valid until the next call on the same table (callers take their statistics
 * at once; nothing returned to users points into it).
 */
const buffers = new WeakMap<CrmTable, { starts: Int32Array; days: Float64Array }>();

function bufferOf(table: CrmTable) {
  let buffer = buffers.get(table);
  if (!buffer) {
    const { position, names } = pipelineStages(table);
    const starts = new Int32Array(names.length + 1);
    const { historyStage } = table.deals;
    for (let k = 0; k < historyStage.length; k++) {
      const p = positionOf(position, historyStage[k] as number);
      if (p >= 0) (starts[p + 1] as number)++;
    }
    for (let p = 0; p < names.length; p++) (starts[p + 1] as number) += starts[p] as number;
    buffer = { starts, days: new Float64Array(starts[names.length] as number) };
    buffers.set(table, buffer);
  }
  return buffer;
}

const positionOf = (position: Int32Array, code: number) => (code >= 0 && code < position.length ? (position[code] as number) : -1);

const closedAtOf = (table: CrmTable, i: number) => (table.deals.outcome[i] === OUTCOME.open ? NaN : (table.deals.closedAt[i] as number));

/**
 * Days of the stay that starts at history entry `k` of a deal whose entries end before `end`:
 * to the next entry, else to `closed` (NaN for an open deal: its current stage is not finished).
 */
function stayDays(historyAt: Float64Array, k: number, end: number, closed: number): number {
  return ((k + 1 < end ? (historyAt[k + 1] as number) : closed) - (historyAt[k] as number)) / MS_PER_DAY;
}

/**
 * The stays of `members[0 .. count)` (deal rows). A stay runs from a history entry to the deal's
 * next entry or, for its last entry, to `closedAt` when the deal is closed. The current stage of
 * an open deal is not finished, so it is left out rather than counted as short. Each stay is one
 * sample (a deal back in a stage twice gives two); entries of stages outside the pipeline, and a
 * stay that would end before it starts (a `closedAt` earlier than the last entry), are left out.
 */
export function stageStays(table: CrmTable, members: Int32Array, count: number): StageStays {
  const { position } = pipelineStages(table);
  const { starts, days } = bufferOf(table);
  const ends = starts.slice(0, starts.length - 1);
  const { historyStart, historyStage, historyAt } = table.deals;
  for (let m = 0; m < count; m++) {
    const i = members[m] as number;
    const end = historyStart[i + 1] as number;
    const closed = closedAtOf(table, i);
    for (let k = historyStart[i] as number; k < end; k++) {
      const p = positionOf(position, historyStage[k] as number);
      const stay = stayDays(historyAt, k, end, closed);
      if (p >= 0 && stay >= 0) days[(ends[p] as number)++] = stay;
    }
  }
  return { starts, ends, days };
}

/** Median and mean days of stage position `p`; reorders that stage's stays. */
export function stayStats(stays: StageStays, p: number): StayStats {
  const lo = stays.starts[p] as number;
  const hi = stays.ends[p] as number;
  return { stays: hi - lo, meanDays: meanOf(stays.days, lo, hi), medianDays: medianInPlace(stays.days, lo, hi) };
}

/**
 * Stay statistics per group and stage — `[group][stage position]` — of `members[0 .. count)`,
 * member `m` in group `group[m]` (-1: left out), with the same stays as `stageStays`. One pass in
 * the members' order: given in row order, the deals' columns are read front to back, which on a
 * million deals is several times faster than a pass per group over rows scattered in memory.
 */
export function stayStatsByGroup(table: CrmTable, members: Int32Array, count: number, group: Int32Array, groupCount: number): StageStayStats[][] {
  const { position, names } = pipelineStages(table);
  const stageCount = names.length;
  const { historyStart, historyStage, historyAt } = table.deals;
  let capacity = 0;
  for (let m = 0; m < count; m++) capacity += (historyStart[(members[m] as number) + 1] as number) - (historyStart[members[m] as number] as number);
  const keys = new Int32Array(capacity);
  const days = new Float64Array(capacity);
  let n = 0;
  for (let m = 0; m < count; m++) {
    const g = group[m] as number;
    if (g < 0) continue;
    const i = members[m] as number;
    const end = historyStart[i + 1] as number;
    const closed = closedAtOf(table, i);
    for (let k = historyStart[i] as number; k < end; k++) {
      const p = positionOf(position, historyStage[k] as number);
      const stay = stayDays(historyAt, k, end, closed);
      if (p < 0 || !(stay >= 0)) continue;
      keys[n] = g * stageCount + p;
      days[n++] = stay;
    }
  }
  const flat = groupedStats(days, n, keys, groupCount * stageCount);
  return Array.from({ length: groupCount }, (_, g) =>
    names.map((stage, p) => {
      const { count: stays, median, mean } = flat[g * stageCount + p] as GroupStats;
      return { stage, stays, medianDays: median, meanDays: mean };
    }),
  );
}
