import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { generateDataset, SEGMENTS } from '../../../src/generator/index.js';
import { purchaseRows, ROLE } from '../../../src/metrics/customers/customer-activity.js';
import { distinctPurchasePeriods } from '../../../src/metrics/customers/customer-activity-periods.js';
import { computeMetric, tableOf } from '../../../src/metrics/index.js';
import { parseDataset, type Dataset } from '../../../src/schema/index.js';
import { bucketTimes } from '../../../src/table/index.js';

const DAY = 86_400_000;
const generated = new Map<number, Dataset>();
function generatedDataset(seed: number): Dataset {
  let d = generated.get(seed);
  if (!d) generated.set(seed, (d = parseDataset(generateDataset({ seed, accounts: 250, timeFormat: 'epoch' }), { mode: 'strict' }).dataset));
  return d;
}

const scenario = fc.record({
  seed: fc.integer({ min: 1, max: 4 }),
  fromDay: fc.option(fc.integer({ min: 0, max: 3 * 365 }), { nil: undefined }),
  days: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }),
  loyalty: fc.constantFrom('tenure', 'regularity'),
  profitability: fc.constantFrom('auto', 'revenue'),
  per: fc.constantFrom('total', 'year'),
  threshold: fc.constantFrom('median', 'mean'),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
const optionsOf = (s: Scenario) => {
  const from = s.fromDay === undefined ? undefined : Date.UTC(2022, 0, 1) + s.fromDay * DAY;
  const to = s.days === undefined ? undefined : (from ?? Date.UTC(2022, 0, 1)) + s.days * DAY;
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }), loyalty: s.loyalty, profitability: s.profitability, per: s.per, threshold: s.threshold };
};
const runs = { seed: 47, numRuns: 16 };

describe('relationship-groups on generated data', () => {
  it('groups partition the customers by their thresholds; revenue shares add up to 1', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const result = computeMetric('relationship-groups', generatedDataset(s.seed), optionsOf(s));
        const groups = Object.values(result.groups);
        expect(groups.reduce((n, g) => n + g.count, 0)).to.equal(result.customers.length);
        const revenue = groups.reduce((sum, g) => sum + g.revenue, 0);
        if (revenue > 0) expect(groups.reduce((sum, g) => sum + g.share!, 0)).to.be.closeTo(1, 1e-9);
        const { loyalty, profitability } = result.thresholds;
        for (const c of result.customers) {
          const group = (c.loyalty >= loyalty! ? 'loyal' : '') + (c.profitability >= profitability! ? 'profitable' : '');
          expect(c.group).to.equal({ '': 'strangers', profitable: 'butterflies', loyal: 'barnacles', loyalprofitable: 'true-friends' }[group]);
          expect(c.loyalty).to.be.at.least(0);
          if (s.loyalty === 'regularity') expect(c.loyalty).to.be.within(0, 1).and.above(0);
        }
        if (result.customers.length > 0 && s.threshold === 'median') {
          // At least half the customers are high on each axis (ties at the median count as high).
          expect(result.customers.filter((c) => c.loyalty >= loyalty!).length * 2).to.be.at.least(result.customers.length);
          expect(result.customers.filter((c) => c.profitability >= profitability!).length * 2).to.be.at.least(result.customers.length);
        }
      }),
      runs,
    );
  });

  it('disjoint segments add up to all the customers', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const d = generatedDataset(s.seed);
        const all = computeMetric('relationship-groups', d, optionsOf(s)).customers.map((c) => c.accountId);
        const parts = SEGMENTS.flatMap((segment) => computeMetric('relationship-groups', d, { ...optionsOf(s), segment }).customers.map((c) => c.accountId));
        expect(parts.sort()).to.deep.equal(all.sort());
      }),
      runs,
    );
  });

  it('counts distinct purchase periods as Sets would, whether the bitset takes one pass or several', () => {
    for (const seed of [1, 2]) {
      const d = generatedDataset(seed);
      const rows = purchaseRows(tableOf(d));
      const weeks = bucketTimes(rows.at, 'week');
      const first = new Int32Array(tableOf(d).accounts.length).fill(-1);
      for (let i = 0; i < rows.length; i++) {
        const a = rows.account[i]!;
        if (rows.role[i] === ROLE.purchase && (first[a]! < 0 || weeks.index[i]! < first[a]!)) first[a] = weeks.index[i]!;
      }
      const sets = new Map<number, Set<number>>();
      for (let i = 0; i < rows.length; i++) {
        if (rows.role[i] !== ROLE.purchase) continue;
        const a = rows.account[i]!;
        sets.set(a, (sets.get(a) ?? new Set()).add(weeks.index[i]!));
      }
      const whole = distinctPurchasePeriods(rows, weeks.index, first, weeks.count);
      const windowed = distinctPurchasePeriods(rows, weeks.index, first, weeks.count, 1);
      expect(weeks.count).to.be.above(64); // one word per account: several windows
      expect(Array.from(windowed)).to.deep.equal(Array.from(whole));
      expect(Array.from(whole)).to.deep.equal(Array.from(whole, (_, a) => sets.get(a)?.size ?? 0));
    }
  });
});
