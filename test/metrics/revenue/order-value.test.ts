import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { account, dataset, order } from './dataset-helpers.js';

/*
 * In January 2024: purchases 100 (2 items), 300 (4 items), 200 (items unknown); refunds −50 and
 * −25; an order of 0 (neither). The 1000 of Feb 1 is outside.
 * Average 600 / 3 = 200; items per order (2 + 4) / 2 = 3; refunds 2 for 75.
 */
const d = dataset({
  accounts: [account('x', { segment: 'SMB', owner: 'Ann' }), account('y', { segment: 'Enterprise', owner: 'Bo' })],
  orders: [
    order('x', '2024-01-02', 100, { items: 2 }), order('x', '2024-01-03', 300, { items: 4 }), order('y', '2024-01-04', 200),
    order('y', '2024-01-05', -50), order('x', '2024-01-06', -25), order('y', '2024-01-07', 0), order('y', '2024-02-01', 1000, { items: 1 }),
  ],
});
const january = { from: '2024-01-01', to: '2024-02-01' };

describe('order-value', () => {
  it('is the mean purchase amount, with orders, revenue, items per order and refunds (hand-computed)', () => {
    expect(computeMetric('order-value', d, january)).to.deep.equal({
      value: 200, numerator: 600, denominator: 3, unit: 'currency', definition: 'mean-purchase',
      orders: 3, revenue: 600, itemsPerOrder: 3, refunds: { count: 2, amount: 75 },
    });
  });

  it('is null with no purchase: empty dataset, refunds only; a one-row dataset is that order', () => {
    const empty = { value: null, numerator: 0, denominator: 0, unit: 'currency', definition: 'mean-purchase', orders: 0, revenue: 0, itemsPerOrder: null, refunds: { count: 0, amount: 0 } };
    expect(computeMetric('order-value', dataset({}))).to.deep.equal(empty);
    expect(computeMetric('order-value', dataset({ orders: [order('x', '2024-01-01', -10)] }))).to.deep.equal({ ...empty, refunds: { count: 1, amount: 10 } });
    expect(computeMetric('order-value', dataset({ orders: [order('x', '2024-01-01', 80)] }))).to.include({ value: 80, orders: 1, itemsPerOrder: null });
  });

  it('filters by segment and owner through the account', () => {
    expect(computeMetric('order-value', d, { ...january, segment: 'SMB' })).to.deep.include({ value: 200, orders: 2, itemsPerOrder: 3, refunds: { count: 1, amount: 25 } });
    expect(computeMetric('order-value', d, { ...january, owner: 'Bo' })).to.deep.include({ value: 200, orders: 1, itemsPerOrder: null, refunds: { count: 1, amount: 50 } });
  });

  it('adds a series per period', () => {
    const { series } = computeMetric('order-value', d, { from: '2024-01-01', to: '2024-03-01', period: 'month' });
    expect(series).to.deep.equal([
      { start: '2024-01-01', value: 200, numerator: 600, denominator: 3 },
      { start: '2024-02-01', value: 1000, numerator: 1000, denominator: 1 },
    ]);
  });
});
