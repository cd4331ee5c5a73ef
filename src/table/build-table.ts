/**
 * `buildTable`: the columnar form of a parsed dataset, built once and shared by every metric
 * computed on it. Times are epoch-ms Float64Arrays, strings are dictionary-encoded Int32Arrays,
 * references are row numbers; a metric then groups and filters with array indexes only.
 */
import type { Dataset } from '../schema/index.js';
import { accountColumns, accountIds, type AccountColumns } from './accounts.js';
import { activityColumns, type ActivityColumns } from './activities.js';
import { campaignColumns, type CampaignColumns } from './campaigns.js';
import { costColumns, type CostColumns } from './costs.js';
import { dealColumns, type DealColumns } from './deals.js';
import { Dictionary } from './dictionary.js';
import { orderColumns, type OrderColumns } from './orders.js';
import { subscriptionColumns, type SubscriptionColumns } from './subscriptions.js';
import { surveyColumns, type SurveyColumns } from './surveys.js';
import { ticketColumns, type TicketColumns } from './tickets.js';

export interface CrmTable {
  /**
   * Stage names: first the dataset's `stages` in pipeline order (`declaredStages` of them),
   * then any stage met only in deals, in order of appearance.
   */
  stages: Dictionary;
  declaredStages: number;
  /** Shared by accounts, deals and activities, so an owner filter is one code everywhere. */
  owners: Dictionary;
  segments: Dictionary;
  products: Dictionary;
  channels: Dictionary;
  agents: Dictionary;
  accounts: AccountColumns;
  deals: DealColumns;
  orders: OrderColumns;
  subscriptions: SubscriptionColumns;
  activities: ActivityColumns;
  campaigns: CampaignColumns;
  surveys: SurveyColumns;
  tickets: TicketColumns;
  costs: CostColumns;
  /** Which tables the dataset had (a table can be present and empty). */
  present: ReadonlySet<keyof Dataset>;
  /** Earliest and latest time in any table; NaN for a dataset without times. */
  timeSpan: { min: number; max: number };
}

const ids = (rows: readonly { id: string }[] | undefined) => new Dictionary((rows ?? []).map((r) => r.id));

function spanOf(columns: readonly Float64Array[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const column of columns) {
    for (let i = 0; i < column.length; i++) {
      const t = column[i] as number;
      if (t < min) min = t; // NaN compares false both ways, so absent times are skipped
      if (t > max) max = t;
    }
  }
  return min <= max ? { min, max } : { min: NaN, max: NaN };
}

export function buildTable(dataset: Dataset): CrmTable {
  const stages = new Dictionary(dataset.stages ?? []);
  const declaredStages = stages.size;
  const owners = new Dictionary();
  const segments = new Dictionary();
  const products = new Dictionary();
  const channels = new Dictionary();
  const agents = new Dictionary();
  // Id dictionaries first: other tables encode their references into them.
  const accountDict = accountIds(dataset.accounts ?? []);
  const dealDict = ids(dataset.deals);
  const campaignDict = ids(dataset.campaigns);

  const campaigns = campaignColumns(dataset.campaigns ?? [], campaignDict, { channels });
  const deals = dealColumns(dataset.deals ?? [], dealDict, { accounts: accountDict, owners, stages, campaigns: campaignDict });
  const orders = orderColumns(dataset.orders ?? [], { accounts: accountDict, products });
  const subscriptions = subscriptionColumns(dataset.subscriptions ?? [], { accounts: accountDict });
  const activities = activityColumns(dataset.activities ?? [], { owners, accounts: accountDict, deals: dealDict });
  const surveys = surveyColumns(dataset.surveys ?? [], { accounts: accountDict });
  const tickets = ticketColumns(dataset.tickets ?? [], { agents, accounts: accountDict });
  const costs = costColumns(dataset.costs ?? []);
  // Last, so that accounts only referenced by the tables above get a row too.
  const accounts = accountColumns(dataset.accounts ?? [], accountDict, { segments, owners, campaigns: campaignDict });

  const present = new Set(Object.keys(dataset).filter((k) => dataset[k as keyof Dataset] !== undefined) as (keyof Dataset)[]);
  const timeSpan = spanOf([
    accounts.createdAt, accounts.churnedAt, deals.createdAt, deals.closedAt, deals.historyAt, orders.at,
    subscriptions.start, subscriptions.end, activities.at, campaigns.start, campaigns.end, surveys.at,
    tickets.openedAt, tickets.firstResponseAt, tickets.resolvedAt, costs.at,
  ]);
  return { stages, declaredStages, owners, segments, products, channels, agents, accounts, deals, orders, subscriptions, activities, campaigns, surveys, tickets, costs, present, timeSpan };
}
