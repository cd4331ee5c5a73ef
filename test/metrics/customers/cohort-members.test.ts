import { expect } from '@open-wc/testing';
import { generateDataset } from '../../../src/generator/index.js';
import { cohortMembers } from '../../../src/metrics/customers/cohort-members.js';
import { computeMetric } from '../../../src/metrics/index.js';
import type { MetricOptions } from '../../../src/metrics/options.js';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/schema/index.js';
import { buildTable } from '../../../src/table/index.js';

type Rows<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>[number];
const dataset = (input: DatasetInput): Dataset => parseDataset(input, { mode: 'strict' }).dataset;
let rowId = 0;
const order = (accountId: string, at: string, amount: number): Rows<'orders'> => ({ id: `o${++rowId}`, accountId, at, amount }) as Rows<'orders'>;
const term = (accountId: string, start: string, end: string | undefined, amount: number): Rows<'subscriptions'> =>
  ({ id: `s${++rowId}`, accountId, start, ...(end ? { end } : {}), amount }) as Rows<'subscriptions'>;
const account = (id: string, segment: string): Rows<'accounts'> => ({ id, segment, createdAt: '2023-01-01' }) as Rows<'accounts'>;

/*
 * Worked by hand, months of 2024 (UTC), as in cohort-retention.test.ts:
 *   A  Jan 05 +100, Feb 10 +50, Mar 03 +30           cohort Jan
 *   B  Jan 20 +200, Feb 02 −40 (refund), Mar 15 +100  cohort Jan
 *   C  Feb 01 +80, Feb 20 +20, Mar 10 +60            cohort Feb
 *   D  Feb 28 +120                                   cohort Feb
 *   E  Mar 31 +50                                    cohort Mar
 *   G  Dec 15 2023 +70, Jan 10 +10, Feb 05 +10       cohort Dec 2023 (before `from`)
 * Jan cohort, customers: month 0 {A, B}, month 1 {A} (B's refund is no purchase), month 2 {A, B}.
 * Jan cohort, revenue: month 1 is A's +50 and B's −40: both accounts make that cell.
 */
const shop = dataset({
  accounts: ['A', 'B', 'C', 'D', 'E', 'G'].map((id, i) => account(id, i % 2 ? 'Enterprise' : 'SMB')),
  orders: [
    order('A', '2024-01-05', 100), order('A', '2024-02-10', 50), order('A', '2024-03-03', 30),
    order('B', '2024-01-20', 200), order('B', '2024-02-02', -40), order('B', '2024-03-15', 100),
    order('C', '2024-02-01', 80), order('C', '2024-02-20', 20), order('C', '2024-03-10', 60),
    order('D', '2024-02-28', 120), order('E', '2024-03-31', 50),
    order('G', '2023-12-15', 70), order('G', '2024-01-10', 10), order('G', '2024-02-05', 10),
  ],
});
const table = buildTable(shop);
const quarter = { from: '2024-01-01', to: '2024-04-01' };

