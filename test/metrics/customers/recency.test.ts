import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { generateDataset, SEGMENTS } from '../../../src/generator/index.js';
import { computeMetric } from '../../../src/metrics/index.js';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/schema/index.js';

type Rows<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>[number];
const dataset = (input: DatasetInput): Dataset => parseDataset(input, { mode: 'strict' }).dataset;
let rowId = 0;
const order = (accountId: string, at: string, amount: number): Rows<'orders'> => ({ id: `o${++rowId}`, accountId, at, amount }) as Rows<'orders'>;
const activity = (accountId: string, at: string): Rows<'activities'> => ({ id: `x${++rowId}`, accountId, at, type: 'email', direction: 'inbound' }) as Rows<'activities'>;

/*
 * Worked by hand, as of 2024-07-01 (`to`):
 *   A  buys Apr 1, May 1, May 31 (100 each): gaps 30, 30 → usual 30; an email on Jun 1 → 30 days
 *      since: exactly its usual gap, so not at risk (at risk is strictly greater).
 *   B  buys Jan 10, Jan 20, Feb 9, Feb 19 (100 each), refund −50 Mar 1: gaps 10, 20, 10 → usual 10;
 *      a ticket opened Jun 20 → 11 days > 10: at risk. Revenue 350.
 *   C  buys Mar 1 (200 and 100, one day), Apr 20 (100): one gap of 50; last seen Apr 20 → 72 days:
 *      at risk. Revenue 400.
 *   D  buys Jun 15 (1000) once: no usual gap, never at risk. 16 days.
 *   E  buys only on Jul 5, after `to`: not a customer yet. F only has activities: never a customer.
 * At risk first by revenue (C 400, B 350), then D 1000, A 300. At risk 750 of 2050.
 */
const accounts = ['A', 'B', 'C', 'D', 'E', 'F'].map((id, i) => ({ id, name: `Account ${id}`, segment: i % 2 ? 'Enterprise' : 'SMB', createdAt: '2023-01-01' })) as Rows<'accounts'>[];
const shop = dataset({
  accounts,
  orders: [
    order('A', '2024-04-01', 100), order('A', '2024-05-01', 100), order('A', '2024-05-31', 100),
    order('B', '2024-01-10', 100), order('B', '2024-01-20', 100), order('B', '2024-02-09', 100), order('B', '2024-02-19', 100), order('B', '2024-03-01', -50),
    order('C', '2024-03-01', 200), order('C', '2024-03-01T15:00:00Z', 100), order('C', '2024-04-20', 100),
    order('D', '2024-06-15', 1000), order('E', '2024-07-05', 80),
  ],
  activities: [activity('A', '2024-06-01'), activity('F', '2024-06-30')],
  tickets: [{ id: 't1', accountId: 'B', openedAt: '2024-06-20', contacts: 1 }],
  surveys: [{ at: '2024-04-15', kind: 'nps', score: 8, accountId: 'C' }],
});
const customer = (accountId: string, lastInteraction: string, recencyDays: number, usualGapDays: number | null, purchases: number, revenue: number, atRisk: boolean) =>
  ({ accountId, name: `Account ${accountId}`, lastInteraction, recencyDays, usualGapDays, purchases, revenue, atRisk });

