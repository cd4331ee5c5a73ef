import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeMetric, tableOf } from '../../../src/metrics/index.js';
import { customerSince } from '../../../src/metrics/revenue/customer-since.js';
import { generatedDataset, rangeOf, scenario, SEGMENTS } from '../revenue/dataset-helpers.js';

const options = { seed: 23, numRuns: 12 };
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('marketing metrics on generated data', () => {
  it('cac is ≥ 0 or null; customers acquired in disjoint segments add up; over all time, every customer', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const d = generatedDataset(s.seed);
        const range = rangeOf(s);
        const all = computeMetric('cac', d, range);
        if (all.value !== null) expect(all.value).to.be.at.least(0);
        else expect(all.denominator).to.equal(0);
        const parts = SEGMENTS.map((segment) => computeMetric('cac', d, { ...range, segment }));
        expect(sum(parts.map((p) => p.denominator as number))).to.equal(all.denominator);
        for (const part of parts) expect(part.numerator).to.equal(all.numerator);
        const customers = customerSince(tableOf(d)).filter((t) => !Number.isNaN(t)).length;
        expect(computeMetric('cac', d).denominator).to.equal(customers);
      }),
      options,
    );
  });

  it('campaign-roi totals are the sums of the campaigns; deals of disjoint segments add up', () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), (s, open) => {
        const d = generatedDataset(s.seed);
        const range = open ? {} : rangeOf(s);
        const { campaigns, total } = computeMetric('campaign-roi', d, range);
        expect(total.cost).to.equal(sum(campaigns.map((c) => c.cost)));
        expect(total.revenue).to.equal(sum(campaigns.map((c) => c.revenue)));
        expect(total.deals).to.equal(sum(campaigns.map((c) => c.deals)));
        expect(total.won).to.equal(sum(campaigns.map((c) => c.won)));
        for (const c of [...campaigns, total]) {
          expect(c.roi).to.equal(c.cost > 0 ? (c.revenue - c.cost) / c.cost : null);
          expect(c.cpa).to.equal(c.deals > 0 ? c.cost / c.deals : null);
          expect(c.cps).to.equal(c.won > 0 ? c.cost / c.won : null);
        }
        const bySegment = SEGMENTS.map((segment) => computeMetric('campaign-roi', d, { ...range, segment }));
        const count = (id: string, field: 'deals' | 'won') => sum(bySegment.map((r) => r.campaigns.find((c) => c.id === id)?.[field] ?? 0));
        for (const c of campaigns) {
          expect(count(c.id, 'deals')).to.equal(c.deals);
          expect(count(c.id, 'won')).to.equal(c.won);
        }
      }),
      options,
    );
  });

  it('control-lift: accounts and conversions of disjoint segments add up; conversions within [0, 1]', () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), (s, open) => {
        const d = generatedDataset(s.seed);
        const range = open ? {} : rangeOf(s);
        const all = computeMetric('control-lift', d, range);
        const parts = SEGMENTS.map((segment) => computeMetric('control-lift', d, { ...range, segment }));
        for (const group of ['test', 'control'] as const) {
          expect(sum(parts.map((p) => p[group].accounts))).to.equal(all[group].accounts);
          expect(sum(parts.map((p) => p[group].converted))).to.equal(all[group].converted);
          const conversion = all[group].conversion;
          if (conversion === null) expect(all[group].accounts).to.equal(0);
          else expect(conversion).to.be.within(0, 1);
        }
        if (all.lift.conversion !== null) expect(all.lift.conversion).to.be.within(-1, 1);
      }),
      options,
    );
  });
});
