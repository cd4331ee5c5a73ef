import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { account, dataset, order, subscription, wonDeal, deal } from './dataset-helpers.js';

/*
 * A becomes a customer at its first purchase, 2023-03-10, and is new until 2024-03-10.
 * B became one at its subscription start, 2022-06-01, and is new until 2023-06-01.
 * C only has a refund: never a customer.
 *
 * In [2023-01-01, 2024-04-01): A 200 + 300 − 100 (refund) + 50 (2024-03-09) = 450, the 70 of
 * 2024-03-10 is past A's year; B 1000 (2023-01-15), its 500 of 2023-07-01 is past its year.
 * Total 1450.
 */
const orders = {
  accounts: [account('A', { segment: 'SMB', owner: 'Ann' }), account('B', { segment: 'Enterprise', owner: 'Bo' }), account('C', { segment: 'SMB', owner: 'Ann' })],
  orders: [
    order('A', '2023-03-10', 200), order('A', '2023-09-01', 300), order('A', '2023-10-01', -100), order('A', '2024-03-09', 50), order('A', '2024-03-10', 70),
    order('B', '2023-01-15', 1000), order('B', '2023-07-01', 500),
    order('C', '2023-05-01', -40),
  ],
  subscriptions: [subscription('B', '2022-06-01')],
};

describe('new-revenue', () => {
  const d = dataset(orders);
  const range = { from: '2023-01-01', to: '2024-04-01' };

  it('sums the revenue of customers in their first 12 months, refunds included (hand-computed)', () => {
    expect(computeMetric('new-revenue', d, range)).to.deep.equal({ value: 1450, unit: 'currency', definition: 'orders' });
    expect(computeMetric('new-revenue', d, { from: '2024-01-01', to: '2025-01-01' })).to.include({ value: 50 });
  });

  it('follows the `months` option: with 6, A is new until 2023-09-10 and B until 2022-12-01', () => {
    // A: 200 + 300 (Sep 1); the refund of Oct 1 is past it. B: nothing. Total 500.
    expect(computeMetric('new-revenue', d, { ...range, months: 6 })).to.include({ value: 500 });
    expect(computeMetric('new-revenue', d, { ...range, months: '6' })).to.include({ value: 500 });
  });

  it("window 'first-purchase': each customer's first purchase only (one-time sales)", () => {
    // A's first purchase 200 (2023-03-10), B's 1000 (2023-01-15).
    expect(computeMetric('new-revenue', d, { ...range, window: 'first-purchase' })).to.deep.equal({ value: 1200, unit: 'currency', definition: 'orders' });
    expect(computeMetric('new-revenue', d, { from: '2023-02-01', window: 'first-purchase' })).to.include({ value: 200 });
  });

  it("is the seed's first year of subscription sales: revenue after a customer's first year is not new", () => {
    const year = dataset({ subscriptions: [subscription('s', '2023-01-01')], orders: [order('s', '2023-12-31T23:59:59Z', 10), order('s', '2024-01-01', 20)] });
    expect(computeMetric('new-revenue', year)).to.include({ value: 10 });
  });

  it('uses won deals by closedAt when the definition asks, and names the basis in `definition`', () => {
    // P: customer since its won deal of 2023-02-01 (5000); 2024-01-15 (2000) is within the
    // year, 2024-02-01 (1000) is not. Q became a customer in 2021 through a subscription, so
    // its won deal is not new. A won deal without an account belongs to no customer.
    const rows = [wonDeal('P', '2023-02-01', 5000), wonDeal('P', '2024-01-15', 2000), wonDeal('P', '2024-02-01', 1000), wonDeal('Q', '2023-06-01', 800), deal('Q', 'lost', '2023-03-01', 50), wonDeal(undefined, '2023-03-01', 70)];
    const deals = dataset({ deals: rows, subscriptions: [subscription('Q', '2021-01-01')] });
    expect(computeMetric('new-revenue', deals, { definition: 'won-deals' })).to.deep.equal({ value: 7000, unit: 'currency', definition: 'won-deals' });
    expect(computeMetric('new-revenue', deals, { definition: 'won-deals', window: 'first-purchase' })).to.include({ value: 5800 });
    // Without the definition, subscriptions come before won deals: Q's 100 a month over its first 12 months.
    expect(computeMetric('new-revenue', deals)).to.deep.equal({ value: 1200, unit: 'currency', definition: 'subscriptions' });
    // Neither orders nor subscriptions: won deals. Q is then a customer since its won deal, 800 new.
    expect(computeMetric('new-revenue', dataset({ deals: rows }))).to.deep.equal({ value: 7800, unit: 'currency', definition: 'won-deals' });
  });

  it('takes the basis from `definition` when given, even where the dataset has orders', () => {
    const both = dataset({ orders: [order('x', '2024-01-01', 100)], deals: [wonDeal('x', '2024-02-01', 900)] });
    expect(computeMetric('new-revenue', both)).to.include({ value: 100, definition: 'orders' });
    expect(computeMetric('new-revenue', both, { definition: 'won-deals' })).to.include({ value: 900, definition: 'won-deals' });
  });

  it('is 0 on an empty dataset and the order itself on a one-row dataset', () => {
    expect(computeMetric('new-revenue', dataset({}))).to.deep.equal({ value: 0, unit: 'currency', definition: 'won-deals' });
    expect(computeMetric('new-revenue', dataset({ orders: [order('x', '2024-01-01', 42)] }))).to.deep.equal({ value: 42, unit: 'currency', definition: 'orders' });
  });

  it('filters by segment and owner through the account', () => {
    expect(computeMetric('new-revenue', d, { ...range, segment: 'SMB' })).to.include({ value: 450 });
    expect(computeMetric('new-revenue', d, { ...range, segment: 'Enterprise' })).to.include({ value: 1000 });
    expect(computeMetric('new-revenue', d, { ...range, owner: 'Bo' })).to.include({ value: 1000 });
    expect(computeMetric('new-revenue', d, { ...range, owner: 'Nobody' })).to.include({ value: 0 });
  });

  it('adds a series per period', () => {
    // 2023 by quarter: Q1 200 + 1000, Q2 nothing new, Q3 300 (B's 500 is not new), Q4 the refund −100.
    const { series } = computeMetric('new-revenue', d, { from: '2023-01-01', to: '2024-01-01', period: 'quarter' });
    expect(series).to.deep.equal([
      { start: '2023-01-01', value: 1200 },
      { start: '2023-04-01', value: 0 },
      { start: '2023-07-01', value: 300 },
      { start: '2023-10-01', value: -100 },
    ]);
  });

  it('throws on a bad option, listing what is valid', () => {
    expect(() => computeMetric('new-revenue', d, { months: 0 })).to.throw(RangeError, 'invalid months for new-revenue: 0 (expected a number from 1 to 1200)');
    expect(() => computeMetric('new-revenue', d, { months: 1.5 })).to.throw(RangeError, 'invalid months for new-revenue: 1.5 (expected a whole number from 1 to 1200)');
    expect(() => computeMetric('new-revenue', d, { window: 'forever' })).to.throw(RangeError, 'unknown window for new-revenue: "forever" (expected one of "months", "first-purchase")');
    expect(() => computeMetric('new-revenue', d, { definition: 'bookings' })).to.throw(RangeError, /expected one of "orders", "subscriptions", "won-deals"/);
  });
});
