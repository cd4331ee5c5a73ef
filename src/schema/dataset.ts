/** The whole canonical dataset as one zod schema, and its TypeScript types. */
import * as z from 'zod/mini';
import { rowSchemas, stageNamesSchema } from './tables.js';

export const datasetSchema = z.object({
  stages: z.optional(stageNamesSchema),
  accounts: z.optional(z.array(rowSchemas.accounts)),
  deals: z.optional(z.array(rowSchemas.deals)),
  orders: z.optional(z.array(rowSchemas.orders)),
  subscriptions: z.optional(z.array(rowSchemas.subscriptions)),
  activities: z.optional(z.array(rowSchemas.activities)),
  campaigns: z.optional(z.array(rowSchemas.campaigns)),
  surveys: z.optional(z.array(rowSchemas.surveys)),
  tickets: z.optional(z.array(rowSchemas.tickets)),
  costs: z.optional(z.array(rowSchemas.costs)),
});

/** What a user may pass: times as ISO strings or epoch ms. */
export type DatasetInput = z.input<typeof datasetSchema>;
/** A checked dataset: every time is epoch milliseconds. */
export type Dataset = z.output<typeof datasetSchema>;

export type Account = z.output<typeof rowSchemas.accounts>;
export type Deal = z.output<typeof rowSchemas.deals>;
export type StageEntry = NonNullable<Deal['history']>[number];
export type Order = z.output<typeof rowSchemas.orders>;
export type Subscription = z.output<typeof rowSchemas.subscriptions>;
export type Activity = z.output<typeof rowSchemas.activities>;
export type Campaign = z.output<typeof rowSchemas.campaigns>;
export type Survey = z.output<typeof rowSchemas.surveys>;
export type Ticket = z.output<typeof rowSchemas.tickets>;
export type Cost = z.output<typeof rowSchemas.costs>;

export type DealOutcome = Deal['outcome'];
export type DealKind = NonNullable<Deal['kind']>;
export type ActivityType = Activity['type'];
export type SurveyKind = Survey['kind'];
export type CostCategory = Cost['category'];
