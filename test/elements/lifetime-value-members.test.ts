import { expect } from '@open-wc/testing';
import { generateDataset } from '../../src/generator/index.js';
import { lifetimeValueCustomers } from '../../src/metrics/customers/lifetime-value-members.js';
import { computeMetric, tableOf } from '../../src/metrics/index.js';
import { parseDataset } from '../../src/schema/index.js';

/** The customers behind each segment are exactly as many as lifetime-value counts, and they partition its customers. */
describe('lifetimeValueCustomers: the accounts behind a segment of lifetime-value', () => {
  const { dataset } = parseDataset(generateDataset({ seed: 5, accounts: 400 }));
  const table = tableOf(dataset);
  const scenarios = [
    { definition: 'historic' },
    { definition: 'churn' },
    { definition: 'historic', from: '2023-01-01', to: '2024-01-01', timeZone: 'America/New_York' },
    { definition: 'churn', from: '2023-04-01', to: '2024-04-01', inactiveDays: 60 },
    { definition: 'churn', segment: 'Enterprise' },
    { definition: 'historic', owner: dataset.accounts?.find((a) => a.owner)?.owner ?? undefined },
  ];

  for (const options of scenarios) {
    it(`match the metric's customers per segment (${JSON.stringify(options)})`, () => {
      const result = computeMetric('lifetime-value', dataset, options);
      expect(result.customers).to.be.greaterThan(5);
      const all = new Set<string>();
      for (const s of result.bySegment) {
        const ids = lifetimeValueCustomers(table, options, s.segment);
        expect(ids, `segment ${s.segment}`).to.have.length(s.customers);
        for (const id of ids) all.add(id);
      }
      expect(all.size, 'the segments hold every customer once').to.equal(result.customers);
    });
  }

  it('counts the customers of the hand-made case: purchases in range (historic), customers during it (churn)', () => {
    const { dataset: small } = parseDataset({
      accounts: [
        { id: 'a1', createdAt: '2023-01-01', segment: 'SMB', churnedAt: '2023-03-01' },
        { id: 'a2', createdAt: '2023-01-01', segment: 'SMB' },
        { id: 'a3', createdAt: '2023-01-01' },
        { id: 'a4', createdAt: '2023-01-01', segment: 'SMB' },
      ],
      orders: [
        { id: 'o1', accountId: 'a1', at: '2023-01-10', amount: 100 },
        { id: 'o2', accountId: 'a2', at: '2023-05-10', amount: 100 },
        { id: 'o3', accountId: 'a3', at: '2023-01-20', amount: 100 },
        { id: 'o4', accountId: 'a4', at: '2023-02-20', amount: -100 },
      ],
    });
    const t = tableOf(small);
    const range = { from: '2023-04-01', to: '2023-06-01' };
    // a1 was lost before April; a3 bought in January and was never lost; a4 only refunded.
    expect(lifetimeValueCustomers(t, { definition: 'historic', ...range }, 'SMB')).to.deep.equal(['a2']);
    expect(lifetimeValueCustomers(t, { definition: 'churn', ...range }, 'SMB')).to.deep.equal(['a2']);
    expect(lifetimeValueCustomers(t, { definition: 'churn', ...range }, null)).to.deep.equal(['a3']);
    expect(lifetimeValueCustomers(t, { definition: 'historic' }, 'SMB')).to.deep.equal(['a1', 'a2']);
  });

  it('finds nobody for a segment the data does not have, and rejects what the metric rejects', () => {
    expect(lifetimeValueCustomers(table, {}, 'Nobody at all')).to.deep.equal([]);
    expect(() => lifetimeValueCustomers(table, { definition: 'predictive' }, null)).to.throw(RangeError, /unknown definition for lifetime-value: "predictive"/);
    expect(() => lifetimeValueCustomers(table, { inactiveDays: 0 }, null)).to.throw(RangeError, /inactiveDays/);
  });
});
