import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/schema/index.js';

type Rows<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>;
const dataset = (input: DatasetInput): Dataset => parseDataset(input, { mode: 'strict' }).dataset;
const Y = 365.25 * 86_400_000;
const T0 = Date.UTC(2020, 0, 1);
let ids = 0;
const order = (accountId: string, years: number, amount: number): Rows<'orders'>[number] => ({ id: `o${++ids}`, accountId, at: T0 + years * Y, amount });

/**
 * lifetime-value.test.ts's three customers (historic LTV 2450 / 3 = 816.67, churn LTV 2450)
 * and 1000 of sales plus 500 of marketing cost: CAC = 1500 / 3 customers acquired = 500.
 * CLV : CAC = 1.633 (historic), 4.9 (churn).
 */
function withCosts(costs: Rows<'costs'> = [{ at: T0 + 0.5 * Y, category: 'sales', amount: 1000 }, { at: T0 + 0.5 * Y, category: 'marketing', amount: 500 }, { at: T0 + 0.5 * Y, category: 'retention', amount: 999 }]): Dataset {
  return dataset({
    accounts: [
      { id: 'a1', segment: 'SMB', createdAt: T0, churnedAt: T0 + 1.5 * Y },
      { id: 'a2', segment: 'SMB', createdAt: T0 },
      { id: 'a3', segment: 'Ent', createdAt: T0 },
    ],
    orders: [order('a1', 0, 100), order('a1', 0.5, 100), order('a1', 1, 100), order('a2', 1, 200), order('a2', 1.25, -50), order('a3', 0, 1000), order('a3', 2, 1000)],
    costs,
  });
}

describe('clv-cac-ratio', () => {
  it('is lifetime value over CAC, a multiple (not a fraction of one), in both definitions', () => {
    const d = withCosts();
    const historic = computeMetric('clv-cac-ratio', d);
    expect(historic).to.include({ unit: 'ratio', definition: 'historic', denominator: 500 });
    expect(historic.numerator).to.be.closeTo(2450 / 3, 1e-9);
    expect(historic.value).to.be.closeTo(2450 / 3 / 500, 1e-12);
    const churn = computeMetric('clv-cac-ratio', d, { definition: 'churn' });
    expect(churn.value).to.be.closeTo(4.9, 1e-12);
    expect(churn.value).to.be.above(1);
  });

  it('agrees with lifetime-value and cac computed on their own, filters and ranges included', () => {
    const d = withCosts();
    for (const options of [{}, { segment: 'SMB' }, { from: T0 + 0.25 * Y }, { definition: 'churn', segment: 'SMB' }]) {
      const clv = computeMetric('lifetime-value', d, options).value as number;
      const { definition: _ignored, ...cacOptions } = options as { definition?: string };
      const cac = computeMetric('cac', d, cacOptions).value as number;
      expect(computeMetric('clv-cac-ratio', d, options).value).to.be.closeTo(clv / cac, 1e-9);
    }
  });

  it('reads subscription amounts by the billing period it is told, as lifetime-value does', () => {
    // One account, one yearly term of 1200 (2023), 100 of marketing cost in 2023.
    const d = dataset({
      accounts: [{ id: 'a', createdAt: '2023-01-01' }],
      subscriptions: [{ id: 's', accountId: 'a', start: '2023-01-01', end: '2024-01-01', amount: 1200 }],
      costs: [{ at: '2023-06-01', category: 'marketing', amount: 100 }],
    });
    const clv = computeMetric('lifetime-value', d, { subscriptionPeriod: 'year' }).value as number;
    expect(clv).to.equal(1200);
    expect(computeMetric('clv-cac-ratio', d, { subscriptionPeriod: 'year' }).value).to.be.closeTo(clv / 100, 1e-12);
    // Read as monthly (the default), the same amount is twelve times the value.
    expect(computeMetric('clv-cac-ratio', d).value).to.be.closeTo(144, 1e-12);
  });

  it('is null when either side is: no acquisition cost, no customer, nobody lost (churn)', () => {
    expect(computeMetric('clv-cac-ratio', withCosts([])).value).to.equal(null);
    expect(computeMetric('clv-cac-ratio', dataset({}))).to.deep.equal({ value: null, unit: 'ratio', definition: 'historic' });
    // Ent never lost anyone: churn-based LTV is unbounded, the ratio null; its CAC still shows.
    expect(computeMetric('clv-cac-ratio', withCosts(), { segment: 'Ent', definition: 'churn' })).to.deep.equal({ value: null, denominator: 1500, unit: 'ratio', definition: 'churn' });
  });

  it('adds a series with period', () => {
    const { series } = computeMetric('clv-cac-ratio', withCosts(), { period: 'year' });
    // Only 2020 had acquisition costs, and all three customers were acquired in it.
    expect(series?.map((p) => p.start)).to.deep.equal(['2020-01-01', '2021-01-01']);
    expect(series?.[0]?.denominator).to.equal(500);
    expect(series?.[1]?.value).to.equal(null);
  });
});
