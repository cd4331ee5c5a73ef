/**
 * The ordered open stages of a table's pipeline, shared by the funnel and the sales cycle's time
 * in stage. Worked out once per table (a table never changes) and cached.
 */
import type { CrmTable } from '../../table/index.js';
import { perTable } from '../per-table.js';

export interface PipelineStages {
  /** Stage names in pipeline order. */
  readonly names: readonly string[];
  /** Position in the pipeline of each code of `table.stages`; -1 for a code outside it. */
  readonly position: Int32Array;
  /** Whether the order is the dataset's own (`stages`) or derived from the deals. */
  readonly declared: boolean;
}


/**
 * The dataset's `stages` when it declares them (codes below `declaredStages`; a stage met only in
 * deals of an unchecked table is then outside the pipeline and ignored). Otherwise every stage
 * the deals name, ordered by the mean index at which it appears in stage histories (0 for the
 * first entry); ties, and stages met only as a deal's current stage, keep the order in which the
 * table first met them, the latter after all stages seen in a history. Derived from every deal of
 * the table, not those of one scope, so filters and periods share one list of stages.
 */
export const pipelineStages: (table: CrmTable) => PipelineStages = perTable((table) => (table.declaredStages > 0 ? declaredStages(table) : derivedStages(table)));

function declaredStages(table: CrmTable): PipelineStages {
  const count = table.declaredStages;
  const position = new Int32Array(table.stages.size).fill(-1);
  for (let code = 0; code < count; code++) position[code] = code;
  return { names: table.stages.values.slice(0, count), position, declared: true };
}

function derivedStages(table: CrmTable): PipelineStages {
  const { historyStart, historyStage } = table.deals;
  const size = table.stages.size;
  const indexSum = new Float64Array(size);
  const seen = new Float64Array(size);
  for (let i = 0; i < table.deals.length; i++) {
    const first = historyStart[i] as number;
    const end = historyStart[i + 1] as number;
    for (let k = first; k < end; k++) {
      const code = historyStage[k] as number;
      if (code < 0) continue;
      indexSum[code] = (indexSum[code] as number) + (k - first);
      seen[code] = (seen[code] as number) + 1;
    }
  }
  const meanIndex = (code: number) => ((seen[code] as number) > 0 ? (indexSum[code] as number) / (seen[code] as number) : Infinity);
  const codes = Array.from({ length: size }, (_, code) => code);
  codes.sort((a, b) => meanIndex(a) - meanIndex(b) || a - b);
  const position = new Int32Array(size).fill(-1);
  codes.forEach((code, at) => (position[code] = at));
  return { names: codes.map((code) => table.stages.values[code] as string), position, declared: false };
}
