import { OUTCOME } from '../../table/index.js';
import { defineMetric } from '../metric-module.js';
import { ratio } from '../result.js';
import { inRange, passes, type MetricScope } from '../scope.js';

/** The figures of one campaign, or of all of them together. */
export interface CampaignFigures {
  cost: number;
  /** Amounts of the attributed deals won in the range. */
  revenue: number;
  /** (revenue − cost) / cost; null for a campaign that cost nothing. */
  roi: number | null;
  /** Cost per acquisition: cost / deals created; null without deals. */
  cpa: number | null;
  /** Cost per sale: cost / deals won; null without a won deal. */
  cps: number | null;
  /** Attributed deals created in the range. */
  deals: number;
  /** Attributed deals won (closed) in the range. */
  won: number;
}

export interface CampaignRow extends CampaignFigures {
  id: string;
  name: string;
  channel: string | null;
}

export interface CampaignRoiResult {
  /** In the campaigns table's order. */
  campaigns: CampaignRow[];
  /** Sums of cost, revenue, deals and won over `campaigns`, and the ratios of those sums. */
  total: CampaignFigures;
}

function figures(cost: number, revenue: number, deals: number, won: number): CampaignFigures {
  return { cost, revenue, roi: ratio(revenue - cost, cost), cpa: ratio(cost, deals), cps: ratio(cost, won), deals, won };
}

/** Whether a campaign's run [start, end] meets [from, to); a missing start or end leaves that side open. */
function runsDuring(scope: MetricScope, start: number, end: number): boolean {
  return !(start >= scope.to) && !(end < scope.from);
}

/**
 * Campaign ROI, per campaign of the `campaigns` table. A deal is attributed to the campaign of
 * its `campaignId`; deals naming a campaign the table lacks are left out (no cost to set
 * against them).
 *
 * - `deals`: attributed deals created in [from, to); `won`, `revenue`: those won with
 *   `closedAt` in [from, to) and their amounts (all of them when the range is open).
 * - `cost`: the campaign's whole `cost` — the dataset gives no spend per day to prorate.
 * - `roi = (revenue − cost) / cost`, `cpa = cost / deals`, `cps = cost / won`; null on a zero base.
 *
 * A campaign is listed when its run meets the range or it has a deal created or won in it (all
 * campaigns when the range is open). Segment and owner filters narrow the deals (by the deal's
 * account and owner), never the cost. `period` does not apply: campaigns are the grouping.
 *
 * Seeds 000 ("the price concerned the campaigns in relevancy the revenue generated"), 001 (CPA,
 * CPS, ROI), 002, 003 §8 ("a profit and loss statement" per campaign), 004.
 */
export function campaignRoi(scope: MetricScope): CampaignRoiResult {
  const { campaigns, deals } = scope.table;
  const n = campaigns.length;
  const created = new Float64Array(n);
  const won = new Float64Array(n);
  const revenue = new Float64Array(n);
  const touched = new Uint8Array(n);
  for (let i = 0; i < deals.length; i++) {
    const c = deals.campaign[i] as number;
    if (c < 0 || c >= n || !passes(scope, deals.account[i] as number, deals.owner[i])) continue;
    if (inRange(scope, deals.createdAt[i] as number)) {
      created[c] = (created[c] as number) + 1;
      touched[c] = 1;
    }
    if (deals.outcome[i] === OUTCOME.won && inRange(scope, deals.closedAt[i] as number)) {
      won[c] = (won[c] as number) + 1;
      revenue[c] = (revenue[c] as number) + (deals.amount[i] as number);
      touched[c] = 1;
    }
  }
  const rows: CampaignRow[] = [];
  let cost = 0, income = 0, createdAll = 0, wonAll = 0;
  for (let c = 0; c < n; c++) {
    if (!touched[c] && !runsDuring(scope, campaigns.start[c] as number, campaigns.end[c] as number)) continue;
    const spent = campaigns.cost[c] as number;
    const channel = campaigns.channel[c] as number;
    rows.push({ id: campaigns.ids.values[c] as string, name: campaigns.name[c] as string, channel: channel >= 0 ? (scope.table.channels.decode(channel) as string) : null, ...figures(spent, revenue[c] as number, created[c] as number, won[c] as number) });
    cost += spent;
    income += revenue[c] as number;
    createdAll += created[c] as number;
    wonAll += won[c] as number;
  }
  return { campaigns: rows, total: figures(cost, income, createdAll, wonAll) };
}

export const campaignRoiMetric = defineMetric({
  id: 'campaign-roi',
  family: 'marketing',
  definitions: ['won-revenue-over-cost'],
  options: [],
  kind: 'rich',
  compute: (scope): CampaignRoiResult => campaignRoi(scope),
});
