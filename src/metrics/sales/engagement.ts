import { BOOLEAN_ABSENT, DIRECTIONS } from '../../table/index.js';
import { defineMetric } from '../metric-module.js';
import { ratio, ratioResult, type ScalarResult } from '../result.js';
import { inRange, passes, type MetricScope } from '../scope.js';
import { activityAccount } from './row-links.js';
import { wholeNumberOption } from './whole-number-option.js';

export interface UnansweredProspect {
  /** The prospect's account; null for a prospect known only as a deal. */
  accountId: string | null;
  /** The deal, for a prospect without an account; otherwise null. */
  dealId: string | null;
  /** Unanswered attempts in a row, up to the latest one in the range. */
  streak: number;
  /** Time of the latest attempt, epoch ms. */
  lastAttempt: number;
}

export interface EngagementResult {
  /** Accounts (or, without one, deals) targeted by an outbound attempt in the range. */
  prospects: number;
  /** Outbound activities in the range aimed at a prospect. */
  attempts: number;
  /** attempts / prospects; null without prospects. */
  attemptsPerProspect: number | null;
  /** Attempts answered / attempts whose answer is known (`responded` set). */
  replyRate: ScalarResult;
  /** Prospects whose latest `streak` attempts or more all went unanswered, longest streak first. */
  unanswered: UnansweredProspect[];
  /** The streak length that lists a prospect. */
  streak: number;
  definition: string;
}

const OUTBOUND = DIRECTIONS.indexOf('outbound');
const REPLIED = 1;
const NO_REPLY = 0;

/**
 * Engagement while prospecting (seed 004): how often the team tries to reach each prospect and
 * how often prospects respond, and who has not answered "even after five consecutive attempts".
 *
 * - An attempt is an outbound activity at a time in [from, to) with an account (its own or its
 *   deal's) or at least a deal; the prospect is that account, else that deal. Segment and owner
 *   filters apply to the attempt.
 * - `replyRate = attempts with responded: true / attempts with responded set`.
 * - A prospect's streak counts its unanswered attempts (`responded: false`) after its latest
 *   answered or unknown one, up to its latest attempt in the range: an answer ends a streak, and
 *   an unknown answer does too (only known silences make a streak). Listed when the streak is at
 *   least option `streak` (default 5, a whole number ≥ 1).
 * - `period` does not apply. Empty base: counts 0, ratios `null`, no prospects listed.
 */
export const engagement = defineMetric({
  id: 'engagement',
  family: 'sales',
  definitions: ['outbound-attempts'],
  options: ['streak'],
  kind: 'rich',
  compute(scope, options, definition): EngagementResult {
    const minStreak = wholeNumberOption('engagement', 'streak', options.streak, 5, 1, 1_000_000);
    const { table } = scope;
    const { attempts, prospectOf, prospectKeys } = selectAttempts(scope);
    const { at, responded } = table.activities;
    const prospects = prospectKeys.length;
    // Per prospect: latest attempt, latest answered-or-unknown attempt, then the silences after it.
    const last = new Float64Array(prospects).fill(-Infinity);
    const lastBreak = new Float64Array(prospects).fill(-Infinity);
    const streak = new Int32Array(prospects);
    let replied = 0;
    let known = 0;
    for (let n = 0; n < attempts.length; n++) {
      const i = attempts[n] as number;
      const p = prospectOf[n] as number;
      const t = at[i] as number;
      if (t > (last[p] as number)) last[p] = t;
      const answer = responded[i];
      if (answer !== BOOLEAN_ABSENT) known++;
      if (answer === REPLIED) replied++;
      if (answer !== NO_REPLY && t > (lastBreak[p] as number)) lastBreak[p] = t;
    }
    for (let n = 0; n < attempts.length; n++) {
      const i = attempts[n] as number;
      const p = prospectOf[n] as number;
      if (responded[i] === NO_REPLY && (at[i] as number) > (lastBreak[p] as number)) (streak[p] as number)++;
    }
    const unanswered: UnansweredProspect[] = [];
    const accounts = table.accounts.length;
    for (let p = 0; p < prospects; p++) {
      if ((streak[p] as number) < minStreak) continue;
      const key = prospectKeys[p] as number;
      const accountId = key < accounts ? (table.accounts.ids.decode(key) as string) : null;
      const dealId = key < accounts ? null : (table.deals.ids.decode(key - accounts) as string);
      unanswered.push({ accountId, dealId, streak: streak[p] as number, lastAttempt: last[p] as number });
    }
    unanswered.sort((a, b) => b.streak - a.streak || b.lastAttempt - a.lastAttempt);
    const count = attempts.length;
    return { prospects, attempts: count, attemptsPerProspect: ratio(count, prospects), replyRate: ratioResult(replied, known, 'replied-over-known'), unanswered, streak: minStreak, definition };
  },
});

/**
 * The attempts in scope and the prospect of each, numbered densely in order of first attempt;
 * `prospectKeys[p]` is prospect p's account row, or accounts + its deal's code.
 */
function selectAttempts(scope: MetricScope) {
  const { table } = scope;
  const { activities } = table;
  const accounts = table.accounts.length;
  const rows = new Int32Array(activities.length);
  const prospectOf = new Int32Array(activities.length);
  const prospectOfKey = new Int32Array(accounts + table.deals.ids.size).fill(-1);
  const prospectKeys: number[] = [];
  let n = 0;
  for (let i = 0; i < activities.length; i++) {
    if (activities.direction[i] !== OUTBOUND || !inRange(scope, activities.at[i] as number)) continue;
    const account = activityAccount(table, i);
    const deal = activities.deal[i] as number;
    if (account < 0 && deal < 0) continue;
    if (!passes(scope, account, activities.owner[i])) continue;
    const key = account >= 0 ? account : accounts + deal;
    if ((prospectOfKey[key] as number) < 0) prospectOfKey[key] = prospectKeys.push(key) - 1;
    rows[n] = i;
    prospectOf[n] = prospectOfKey[key] as number;
    n++;
  }
  return { attempts: rows.subarray(0, n), prospectOf: prospectOf.subarray(0, n), prospectKeys };
}
