import { OUTCOME } from '../../table/index.js';
import { defineMetric } from '../metric-module.js';
import { ratioResult, type ScalarResult } from '../result.js';
import { inRange, passes } from '../scope.js';

/**
 * Win rate, in the two definitions practitioners use:
 *
 * - `won-over-closed` (default): `won / (won + lost)` among deals closed in [from, to). Open
 *   deals do not count: the rate says how often a decided deal is won.
 * - `won-over-all`: `won / all deals` among deals created in [from, to), open ones included.
 *
 * Seed 003 §1. Empty base: `null`.
 */
export const winRate = defineMetric({
  id: 'win-rate',
  family: 'sales',
  definitions: ['won-over-closed', 'won-over-all'],
  options: [],
  kind: 'scalar',
  compute(scope, _options, definition): ScalarResult {
    const { deals } = scope.table;
    const overClosed = definition === 'won-over-closed';
    const time = overClosed ? deals.closedAt : deals.createdAt;
    let base = 0;
    let won = 0;
    for (let i = 0; i < deals.length; i++) {
      const outcome = deals.outcome[i];
      if (overClosed && outcome === OUTCOME.open) continue;
      if (!inRange(scope, time[i] as number)) continue;
      if (!passes(scope, deals.account[i] as number, deals.owner[i])) continue;
      base++;
      if (outcome === OUTCOME.won) won++;
    }
    return ratioResult(won, base, definition);
  },
});
