/**
 * Deals: first a new-business deal for each account (its lead), which makes the account a
 * customer when won; later, once churn is known, expansion deals (upsell, cross-sell,
 * renewal) for customers while they stay. A `deals` total overrides the natural count.
 */
import { sortedTimes, spreadCounts } from './allocate.js';
import { YEAR } from './calendar.js';
import { cumulative, integer, lognormal, weightedIndex } from './distributions.js';
import { DEAL_MEDIAN, DEAL_SIGMA, EXPANSION_MIX, EXPANSION_PER_YEAR, KIND_AMOUNT, NEW } from './model.js';
import { OWNERS } from './names.js';
import { simulateDeal, type DealSpec } from './pipeline.js';
import { Random, STREAM } from './random.js';
import { seasonalTime } from './span.js';
import { GROUP_TEST, type World } from './world.js';

const EXPANSION_SUMS = cumulative(EXPANSION_MIX);
/** Deals per account at the natural volume, for scaling activities when a total is forced. */
const NATURAL_DEALS_PER_ACCOUNT = 1.8;

function dealAmount(rng: Random, segment: number, kind: number): number {
  return Math.round(lognormal(rng, DEAL_MEDIAN[segment]! * KIND_AMOUNT[kind]!, DEAL_SIGMA));
}

/** The account owner runs most deals; a colleague sometimes covers. */
function dealOwner(rng: Random, accountOwner: number): number {
  return rng.next() < 0.9 ? accountOwner : integer(rng, OWNERS.length);
}

function newSpec(): DealSpec {
  return { account: 0, kind: NEW, first: true, createdAt: 0, amount: 0, owner: 0, deadline: 0, loseAtDeadline: false, canWin: true, campaignId: undefined };
}

/** Which accounts get a first deal: all, or a random subset when the total is smaller. */
function accountsWithDeals(rng: Random, n: number, wanted: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (wanted >= n) return order;
  for (let i = 0; i < wanted; i++) {
    const j = i + integer(rng, n - i);
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  return order.subarray(0, wanted).sort();
}

export function generateNewDeals(world: World, rng: Random, activityRng: Random): void {
  const { accounts, span, options } = world;
  const total = options.deals;
  world.dealActivityRate = total === undefined ? 1 : Math.min(1, (accounts.count * NATURAL_DEALS_PER_ACCOUNT) / Math.max(1, total));
  const spec = newSpec();
  for (const a of accountsWithDeals(rng, accounts.count, total ?? accounts.count)) {
    spec.account = a;
    spec.createdAt = accounts.createdAt[a]!;
    spec.amount = dealAmount(rng, accounts.segment[a]!, NEW);
    spec.owner = dealOwner(rng, accounts.owner[a]!);
    spec.deadline = span.last;
    // Only the test group got the campaign; the control group was held out, so its deals are not attributed.
    spec.campaignId = accounts.group[a] === GROUP_TEST ? world.campaigns[accounts.campaign[a]!]!.id : undefined;
    const deal = simulateDeal(world, rng, activityRng, spec);
    world.deals.push(deal);
    if (deal.outcome === 'won') {
      accounts.customerStart[a] = deal.closedAt!;
      accounts.contractValue[a] = deal.amount;
    }
  }
}

/**
 * Expansion deals over each customer's tenure, in proportion to its length and the segment's
 * appetite. If a forced total finds no customer at all (a tiny dataset), the extra deals go
 * to random accounts as new-business attempts that never win, so the total still holds.
 */
export function generateExpansionDeals(world: World, rng: Random, activityRng: Random): void {
  const { accounts, span, options } = world;
  const n = accounts.count;
  const extra = options.deals === undefined ? undefined : Math.max(0, options.deals - world.deals.length);
  const weights = new Float64Array(n);
  let customers = 0;
  for (let a = 0; a < n; a++) {
    const from = accounts.customerStart[a]!;
    if (Number.isNaN(from)) continue;
    const churnedAt = accounts.churnedAt[a]!;
    const to = Number.isNaN(churnedAt) ? span.last : churnedAt;
    weights[a] = ((to - from) / YEAR) * EXPANSION_PER_YEAR[accounts.segment[a]!]!;
    customers++;
  }
  const fallback = customers === 0 && extra !== undefined && extra > 0;
  if (fallback) weights.fill(1);
  const counts = spreadCounts(rng, weights, extra);
  let scratch = new Float64Array(64);
  const spec = newSpec();
  spec.first = false;
  for (let a = 0; a < n; a++) {
    const count = counts[a]!;
    if (count === 0) continue;
    const churnedAt = accounts.churnedAt[a]!;
    const from = fallback ? accounts.createdAt[a]! : accounts.customerStart[a]!;
    const to = Number.isNaN(churnedAt) ? span.last : churnedAt;
    if (scratch.length < count) scratch = new Float64Array(count * 2);
    for (let k = 0; k < count; k++) scratch[k] = seasonalTime(rng, span, from, to);
    spec.account = a;
    spec.deadline = to;
    spec.loseAtDeadline = !Number.isNaN(churnedAt);
    spec.canWin = !fallback;
    for (const createdAt of sortedTimes(scratch, count)) {
      spec.kind = fallback ? NEW : weightedIndex(rng, EXPANSION_SUMS);
      spec.createdAt = createdAt;
      spec.amount = dealAmount(rng, accounts.segment[a]!, spec.kind);
      spec.owner = dealOwner(rng, accounts.owner[a]!);
      world.deals.push(simulateDeal(world, rng, activityRng, spec));
    }
  }
}
