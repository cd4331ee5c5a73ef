import { expect } from '@open-wc/testing';
import { computeMetric, tableOf } from '../../../src/metrics/index.js';
import { customerAcquisitionCost } from '../../../src/metrics/marketing/cac.js';
import { createScope } from '../../../src/metrics/scope.js';
import { account, cost, dataset, deal, order, subscription, wonDeal } from '../revenue/dataset-helpers.js';

/*
 * 2024: sales 6000 + marketing 5000 = 11,000 of acquisition spend (retention 2000 and the
 * marketing 9999 of 2023 left out). Customers acquired in 2024: n0…n19 by a first purchase,
 * w by a won deal, s by a subscription = 22. An old customer buying again, and an account with
 * only a lost deal, are not acquired. CAC = 11,000 / 22 = 500.
 */
const newBuyers = Array.from({ length: 20 }, (_, i) => `n${i}`);
const d = dataset({
  accounts: [...newBuyers.map((id, i) => account(id, { segment: i < 10 ? 'SMB' : 'Enterprise' })), account('w', { segment: 'SMB' }), account('s', { segment: 'Enterprise' }), account('old'), account('lost')],
  orders: [...newBuyers.map((id, i) => order(id, `2024-${String(1 + (i % 12)).padStart(2, '0')}-15`, 100)), order('old', '2023-05-01', 50), order('old', '2024-05-01', 50)],
  deals: [wonDeal('w', '2024-03-03', 1000), deal('lost', 'lost', '2024-04-04', 1000)],
  subscriptions: [subscription('s', '2024-07-07')],
  costs: [cost('sales', '2024-01-01', 6000), cost('marketing', '2024-06-01', 5000), cost('retention', '2024-06-01', 2000), cost('marketing', '2023-12-31', 9999)],
});
const year = { from: '2024-01-01', to: '2025-01-01' };

describe('cac', () => {
  it('is sales and marketing spend / customers acquired (hand-computed: 11,000 / 22 = 500)', () => {
    expect(computeMetric('cac', d, year)).to.deep.equal({ value: 500, numerator: 11000, denominator: 22, unit: 'currency', definition: 'sales-and-marketing' });
  });

  it('customerAcquisitionCost(scope) is the same computation, for clv-cac-ratio', () => {
    expect(customerAcquisitionCost(createScope(tableOf(d), year))).to.deep.equal(computeMetric('cac', d, year));
  });

  it('is null when nobody was acquired: empty dataset, costs only; 0 for a customer acquired at no cost', () => {
    expect(computeMetric('cac', dataset({}))).to.include({ value: null, numerator: 0, denominator: 0 });
    expect(computeMetric('cac', dataset({ costs: [cost('sales', '2024-01-01', 10)] }))).to.include({ value: null, numerator: 10, denominator: 0 });
    expect(computeMetric('cac', dataset({ orders: [order('x', '2024-01-01', 10)] }))).to.include({ value: 0, numerator: 0, denominator: 1 });
  });

  it('filters the customers by segment (spend stays whole: costs have no segment)', () => {
    // SMB: n0…n9 and w = 11 customers → 1000; Enterprise: n10…n19 and s = 11 → 1000.
    expect(computeMetric('cac', d, { ...year, segment: 'SMB' })).to.include({ value: 1000, denominator: 11 });
    expect(computeMetric('cac', d, { ...year, segment: 'Enterprise' })).to.include({ value: 1000, denominator: 11 });
  });

  it('adds a series per period', () => {
    // n_i buys first in month 1 + (i mod 12): two buyers a month from January to August, one
    // from September to December. Q1: 6 and w = 7, for the 6000 of sales; Q2: 6, for the 5000
    // of marketing (the retention cost is left out); Q3: 5 and s = 6; Q4: 3. No spend after Q2.
    const { series } = computeMetric('cac', d, { ...year, period: 'quarter' });
    expect(series?.map((p) => [p.start, p.numerator, p.denominator])).to.deep.equal([
      ['2024-01-01', 6000, 7],
      ['2024-04-01', 5000, 6],
      ['2024-07-01', 0, 6],
      ['2024-10-01', 0, 3],
    ]);
  });
});
