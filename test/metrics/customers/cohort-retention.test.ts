import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/schema/index.js';

type Rows<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>[number];
const dataset = (input: DatasetInput): Dataset => parseDataset(input, { mode: 'strict' }).dataset;
let rowId = 0;
const order = (accountId: string, at: string, amount: number): Rows<'orders'> => ({ id: `o${++rowId}`, accountId, at, amount }) as Rows<'orders'>;
const term = (accountId: string, start: string, end: string | undefined, amount: number): Rows<'subscriptions'> =>
  ({ id: `s${++rowId}`, accountId, start, ...(end ? { end } : {}), amount }) as Rows<'subscriptions'>;
const account = (id: string, segment: string, owner: string): Rows<'accounts'> => ({ id, segment, owner, createdAt: '2023-01-01' }) as Rows<'accounts'>;

/*
 * Worked by hand, months of 2024 (UTC):
 *   A  Jan 05 +100, Feb 10 +50, Mar 03 +30           cohort Jan
 *   B  Jan 20 +200, Feb 02 −40 (refund), Mar 15 +100  cohort Jan
 *   C  Feb 01 +80, Feb 20 +20, Mar 10 +60            cohort Feb
 *   D  Feb 28 +120                                   cohort Feb
 *   E  Mar 31 +50                                    cohort Mar
 *   G  Dec 15 2023 +70, Jan 10 +10, Feb 05 +10       cohort Dec 2023 (before `from` = Jan)
 * Customers, from Jan to Apr: Jan [A B, A, A B] = [2, 1, 2] (B's refund is no purchase);
 *   Feb [C D, C] = [2, 1]; Mar [E] = [1]. Average: [5/5, 2/4, 2/2] = [1, 0.5, 1].
 * Revenue: Jan [300, 50 − 40 = 10, 30 + 100 = 130]; Feb [80 + 20 + 120 = 220, 60]; Mar [50].
 *   Rates: Jan [1, 10/300, 130/300], Feb [1, 60/220], Mar [1].
 *   Average: [1, (10 + 60)/(300 + 220), 130/300].
 */
const accounts = [account('A', 'SMB', 'Ann'), account('B', 'Enterprise', 'Bo'), account('C', 'SMB', 'Bo'), account('D', 'Enterprise', 'Ann'), account('E', 'Enterprise', 'Ann'), account('G', 'SMB', 'Ann')];
const orders = [
  order('A', '2024-01-05', 100), order('A', '2024-02-10', 50), order('A', '2024-03-03', 30),
  order('B', '2024-01-20', 200), order('B', '2024-02-02', -40), order('B', '2024-03-15', 100),
  order('C', '2024-02-01', 80), order('C', '2024-02-20', 20), order('C', '2024-03-10', 60),
  order('D', '2024-02-28', 120), order('E', '2024-03-31', 50),
  order('G', '2023-12-15', 70), order('G', '2024-01-10', 10), order('G', '2024-02-05', 10),
];
const shop = dataset({ accounts, orders });
const quarter = { from: '2024-01-01', to: '2024-04-01' };

