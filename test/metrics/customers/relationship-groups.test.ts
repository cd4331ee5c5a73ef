import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { RELATIONSHIP_STRATEGIES } from '../../../src/metrics/customers/relationship-groups.js';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/schema/index.js';

type Rows<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>[number];
const dataset = (input: DatasetInput): Dataset => parseDataset(input, { mode: 'strict' }).dataset;
let rowId = 0;
const order = (accountId: string, at: string, amount: number, cost?: number): Rows<'orders'> =>
  ({ id: `o${++rowId}`, accountId, at, amount, ...(cost === undefined ? {} : { cost }) }) as Rows<'orders'>;
const MONTH = 30.436875; // days in an average Gregorian month

/*
 * Worked by hand, 2024 (`to` 2025-01-01). Tenure = days from first purchase to last interaction:
 *   A  Jan 1 +600, Jul 1 +400; email Dec 31      365 days, revenue 1000
 *   B  Jun 1 +5000                                 0 days, revenue 5000
 *   C  Mar 1 +300; survey Sep 1                   184 days, revenue  300
 *   D  Feb 1 +250, refund Mar 1 −50; ticket Nov 1 274 days, revenue  200
 *   E  Oct 1 +100; email Oct 15                    14 days, revenue  100
 * Medians: tenure 184 days (C), revenue 300 (C): C sits on both and counts as high on both.
 *   A true friend, B butterfly, C true friend, D barnacle, E stranger; revenue 6600.
 * Regularity (months with a purchase / months from the first's through December):
 *   A 2/12, B 1/7, C 1/10, D 1/11 (a refund is no purchase), E 1/3 → median 1/7 (B).
 */
const orders = [
  order('A', '2024-01-01', 600, 300), order('A', '2024-07-01', 400, 100), order('B', '2024-06-01', 5000, 4900),
  order('C', '2024-03-01', 300, 100), order('D', '2024-02-01', 250, 150), order('D', '2024-03-01', -50), order('E', '2024-10-01', 100, 20),
];
const accounts = ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, segment: id < 'C' ? 'SMB' : 'Enterprise', owner: id === 'A' ? 'Ann' : 'Bo', createdAt: '2023-06-01' })) as Rows<'accounts'>[];
const contacts = {
  activities: [{ id: 'x1', accountId: 'A', at: '2024-12-31', type: 'email', direction: 'inbound' }, { id: 'x2', accountId: 'E', at: '2024-10-15', type: 'email', direction: 'outbound' }] as Rows<'activities'>[],
  surveys: [{ at: '2024-09-01', kind: 'nps', score: 7, accountId: 'C' }] as Rows<'surveys'>[],
  tickets: [{ id: 't1', accountId: 'D', openedAt: '2024-11-01', contacts: 2 }] as Rows<'tickets'>[],
};
const withoutCosts = dataset({ accounts, orders: orders.map(({ cost: _, ...o }) => o), ...contacts });
const withCosts = dataset({ accounts, orders, ...contacts });
const year = { to: '2025-01-01' };
const groupOf = (result: { customers: { accountId: string; group: string }[] }) => Object.fromEntries(result.customers.map((c) => [c.accountId, c.group]));

