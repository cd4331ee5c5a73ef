/**
 * The state shared by the generation steps: per-account facts in typed arrays (read by later
 * steps: who became a customer when, who churned), monthly tallies for the cost table, and the
 * rows made so far.
 */
import type { ResolvedOptions } from './options.js';
import type { ActivityRow, CampaignRow, DealRow, OrderRow, SubscriptionRow, SurveyRow, TicketRow } from './rows.js';
import type { Span } from './span.js';

export const NO_CAMPAIGN = -1;
export const GROUP_NONE = 0;
export const GROUP_TEST = 1;
export const GROUP_CONTROL = 2;

/** What prospecting left for the lead stage of an account's first deal. */
export const LEAD_ENGAGED = 0;
export const LEAD_UNANSWERED = 1;

export interface Accounts {
  count: number;
  ids: string[];
  names: string[];
  createdAt: Float64Array;
  segment: Uint8Array;
  owner: Uint8Array;
  campaign: Int32Array;
  group: Uint8Array;
  /** Latent satisfaction (standard normal): drives survey scores and the churn hazard. */
  satisfaction: Float64Array;
  /** Share of revenue an order costs this account (55–80%): its profitability. */
  costRatio: Float64Array;
  /** LEAD_ENGAGED or LEAD_UNANSWERED. */
  leadState: Uint8Array;
  /** Engaged: the earliest time the lead stage can end. Unanswered: when the lead is dropped. */
  leadTime: Float64Array;
  /** Multiplier on leaving the lead stage: a fast answer to an inbound inquiry converts better. */
  leadFactor: Float64Array;
  /** When the first deal was won (NaN: never a customer). */
  customerStart: Float64Array;
  /** Annual value of the first won deal: sets the subscription price. */
  contractValue: Float64Array;
  /** When the customer was lost (NaN: not lost within the span). */
  churnedAt: Float64Array;
}

export interface Tallies {
  dealsCreated: Float64Array;
  wonAmount: Float64Array;
  accountsCreated: Float64Array;
  ticketsOpened: Float64Array;
  activeCustomers: Float64Array;
  campaignSpend: Float64Array;
}

export interface World {
  options: ResolvedOptions;
  span: Span;
  accounts: Accounts;
  tallies: Tallies;
  /** Expected activities per deal stage, lowered when a deal count is forced far above the natural one. */
  dealActivityRate: number;
  campaigns: CampaignRow[];
  deals: DealRow[];
  orders: OrderRow[];
  subscriptions: SubscriptionRow[];
  activities: ActivityRow[];
  surveys: SurveyRow[];
  tickets: TicketRow[];
}

export function createWorld(options: ResolvedOptions, span: Span): World {
  const n = options.accounts;
  const months = span.months;
  const nan = (): Float64Array => new Float64Array(n).fill(Number.NaN);
  return {
    options,
    span,
    accounts: {
      count: n,
      ids: new Array<string>(n),
      names: new Array<string>(n),
      createdAt: new Float64Array(n),
      segment: new Uint8Array(n),
      owner: new Uint8Array(n),
      campaign: new Int32Array(n).fill(NO_CAMPAIGN),
      group: new Uint8Array(n),
      satisfaction: new Float64Array(n),
      costRatio: new Float64Array(n),
      leadState: new Uint8Array(n),
      leadTime: nan(),
      leadFactor: new Float64Array(n).fill(1),
      customerStart: nan(),
      contractValue: new Float64Array(n),
      churnedAt: nan(),
    },
    tallies: {
      dealsCreated: new Float64Array(months),
      wonAmount: new Float64Array(months),
      accountsCreated: new Float64Array(months),
      ticketsOpened: new Float64Array(months),
      activeCustomers: new Float64Array(months),
      campaignSpend: new Float64Array(months),
    },
    dealActivityRate: 1,
    campaigns: [],
    deals: [],
    orders: [],
    subscriptions: [],
    activities: [],
    surveys: [],
    tickets: [],
  };
}
