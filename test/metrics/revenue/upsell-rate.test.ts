import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { account, dataset, deal, order, subscription, wonDeal } from './dataset-helpers.js';

/*
 * In [2024-01-01, 2024-04-01):
 * A: a purchase (Jan 10) and a won upsell (Feb 1)          → active, expanded
 * B: an open subscription, a won cross-sell Mar 31 23:59:59 → active, expanded (the deal's owner is Cy)
 * C: a subscription ending exactly at `from`                → not active
 * D: a won `new` deal (Mar 1)                               → active
 * E: a won upsell closed exactly at `to`, a refund in range → not active
 * F: a subscription starting Mar 15                         → active
 * G: a purchase before the range and a lost upsell in it    → not active
 * upsell-rate = 2 / 4.
 */
const d = dataset({
  accounts: [
    account('A', { segment: 'SMB', owner: 'Ann' }), account('B', { segment: 'SMB', owner: 'Ann' }), account('C', { segment: 'SMB', owner: 'Ann' }),
    account('D', { segment: 'Enterprise', owner: 'Bo' }), account('E', { segment: 'Enterprise', owner: 'Bo' }), account('F', { segment: 'Enterprise', owner: 'Bo' }),
    account('G', { segment: 'Enterprise', owner: 'Bo' }),
  ],
  orders: [order('A', '2024-01-10', 100), order('E', '2024-02-01', -20), order('G', '2023-12-31', 50)],
  subscriptions: [subscription('B', '2023-06-01'), subscription('C', '2023-01-01', '2024-01-01'), subscription('F', '2024-03-15')],
  deals: [
    wonDeal('A', '2024-02-01', 300, { kind: 'upsell' }), wonDeal('B', '2024-03-31T23:59:59Z', 200, { kind: 'cross-sell', owner: 'Cy' }),
    wonDeal('D', '2024-03-01', 900, { kind: 'new' }), wonDeal('E', '2024-04-01', 100, { kind: 'upsell' }), deal('G', 'lost', '2024-02-01', 80, { kind: 'upsell' }),
  ],
});
const range = { from: '2024-01-01', to: '2024-04-01' };

describe('upsell-rate', () => {
  it('is customers with a won upsell or cross-sell / active customers (hand-computed)', () => {
    expect(computeMetric('upsell-rate', d, range)).to.deep.equal({ value: 0.5, numerator: 2, denominator: 4, unit: 'ratio', definition: 'upsell-or-cross-sell' });
  });

  it('over all the data, counts every customer as active', () => {
    // Customers: A, B, C, D, E (its upsell of Apr 1 is won), F, G (a purchase); expanded A, B, E.
    expect(computeMetric('upsell-rate', d)).to.include({ numerator: 3, denominator: 7 });
  });

  it('is null over an empty base; a one-row dataset has one active customer and no upsell', () => {
    expect(computeMetric('upsell-rate', dataset({}))).to.include({ value: null, numerator: 0, denominator: 0 });
    expect(computeMetric('upsell-rate', d, { from: '2020-01-01', to: '2021-01-01' })).to.include({ value: null, denominator: 0 });
    // B's and F's subscriptions never end: they stay active customers, years on.
    expect(computeMetric('upsell-rate', d, { from: '2030-01-01', to: '2031-01-01' })).to.include({ value: 0, denominator: 2 });
    expect(computeMetric('upsell-rate', dataset({ orders: [order('x', '2024-01-01', 10)] }))).to.include({ value: 0, numerator: 0, denominator: 1 });
    expect(computeMetric('upsell-rate', dataset({ deals: [wonDeal('x', '2024-01-01', 10, { kind: 'upsell' })] }))).to.include({ value: 1, numerator: 1, denominator: 1 });
  });

  it("filters by segment through the account and by a deal's own owner", () => {
    expect(computeMetric('upsell-rate', d, { ...range, segment: 'SMB' })).to.include({ numerator: 2, denominator: 2 });
    expect(computeMetric('upsell-rate', d, { ...range, segment: 'Enterprise' })).to.include({ numerator: 0, denominator: 2 });
    // Ann: A (all hers) and B's subscription; B's cross-sell is Cy's deal.
    expect(computeMetric('upsell-rate', d, { ...range, owner: 'Ann' })).to.include({ numerator: 1, denominator: 2 });
    expect(computeMetric('upsell-rate', d, { ...range, owner: 'Cy' })).to.include({ numerator: 1, denominator: 1 });
  });

  it('adds a series per period', () => {
    // Jan: A (purchase), B (subscription). Feb: A upsells, B. Mar: B cross-sells, D, F.
    const { series } = computeMetric('upsell-rate', d, { ...range, period: 'month' });
    expect(series).to.deep.equal([
      { start: '2024-01-01', value: 0, numerator: 0, denominator: 2 },
      { start: '2024-02-01', value: 0.5, numerator: 1, denominator: 2 },
      { start: '2024-03-01', value: 1 / 3, numerator: 1, denominator: 3 },
    ]);
  });
});
