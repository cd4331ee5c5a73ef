/**
 * Row schemas of the canonical dataset (DESIGN.md, "The canonical dataset"). Each checks one
 * row on its own; rules across rows and tables live in `rules/`.
 */
import * as z from 'zod';
import { count, id, instant, label, money, nonNegativeMoney } from './fields.js';

export const stageNamesSchema = z.array(label);

export const accountSchema = z.object({
  id,
  name: z.string().optional(),
  segment: label.optional(),
  owner: label.optional(),
  createdAt: instant,
  churnedAt: instant.optional(),
  campaignId: id.optional(),
  group: z.enum(['test', 'control']).optional(),
});

export const stageEntrySchema = z.object({ stage: label, at: instant });

export const dealSchema = z.object({
  id,
  accountId: id.optional(),
  owner: label.optional(),
  amount: nonNegativeMoney,
  createdAt: instant,
  closedAt: instant.optional(),
  outcome: z.enum(['open', 'won', 'lost']),
  stage: label,
  history: z.array(stageEntrySchema).optional(),
  kind: z.enum(['new', 'upsell', 'cross-sell', 'renewal']).optional(),
  campaignId: id.optional(),
});

export const orderSchema = z.object({
  id,
  accountId: id,
  at: instant,
  amount: money,
  cost: nonNegativeMoney.optional(),
  items: count.optional(),
  product: label.optional(),
});

export const subscriptionSchema = z.object({
  id,
  accountId: id,
  start: instant,
  end: instant.optional(),
  amount: nonNegativeMoney,
  renewed: z.boolean().optional(),
});

export const activitySchema = z.object({
  id,
  at: instant,
  type: z.enum(['call', 'email', 'meeting', 'web', 'chat', 'other']),
  direction: z.enum(['inbound', 'outbound']),
  owner: label.optional(),
  accountId: id.optional(),
  dealId: id.optional(),
  responded: z.boolean().optional(),
});

export const campaignSchema = z.object({
  id,
  name: label,
  channel: label.optional(),
  cost: nonNegativeMoney,
  start: instant.optional(),
  end: instant.optional(),
});

export const surveySchema = z.object({
  at: instant,
  kind: z.enum(['nps', 'ces', 'csat']),
  score: z.number(),
  scale: z.number().int({ error: 'expected a whole number' }).min(2, { error: 'a scale has at least 2 points' }).optional(),
  accountId: id.optional(),
});

export const ticketSchema = z.object({
  id,
  openedAt: instant,
  firstResponseAt: instant.optional(),
  resolvedAt: instant.optional(),
  contacts: count,
  agent: label.optional(),
  accountId: id.optional(),
});

export const costSchema = z.object({
  at: instant,
  category: z.enum(['sales', 'marketing', 'retention', 'service']),
  amount: nonNegativeMoney,
});

/** The row schema of every table that holds rows (all but `stages`). */
export const rowSchemas = {
  accounts: accountSchema,
  deals: dealSchema,
  orders: orderSchema,
  subscriptions: subscriptionSchema,
  activities: activitySchema,
  campaigns: campaignSchema,
  surveys: surveySchema,
  tickets: ticketSchema,
  costs: costSchema,
} as const;

export type RowTableName = keyof typeof rowSchemas;
export const ROW_TABLES = Object.keys(rowSchemas) as RowTableName[];
export type TableName = 'stages' | RowTableName;
export const TABLE_NAMES: readonly TableName[] = ['stages', ...ROW_TABLES];
