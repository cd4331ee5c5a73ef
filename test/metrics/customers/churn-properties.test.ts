import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { generateDataset } from '../../../src/generator/index.js';
import { computeMetric } from '../../../src/metrics/index.js';
import { parseDataset, type Dataset } from '../../../src/schema/index.js';

const DAY = 86_400_000;
const generated = new Map<string, Dataset>();
/** A generated dataset of 250 accounts (2022–2024), parsed once per seed; `purchasesOnly` drops refunds. */
function generatedDataset(seed: number, purchasesOnly = false): Dataset {
  const key = `${seed}:${purchasesOnly}`;
  let d = generated.get(key);
  if (!d) {
    const input = generateDataset({ seed, accounts: 250, timeFormat: 'epoch' });
    if (purchasesOnly) input.orders = input.orders?.filter((o) => o.amount > 0);
    d = parseDataset(input, { mode: 'strict' }).dataset;
    generated.set(key, d);
  }
  return d;
}
const segmentsOf = (d: Dataset) => [...new Set((d.accounts ?? []).map((a) => a.segment))];

/** A generated dataset and a range [from, from + days) within 2022–2024, or open at either end. */
const scenario = fc.record({
  seed: fc.integer({ min: 1, max: 4 }),
  fromDay: fc.option(fc.integer({ min: 0, max: 3 * 365 }), { nil: undefined }),
  days: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
  definition: fc.constantFrom('auto', 'churned-at', 'subscription-end', 'inactivity'),
  inactiveDays: fc.integer({ min: 30, max: 365 }),
});
const rangeOf = ({ fromDay, days }: { fromDay?: number | undefined; days?: number | undefined }) => {
  const from = fromDay === undefined ? undefined : Date.UTC(2022, 0, 1) + fromDay * DAY;
  const to = days === undefined ? undefined : (from ?? Date.UTC(2022, 0, 1)) + days * DAY;
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
};
const options = { seed: 29, numRuns: 20 };

describe('churn metrics on generated data', () => {
  it('churn and retention are within [0, 1], share their base and sum to 1; disjoint segments add up', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const d = generatedDataset(s.seed);
        const o = { ...rangeOf(s), definition: s.definition, inactiveDays: s.inactiveDays };
        const churn = computeMetric('churn-rate', d, o);
        const retention = computeMetric('retention-rate', d, o);
        expect(churn.denominator).to.equal(retention.denominator);
        expect(churn.definition).to.equal(retention.definition);
        expect(churn.definition).to.not.equal('auto');
        if (churn.value === null) expect(retention.value).to.equal(null);
        else {
          expect(churn.value).to.be.within(0, 1);
          expect(retention.value).to.be.within(0, 1);
          expect((churn.value) + (retention.value as number)).to.be.closeTo(1, 1e-12);
        }
        const parts = segmentsOf(d).map((segment) => computeMetric('churn-rate', d, { ...o, segment }));
        expect(parts.reduce((n, r) => n + (r.denominator as number), 0)).to.equal(churn.denominator);
        expect(parts.reduce((n, r) => n + (r.numerator as number), 0)).to.equal(churn.numerator);
      }),
      options,
    );
  });

  it('a monthly series counts each loss once: its losses are those of the range among customers acquired before their month', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const d = generatedDataset(s.seed);
        const from = Date.UTC(2022, 0, 1) + (s.fromDay ?? 0) * DAY;
        const o = { from, to: from + (s.days ?? 365) * DAY, definition: s.definition, inactiveDays: s.inactiveDays, period: 'month' as const };
        const { numerator, series } = computeMetric('churn-rate', d, o);
        // Every loss of the range's base falls in exactly one month and is in that month's base too.
        const monthly = (series ?? []).reduce((n, p) => n + (p.numerator as number), 0);
        expect(monthly).to.be.at.least(numerator as number);
        for (const p of series ?? []) if (p.value !== null) expect(p.value).to.be.within(0, 1);
      }),
      options,
    );
  });

  it('renewal rate is within [0, 1], segments adding up; with no grace at all it is at most the default', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const d = generatedDataset(s.seed);
        const range = rangeOf(s);
        const all = computeMetric('renewal-rate', d, range);
        if (all.value !== null) expect(all.value).to.be.within(0, 1);
        const parts = segmentsOf(d).map((segment) => computeMetric('renewal-rate', d, { ...range, segment }));
        expect(parts.reduce((n, r) => n + (r.denominator as number), 0)).to.equal(all.denominator);
        expect(computeMetric('renewal-rate', d, { ...range, graceDays: 0 }).numerator).to.be.at.most(all.numerator as number);
      }),
      options,
    );
  });

  it('lifetime value is ≥ 0 when every order is a purchase, its segments adding up to its customers', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom('historic', 'churn'), (s, definition) => {
        const d = generatedDataset(s.seed, true);
        const r = computeMetric('lifetime-value', d, { ...rangeOf(s), definition, inactiveDays: s.inactiveDays });
        if (r.value !== null) expect(r.value).to.be.at.least(0);
        else expect(r.note).to.be.a('string');
        expect(r.bySegment.reduce((n, g) => n + g.customers, 0)).to.equal(r.customers);
        for (const g of r.bySegment) if (g.value !== null) expect(g.value).to.be.at.least(0);
        const { averagePurchaseValue: apv, purchasesPerYear: ppy, lifespanYears: life } = r.parts;
        if (r.value !== null) expect(r.value).to.be.closeTo((apv as number) * (ppy as number) * (life as number), 1e-6 * Math.max(1, r.value));
      }),
      options,
    );
  });

  it('retention cost: retained is churn-rate\'s, long-tenure customers among them, segments adding up', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const d = generatedDataset(s.seed);
        const o = { ...rangeOf(s), definition: s.definition, inactiveDays: s.inactiveDays };
        const r = computeMetric('retention-cost', d, o);
        const retention = computeMetric('retention-rate', d, o);
        expect(r.retained).to.equal(retention.numerator);
        expect(r.longTenureCustomers).to.be.at.most(r.retained);
        if (r.spend !== null) expect(r.spend).to.be.at.least(0);
        const parts = segmentsOf(d).map((segment) => computeMetric('retention-cost', d, { ...o, segment }));
        expect(parts.reduce((n, p) => n + p.retained, 0)).to.equal(r.retained);
        expect(parts.reduce((n, p) => n + p.longTenureCustomers, 0)).to.equal(r.longTenureCustomers);
      }),
      options,
    );
  });
});