describe('cohort-retention', () => {
  it('counts distinct active customers per cohort and offset (worked by hand)', () => {
    expect(computeMetric('cohort-retention', shop, quarter)).to.deep.equal({
      period: 'month', basis: 'customers', source: 'orders',
      cohorts: [
        { start: '2024-01-01', startIndex: 0, size: 2, counts: [2, 1, 2], rates: [1, 0.5, 1] },
        { start: '2024-02-01', startIndex: 1, size: 2, counts: [2, 1], rates: [1, 0.5] },
        { start: '2024-03-01', startIndex: 2, size: 1, counts: [1], rates: [1] },
      ],
      average: [1, 0.5, 1],
      incomplete: [null, null, null],
    });
  });

  it('basis revenue: net revenue per offset, a refund in the period of its own date, over offset 0', () => {
    const result = computeMetric('cohort-retention', shop, { ...quarter, basis: 'revenue' });
    expect(result.basis).to.equal('revenue');
    expect(result.cohorts.map((c) => [c.size, c.counts, c.rates])).to.deep.equal([
      [2, [300, 10, 130], [1, 10 / 300, 130 / 300]],
      [2, [220, 60], [1, 60 / 220]],
      [1, [50], [1]],
    ]);
    expect(result.average).to.deep.equal([1, 70 / 520, 130 / 300]);
  });

  it('a revenue rate may exceed 1 and is null over a cohort without revenue at first', () => {
    const d = dataset({ orders: [order('X', '2024-01-10', 100), order('X', '2024-01-11', -100), order('X', '2024-02-10', 50), order('Y', '2024-02-01', 10), order('Y', '2024-03-01', 30)] });
    const { cohorts, average } = computeMetric('cohort-retention', d, { basis: 'revenue', to: '2024-04-01' });
    expect(cohorts.map((c) => c.rates)).to.deep.equal([[null, null, null], [1, 3]]);
    expect(average).to.deep.equal([1, 3, null]); // X's cohort has no base: left out, so offset 2 has no average
  });

  it('keeps a customer whose first purchase is before `from` out of every cohort', () => {
    const all = computeMetric('cohort-retention', shop, { to: '2024-04-01' });
    expect(all.cohorts.map((c) => [c.start, c.size, c.counts])).to.deep.equal([
      ['2023-12-01', 1, [1, 1, 1, 0]],
      ['2024-01-01', 2, [2, 1, 2]],
      ['2024-02-01', 2, [2, 1]],
      ['2024-03-01', 1, [1]],
    ]);
    const inRange = computeMetric('cohort-retention', shop, quarter);
    expect(inRange.cohorts.map((c) => c.size)).to.deep.equal([2, 2, 1]); // G bought in Jan and Feb, but first in Dec
    const mid = computeMetric('cohort-retention', shop, { from: '2024-01-15', to: '2024-04-01' });
    expect(mid.cohorts.map((c) => [c.start, c.size])).to.deep.equal([['2024-01-01', 1], ['2024-02-01', 2], ['2024-03-01', 1]]); // A first bought on Jan 5
  });

  it('groups by ISO week (Mondays), leaves weeks without new customers out and says where each cohort sits', () => {
    // 2020-12-31 and 2021-01-03 are in 2020-W53 (Mon 2020-12-28); 01-04…01-10 W01; 01-11… W02; 01-18… W03.
    const d = dataset({ orders: [
      order('X', '2020-12-31', 10), order('X', '2021-01-05', 10), order('Y', '2021-01-03', 10), order('Y', '2021-01-11', 10),
      order('Z', '2021-01-04', 10), order('V', '2021-01-19', 10),
    ] });
    const result = computeMetric('cohort-retention', d, { period: 'week', to: '2021-01-25' });
    expect(result.cohorts).to.deep.equal([
      { start: '2020-12-28', startIndex: 0, size: 2, counts: [2, 1, 1, 0], rates: [1, 0.5, 0.5, 0] },
      { start: '2021-01-04', startIndex: 1, size: 1, counts: [1, 0, 0], rates: [1, 0, 0] },
      { start: '2021-01-18', startIndex: 3, size: 1, counts: [1], rates: [1] },
    ]);
    expect(result.average).to.deep.equal([1, 1 / 3, 1 / 3, 0]);
  });

  it('groups by quarter', () => {
    const { cohorts } = computeMetric('cohort-retention', shop, { ...quarter, period: 'quarter' });
    expect(cohorts).to.deep.equal([{ start: '2024-01-01', startIndex: 0, size: 5, counts: [5], rates: [1] }]);
  });

  it('buckets in the time zone asked for', () => {
    const d = dataset({ orders: [order('X', '2024-01-31T23:30:00Z', 10), order('Y', '2024-01-31T22:30:00Z', 10)] });
    expect(computeMetric('cohort-retention', d, { timeZone: 'Europe/Berlin' }).cohorts.map((c) => [c.start, c.size])).to.deep.equal([['2024-01-01', 1], ['2024-02-01', 1]]);
    expect(computeMetric('cohort-retention', d).cohorts.map((c) => [c.start, c.size])).to.deep.equal([['2024-01-01', 2]]);
  });

  it('marks the offset still running when the data ends inside the last period', () => {
    // Without `to`, observation ends at E's order on Mar 31: March is not over.
    expect(computeMetric('cohort-retention', shop, { from: '2024-01-01' }).incomplete).to.deep.equal([2, 1, 0]);
    // `to` inside March cuts it short; `to` at April 1 closes it; `to` past the data falls back on the data's end.
    expect(computeMetric('cohort-retention', shop, { from: '2024-01-01', to: '2024-03-20' }).incomplete).to.deep.equal([2, 1]); // E's Mar 31 is after `to`
    expect(computeMetric('cohort-retention', shop, { from: '2024-01-01', to: '2024-04-01' }).incomplete).to.deep.equal([null, null, null]);
    const late = computeMetric('cohort-retention', shop, { from: '2024-01-01', to: '2025-01-01' });
    expect(late.cohorts[0]!.counts).to.have.length(3); // no empty months after the data
    expect(late.incomplete).to.deep.equal([2, 1, 0]);
  });

  it('maxPeriods caps the offsets, and the running offset past the cap is not reported', () => {
    const result = computeMetric('cohort-retention', shop, { from: '2024-01-01', maxPeriods: 2 });
    expect(result.cohorts.map((c) => c.counts)).to.deep.equal([[2, 1], [2, 1], [1]]);
    expect(result.average).to.deep.equal([1, 0.5]);
    expect(result.incomplete).to.deep.equal([null, 1, 0]);
  });

  it('uses subscriptions when the dataset has no orders: a term covers every period it touches', () => {
    // P: Jan 15 – Mar 15 covers Jan, Feb, Mar. Q: Feb 1 – Mar 1 covers Feb only, then a term from Mar 20.
    const d = dataset({ subscriptions: [term('P', '2024-01-15', '2024-03-15', 100), term('Q', '2024-02-01', '2024-03-01', 50), term('Q', '2024-03-20', undefined, 60)] });
    const result = computeMetric('cohort-retention', d, { to: '2024-04-01' });
    expect(result.source).to.equal('subscriptions');
    expect(result.cohorts.map((c) => [c.start, c.counts])).to.deep.equal([['2024-01-01', [1, 1, 1]], ['2024-02-01', [1, 1]]]);
    // Revenue: each term's amount in the period it starts.
    const revenue = computeMetric('cohort-retention', d, { to: '2024-04-01', basis: 'revenue' });
    expect(revenue.cohorts.map((c) => [c.counts, c.rates])).to.deep.equal([[[100, 0, 0], [1, 0, 0]], [[50, 60], [1, 1.2]]]);
    expect(computeMetric('cohort-retention', d, { source: 'orders' }).cohorts).to.deep.equal([]);
  });

  it('source orders ignores subscriptions, and source subscriptions ignores orders', () => {
    const d = dataset({ orders: [order('A', '2024-01-05', 10)], subscriptions: [term('B', '2024-02-01', undefined, 10)] });
    expect(computeMetric('cohort-retention', d).cohorts.map((c) => c.start)).to.deep.equal(['2024-01-01']);
    expect(computeMetric('cohort-retention', d, { source: 'subscriptions' }).cohorts.map((c) => c.start)).to.deep.equal(['2024-02-01']);
  });

  it('filters customers by their account segment and owner', () => {
    const smb = computeMetric('cohort-retention', shop, { ...quarter, segment: 'SMB' });
    expect(smb.cohorts.map((c) => [c.start, c.counts])).to.deep.equal([['2024-01-01', [1, 1, 1]], ['2024-02-01', [1, 1]]]);
    const ann = computeMetric('cohort-retention', shop, { ...quarter, owner: 'Ann' });
    expect(ann.cohorts.map((c) => [c.start, c.counts])).to.deep.equal([['2024-01-01', [1, 1, 1]], ['2024-02-01', [1, 0]], ['2024-03-01', [1]]]);
    expect(computeMetric('cohort-retention', shop, { segment: 'Nobody' }).cohorts).to.deep.equal([]);
  });

  it('is empty for an empty dataset, and one purchase is one cohort of one', () => {
    expect(computeMetric('cohort-retention', dataset({}))).to.deep.equal({ period: 'month', basis: 'customers', source: 'orders', cohorts: [], average: [], incomplete: [] });
    expect(computeMetric('cohort-retention', dataset({ orders: [order('A', '2024-05-05', 10)] }))).to.deep.equal({
      period: 'month', basis: 'customers', source: 'orders',
      cohorts: [{ start: '2024-05-01', startIndex: 0, size: 1, counts: [1], rates: [1] }],
      average: [1],
      incomplete: [0],
    });
    expect(computeMetric('cohort-retention', dataset({ orders: [order('A', '2024-05-05', -10)] })).cohorts).to.deep.equal([]); // a refund is no purchase
    expect(computeMetric('cohort-retention', shop, { from: '2030-01-01' }).cohorts).to.deep.equal([]);
  });

  it('refuses an unknown basis, source or period and a bad maxPeriods', () => {
    expect(() => computeMetric('cohort-retention', shop, { basis: 'value' })).to.throw(RangeError, 'unknown basis for cohort-retention: "value" (expected one of "customers", "revenue")');
    expect(() => computeMetric('cohort-retention', shop, { source: 'deals' })).to.throw(RangeError, /unknown source for cohort-retention: "deals"/);
    expect(() => computeMetric('cohort-retention', shop, { period: 'day' })).to.throw(RangeError, 'unknown period for cohort-retention: "day" (expected one of "month", "week", "quarter")');
    expect(() => computeMetric('cohort-retention', shop, { maxPeriods: 0 })).to.throw(RangeError, /invalid maxPeriods/);
    expect(() => computeMetric('cohort-retention', shop, { maxPeriods: 1.5 })).to.throw(RangeError, /invalid maxPeriods/);
    expect(() => computeMetric('cohort-retention', shop, { layout: 'calendar' })).to.throw(RangeError, /unknown option for cohort-retention: "layout"/);
  });
});
