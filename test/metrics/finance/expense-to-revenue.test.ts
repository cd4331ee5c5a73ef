import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeMetric } from '../../../src/metrics/index.js';
import { account, cost, dataset, generatedDataset, order, SEGMENTS, wonDeal } from '../revenue/dataset-helpers.js';

/*
 * January 2024: costs sales 300 + marketing 200 + retention 100 + service 400 = 1000 (the 5000
 * of February left out); revenue 2500 − 500 refunded = 2000 (the 9000 of February left out).
 * Ratio 1000 / 2000 = 0.5. Marketing alone 200 / 2000 = 0.1; sales and marketing 0.25.
 */
const d = dataset({
  accounts: [account('x', { segment: 'SMB' }), account('y', { segment: 'Enterprise' })],
  orders: [order('x', '2024-01-05', 1500), order('y', '2024-01-06', 1000), order('x', '2024-01-20', -500), order('y', '2024-02-01', 9000)],
  costs: [cost('sales', '2024-01-01', 300), cost('marketing', '2024-01-02', 200), cost('retention', '2024-01-03', 100), cost('service', '2024-01-31T23:59:59Z', 400), cost('sales', '2024-02-01', 5000)],
  deals: [wonDeal('x', '2024-01-10', 100_000)],
});
const january = { from: '2024-01-01', to: '2024-02-01' };

describe('expense-to-revenue', () => {
  it('is costs / revenue net of refunds, on orders when the dataset has them (hand-computed)', () => {
    expect(computeMetric('expense-to-revenue', d, january)).to.deep.equal({ value: 0.5, numerator: 1000, denominator: 2000, unit: 'ratio', definition: 'orders' });
  });

  it('restricts costs to the `category` option: one, a comma list or an array', () => {
    expect(computeMetric('expense-to-revenue', d, { ...january, category: 'marketing' })).to.include({ value: 0.1, numerator: 200 });
    expect(computeMetric('expense-to-revenue', d, { ...january, category: 'sales,marketing' })).to.include({ value: 0.25, numerator: 500 });
    expect(computeMetric('expense-to-revenue', d, { ...january, category: ['retention', 'service'] })).to.include({ value: 0.25, numerator: 500 });
    expect(computeMetric('expense-to-revenue', d, { ...january, category: 'all' })).to.include({ numerator: 1000 });
  });

  it('throws on an unknown category, listing the valid ones', () => {
    expect(() => computeMetric('expense-to-revenue', d, { category: 'travel' })).to.throw(RangeError, 'unknown category for expense-to-revenue: "travel" (expected one of "sales", "marketing", "retention", "service")');
    expect(() => computeMetric('expense-to-revenue', d, { category: ['sales', 'rent'] })).to.throw(RangeError, /unknown category for expense-to-revenue: "rent"/);
    expect(() => computeMetric('expense-to-revenue', d, { category: [] })).to.throw(RangeError, /invalid category/);
  });

  it('uses won deals by closedAt when there are no orders, or when the definition asks', () => {
    const pipeline = dataset({ deals: [wonDeal(undefined, '2024-01-10', 4000), wonDeal(undefined, '2024-02-10', 4000)], costs: [cost('sales', '2024-01-01', 1000)] });
    expect(computeMetric('expense-to-revenue', pipeline, january)).to.deep.equal({ value: 0.25, numerator: 1000, denominator: 4000, unit: 'ratio', definition: 'won-deals' });
    expect(computeMetric('expense-to-revenue', d, { ...january, definition: 'won-deals' })).to.include({ value: 0.01, denominator: 100_000, definition: 'won-deals' });
  });

  it('uses subscription amounts earned in the range when there are subscriptions and no orders', () => {
    // 1000 a month from 2024-01-01, open; the data ends 2024-02-10 (the cost): January 1000,
    // February 9 of its 29 days. Costs 500 in January, 90 in February.
    const subscribed = dataset({
      subscriptions: [{ id: 's', accountId: 'y', start: '2024-01-01', amount: 1000 }],
      costs: [cost('sales', '2024-01-01', 500), cost('sales', '2024-02-10', 90)],
      deals: [wonDeal('y', '2024-01-01', 12_000)],
    });
    expect(computeMetric('expense-to-revenue', subscribed, january)).to.deep.equal({ value: 0.5, numerator: 500, denominator: 1000, unit: 'ratio', definition: 'subscriptions' });
    const february = computeMetric('expense-to-revenue', subscribed, { from: '2024-02-01', to: '2024-03-01' });
    expect(february.denominator).to.be.closeTo((1000 * 9) / 29, 1e-9);
    expect(february.value).to.be.closeTo(90 / ((1000 * 9) / 29), 1e-12);
    expect(computeMetric('expense-to-revenue', subscribed, { ...january, definition: 'won-deals' })).to.include({ denominator: 12_000 });
  });

  it('is null without revenue: empty dataset, costs alone, refunds exceeding purchases', () => {
    expect(computeMetric('expense-to-revenue', dataset({}))).to.include({ value: null, numerator: 0, denominator: 0 });
    expect(computeMetric('expense-to-revenue', dataset({ costs: [cost('sales', '2024-01-01', 10)] }))).to.include({ value: null, numerator: 10 });
    expect(computeMetric('expense-to-revenue', dataset({ orders: [order('x', '2024-01-01', 10), order('x', '2024-01-02', -30)] }))).to.include({ value: null, denominator: -20 });
    expect(computeMetric('expense-to-revenue', dataset({ orders: [order('x', '2024-01-01', 10)] }))).to.include({ value: 0, denominator: 10 });
  });

  it('filters the revenue by segment; costs, which have no segment, stay whole', () => {
    expect(computeMetric('expense-to-revenue', d, { ...january, segment: 'SMB' })).to.include({ numerator: 1000, denominator: 1000, value: 1 });
    expect(computeMetric('expense-to-revenue', d, { ...january, segment: 'Enterprise' })).to.include({ numerator: 1000, denominator: 1000, value: 1 });
  });

  it('adds a series per period', () => {
    const { series } = computeMetric('expense-to-revenue', d, { from: '2024-01-01', to: '2024-03-01', period: 'month' });
    expect(series).to.deep.equal([
      { start: '2024-01-01', value: 0.5, numerator: 1000, denominator: 2000 },
      { start: '2024-02-01', value: 5000 / 9000, numerator: 5000, denominator: 9000 },
    ]);
  });

  it('on generated data: ≥ 0 or null; costs split by category and revenue by segment add up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 * 365 }), fc.integer({ min: 1, max: 400 }), (seed, fromDay, days) => {
        const data = generatedDataset(seed);
        const from = Date.UTC(2022, 0, 1) + fromDay * 86_400_000;
        const range = { from, to: from + days * 86_400_000 };
        const all = computeMetric('expense-to-revenue', data, range);
        if (all.value !== null) expect(all.value).to.be.at.least(0);
        const byCategory = (['sales', 'marketing', 'retention', 'service'] as const).map((category) => computeMetric('expense-to-revenue', data, { ...range, category }).numerator as number);
        expect(byCategory.reduce((a, b) => a + b, 0)).to.be.closeTo(all.numerator as number, 1e-6);
        const bySegment = SEGMENTS.map((segment) => computeMetric('expense-to-revenue', data, { ...range, segment }).denominator as number);
        expect(bySegment.reduce((a, b) => a + b, 0)).to.be.closeTo(all.denominator as number, 1e-6);
      }),
      { seed: 5, numRuns: 12 },
    );
  });
});
