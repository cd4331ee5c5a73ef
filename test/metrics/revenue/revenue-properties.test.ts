import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeMetric } from '../../../src/metrics/index.js';
import { generatedDataset, rangeOf, scenario, SEGMENTS } from './dataset-helpers.js';

const options = { seed: 11, numRuns: 12 };

describe('revenue metrics on generated data', () => {
  it('upsell-rate is within [0, 1], its numerator within its denominator, segments adding up', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const d = generatedDataset(s.seed);
        const range = rangeOf(s);
        const all = computeMetric('upsell-rate', d, range);
        if (all.value !== null) expect(all.value).to.be.within(0, 1);
        expect(all.numerator).to.be.at.most(all.denominator as number);
        const parts = SEGMENTS.map((segment) => computeMetric('upsell-rate', d, { ...range, segment }));
        expect(parts.reduce((n, r) => n + (r.denominator as number), 0)).to.equal(all.denominator);
        expect(parts.reduce((n, r) => n + (r.numerator as number), 0)).to.equal(all.numerator);
      }),
      options,
    );
  });

  it('order-value: order and refund counts of disjoint segments add up; the value is revenue / orders', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const d = generatedDataset(s.seed);
        const range = rangeOf(s);
        const all = computeMetric('order-value', d, range);
        const parts = SEGMENTS.map((segment) => computeMetric('order-value', d, { ...range, segment }));
        expect(parts.reduce((n, r) => n + r.orders, 0)).to.equal(all.orders);
        expect(parts.reduce((n, r) => n + r.refunds.count, 0)).to.equal(all.refunds.count);
        expect(parts.reduce((n, r) => n + r.revenue, 0)).to.be.closeTo(all.revenue, 1e-6);
        if (all.orders > 0) expect(all.value).to.be.closeTo(all.revenue / all.orders, 1e-9);
        else expect(all.value).to.equal(null);
        if (all.itemsPerOrder !== null) expect(all.itemsPerOrder).to.be.at.least(0);
      }),
      options,
    );
  });

  it('new-revenue: segments add up, and with a century-long window it is all the revenue of customers', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const d = generatedDataset(s.seed);
        const range = rangeOf(s);
        const all = computeMetric('new-revenue', d, range).value as number;
        const parts = SEGMENTS.map((segment) => computeMetric('new-revenue', d, { ...range, segment }).value as number);
        expect(parts.reduce((a, b) => a + b, 0)).to.be.closeTo(all, 1e-6);
        // Generated refunds come from customers, so no revenue row is left out by a 100-year window.
        const forever = computeMetric('new-revenue', d, { ...range, months: 1200 }).value as number;
        expect(forever).to.be.closeTo(computeMetric('expense-to-revenue', d, range).denominator as number, 1e-6);
        // First purchases are positive amounts, with no refund against them.
        const firsts = computeMetric('new-revenue', d, { ...range, window: 'first-purchase' }).value as number;
        expect(firsts).to.be.at.least(0);
      }),
      options,
    );
  });
});
