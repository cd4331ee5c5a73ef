/**
 * One deal through the pipeline: it enters Lead when created, spends a lognormal time in each
 * stage, and at the end of it moves on or is lost; from the last stage it is won or lost. A
 * deal still in a stage when its deadline comes stays open (end of the span) or is lost (its
 * customer left). History records every stage entered, in order, none skipped.
 */
import { addActivity } from './activities.js';
import { DAY } from './calendar.js';
import { lognormal, poisson, uniform } from './distributions.js';
import { rowId, toSecond } from './ids.js';
import { ADVANCE, CALL, CYCLE_FACTOR, DEAL_KINDS, EMAIL, MEETING, NEW, STAGE_MEDIAN_DAYS, STAGE_SIGMA, STAGES, TEST_GROUP_LIFT } from './model.js';
import { OWNERS } from './names.js';
import type { Random } from './random.js';
import type { DealRow, StageEntryRow } from './rows.js';
import { monthIndex } from './span.js';
import { GROUP_TEST, LEAD_UNANSWERED, type World } from './world.js';

/** What a deal starts with. One object is reused for every deal. */
export interface DealSpec {
  account: number;
  /** Index into DEAL_KINDS. */
  kind: number;
  /** The account's first deal: its lead stage follows prospecting. */
  first: boolean;
  createdAt: number;
  amount: number;
  /** Index into OWNERS. */
  owner: number;
  /** The deal cannot move after this instant. */
  deadline: number;
  /** At the deadline the deal is lost (its customer left) instead of staying open. */
  loseAtDeadline: boolean;
  canWin: boolean;
  campaignId: string | undefined;
}

const LAST_STAGE = STAGES.length - 1;
/** Activities per stage a deal spends time in, at the natural deal volume. */
const ACTIVITIES_PER_STAGE = 1.3;
const stageStart = new Float64Array(STAGES.length + 1);

export function simulateDeal(world: World, rng: Random, activityRng: Random, spec: DealSpec): DealRow {
  const { accounts, span } = world;
  const a = spec.account;
  const advance = ADVANCE[spec.kind]!;
  const lift = spec.kind === NEW && accounts.group[a] === GROUP_TEST ? TEST_GROUP_LIFT : 1;
  const cycle = CYCLE_FACTOR[accounts.segment[a]!]! * DAY;
  const history: StageEntryRow[] = [{ stage: STAGES[0]!, at: toSecond(spec.createdAt) }];
  let t = spec.createdAt;
  let s = 0;
  let outcome: DealRow['outcome'] = 'open';
  let closedAt = Number.NaN;
  stageStart[0] = t;
  for (;;) {
    let next = t + lognormal(rng, STAGE_MEDIAN_DAYS[s]! * cycle, STAGE_SIGMA);
    let p = advance[s]! * lift;
    if (s === 0 && spec.first) {
      const leadTime = accounts.leadTime[a]!;
      if (accounts.leadState[a] === LEAD_UNANSWERED) {
        next = leadTime;
        p = 0;
      } else {
        if (leadTime > next) next = leadTime;
        p *= accounts.leadFactor[a]!;
      }
    }
    if (next > spec.deadline) {
      if (spec.loseAtDeadline) {
        outcome = 'lost';
        closedAt = spec.deadline;
      }
      break;
    }
    if (rng.next() >= Math.min(0.97, p)) {
      outcome = 'lost';
      closedAt = next;
      break;
    }
    if (s === LAST_STAGE) {
      outcome = spec.canWin ? 'won' : 'lost';
      closedAt = next;
      break;
    }
    s++;
    t = next;
    stageStart[s] = t;
    history.push({ stage: STAGES[s]!, at: toSecond(t) });
  }
  stageStart[s + 1] = Number.isNaN(closedAt) ? spec.deadline : closedAt;

  const id = rowId('deal-', world.deals.length + 1);
  // Prospecting already logged the first deal's lead stage.
  const rate = ACTIVITIES_PER_STAGE * world.dealActivityRate;
  for (let stage = spec.first ? 1 : 0; stage <= s; stage++) {
    const from = stageStart[stage]!;
    const to = stageStart[stage + 1]!;
    for (let k = poisson(activityRng, rate); k > 0; k--) {
      const u = activityRng.next();
      const type = u < 0.4 ? CALL : u < 0.8 || stage < 2 ? EMAIL : MEETING;
      const outbound = activityRng.next() < 0.85;
      const responded = outbound ? activityRng.next() < 0.6 : undefined;
      addActivity(world, uniform(activityRng, from, to), type, outbound, spec.owner, a, id, responded);
    }
  }

  world.tallies.dealsCreated[monthIndex(span, spec.createdAt)]!++;
  if (outcome === 'won') world.tallies.wonAmount[monthIndex(span, closedAt)]! += spec.amount;
  const accountId = accounts.ids[a]!;
  const owner = OWNERS[spec.owner]!;
  const createdAt = toSecond(spec.createdAt);
  const stage = STAGES[s]!;
  const kind = DEAL_KINDS[spec.kind]!;
  const row: DealRow =
    !Number.isNaN(closedAt)
      ? { id, accountId, owner, amount: spec.amount, createdAt, closedAt: toSecond(closedAt), outcome, stage, history, kind }
      : { id, accountId, owner, amount: spec.amount, createdAt, outcome, stage, history, kind };
  if (spec.campaignId !== undefined) row.campaignId = spec.campaignId;
  return row;
}