describe('recency', () => {
  it('ranks at-risk customers first by revenue (worked by hand); exactly at the usual gap is not at risk', () => {
    expect(computeMetric('recency', shop, { to: '2024-07-01' })).to.deep.equal({
      asOf: '2024-07-01',
      customers: [
        customer('C', '2024-04-20', 72, 50, 3, 400, true),
        customer('B', '2024-06-20', 11, 10, 4, 350, true),
        customer('D', '2024-06-15', 16, null, 1, 1000, false),
        customer('A', '2024-06-01', 30, 30, 3, 300, false),
      ],
      atRisk: 2,
      revenueAtRisk: 750,
      revenue: 2050,
      shareAtRisk: 750 / 2050,
    });
  });

  it('counts revenue in [from, to) only, but recency and gaps over the whole history', () => {
    const result = computeMetric('recency', shop, { from: '2024-04-01', to: '2024-07-01' });
    expect(result.customers.map((c) => [c.accountId, c.revenue, c.usualGapDays, c.atRisk])).to.deep.equal([
      ['C', 100, 50, true], ['B', 0, 10, true], ['D', 1000, null, false], ['A', 300, 30, false],
    ]);
    expect(result).to.include({ revenueAtRisk: 100, revenue: 1400, shareAtRisk: 100 / 1400 });
  });

  it('without `to` counts to the day of the data\'s last instant', () => {
    const result = computeMetric('recency', shop);
    expect(result.asOf).to.equal('2024-07-05');
    expect(result.customers.map((c) => [c.accountId, c.recencyDays])).to.deep.equal([['C', 76], ['B', 15], ['A', 34], ['D', 20], ['E', 0]]);
  });

  it('a median of an even number of gaps is the mean of the middle two', () => {
    const d = dataset({ orders: [order('X', '2024-01-01', 1), order('X', '2024-01-03', 1), order('X', '2024-01-13', 1)] });
    expect(computeMetric('recency', d, { to: '2024-01-20' }).customers[0]).to.include({ usualGapDays: 6, recencyDays: 7, atRisk: true });
  });

  it('filters customers by their account segment and owner', () => {
    expect(computeMetric('recency', shop, { to: '2024-07-01', segment: 'SMB' }).customers.map((c) => c.accountId)).to.deep.equal(['C', 'A']);
    expect(computeMetric('recency', shop, { to: '2024-07-01', segment: 'Enterprise' }).customers.map((c) => c.accountId)).to.deep.equal(['B', 'D']);
    expect(computeMetric('recency', shop, { to: '2024-07-01', owner: 'Nobody' }).customers).to.deep.equal([]); // though no account has an owner
    expect(computeMetric('recency', shop, { to: '2024-07-01', segment: 'Nobody' }).customers).to.deep.equal([]);
  });

  it('counts days in the time zone asked for', () => {
    const d = dataset({ orders: [order('X', '2024-06-01T10:00:00Z', 10), order('X', '2024-06-30T23:30:00Z', 10)] });
    expect(computeMetric('recency', d, { to: '2024-07-02', timeZone: 'Europe/Berlin' }).customers[0]).to.include({ lastInteraction: '2024-07-01', recencyDays: 1, usualGapDays: 30 });
    expect(computeMetric('recency', d, { to: '2024-07-02' }).customers[0]).to.include({ lastInteraction: '2024-06-30', recencyDays: 2, usualGapDays: 29 });
  });

  it('reads won deals as purchases when the dataset has no orders', () => {
    const won = (id: string, accountId: string, closedAt: string, amount: number) => ({ id, accountId, amount, createdAt: '2024-01-01', closedAt, outcome: 'won', stage: 'Lead' }) as Rows<'deals'>;
    const d = dataset({ deals: [won('d1', 'X', '2024-02-01', 500), won('d2', 'X', '2024-03-02', 300), { ...won('d3', 'X', '2024-03-20', 900), outcome: 'lost' } as Rows<'deals'>] });
    expect(computeMetric('recency', d, { to: '2024-05-01' }).customers).to.deep.equal([
      { accountId: 'X', name: null, lastInteraction: '2024-03-02', recencyDays: 60, usualGapDays: 30, purchases: 2, revenue: 800, atRisk: true },
    ]);
  });

  it('is empty for an empty dataset; one purchase is one customer with no usual gap', () => {
    expect(computeMetric('recency', dataset({}))).to.deep.equal({ asOf: null, customers: [], atRisk: 0, revenueAtRisk: 0, revenue: 0, shareAtRisk: null });
    expect(computeMetric('recency', dataset({ orders: [order('X', '2024-03-03', 40)] }))).to.deep.equal({
      asOf: '2024-03-03',
      customers: [{ accountId: 'X', name: null, lastInteraction: '2024-03-03', recencyDays: 0, usualGapDays: null, purchases: 1, revenue: 40, atRisk: false }],
      atRisk: 0, revenueAtRisk: 0, revenue: 40, shareAtRisk: 0,
    });
    expect(() => computeMetric('recency', shop, { gap: 'mean' })).to.throw(RangeError, /unknown option for recency: "gap"/);
  });
});

const generated = new Map<number, Dataset>();
function generatedDataset(seed: number): Dataset {
  let d = generated.get(seed);
  if (!d) generated.set(seed, (d = parseDataset(generateDataset({ seed, accounts: 250, timeFormat: 'epoch' }), { mode: 'strict' }).dataset));
  return d;
}

describe('recency on generated data', () => {
  it('at risk means recency strictly above a usual gap; ranked at risk first by revenue; segments add up', () => {
    const scenario = fc.record({ seed: fc.integer({ min: 1, max: 4 }), toDay: fc.option(fc.integer({ min: 30, max: 3 * 365 }), { nil: undefined }) });
    fc.assert(
      fc.property(scenario, ({ seed, toDay }) => {
        const d = generatedDataset(seed);
        const options = toDay === undefined ? {} : { to: Date.UTC(2022, 0, 1) + toDay * 86_400_000 };
        const result = computeMetric('recency', d, options);
        let revenueAtRisk = 0;
        result.customers.forEach((c, i) => {
          expect(c.recencyDays).to.be.at.least(0);
          expect(c.atRisk).to.equal(c.usualGapDays !== null && c.recencyDays > c.usualGapDays);
          expect(c.purchases).to.be.at.least(1);
          if (c.usualGapDays !== null) expect(c.usualGapDays).to.be.at.least(1); // gaps between distinct days
          if (c.atRisk) revenueAtRisk += c.revenue;
          const next = result.customers[i + 1];
          if (next) expect(c.atRisk > next.atRisk || (c.atRisk === next.atRisk && c.revenue >= next.revenue)).to.equal(true);
        });
        expect(result.atRisk).to.equal(result.customers.filter((c) => c.atRisk).length);
        expect(result.revenueAtRisk).to.be.closeTo(revenueAtRisk, 1e-6);
        const bySegment = SEGMENTS.map((segment) => computeMetric('recency', d, { ...options, segment }));
        expect(bySegment.reduce((n, r) => n + r.customers.length, 0)).to.equal(result.customers.length);
        expect(bySegment.reduce((n, r) => n + r.atRisk, 0)).to.equal(result.atRisk);
      }),
      { seed: 43, numRuns: 10 },
    );
  });
});
