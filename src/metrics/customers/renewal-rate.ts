import { defineMetric } from '../metric-module.js';
import { numberOption } from '../options.js';
import { ratioResult, type ScalarResult } from '../result.js';
import { inRange, passes } from '../scope.js';
import { DAY_MS } from './customer-status.js';
import { nextTermStart } from './renewal-next-start.js';

/** Days after a term's end within which the account's next term still counts as its renewal. */
export const DEFAULT_GRACE_DAYS = 31;

/**
 * Renewal rate: of the subscription terms that ended in the period, the share renewed.
 *
 * `renewal-rate = terms ended in [from, to) and renewed / terms ended in [from, to)`
 *
 * Seed 003 ("how many consumers decide to continue using your product or service after
 * they've signed up"). A term is renewed when its `renewed` is `true`; not renewed when it is
 * `false`, whatever follows (the data's own word wins: a new term after a refusal is a new
 * sale); and when `renewed` is absent, renewed if another term of the same account starts
 * after this one's start and no later than `graceDays` (option, default 31) after its end.
 * A term of unknown renewal that nothing follows counts as not renewed — including one that
 * ended shortly before the data does. Terms without an end are running and not counted.
 * Segment and owner filters apply to the term's account.
 *
 * Empty base (no term ended in the period): `null`.
 */
export const renewalRate = defineMetric({
  id: 'renewal-rate',
  family: 'customers',
  definitions: ['renewed-over-ended'],
  options: ['graceDays'],
  kind: 'scalar',
  compute(scope, options, definition): ScalarResult {
    const grace = numberOption('renewal-rate', 'graceDays', options.graceDays, DEFAULT_GRACE_DAYS, 0, 36_525) * DAY_MS;
    const { subscriptions } = scope.table;
    const next = nextTermStart(scope.table);
    let ended = 0;
    let renewed = 0;
    for (let i = 0; i < subscriptions.length; i++) {
      const end = subscriptions.end[i] as number;
      if (!inRange(scope, end) || !passes(scope, subscriptions.account[i] as number)) continue;
      ended++;
      const flag = subscriptions.renewed[i];
      if (flag === 1 || (flag === 2 && (next[i] as number) <= end + grace)) renewed++;
    }
    return ratioResult(renewed, ended, definition);
  },
});
