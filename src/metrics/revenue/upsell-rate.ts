import { DEAL_KINDS, OUTCOME } from '../../table/index.js';
import { defineMetric } from '../metric-module.js';
import { ratioResult, type ScalarResult } from '../result.js';
import { inRange, passes, type MetricScope } from '../scope.js';

const UPSELL = DEAL_KINDS.indexOf('upsell');
const CROSS_SELL = DEAL_KINDS.indexOf('cross-sell');

/** Flags per account in `upsellRate`'s marks. */
const ACTIVE = 1;
const EXPANDED = 2;

function mark(marks: Uint8Array, account: number, flags: number): void {
  marks[account] = (marks[account] as number) | flags;
}

/** Whether the subscription term [start, end) overlaps the scope's [from, to); an open term never ends. */
function overlaps(scope: MetricScope, start: number, end: number): boolean {
  return start < scope.to && !(end <= scope.from);
}

/**
 * Upsell rate: the share of active customers that bought more.
 *
 * `upsell-rate = customers with a won upsell or cross-sell deal closed in [from, to)
 *   / customers active in [from, to)`
 *
 * A customer is active in the period when it has a purchase (an order with a positive amount)
 * in it, a won deal closed in it, or a subscription term overlapping it; so every customer of
 * the numerator is in the denominator. Filters: an order or subscription goes by its account's
 * segment and owner, a deal by its account's segment and its own owner.
 *
 * Seeds 003 §2 ("the percentage of customers who purchase additional products"), 004
 * ("up-selling as well as cross-selling opportunities"). Empty base (no active customer): `null`.
 */
export const upsellRate = defineMetric({
  id: 'upsell-rate',
  family: 'revenue',
  definitions: ['upsell-or-cross-sell'],
  options: [],
  kind: 'scalar',
  compute(scope, _options, definition): ScalarResult {
    const { accounts, orders, deals, subscriptions } = scope.table;
    const marks = new Uint8Array(accounts.length);
    for (let i = 0; i < orders.length; i++) {
      const account = orders.account[i] as number;
      if ((orders.amount[i] as number) > 0 && inRange(scope, orders.at[i] as number) && passes(scope, account)) mark(marks, account, ACTIVE);
    }
    for (let i = 0; i < subscriptions.length; i++) {
      const account = subscriptions.account[i] as number;
      if (overlaps(scope, subscriptions.start[i] as number, subscriptions.end[i] as number) && passes(scope, account)) mark(marks, account, ACTIVE);
    }
    for (let i = 0; i < deals.length; i++) {
      const account = deals.account[i] as number;
      if (account < 0 || deals.outcome[i] !== OUTCOME.won || !inRange(scope, deals.closedAt[i] as number)) continue;
      if (!passes(scope, account, deals.owner[i])) continue;
      const kind = deals.kind[i];
      mark(marks, account, kind === UPSELL || kind === CROSS_SELL ? ACTIVE | EXPANDED : ACTIVE);
    }
    let active = 0;
    let expanded = 0;
    for (let a = 0; a < marks.length; a++) {
      const mark = marks[a] as number;
      if (mark & ACTIVE) active++;
      if (mark & EXPANDED) expanded++;
    }
    return ratioResult(expanded, active, definition);
  },
});
