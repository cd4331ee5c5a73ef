/**
 * `buildTable`: the columnar form of a parsed dataset, built once and shared by every metric
 * computed on it. Times are epoch-ms Float64Arrays, strings are dictionary-encoded Int32Arrays,
 * references are row numbers; a metric then groups and filters with array indexes only.
 */
import type { Dataset } from '../schema/index.js';
// The module itself, not the schema index: the table layer must not pull zod in.
import { checkedTable } from '../schema/lazy-dataset.js';
import type { RowTableName } from '../schema/tables.js';
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
import { checkedSource, rowSource, type TableSource } from './table-source.js';

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

/**
 * A table of the dataset to build from: the checked columns when the dataset came from
 * `parseDataset` and its rows were never read (no row objects made), else its rows.
 */
function sourceOf<T extends RowTableName>(dataset: Dataset, name: T): TableSource<NonNullable<Dataset[T]>[number]> {
  const check = checkedTable(dataset, name);
  if (check) return checkedSource(check);
  return rowSource((dataset[name] ?? []) as NonNullable<Dataset[T]>[number][]);
}

const ids = (source: TableSource<{ id: string }>) => {
  const get = source.values('id');
  const dictionary = new Dictionary();
  for (let k = 0; k < source.length; k++) dictionary.encode(get(k) as string);
  return dictionary;
};

/** Whether the dataset has a table, without making its rows. */
const has = (dataset: Dataset, name: keyof Dataset) => (name !== 'stages' && checkedTable(dataset, name) !== undefined) || dataset[name] !== undefined;

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
  const accountRows = sourceOf(dataset, 'accounts');
  const dealRows = sourceOf(dataset, 'deals');
  const campaignRows = sourceOf(dataset, 'campaigns');
  // Id dictionaries first: other tables encode their references into them.
  const accountDict = accountIds(accountRows);
  const dealDict = ids(dealRows);
  const campaignDict = ids(campaignRows);

  const campaigns = campaignColumns(campaignRows, campaignDict, { channels });
  const deals = dealColumns(dealRows, dealDict, { accounts: accountDict, owners, stages, campaigns: campaignDict });
  const orders = orderColumns(sourceOf(dataset, 'orders'), { accounts: accountDict, products });
  const subscriptions = subscriptionColumns(sourceOf(dataset, 'subscriptions'), { accounts: accountDict });
  const activities = activityColumns(sourceOf(dataset, 'activities'), { owners, accounts: accountDict, deals: dealDict });
  const surveys = surveyColumns(sourceOf(dataset, 'surveys'), { accounts: accountDict });
  const tickets = ticketColumns(sourceOf(dataset, 'tickets'), { agents, accounts: accountDict });
  const costs = costColumns(sourceOf(dataset, 'costs'));
  // Last, so that accounts only referenced by the tables above get a row too.
  const accounts = accountColumns(accountRows, accountDict, { segments, owners, campaigns: campaignDict });

  const present = new Set((Object.keys(dataset) as (keyof Dataset)[]).filter((k) => has(dataset, k)));
  const timeSpan = spanOf([
    accounts.createdAt, accounts.churnedAt, deals.createdAt, deals.closedAt, deals.historyAt, orders.at,
    subscriptions.start, subscriptions.end, activities.at, campaigns.start, campaigns.end, surveys.at,
    tickets.openedAt, tickets.firstResponseAt, tickets.resolvedAt, costs.at,
  ]);
  return { stages, declaredStages, owners, segments, products, channels, agents, accounts, deals, orders, subscriptions, activities, campaigns, surveys, tickets, costs, present, timeSpan };
}
