import { OUTCOME } from '../../table/index.js';
import { defineMetric } from '../metric-module.js';
import { ratioResult, type ScalarResult } from '../result.js';
import { inRange, passes } from '../scope.js';

/**
 * Close rate: of the deals created in the period (the seed's "leads in the pipeline"), the
 * share won so far.
 *
 * `close-rate = won deals created in [from, to) / deals created in [from, to)`
 *
 * Seeds 000 ("100 leads and 10 closed deals make a 10% close rate"), 003 §1, 004. Open deals
 * count in the denominator: a young period's rate rises as its deals close.
 * Empty base (no deal created in the period): `null`.
 */
export const closeRate = defineMetric({
  id: 'close-rate',
  family: 'sales',
  definitions: ['won-over-created'],
  options: [],
  kind: 'scalar',
  compute(scope, _options, definition): ScalarResult {
    const { deals } = scope.table;
    let created = 0;
    let won = 0;
    for (let i = 0; i < deals.length; i++) {
      if (!inRange(scope, deals.createdAt[i] as number)) continue;
      if (!passes(scope, deals.account[i] as number, deals.owner[i])) continue;
      created++;
      if (deals.outcome[i] === OUTCOME.won) won++;
    }
    return ratioResult(won, created, definition);
  },
});
