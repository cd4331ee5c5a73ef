/**
 * Every finished stage stay of a table, worked out once per table: for each stage-history entry,
 * the pipeline stage of the stay that starts there and its length in days. A funnel or a sales
 * cycle over any scope then copies numbers instead of recomputing 2.9M stays per call (the
 * benchmark's 1M deals: that recomputation was 44% of a warm funnel).
 *
 * Memory at the benchmark's 1M deals / 2.9M history entries: 23 MB of days, 2.9 MB of stage
 * positions (one byte each for a pipeline of up to 127 stages), 1 MB of per-deal flags.
 */
import { OUTCOME, type CrmTable } from '../../table/index.js';
import { MS_PER_DAY } from '../../table/period-keys.js';
import { perTable } from '../per-table.js';
import { pipelineStages } from './pipeline-stages.js';

/** A pipeline position per entry; -1 where no finished stay starts. Int8Array when every position fits. */
export type PositionArray = Int8Array | Int32Array;

export interface StayEntries {
  /**
   * Per history entry `k`: the pipeline position of the finished stay that starts there, or -1
   * (a stage outside the pipeline, the unfinished current stage of an open deal, or a stay that
   * would end before it starts).
   */
  readonly stage: PositionArray;
  /** Per history entry: the stay's length in days where `stage[k] >= 0` (NaN elsewhere). */
  readonly days: Float64Array;
  /** Per deal: 1 when it has at least one finished stay in the pipeline. */
  readonly hasStays: Uint8Array;
  /** How many deals have a finished stay: a scope holding that many holds every stay. */
  readonly dealsWithStays: number;
  /** Finished stays per pipeline position, over the whole table. */
  readonly perStage: Int32Array;
}

/** An Int8Array when every position fits in one byte (any real pipeline), else an Int32Array. */
export function positionArray(length: number, positions: number): PositionArray {
  return positions <= 127 ? new Int8Array(length) : new Int32Array(length);
}

/**
 * The stays of every deal, as `stageStays` has always defined them: a stay runs from a history
 * entry to the deal's next entry or, for its last entry, to `closedAt` when the deal is closed.
 * The current stage of an open deal is not finished, so it is left out rather than counted as
 * short. Each stay is one sample (a deal back in a stage twice gives two); entries of stages
 * outside the pipeline, and a stay that would end before it starts (a `closedAt` earlier than
 * the last entry), are left out.
 */
export const stayEntries: (table: CrmTable) => StayEntries = perTable(computeStayEntries);

function computeStayEntries(table: CrmTable): StayEntries {
  const { position, names } = pipelineStages(table);
  const { length, historyStart, historyStage, historyAt, outcome, closedAt } = table.deals;
  const entries = historyStage.length;
  const stage = positionArray(entries, names.length);
  const days = new Float64Array(entries).fill(NaN);
  const hasStays = new Uint8Array(length);
  const perStage = new Int32Array(names.length);
  let dealsWithStays = 0;
  for (let i = 0; i < length; i++) {
    const end = historyStart[i + 1] as number;
    const closed = outcome[i] === OUTCOME.open ? NaN : (closedAt[i] as number);
    for (let k = historyStart[i] as number; k < end; k++) {
      const code = historyStage[k] as number;
      const p = code >= 0 && code < position.length ? (position[code] as number) : -1;
      const stay = ((k + 1 < end ? (historyAt[k + 1] as number) : closed) - (historyAt[k] as number)) / MS_PER_DAY;
      if (p < 0 || !(stay >= 0)) {
        stage[k] = -1;
        continue;
      }
      stage[k] = p;
      days[k] = stay;
      (perStage[p] as number)++;
      hasStays[i] = 1;
    }
    dealsWithStays += hasStays[i] as number;
  }
  return { stage, days, hasStays, dealsWithStays, perStage };
}
