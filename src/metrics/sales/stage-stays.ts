/**
 * Time in stage: every finished stay of a set of deals, grouped by pipeline stage in one flat
 * Float64Array (a range per stage), so medians are selections over contiguous ranges.
 */
import type { CrmTable } from '../../table/index.js';
import { perTable } from '../per-table.js';
import { groupedStats, type GroupStats } from './grouped-stats.js';
import { pipelineStages } from './pipeline-stages.js';
import { meanOf, medianInPlace } from './quantiles.js';
import { stayEntries } from './stay-entries.js';

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
 * One stay buffer per table, reused by every call: each stage gets room for every finished stay
 * of its stage in the table, so a call fills it in one pass without counting first or allocating
 * millions of slots. Valid until the next call on the same table (callers take their statistics
 * at once; nothing returned to users points into it).
 */
const buffers = new WeakMap<CrmTable, { starts: Int32Array; days: Float64Array }>();

function bufferOf(table: CrmTable) {
  let buffer = buffers.get(table);
  if (!buffer) {
    const { perStage } = stayEntries(table);
    const starts = new Int32Array(perStage.length + 1);
    for (let p = 0; p < perStage.length; p++) starts[p + 1] = (starts[p] as number) + (perStage[p] as number);
    buffer = { starts, days: new Float64Array(starts[perStage.length] as number) };
    buffers.set(table, buffer);
  }
  return buffer;
}

/**
 * The stays of `members[0 .. count)` (deal rows), as `stayEntries` defines them, grouped by
 * stage in the members' order (then each deal's history order): the order their means sum in.
 */
export function stageStays(table: CrmTable, members: Int32Array, count: number): StageStays {
  const { stage, days: entryDays } = stayEntries(table);
  const { starts, days } = bufferOf(table);
  const ends = starts.slice(0, starts.length - 1);
  const { historyStart } = table.deals;
  for (let m = 0; m < count; m++) {
    const i = members[m] as number;
    const end = historyStart[i + 1] as number;
    for (let k = historyStart[i] as number; k < end; k++) {
      const p = stage[k] as number;
      if (p >= 0) days[(ends[p] as number)++] = entryDays[k] as number;
    }
  }
  return { starts, ends, days };
}

/**
 * Stay statistics per stage position over every deal of the table: what a funnel whose scope
 * holds every deal with a stay reports, worked out once (the same `stageStays` and `stayStats`
 * over all those deals in row order, so the numbers are the very ones a scan would give).
 * Shared: callers must not write into it.
 */
export const wholeTableStayStats: (table: CrmTable) => readonly StayStats[] = perTable((table) => {
  const { hasStays, dealsWithStays, perStage } = stayEntries(table);
  const members = new Int32Array(dealsWithStays);
  for (let i = 0, m = 0; i < hasStays.length; i++) if (hasStays[i] === 1) members[m++] = i;
  const stays = stageStays(table, members, dealsWithStays);
  return Array.from(perStage, (_, p) => stayStats(stays, p));
});

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
  const { names } = pipelineStages(table);
  const stageCount = names.length;
  const { stage, days: entryDays } = stayEntries(table);
  const { historyStart } = table.deals;
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
    for (let k = historyStart[i] as number; k < end; k++) {
      const p = stage[k] as number;
      if (p < 0) continue;
      keys[n] = g * stageCount + p;
      days[n++] = entryDays[k] as number;
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
