/**
 * The life of each customer after its first won deal, month by month: NPS surveys, support
 * tickets, check-ins by the owner, subscription terms that renew, and a churn hazard. The
 * hazard is higher for SMB, for the less satisfied, in the first months, and for half a year
 * after a detractor score. A customer who decides to leave does not renew: it is lost
 * (`churnedAt`) when its current term ends, unless that is after the span.
 */
import { addActivity } from './activities.js';
import { MONTH } from './calendar.js';
import { clamp, poisson, uniform } from './distributions.js';
import { rowId, toSecond } from './ids.js';
import { CALL, EMAIL, MEETING, MONTHLY_CHURN, TERM_MONTHS, TICKETS_PER_MONTH } from './model.js';
import { Random, STREAM } from './random.js';
import { monthIndex } from './span.js';
import { addSurvey, npsScore } from './surveys.js';
import { openTicket } from './tickets.js';
import type { World } from './world.js';

/** Chance per month that a customer answers an NPS survey. */
const NPS_PER_MONTH = 0.12;
/** Chance per month of a check-in by the account owner. */
const CHECK_IN_PER_MONTH = 0.3;
const DETRACTOR_EFFECT = 2.5;
const DETRACTOR_MEMORY = 6 * MONTH;
const EARLY_EFFECT = 1.5;
const EARLY_MONTHS = 3 * MONTH;
/** Price increase at each renewal: up to 6%. */
const UPLIFT = 0.06;

function live(world: World, rng: Random, a: number): void {
  const { accounts, span } = world;
  const start = accounts.customerStart[a]!;
  const segment = accounts.segment[a]!;
  const satisfaction = accounts.satisfaction[a]!;
  const owner = accounts.owner[a]!;
  const termMonths = TERM_MONTHS[segment]!;
  const baseHazard = MONTHLY_CHURN[segment]! * Math.exp(-0.35 * satisfaction);
  const replyRate = clamp(0.55 + 0.15 * satisfaction, 0.1, 0.95);
  let stop = span.last;
  let churnTerms = 0;
  let detractorUntil = Number.NEGATIVE_INFINITY;
  let leaving = false;
  // Month i starts at start + i months, computed afresh so term ends fall exactly on month starts.
  for (let i = 0, m = start; m < stop; i++, m = start + i * MONTH) {
    if (!leaving) {
      const hazard = baseHazard * (m < detractorUntil ? DETRACTOR_EFFECT : 1) * (m - start < EARLY_MONTHS ? EARLY_EFFECT : 1);
      if (rng.next() < hazard) {
        leaving = true;
        const terms = Math.max(1, Math.ceil(i / termMonths));
        const churnAt = start + terms * termMonths * MONTH;
        // A contract that outlives the span keeps the customer through its end.
        if (churnAt <= span.last) {
          churnTerms = terms;
          stop = churnAt;
          accounts.churnedAt[a] = toSecond(churnAt);
        }
      }
    }
    const to = Math.min(m + MONTH, stop);
    if (to <= m) break; // left right at a term's end: nothing more happens
    if (rng.next() < NPS_PER_MONTH) {
      const at = uniform(rng, m, to);
      const score = npsScore(rng, satisfaction);
      addSurvey(world, at, 'nps', score, a);
      if (score <= 6) detractorUntil = at + DETRACTOR_MEMORY;
    }
    for (let k = poisson(rng, TICKETS_PER_MONTH[segment]!); k > 0; k--) openTicket(world, rng, a, uniform(rng, m, to));
    if (rng.next() < CHECK_IN_PER_MONTH) {
      const u = rng.next();
      addActivity(world, uniform(rng, m, to), u < 0.45 ? CALL : u < 0.85 ? EMAIL : MEETING, true, owner, a, undefined, rng.next() < replyRate);
    }
  }
  addTerms(world, rng, a, termMonths * MONTH, churnTerms);
}

/** Subscription terms back to back from the first win; the last one ends at churn or is active. */
function addTerms(world: World, rng: Random, a: number, termMs: number, churnTerms: number): void {
  const { accounts, span } = world;
  const start = accounts.customerStart[a]!;
  const accountId = accounts.ids[a]!;
  let amount = Math.round((accounts.contractValue[a]! * TERM_MONTHS[accounts.segment[a]!]!) / 12);
  for (let k = 0; ; k++) {
    const id = rowId('sub-', world.subscriptions.length + 1);
    const from = toSecond(start + k * termMs);
    const end = start + (k + 1) * termMs;
    if (churnTerms > 0 && k === churnTerms - 1) {
      world.subscriptions.push({ id, accountId, start: from, end: toSecond(end), amount, renewed: false });
      return;
    }
    if (churnTerms === 0 && end > span.last) {
      world.subscriptions.push({ id, accountId, start: from, amount });
      return;
    }
    world.subscriptions.push({ id, accountId, start: from, end: toSecond(end), amount, renewed: true });
    amount = Math.round(amount * (1 + uniform(rng, 0, UPLIFT)));
  }
}

export function generateLifecycles(world: World): void {
  const { accounts, span, tallies } = world;
  const rng = new Random(world.options.seed, STREAM.lifecycle);
  for (let a = 0; a < accounts.count; a++) {
    const start = accounts.customerStart[a]!;
    if (Number.isNaN(start)) continue;
    live(world, rng, a);
    const churnedAt = accounts.churnedAt[a]!;
    const last = Number.isNaN(churnedAt) ? span.months - 1 : monthIndex(span, churnedAt - 1);
    for (let m = monthIndex(span, start); m <= last; m++) tallies.activeCustomers[m]!++;
  }
}