describe('cohortMembers', () => {
  it('names the customers of a cell (worked by hand)', () => {
    expect(cohortMembers(table, quarter, { cohort: '2024-01-01', offset: 0 })).to.deep.equal(['A', 'B']);
    expect(cohortMembers(table, quarter, { cohort: '2024-01-01', offset: 1 })).to.deep.equal(['A']);
    expect(cohortMembers(table, quarter, { cohort: '2024-01-01', offset: 2 })).to.deep.equal(['A', 'B']);
    expect(cohortMembers(table, quarter, { cohort: '2024-02-01', offset: 1 })).to.deep.equal(['C']);
    expect(cohortMembers(table, quarter, { cohort: '2024-03-01', offset: 0 })).to.deep.equal(['E']);
    // G first bought in December 2023, before `from`: in no cohort of the range.
    expect(cohortMembers(table, {}, { cohort: '2023-12-01', offset: 1 })).to.deep.equal(['G']);
  });

  it('the average row (cohort null): every cohort that has the offset', () => {
    expect(cohortMembers(table, quarter, { cohort: null, offset: 0 })).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
    expect(cohortMembers(table, quarter, { cohort: null, offset: 1 })).to.deep.equal(['A', 'C']);
    expect(cohortMembers(table, quarter, { cohort: null, offset: 2 })).to.deep.equal(['A', 'B']);
  });

  it('basis revenue: the accounts whose purchases and refunds make the cell', () => {
    expect(cohortMembers(table, { ...quarter, basis: 'revenue' }, { cohort: '2024-01-01', offset: 1 })).to.deep.equal(['A', 'B']);
    expect(cohortMembers(table, { ...quarter, basis: 'revenue' }, { cohort: '2024-02-01', offset: 0 })).to.deep.equal(['C', 'D']);
  });

  it('cells outside the matrix have no accounts: unknown cohort, offset past the data or past maxPeriods', () => {
    expect(cohortMembers(table, quarter, { cohort: '2024-01-15', offset: 0 })).to.deep.equal([]);
    expect(cohortMembers(table, quarter, { cohort: '2024-02-01', offset: 2 })).to.deep.equal([]);
    expect(cohortMembers(table, { ...quarter, maxPeriods: 2 }, { cohort: '2024-01-01', offset: 2 })).to.deep.equal([]);
    expect(cohortMembers(table, quarter, { cohort: '2024-01-01', offset: -1 })).to.deep.equal([]);
  });

  it('segment filter: only the cohort customers of that segment', () => {
    expect(cohortMembers(table, { ...quarter, segment: 'SMB' }, { cohort: '2024-01-01', offset: 2 })).to.deep.equal(['A']);
    expect(cohortMembers(table, { ...quarter, segment: 'Nobody' }, { cohort: '2024-01-01', offset: 0 })).to.deep.equal([]);
  });

  it('subscriptions: a term covers every period from its start until the last instant before its end', () => {
    const subs = buildTable(dataset({
      subscriptions: [
        term('P', '2024-01-10', '2024-03-01', 10), // Jan, Feb (ends at Mar 1 00:00: not March)
        term('Q', '2024-01-20', '2024-01-25', 10), // Jan only
        term('Q', '2024-03-05', undefined, 10), // Mar on (open)
        term('R', '2024-02-15', '2024-03-02', 10), // Feb, Mar
      ],
      orders: [],
    }));
    const options = { source: 'subscriptions', to: '2024-04-01' };
    expect(cohortMembers(subs, options, { cohort: '2024-01-01', offset: 1 })).to.deep.equal(['P']);
    expect(cohortMembers(subs, options, { cohort: '2024-01-01', offset: 2 })).to.deep.equal(['Q']);
    expect(cohortMembers(subs, options, { cohort: '2024-02-01', offset: 1 })).to.deep.equal(['R']);
    const matrix = computeMetric('cohort-retention', subs, { period: 'month', ...options });
    expect(matrix.cohorts.map((c) => c.counts)).to.deep.equal([[2, 1, 1], [1, 1]]);
  });

  it('refuses what cohort-retention refuses', () => {
    expect(() => cohortMembers(table, { period: 'year' }, { cohort: '2024-01-01', offset: 0 })).to.throw(RangeError, /unknown period for cohort-retention/);
    expect(() => cohortMembers(table, { bogus: 1 }, { cohort: '2024-01-01', offset: 0 })).to.throw(RangeError, /unknown option for cohort-retention: "bogus"/);
  });

  describe('agrees with the matrix on every cell of a generated dataset', function () {
    this.timeout(60_000);
    const generated = parseDataset(generateDataset({ seed: 11, accounts: 600, months: 24 })).dataset;
    const generatedTable = buildTable(generated);
    const cases: [string, MetricOptions][] = [
      ['monthly', { period: 'month' }],
      ['weekly, one year', { period: 'week', from: '2022-07-04', to: '2023-07-03' }],
      ['quarterly, Berlin, SMB segment', { period: 'quarter', timeZone: 'Europe/Berlin', segment: 'SMB' }],
      ['monthly, subscriptions, maxPeriods 6', { period: 'month', source: 'subscriptions', maxPeriods: 6 }],
    ];
    for (const [name, options] of cases) {
      it(`${name}: members.length === counts[k] for every cohort and offset, and the average row sums them`, () => {
        const result = computeMetric('cohort-retention', generated, options);
        expect(result.cohorts.length, 'cohorts to check').to.be.greaterThan(2);
        let cells = 0;
        for (const cohort of result.cohorts) {
          cohort.counts.forEach((count, k) => {
            const members = cohortMembers(generatedTable, options, { cohort: cohort.start, offset: k });
            expect(members.length, `${cohort.start} +${k}`).to.equal(count);
            expect(new Set(members).size, 'distinct').to.equal(members.length);
            cells++;
          });
        }
        expect(cells).to.be.greaterThan(5);
        for (let k = 0; k < result.average.length; k++) {
          const total = result.cohorts.reduce((sum, c) => sum + (c.counts[k] ?? 0), 0);
          expect(cohortMembers(generatedTable, options, { cohort: null, offset: k }).length, `average +${k}`).to.equal(total);
        }
      });
    }
  });
});
