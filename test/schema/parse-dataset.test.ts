import { expect } from '@open-wc/testing';
import { DatasetError, parseDataset, type DatasetInput, type DatasetProblem } from '../../src/schema/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';

type Mutable = Record<string, any>;

/** A copy of the clean fixture, broken by `change`. */
function broken(change: (d: Mutable) => void): Mutable {
  const d = structuredClone(smallDataset()) as Mutable;
  change(d);
  return d;
}

function problemsOf(input: unknown): DatasetProblem[] {
  return parseDataset(input, { mode: 'lenient' }).problems;
}

describe('parseDataset', () => {
  it('accepts the clean fixture with no problems in either mode and parses times to epoch ms', () => {
    const { dataset, problems, rows } = parseDataset(smallDataset(), { mode: 'strict' });
    expect(problems).to.deep.equal([]);
    expect(dataset.accounts?.[0]?.createdAt).to.equal(Date.UTC(2024, 0, 5));
    expect(dataset.accounts?.[1]?.createdAt).to.equal(Date.UTC(2024, 0, 20, 9, 30));
    expect(dataset.accounts?.[2]?.createdAt).to.equal(1706745600000);
    expect(dataset.orders?.[2]?.at).to.equal(Date.UTC(2024, 4, 2, 10, 0));
    expect(dataset.deals?.[0]?.history?.[1]?.at).to.equal(Date.UTC(2024, 1, 10));
    expect(rows.deals).to.deep.equal({ given: 3, kept: 3 });
    expect(parseDataset(smallDataset()).problems).to.deep.equal([]);
  });

  // Each rule: a change that keeps the dataset valid next to one that breaks it, and where the
  // problem must be reported.
  const rules: { rule: string; valid: (d: Mutable) => void; invalid: (d: Mutable) => void; path: string; value?: string }[] = [
    { rule: 'type', valid: (d) => (d.deals[0].amount = 1.5), invalid: (d) => (d.deals[0].amount = '5000'), path: 'deals[0].amount', value: '"5000"' },
    { rule: 'required', valid: (d) => delete d.deals[0].owner, invalid: (d) => delete d.deals[0].createdAt, path: 'deals[0].createdAt' },
    { rule: 'required', valid: (d) => (d.orders[0].id = 'o9'), invalid: (d) => (d.orders[0].id = ''), path: 'orders[0].id', value: '""' },
    { rule: 'range', valid: (d) => (d.orders[0].items = 0), invalid: (d) => (d.orders[0].items = -1), path: 'orders[0].items', value: '-1' },
    // Money is bounded at ±1e15 so that sums stay finite (two amounts of 1e308 sum to Infinity).
    { rule: 'range', valid: (d) => (d.deals[0].amount = 1e15), invalid: (d) => (d.deals[0].amount = 1e308), path: 'deals[0].amount', value: '1e+308' },
    { rule: 'range', valid: (d) => (d.orders[0].amount = -1e15), invalid: (d) => (d.orders[0].amount = -1.5e15), path: 'orders[0].amount', value: '-1500000000000000' },
    { rule: 'range', valid: (d) => (d.campaigns[0].cost = 0), invalid: (d) => (d.campaigns[0].cost = 2e15), path: 'campaigns[0].cost', value: '2000000000000000' },
    { rule: 'enum', valid: (d) => (d.deals[2].kind = 'renewal'), invalid: (d) => (d.deals[2].outcome = 'pending'), path: 'deals[2].outcome', value: '"pending"' },
    { rule: 'date', valid: (d) => (d.deals[2].createdAt = '2024-04-01T00:00:00.000+00:00'), invalid: (d) => (d.deals[2].createdAt = 'April 1, 2024'), path: 'deals[2].createdAt', value: '"April 1, 2024"' },
    { rule: 'date', valid: (d) => (d.costs[0].at = 1709251200000), invalid: (d) => (d.costs[0].at = '2024-02-30'), path: 'costs[0].at', value: '"2024-02-30"' },
    { rule: 'date', valid: (d) => (d.tickets[1].openedAt = '2024-06-01 08:00:00Z'), invalid: (d) => (d.tickets[1].openedAt = true), path: 'tickets[1].openedAt', value: 'true' },
    { rule: 'negative-money', valid: (d) => (d.orders[0].amount = -400), invalid: (d) => (d.deals[0].amount = -1), path: 'deals[0].amount', value: '-1' },
    { rule: 'negative-money', valid: (d) => (d.costs[0].amount = 0), invalid: (d) => (d.campaigns[0].cost = -5), path: 'campaigns[0].cost', value: '-5' },
    { rule: 'negative-money', valid: (d) => (d.orders[0].cost = 0), invalid: (d) => (d.orders[0].cost = -250), path: 'orders[0].cost', value: '-250' },
    { rule: 'score-scale', valid: (d) => (d.surveys[0].score = 0), invalid: (d) => (d.surveys[0].score = 11), path: 'surveys[0].score', value: '11' },
    { rule: 'score-scale', valid: (d) => (d.surveys[1].score = 7), invalid: (d) => (d.surveys[1].score = 0), path: 'surveys[1].score', value: '0' },
    { rule: 'score-scale', valid: (d) => Object.assign(d.surveys[2], { scale: 10, score: 9 }), invalid: (d) => (d.surveys[2].score = 6), path: 'surveys[2].score', value: '6' },
    { rule: 'score-scale', valid: (d) => (d.surveys[0].scale = 10), invalid: (d) => (d.surveys[0].scale = 5), path: 'surveys[0].scale', value: '5' },
    { rule: 'duplicate-id', valid: (d) => (d.deals[1].id = 'd9'), invalid: (d) => (d.deals[2].id = 'd1'), path: 'deals[2].id', value: '"d1"' },
    { rule: 'duplicate-stage', valid: (d) => d.stages.push('Negotiation'), invalid: (d) => d.stages.push('Lead'), path: 'stages[3]', value: '"Lead"' },
    { rule: 'unknown-reference', valid: (d) => (d.deals[2].accountId = 'a1'), invalid: (d) => (d.deals[2].accountId = 'a404'), path: 'deals[2].accountId', value: '"a404"' },
    { rule: 'unknown-reference', valid: (d) => delete d.activities[1].dealId, invalid: (d) => (d.activities[1].dealId = 'd404'), path: 'activities[1].dealId', value: '"d404"' },
    { rule: 'unknown-reference', valid: (d) => delete d.accounts[0].campaignId, invalid: (d) => (d.accounts[0].campaignId = 'c404'), path: 'accounts[0].campaignId', value: '"c404"' },
    { rule: 'closed-before-created', valid: (d) => (d.deals[0].closedAt = '2024-02-01'), invalid: (d) => (d.deals[0].closedAt = '2024-01-31'), path: 'deals[0].closedAt', value: '"2024-01-31T00:00:00.000Z"' },
    { rule: 'missing-closed-at', valid: (d) => delete d.deals[2].closedAt, invalid: (d) => delete d.deals[1].closedAt, path: 'deals[1].closedAt' },
    { rule: 'history-order', valid: (d) => (d.deals[0].history[1].at = '2024-02-01'), invalid: (d) => (d.deals[0].history[2].at = '2024-02-09'), path: 'deals[0].history[2].at' },
    { rule: 'unknown-stage', valid: (d) => (d.deals[2].stage = 'Proposal'), invalid: (d) => (d.deals[0].history[1].stage = 'Demo'), path: 'deals[0].history[1].stage', value: '"Demo"' },
    { rule: 'unknown-stage', valid: (d) => (d.deals[2].stage = 'Qualified'), invalid: (d) => (d.deals[2].stage = 'Won'), path: 'deals[2].stage', value: '"Won"' },
    { rule: 'time-order', valid: (d) => (d.subscriptions[0].end = '2024-03-15'), invalid: (d) => (d.subscriptions[0].end = '2024-03-14'), path: 'subscriptions[0].end' },
    { rule: 'time-order', valid: (d) => (d.tickets[0].resolvedAt = '2024-05-01T08:00:00Z'), invalid: (d) => (d.tickets[0].resolvedAt = '2024-05-01T07:59:59Z'), path: 'tickets[0].resolvedAt' },
    { rule: 'time-order', valid: (d) => (d.accounts[1].churnedAt = '2024-01-20T09:30:00Z'), invalid: (d) => (d.accounts[1].churnedAt = '2023-12-31'), path: 'accounts[1].churnedAt' },
    { rule: 'unknown-table', valid: (d) => (d.costs = []), invalid: (d) => (d.deal = []), path: 'deal' },
  ];

  for (const { rule, valid, invalid, path, value } of rules) {
    describe(`rule ${rule} at ${path}`, () => {
      it('passes the valid case', () => {
        expect(problemsOf(broken(valid))).to.deep.equal([]);
      });
      it('reports the invalid case with its path, rule and value', () => {
        const problems = problemsOf(broken(invalid));
        const found = problems.find((p) => p.path === path);
        expect(found, JSON.stringify(problems)).to.exist;
        expect(found?.rule).to.equal(rule);
        if (value !== undefined) expect(found?.value).to.equal(value);
        expect(found?.message).to.be.a('string').and.not.equal('');
      });
      it('refuses the invalid case in strict mode', () => {
        expect(() => parseDataset(broken(invalid), { mode: 'strict' })).to.throw(DatasetError);
      });
    });
  }

  it('names the exact row: deals[17].closedAt: before createdAt', () => {
    const deals = Array.from({ length: 18 }, (_, i) => ({ id: `d${i}`, amount: 1, createdAt: '2024-01-10', closedAt: '2024-01-20', outcome: 'won', stage: 'Lead' }));
    (deals[17] as Mutable).closedAt = '2024-01-01';
    const error = (() => {
      try {
        parseDataset({ deals }, { mode: 'strict' });
      } catch (e) {
        return e as DatasetError;
      }
      throw new Error('expected a DatasetError');
    })();
    expect(error.problems).to.have.length(1);
    expect(error.problems[0]).to.include({ path: 'deals[17].closedAt', rule: 'closed-before-created', table: 'deals', row: 17 });
    expect(error.message).to.contain('deals[17].closedAt: before createdAt (2024-01-10T00:00:00.000Z)');
  });

  it('lenient mode leaves out exactly the bad rows and lists each; strict mode lists the same problems', () => {
    const input = broken((d) => {
      d.deals[0].amount = 'lots';
      d.orders[1].at = 'yesterday';
      d.orders[2].accountId = 'nobody';
    });
    const { dataset, problems, rows } = parseDataset(input, { mode: 'lenient' });
    expect(problems.map((p) => p.path)).to.deep.equal(['deals[0].amount', 'orders[1].at', 'orders[2].accountId', 'activities[1].dealId']);
    expect(dataset.deals?.map((d) => d.id)).to.deep.equal(['d2', 'd3']);
    expect(dataset.orders?.map((o) => o.id)).to.deep.equal(['o1']);
    expect(rows).to.deep.include({ deals: { given: 3, kept: 2 }, orders: { given: 3, kept: 1 }, accounts: { given: 3, kept: 3 } });
    // The activity that pointed at the deal left out is left out too, and says why.
    expect(dataset.activities?.map((a) => a.id)).to.deep.equal(['x1']);
    try {
      parseDataset(input, { mode: 'strict' });
      expect.fail('strict mode accepted a broken dataset');
    } catch (error) {
      expect(error).to.be.instanceOf(DatasetError);
      expect((error as DatasetError).problems.map((p) => p.path)).to.include.members(['deals[0].amount', 'orders[1].at', 'orders[2].accountId']);
    }
  });

  it('a reference to a row left out says so', () => {
    const problems = problemsOf(broken((d) => (d.accounts[1].createdAt = 'soon')));
    const ref = problems.find((p) => p.path === 'deals[1].accountId');
    expect(ref?.rule).to.equal('unknown-reference');
    expect(ref?.message).to.contain('accounts[1]');
  });

  it('checks references only against tables the dataset has', () => {
    const { problems } = parseDataset({ orders: [{ id: 'o1', accountId: 'anyone', at: '2024-01-01', amount: 5 }] }, { mode: 'strict' });
    expect(problems).to.deep.equal([]);
  });

  it('reports every bad field of a row, not only the first', () => {
    const problems = problemsOf(broken((d) => Object.assign(d.deals[2], { amount: -3, outcome: 'maybe', createdAt: 'now' })));
    expect(problems.map((p) => p.path).sort()).to.deep.equal(['deals[2].amount', 'deals[2].createdAt', 'deals[2].outcome']);
  });

  it('treats null as an absent value', () => {
    const { problems, dataset } = parseDataset(broken((d) => (d.deals[2].closedAt = null)), { mode: 'strict' });
    expect(problems).to.deep.equal([]);
    expect(dataset.deals?.[2]).to.not.have.property('closedAt');
  });

  it('shortens long offending values to at most 40 characters', () => {
    const problems = problemsOf(broken((d) => (d.deals[0].createdAt = 'x'.repeat(100_000))));
    expect(problems[0]?.value?.length).to.be.at.most(40);
  });

  it('refuses input that is not a dataset at all, in either mode, with a hint', () => {
    for (const input of [null, 'deals', 42, [{ id: 'd1' }]]) {
      expect(() => parseDataset(input, { mode: 'lenient' }), String(input)).to.throw(DatasetError, /expected a dataset/);
    }
    expect(() => parseDataset([{}])).to.throw(/wrap them: \{ "deals": \[\.\.\.\] \}/);
    expect(() => parseDataset({ deals: 'd1,d2' })).to.throw(DatasetError, /deals: expected a list of rows or an object of columns, got a string/);
    expect(() => parseDataset({ stages: 'Lead' })).to.throw(DatasetError, /stages: expected a list of stage names/);
    expect(() => parseDataset({ stages: ['Lead', 3, 'Proposal'] })).to.throw(DatasetError, /^stages\[1\]: expected a stage name \(non-empty text\), got a number$/);
    expect(() => parseDataset({ stages: ['Lead', 'Won', ''] })).to.throw(DatasetError, /^stages\[2\]: expected a stage name \(non-empty text\), got empty text$/);
  });

  it('refuses a dataset with rows but no usable row, even leniently', () => {
    expect(() => parseDataset({ deals: [{ id: 1 }, { nope: true }] })).to.throw(DatasetError, /No usable rows: all 2 rows have problems/);
  });

  it('accepts an empty dataset and empty tables (the element shows its empty state)', () => {
    expect(parseDataset({}).problems).to.deep.equal([]);
    expect(parseDataset({ deals: [], stages: [] }).dataset).to.deep.equal({ deals: [], stages: [] });
  });

  it('refuses an unknown mode with the valid ones', () => {
    expect(() => parseDataset({}, { mode: 'loose' as 'strict' })).to.throw(RangeError, /"strict" or "lenient"/);
  });

  it('keeps the first of duplicate ids and names where it was first used', () => {
    const d = smallDataset() as DatasetInput & Mutable;
    d.orders = [...(d.orders ?? []), { ...d.orders![0]!, amount: 1 }];
    const { dataset, problems } = parseDataset(d);
    expect(problems).to.have.length(1);
    expect(problems[0]?.message).to.contain('orders[0]');
    expect(dataset.orders?.filter((o) => o.id === 'o1')[0]?.amount).to.equal(400);
  });
});
