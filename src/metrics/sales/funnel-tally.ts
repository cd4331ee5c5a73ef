import { OUTCOME } from '../../table/index.js';
import { inRange, isFiltered, passes, type MetricScope } from '../scope.js';
import { stageReach, type FunnelMode } from './stage-reach.js';

/**
 * One pass over the deals in scope: deals by (reach, outcome) and value by reach, and the rows of
 * the deals counted. Outcomes share one small table with reach, so the pass updates two tallies
 * per deal instead of three (each tally update is a dependent memory write: the pass's cost).
 */
export function tallyFunnelDeals(scope: MetricScope, mode: FunnelMode, stageCount: number) {
  const { deals } = scope.table;
  const reach = stageReach(scope.table)[mode];
  const byReachOutcome = new Float64Array((stageCount + 1) * 4); // [reach * 4 + outcome]
  const valueByReach = new Float64Array(stageCount + 1);
  const members = new Int32Array(deals.length);
  const filtered = isFiltered(scope);
  let memberCount = 0;
  for (let i = 0; i < deals.length; i++) {
    if (!inRange(scope, deals.createdAt[i] as number)) continue;
    if (filtered && !passes(scope, deals.account[i] as number, deals.owner[i])) continue;
    const r = reach[i] as number;
    (byReachOutcome[r * 4 + ((deals.outcome[i] as number) & 3)] as number)++;
    (valueByReach[r] as number) += deals.amount[i] as number;
    if (r > 0) members[memberCount++] = i;
  }
  const byReach = new Float64Array(stageCount + 1);
  const outcomes = new Float64Array(4);
  for (let r = 0; r <= stageCount; r++) {
    for (let o = 0; o < 4; o++) {
      (byReach[r] as number) += byReachOutcome[r * 4 + o] as number;
      (outcomes[o] as number) += byReachOutcome[r * 4 + o] as number;
    }
  }
  return {
    byReach,
    valueByReach,
    members,
    memberCount,
    won: outcomes[OUTCOME.won] as number,
    lost: outcomes[OUTCOME.lost] as number,
    open: outcomes[OUTCOME.open] as number,
  };
}
