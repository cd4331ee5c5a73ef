/** Row builders and generated datasets shared by the revenue, marketing and finance metric tests. */
import fc from 'fast-check';
import { generateDataset } from '../../../src/generator/index.js';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/schema/index.js';

type Rows<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>;
export type AccountRow = Rows<'accounts'>[number];
export type DealRow = Rows<'deals'>[number];
export type OrderRow = Rows<'orders'>[number];
export type SubscriptionRow = Rows<'subscriptions'>[number];
export type CostRow = Rows<'costs'>[number];
export type CampaignRow = Rows<'campaigns'>[number];

/** A strictly parsed dataset: a typo in a fixture fails loudly instead of leaving rows out. */
export function dataset(input: DatasetInput): Dataset {
  return parseDataset(input, { mode: 'strict' }).dataset;
}

let orderCount = 0;
export const order = (accountId: string, at: string, amount: number, extra: Partial<OrderRow> = {}): OrderRow =>
  ({ id: `o${++orderCount}`, accountId, at, amount, ...extra }) as OrderRow;

let dealCount = 0;
/** A won deal closed at `closedAt` (created then too, unless `extra.createdAt` says otherwise). */
export const wonDeal = (accountId: string | undefined, closedAt: string, amount: number, extra: Partial<DealRow> = {}): DealRow =>
  ({ id: `d${++dealCount}`, ...(accountId ? { accountId } : {}), amount, createdAt: closedAt, closedAt, outcome: 'won', stage: 'Negotiation', ...extra }) as DealRow;

export const deal = (accountId: string | undefined, outcome: DealRow['outcome'], createdAt: string, amount: number, extra: Partial<DealRow> = {}): DealRow =>
  ({ id: `d${++dealCount}`, ...(accountId ? { accountId } : {}), amount, createdAt, outcome, stage: 'Lead', ...(outcome === 'open' ? {} : { closedAt: createdAt }), ...extra }) as DealRow;

let subscriptionCount = 0;
export const subscription = (accountId: string, start: string, end?: string, amount = 100): SubscriptionRow =>
  ({ id: `s${++subscriptionCount}`, accountId, start, ...(end ? { end } : {}), amount }) as SubscriptionRow;

export const account = (id: string, extra: Partial<AccountRow> = {}): AccountRow => ({ id, createdAt: '2020-01-01', ...extra }) as AccountRow;

export const cost = (category: CostRow['category'], at: string, amount: number): CostRow => ({ category, at, amount }) as CostRow;

const generated = new Map<number, Dataset>();
/** A generated dataset of 250 accounts, parsed once per seed (about 0.1 s each). */
export function generatedDataset(seed: number): Dataset {
  let parsed = generated.get(seed);
  if (!parsed) {
    parsed = dataset(generateDataset({ seed, accounts: 250 }));
    generated.set(seed, parsed);
  }
  return parsed;
}

/** Segments of the generated data: every generated account has one of them. */
export { SEGMENTS } from '../../../src/generator/index.js';

/** A generated dataset's seed and a range within its span (2022–2024), [from, from + days). */
export const scenario = fc.record({
  seed: fc.integer({ min: 1, max: 6 }),
  fromDay: fc.integer({ min: 0, max: 3 * 365 }),
  days: fc.integer({ min: 1, max: 400 }),
});

export const rangeOf = ({ fromDay, days }: { fromDay: number; days: number }) => {
  const from = Date.UTC(2022, 0, 1) + fromDay * 86_400_000;
  return { from, to: from + days * 86_400_000 };
};