describe('relationship-groups', () => {
  it('splits tenure and revenue at their medians; a value on the median counts as high (worked by hand)', () => {
    const result = computeMetric('relationship-groups', withoutCosts, year);
    expect(result.axes).to.deep.equal({ loyalty: 'tenure', profitability: 'revenue', per: 'total' });
    expect(result.thresholds).to.deep.equal({ loyalty: 184 / MONTH, profitability: 300 });
    expect(result.customers).to.deep.equal([
      { accountId: 'A', loyalty: 365 / MONTH, profitability: 1000, group: 'true-friends' },
      { accountId: 'B', loyalty: 0, profitability: 5000, group: 'butterflies' },
      { accountId: 'C', loyalty: 184 / MONTH, profitability: 300, group: 'true-friends' },
      { accountId: 'D', loyalty: 274 / MONTH, profitability: 200, group: 'barnacles' },
      { accountId: 'E', loyalty: 14 / MONTH, profitability: 100, group: 'strangers' },
    ]);
    expect(result.groups).to.deep.equal({
      strangers: { count: 1, revenue: 100, share: 100 / 6600, strategy: RELATIONSHIP_STRATEGIES.strangers },
      butterflies: { count: 1, revenue: 5000, share: 5000 / 6600, strategy: RELATIONSHIP_STRATEGIES.butterflies },
      barnacles: { count: 1, revenue: 200, share: 200 / 6600, strategy: RELATIONSHIP_STRATEGIES.barnacles },
      'true-friends': { count: 2, revenue: 1300, share: 1300 / 6600, strategy: RELATIONSHIP_STRATEGIES['true-friends'] },
    });
  });

  it("carries the seed's strategy for each group", () => {
    expect(RELATIONSHIP_STRATEGIES.strangers).to.match(/^Invest nothing/);
    expect(RELATIONSHIP_STRATEGIES.butterflies).to.match(/^Enjoy them while they last.*stop investing/);
    expect(RELATIONSHIP_STRATEGIES.barnacles).to.match(/Sell more to them.*lower the cost of serving them/);
    expect(RELATIONSHIP_STRATEGIES['true-friends']).to.match(/^Keep investing.*true believers/);
  });

  it('loyalty regularity: the share of months since the first purchase with a purchase', () => {
    const result = computeMetric('relationship-groups', withoutCosts, { ...year, loyalty: 'regularity' });
    expect(result.axes.loyalty).to.equal('regularity');
    expect(result.thresholds.loyalty).to.equal(1 / 7);
    expect(result.customers.map((c) => [c.accountId, c.loyalty])).to.deep.equal([['A', 2 / 12], ['B', 1 / 7], ['C', 1 / 10], ['D', 1 / 11], ['E', 1 / 3]]);
    expect(groupOf(result)).to.deep.equal({ A: 'true-friends', B: 'true-friends', C: 'butterflies', D: 'strangers', E: 'barnacles' });
  });

  it('profitability auto: margin when every purchase has a cost, revenue otherwise; margin refused without costs', () => {
    // Margins: A 1000 − 400 = 600, B 100, C 200, D 250 − 150 − 50 (refund, no cost) = 50, E 80 → median 100.
    const margin = computeMetric('relationship-groups', withCosts, year);
    expect(margin.axes.profitability).to.equal('margin');
    expect(margin.customers.map((c) => c.profitability)).to.deep.equal([600, 100, 200, 50, 80]);
    expect(margin.thresholds.profitability).to.equal(100);
    expect(margin.groups['true-friends'].revenue).to.equal(1300); // groups still report revenue
    expect(computeMetric('relationship-groups', withCosts, { ...year, profitability: 'revenue' }).axes.profitability).to.equal('revenue');
    expect(() => computeMetric('relationship-groups', withoutCosts, { ...year, profitability: 'margin' })).to.throw(RangeError, /profitability "margin" needs a cost on every purchase \(6 purchases in scope have no cost\)/);
  });

  it('per year divides by the years of tenure, at least a month', () => {
    const result = computeMetric('relationship-groups', withoutCosts, { ...year, per: 'year' });
    expect(result.axes.per).to.equal('year');
    const perYear = (revenue: number, days: number) => revenue / (Math.max(1, days / MONTH) / 12);
    expect(result.customers.map((c) => c.profitability)).to.deep.equal([perYear(1000, 365), perYear(5000, 0), perYear(300, 184), perYear(200, 274), perYear(100, 14)]);
    expect(result.customers[1]!.profitability).to.be.closeTo(5000 * 12, 1e-6); // B: one day counts as a month
  });

  it('threshold mean, or fixed thresholds', () => {
    // Mean tenure 837 / 5 = 167.4 days, mean revenue 1320: only B is profitable.
    const mean = computeMetric('relationship-groups', withoutCosts, { ...year, threshold: 'mean' });
    expect(mean.thresholds.loyalty).to.be.closeTo(167.4 / MONTH, 1e-12);
    expect(mean.thresholds.profitability).to.equal(1320);
    expect(groupOf(mean)).to.deep.equal({ A: 'barnacles', B: 'butterflies', C: 'barnacles', D: 'barnacles', E: 'strangers' });
    const fixed = computeMetric('relationship-groups', withoutCosts, { ...year, loyaltyThreshold: 6, profitabilityThreshold: 1000 });
    expect(fixed.thresholds).to.deep.equal({ loyalty: 6, profitability: 1000 });
    expect(groupOf(fixed)).to.deep.equal({ A: 'true-friends', B: 'butterflies', C: 'barnacles', D: 'barnacles', E: 'strangers' });
  });

  it('takes the customers who bought in [from, to), their loyalty from the whole history', () => {
    const result = computeMetric('relationship-groups', withoutCosts, { from: '2024-06-01', to: '2025-01-01' });
    expect(result.customers.map((c) => [c.accountId, c.loyalty, c.profitability])).to.deep.equal([['A', 365 / MONTH, 400], ['B', 0, 5000], ['E', 14 / MONTH, 100]]);
  });

  it('filters customers by their account segment and owner', () => {
    expect(computeMetric('relationship-groups', withoutCosts, { ...year, segment: 'SMB' }).customers.map((c) => c.accountId)).to.deep.equal(['A', 'B']);
    expect(computeMetric('relationship-groups', withoutCosts, { ...year, owner: 'Bo' }).customers.map((c) => c.accountId)).to.deep.equal(['B', 'C', 'D', 'E']);
    expect(computeMetric('relationship-groups', withoutCosts, { ...year, owner: 'Nobody' }).customers).to.deep.equal([]);
  });

  it('reads won deals as revenue when the dataset has no orders', () => {
    const won = (id: string, accountId: string, closedAt: string, amount: number) => ({ id, accountId, amount, createdAt: '2024-01-01', closedAt, outcome: 'won', stage: 'Lead' }) as Rows<'deals'>;
    const d = dataset({ deals: [won('d1', 'X', '2024-01-10', 100), won('d2', 'X', '2024-04-10', 100), won('d3', 'Y', '2024-02-01', 900)] });
    const result = computeMetric('relationship-groups', d);
    expect(result.axes.profitability).to.equal('revenue');
    expect(result.customers.map((c) => [c.accountId, c.profitability, c.group])).to.deep.equal([['X', 200, 'barnacles'], ['Y', 900, 'butterflies']]);
    expect(() => computeMetric('relationship-groups', d, { profitability: 'margin' })).to.throw(RangeError, /won deals carry no cost/);
  });

  it('is empty for an empty dataset; one customer is a true friend of itself', () => {
    const empty = { count: 0, revenue: 0, share: null };
    const result = computeMetric('relationship-groups', dataset({}));
    expect(result.thresholds).to.deep.equal({ loyalty: null, profitability: null });
    expect(result.customers).to.deep.equal([]);
    expect(result.groups.strangers).to.include(empty);
    expect(result.groups['true-friends']).to.include(empty);
    const one = computeMetric('relationship-groups', dataset({ orders: [order('X', '2024-05-05', 40)] }));
    expect(one.customers).to.deep.equal([{ accountId: 'X', loyalty: 0, profitability: 40, group: 'true-friends' }]);
    expect(one.groups['true-friends']).to.include({ count: 1, revenue: 40, share: 1 });
  });

  it('refuses unknown axes and thresholds', () => {
    expect(() => computeMetric('relationship-groups', withoutCosts, { loyalty: 'love' })).to.throw(RangeError, 'unknown loyalty for relationship-groups: "love" (expected one of "tenure", "regularity")');
    expect(() => computeMetric('relationship-groups', withoutCosts, { profitability: 'profit' })).to.throw(RangeError, /unknown profitability/);
    expect(() => computeMetric('relationship-groups', withoutCosts, { per: 'month' })).to.throw(RangeError, /unknown per/);
    expect(() => computeMetric('relationship-groups', withoutCosts, { threshold: 'mode' })).to.throw(RangeError, /unknown threshold/);
    expect(() => computeMetric('relationship-groups', withoutCosts, { loyaltyThreshold: 'high' })).to.throw(RangeError, /invalid loyaltyThreshold/);
  });
});
