/**
 * How far each deal got in the pipeline, in the funnel's two modes, worked out once per table so
 * that a funnel over any scope is one counting pass over the deals.
 */
import type { CrmTable } from '../../table/index.js';
import { pipelineStages } from './pipeline-stages.js';
import { perTable } from '../per-table.js';

export const FUNNEL_MODES = ['reached', 'strict'] as const;
export type FunnelMode = (typeof FUNNEL_MODES)[number];

export interface StageReach {
  /** Per deal: 1 + the furthest stage position it reached (0 when it names no pipeline stage). */
  readonly reached: Int32Array;
  /** Per deal: as `reached` when its path passes every stage in order, else 0. */
  readonly strict: Int32Array;
}


/**
 * `reached`: the furthest stage over the deal's history entries and its current `stage` (for a
 * closed deal the last one reached), so a won deal reached its last stage even without history.
 *
 * `strict`: the deal's path is its history followed by its current stage; with repeated entries
 * of one stage merged, it must be exactly the first stage, the second, … up to the furthest, none
 * skipped and none revisited after a later one. A deal without history qualifies only when its
 * current stage is the first. Stages outside the pipeline are ignored in both modes.
 */
export const stageReach: (table: CrmTable) => StageReach = perTable(computeReach);

function computeReach(table: CrmTable): StageReach {
  const { position } = pipelineStages(table);
  const { length, stage, historyStart, historyStage } = table.deals;
  const reached = new Int32Array(length);
  const strict = new Int32Array(length);
  const positionOf = (code: number) => (code >= 0 && code < position.length ? (position[code] as number) : -1);
  for (let i = 0; i < length; i++) {
    let furthest = -1; // furthest position so far
    let last = -1; // position of the path's latest step, for the strict check
    let inOrder = true;
    const end = historyStart[i + 1] as number;
    for (let k = historyStart[i] as number; k <= end; k++) {
      // k === end stands for the current stage, the path's last step.
      const p = positionOf(k < end ? (historyStage[k] as number) : (stage[i] as number));
      if (p < 0) continue;
      if (p > furthest) furthest = p;
      if (p !== last && p !== last + 1) inOrder = false;
      last = p;
    }
    reached[i] = furthest + 1;
    strict[i] = inOrder ? furthest + 1 : 0;
  }
  return { reached, strict };
}
