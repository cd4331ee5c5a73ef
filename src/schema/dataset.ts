/** The whole canonical dataset as one zod schema, and its TypeScript types. */
import * as z from 'zod';
import { rowSchemas, stageNamesSchema } from './tables.js';

export const datasetSchema = z.object({
  stages: stageNamesSchema.optional(),
  accounts: z.array(rowSchemas.accounts).optional(),
  deals: z.array(rowSchemas.deals).optional(),
  orders: z.array(rowSchemas.orders).optional(),
  subscriptions: z.array(rowSchemas.subscriptions).optional(),
  activities: z.array(rowSchemas.activities).optional(),
  campaigns: z.array(rowSchemas.campaigns).optional(),
  surveys: z.array(rowSchemas.surveys).optional(),
  tickets: z.array(rowSchemas.tickets).optional(),
  costs: z.array(rowSchemas.costs).optional(),
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
