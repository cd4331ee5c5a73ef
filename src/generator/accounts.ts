/**
 * Accounts: companies entering the CRM, more of them each month (growth) and more in Q4 than
 * in summer (season). Some arrive during a campaign and join its audience, in the test group
 * (they get the campaign) or the control group (held out, to measure the lift).
 */
import { campaignAt } from './campaigns.js';
import { clamp, cumulative, integer, normal, weightedIndex } from './distributions.js';
import { rowId, toSecond } from './ids.js';
import { SEGMENT_SHARE, SEGMENTS } from './model.js';
import { companyName, OWNERS } from './names.js';
import { Random, STREAM } from './random.js';
import { creationTime, monthIndex } from './span.js';
import type { AccountRow } from './rows.js';
import { GROUP_CONTROL, GROUP_TEST, type World } from './world.js';

const SEGMENT_SUMS = cumulative(SEGMENT_SHARE);
/** Share of accounts created while a campaign runs that join its audience. */
const AUDIENCE_SHARE = 0.45;
/** Share of an audience that gets the campaign; the rest is the held-out control group. */
const TEST_SHARE = 0.7;

export function generateAccounts(world: World): void {
  const { span, accounts } = world;
  const rng = new Random(world.options.seed, STREAM.accounts);
  const n = accounts.count;
  for (let a = 0; a < n; a++) accounts.createdAt[a] = toSecond(creationTime(rng, span));
  // Ids in creation order, as a CRM numbers its records.
  accounts.createdAt.sort();
  for (let a = 0; a < n; a++) {
    const createdAt = accounts.createdAt[a]!;
    accounts.ids[a] = rowId('acc-', a + 1);
    accounts.names[a] = companyName(rng.next(), rng.next(), rng.next());
    accounts.segment[a] = weightedIndex(rng, SEGMENT_SUMS);
    accounts.owner[a] = integer(rng, OWNERS.length);
    accounts.satisfaction[a] = normal(rng);
    accounts.costRatio[a] = clamp(normal(rng, 0.67, 0.06), 0.55, 0.8);
    const campaign = campaignAt(world, createdAt);
    if (campaign >= 0 && rng.next() < AUDIENCE_SHARE) {
      accounts.campaign[a] = campaign;
      accounts.group[a] = rng.next() < TEST_SHARE ? GROUP_TEST : GROUP_CONTROL;
    }
    world.tallies.accountsCreated[monthIndex(span, createdAt)]!++;
  }
}

/** The account rows, once churn is known. */
export function accountRows(world: World): AccountRow[] {
  const { accounts } = world;
  const rows: AccountRow[] = new Array(accounts.count);
  for (let a = 0; a < accounts.count; a++) {
    const row: AccountRow = {
      id: accounts.ids[a]!,
      name: accounts.names[a]!,
      segment: SEGMENTS[accounts.segment[a]!]!,
      owner: OWNERS[accounts.owner[a]!]!,
      createdAt: accounts.createdAt[a]!,
    };
    const churnedAt = accounts.churnedAt[a]!;
    if (!Number.isNaN(churnedAt)) row.churnedAt = toSecond(churnedAt);
    const campaign = accounts.campaign[a]!;
    if (campaign >= 0) {
      row.campaignId = world.campaigns[campaign]!.id;
      row.group = accounts.group[a] === GROUP_TEST ? 'test' : 'control';
    }
    rows[a] = row;
  }
  return rows;
}
