/**
 * Calibration, not a peer: the minimal columnar funnel DESIGN.md's budget row measured ("count
 * and value per stage", 2.6 ms there) — one pass over the deals' current stage and amount, then
 * suffix sums. It knows nothing of histories, ranges, filters or time in stage, so it says how
 * fast this machine runs the simplest form of the work, next to the engine's full funnel.
 */
import type { CrmTable } from '../../src/metrics.js';
import type { KeyOutputs } from '../lib/check.js';

export function referenceFunnel(table: CrmTable): KeyOutputs {
  const { stage, amount, length } = table.deals;
  const stages = table.declaredStages;
  const count = new Float64Array(stages);
  const value = new Float64Array(stages);
  for (let i = 0; i < length; i++) {
    const s = stage[i] as number;
    if (s < 0 || s >= stages) continue;
    count[s] = (count[s] as number) + 1;
    value[s] = (value[s] as number) + (amount[i] as number);
  }
  // A deal at stage s passed every stage before it.
  for (let s = stages - 2; s >= 0; s--) {
    count[s] = (count[s] as number) + (count[s + 1] as number);
    value[s] = (value[s] as number) + (value[s + 1] as number);
  }
  return { counts: Array.from(count), values: Array.from(value) };
}
