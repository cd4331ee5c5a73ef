import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { generateDataset, SEGMENTS } from '../../../src/generator/index.js';
import { cohortMatrix } from '../../../src/metrics/customers/cohort-matrix.js';
import { computeMetric, tableOf } from '../../../src/metrics/index.js';
import { parseDataset, type Dataset } from '../../../src/schema/index.js';

const DAY = 86_400_000;
const generated = new Map<number, Dataset>();
/** A generated dataset of 250 accounts over 2022–2024, parsed once per seed. */
function generatedDataset(seed: number): Dataset {
  let d = generated.get(seed);
  if (!d) {
    d = parseDataset(generateDataset({ seed, accounts: 250, timeFormat: 'epoch' }), { mode: 'strict' }).dataset;
    generated.set(seed, d);
  }
  return d;
}

type CohortPeriod = 'month' | 'week' | 'quarter';
/** An independent period key in UTC, through Date (fine in a test, banned in the metric). */
function keyOf(t: number, period: CohortPeriod): number {
  const date = new Date(t);
  const month = date.getUTCFullYear() * 12 + date.getUTCMonth();
  if (period === 'month') return month;
  if (period === 'quarter') return Math.floor(month / 3);
  return Math.floor((Math.floor(t / DAY) + 3) / 7); // ISO weeks: day 0 is a Thursday
}

/** Customers of each cohort active in each offset, by Sets over the raw rows: the slow, obvious way. */
function referenceCohorts(d: Dataset, period: CohortPeriod, from: number, to: number) {
  const first = new Map<string, number>();
  for (const o of d.orders ?? []) if (o.amount > 0 && o.at < (first.get(o.accountId) ?? Infinity)) first.set(o.accountId, o.at);
  const cells = new Map<string, Set<string>>();
  const sizes = new Map<number, number>();
  for (const t of first.values()) if (t >= from && t < to) sizes.set(keyOf(t, period), (sizes.get(keyOf(t, period)) ?? 0) + 1);
  for (const o of d.orders ?? []) {
    const t0 = first.get(o.accountId)!;
    if (!(o.amount > 0) || t0 < from || t0 >= to || o.at >= to) continue;
    const cell = `${keyOf(t0, period)}:${keyOf(o.at, period) - keyOf(t0, period)}`;
    cells.set(cell, (cells.get(cell) ?? new Set()).add(o.accountId));
  }
  return { sizes, cells };
}

const scenario = fc.record({
  seed: fc.integer({ min: 1, max: 4 }),
  fromDay: fc.option(fc.integer({ min: 0, max: 3 * 365 }), { nil: undefined }),
  days: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }),
  period: fc.constantFrom<CohortPeriod>('month', 'week', 'quarter'),
});
const rangeOf = ({ fromDay, days }: { fromDay?: number | undefined; days?: number | undefined }) => {
  const from = fromDay === undefined ? undefined : Date.UTC(2022, 0, 1) + fromDay * DAY;
  const to = days === undefined ? undefined : (from ?? Date.UTC(2022, 0, 1)) + days * DAY;
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
};
const runs = { seed: 41, numRuns: 12 };

describe('cohort-retention on generated data', () => {
  it('matches Sets of customers per cell computed the obvious way; sizes add up to the customers starting in range', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const d = generatedDataset(s.seed);
        const range = rangeOf(s);
        const result = computeMetric('cohort-retention', d, { ...range, period: s.period });
        const reference = referenceCohorts(d, s.period, range.from ?? -Infinity, range.to ?? Infinity);
        const cohortKeys = result.cohorts.map((c) => keyOf(Date.parse(c.start), s.period));
        expect(cohortKeys).to.deep.equal([...reference.sizes.keys()].sort((a, b) => a - b));
        let counted = 0;
        result.cohorts.forEach((c, i) => {
          expect(c.size).to.equal(reference.sizes.get(cohortKeys[i]!));
          expect(c.counts).to.deep.equal(c.counts.map((_, k) => reference.cells.get(`${cohortKeys[i]}:${k}`)?.size ?? 0));
          counted += c.counts.reduce((sum, n) => sum + n, 0);
        });
        expect(counted).to.equal([...reference.cells.values()].reduce((sum, set) => sum + set.size, 0)); // no cell left outside the matrix
        const starters = [...reference.sizes.values()].reduce((sum, n) => sum + n, 0); // customers whose first purchase is in range
        expect(result.cohorts.reduce((sum, c) => sum + c.size, 0)).to.equal(starters);
      }),
      runs,
    );
  });

  it('customer rates start at 1 and stay within [0, 1], the average too; revenue rates start at 1', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const d = generatedDataset(s.seed);
        const options = { ...rangeOf(s), period: s.period };
        const result = computeMetric('cohort-retention', d, options);
        for (const c of result.cohorts) {
          expect(c.rates[0]).to.equal(1);
          for (const rate of c.rates) expect(rate).to.be.within(0, 1);
          expect(c.counts.length).to.be.at.least(1);
        }
        for (const rate of result.average) expect(rate).to.be.within(0, 1);
        expect(result.incomplete).to.have.length(result.cohorts.length);
        const revenue = computeMetric('cohort-retention', d, { ...options, basis: 'revenue' });
        expect(revenue.cohorts.map((c) => c.size)).to.deep.equal(result.cohorts.map((c) => c.size));
        for (const c of revenue.cohorts) if (c.counts[0]! > 0) expect(c.rates[0]).to.equal(1);
      }),
      runs,
    );
  });

  it('disjoint segments add up, cell by cell, to the unfiltered matrix', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const d = generatedDataset(s.seed);
        const options = { ...rangeOf(s), period: s.period };
        const all = computeMetric('cohort-retention', d, options);
        const sums = new Map<string, number[]>();
        for (const segment of SEGMENTS) {
          for (const c of computeMetric('cohort-retention', d, { ...options, segment }).cohorts) {
            const sum = sums.get(c.start) ?? [];
            c.counts.forEach((n, k) => (sum[k] = (sum[k] ?? 0) + n));
            sums.set(c.start, sum);
          }
        }
        for (const c of all.cohorts) {
          const sum = sums.get(c.start)!;
          expect(c.counts.map((_, k) => sum[k] ?? 0)).to.deep.equal(c.counts);
        }
        expect([...sums.keys()].sort()).to.deep.equal(all.cohorts.map((c) => c.start));
      }),
      runs,
    );
  });

  it('counts the same when the bitset budget forces several windows of offsets', () => {
    for (const source of ['orders', 'subscriptions'] as const) {
      const table = tableOf(generatedDataset(2));
      const kept = new Uint8Array(table.accounts.length).fill(1);
      const request = { source, basis: 'customers' as const, period: 'week' as const, timeZone: 'UTC', from: -Infinity, to: Infinity, maxPeriods: Infinity, kept };
      const whole = cohortMatrix(table, request)!;
      const windowed = cohortMatrix(table, { ...request, bitsetWords: 1 })!;
      expect(whole.offsets).to.be.above(64); // 1 word per account: windows of 32 offsets
      expect(Array.from(windowed.counts)).to.deep.equal(Array.from(whole.counts));
    }
  });
});
