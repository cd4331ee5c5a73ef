/**
 * The rows the generator builds, times as epoch ms. They follow the canonical dataset
 * (DESIGN.md) field for field and in the same key order; `output.ts` turns times into ISO
 * strings when asked.
 */
import type { ActivityType, DealKind, Segment } from './model.js';

export interface AccountRow {
  id: string;
  name: string;
  segment: Segment;
  owner: string;
  createdAt: number;
  churnedAt?: number;
  campaignId?: string;
  group?: 'test' | 'control';
}

export interface StageEntryRow {
  stage: string;
  at: number;
}

export interface DealRow {
  id: string;
  accountId: string;
  owner: string;
  amount: number;
  createdAt: number;
  closedAt?: number;
  outcome: 'open' | 'won' | 'lost';
  stage: string;
  history: StageEntryRow[];
  kind: DealKind;
  campaignId?: string;
}

export interface OrderRow {
  id: string;
  accountId: string;
  at: number;
  /** Negative for a refund. */
  amount: number;
  /** Absent on refunds. */
  cost?: number;
  items?: number;
  product: string;
}

export interface SubscriptionRow {
  id: string;
  accountId: string;
  start: number;
  end?: number;
  /** The charge for one term. */
  amount: number;
  renewed?: boolean;
}

export interface ActivityRow {
  id: string;
  at: number;
  type: ActivityType;
  direction: 'inbound' | 'outbound';
  owner: string;
  accountId: string;
  dealId?: string;
  responded?: boolean;
}

export interface CampaignRow {
  id: string;
  name: string;
  channel: string;
  cost: number;
  start: number;
  end: number;
}

export interface SurveyRow {
  at: number;
  kind: 'nps' | 'ces' | 'csat';
  score: number;
  scale: number;
  accountId: string;
}

export interface TicketRow {
  id: string;
  openedAt: number;
  firstResponseAt?: number;
  resolvedAt?: number;
  contacts: number;
  agent: string;
  accountId: string;
}

export interface CostRow {
  at: number;
  category: 'sales' | 'marketing' | 'retention' | 'service';
  amount: number;
}
