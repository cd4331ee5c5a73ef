/**
 * Row schemas of the canonical dataset (DESIGN.md, "The canonical dataset"). Each checks one
 * row on its own; rules across rows and tables live in `rules/`.
 */
import * as z from 'zod/mini';
import { count, id, instant, label, money, nonNegativeMoney } from './fields.js';
import type { RowTableName } from './table-names.js';

export { ROW_TABLES, TABLE_NAMES, type RowTableName, type TableName } from './table-names.js';

export const stageNamesSchema = z.array(label);

export const accountSchema = z.object({
  id,
  name: z.optional(z.string()),
  segment: z.optional(label),
  owner: z.optional(label),
  createdAt: instant,
  churnedAt: z.optional(instant),
  campaignId: z.optional(id),
  group: z.optional(z.enum(['test', 'control'])),
});

export const stageEntrySchema = z.object({ stage: label, at: instant });

export const dealSchema = z.object({
  id,
  accountId: z.optional(id),
  owner: z.optional(label),
  amount: nonNegativeMoney,
  createdAt: instant,
  closedAt: z.optional(instant),
  outcome: z.enum(['open', 'won', 'lost']),
  stage: label,
  history: z.optional(z.array(stageEntrySchema)),
  kind: z.optional(z.enum(['new', 'upsell', 'cross-sell', 'renewal'])),
  campaignId: z.optional(id),
});

export const orderSchema = z.object({
  id,
  accountId: id,
  at: instant,
  amount: money,
  cost: z.optional(nonNegativeMoney),
  items: z.optional(count),
  product: z.optional(label),
});

export const subscriptionSchema = z.object({
  id,
  accountId: id,
  start: instant,
  end: z.optional(instant),
  amount: nonNegativeMoney,
  renewed: z.optional(z.boolean()),
});

export const activitySchema = z.object({
  id,
  at: instant,
  type: z.enum(['call', 'email', 'meeting', 'web', 'chat', 'other']),
  direction: z.enum(['inbound', 'outbound']),
  owner: z.optional(label),
  accountId: z.optional(id),
  dealId: z.optional(id),
  responded: z.optional(z.boolean()),
});

export const campaignSchema = z.object({
  id,
  name: label,
  channel: z.optional(label),
  cost: nonNegativeMoney,
  start: z.optional(instant),
  end: z.optional(instant),
});

export const surveySchema = z.object({
  at: instant,
  kind: z.enum(['nps', 'ces', 'csat']),
  score: z.number(),
  scale: z.optional(z.int({ error: 'expected a whole number' }).check(z.minimum(2, { error: 'a scale has at least 2 points' }))),
  accountId: z.optional(id),
});

export const ticketSchema = z.object({
  id,
  openedAt: instant,
  firstResponseAt: z.optional(instant),
  resolvedAt: z.optional(instant),
  contacts: count,
  agent: z.optional(label),
  accountId: z.optional(id),
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
} as const satisfies Record<RowTableName, z.ZodMiniType>;

/** The row schemas as the parser takes them (`parse-core.ts`): one per table that holds rows. */
export type RowSchemas = Readonly<Record<RowTableName, z.ZodMiniType>>;
