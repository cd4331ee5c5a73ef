/**
 * Marketing campaigns spread over the span, and their cost once their audience is known:
 * audience size × the channel's cost per lead, with noise, so ROI differs from campaign to
 * campaign and events can lose money.
 */
import { DAY, yearMonthOfDays } from './calendar.js';
import { cumulative, integer, lognormal, uniform, weightedIndex } from './distributions.js';
import { rowId } from './ids.js';
import { CAMPAIGN_THEMES, CHANNEL_TITLES, CHANNELS } from './names.js';
import { Random, STREAM } from './random.js';
import { monthIndex } from './span.js';
import type { World } from './world.js';

const CHANNEL_SUMS = cumulative(CHANNELS.map((c) => c.weight));

/** About one campaign every two months, each running three to ten weeks. */
export function generateCampaigns(world: World): void {
  const { span } = world;
  const rng = new Random(world.options.seed, STREAM.campaigns);
  const count = Math.max(4, Math.round(span.months / 2));
  const slot = (span.end - span.start) / count;
  for (let i = 0; i < count; i++) {
    const start = Math.floor(span.start + slot * i + uniform(rng, 0, 0.6) * slot);
    const end = Math.min(span.last, Math.floor(start + uniform(rng, 21, 70) * DAY));
    const channel = CHANNELS[weightedIndex(rng, CHANNEL_SUMS)]!;
    const [year, month] = yearMonthOfDays(Math.floor(start / DAY));
    const theme = CAMPAIGN_THEMES[integer(rng, CAMPAIGN_THEMES.length)]!;
    world.campaigns.push({
      id: rowId('cmp-', i + 1),
      name: `Q${Math.ceil(month / 3)} ${year} ${CHANNEL_TITLES[channel.name]}: ${theme}`,
      channel: channel.name,
      cost: 0,
      start: Math.floor(start / 1000) * 1000,
      end: Math.floor(end / 1000) * 1000,
    });
  }
}

/** The campaign running at t, or -1; when several overlap, the one that started last. */
export function campaignAt(world: World, t: number): number {
  const campaigns = world.campaigns;
  for (let i = campaigns.length - 1; i >= 0; i--) {
    const c = campaigns[i]!;
    if (c.start <= t && t < c.end) return i;
  }
  return -1;
}

/** Cost of each campaign from its audience (accounts attached to it, test and control alike). */
export function priceCampaigns(world: World): void {
  const rng = new Random(world.options.seed, STREAM.campaignCosts);
  const audience = new Float64Array(world.campaigns.length);
  const { campaign, count } = world.accounts;
  for (let a = 0; a < count; a++) if (campaign[a]! >= 0) audience[campaign[a]!]!++;
  world.campaigns.forEach((row, i) => {
    const perLead = CHANNELS.find((c) => c.name === row.channel)!.costPerLead;
    row.cost = Math.round(500 + audience[i]! * perLead * lognormal(rng, 1, 0.35));
    world.tallies.campaignSpend[monthIndex(world.span, row.start)]! += row.cost;
  });
}
