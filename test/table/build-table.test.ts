import { expect } from '@open-wc/testing';
import { parseDataset, toColumnar, type DatasetInput } from '../../src/schema/index.js';
import { ABSENT, BOOLEAN_ABSENT, buildTable, ENUM_ABSENT, OUTCOME, type CrmTable } from '../../src/table/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const tableOf = (input: unknown): CrmTable => buildTable(parseDataset(input, { mode: 'strict' }).dataset);

/** Every column of a table as plain arrays, so two tables can be compared whole. */
function plain(table: CrmTable): unknown {
  return JSON.parse(
    JSON.stringify(table, (_key, value) => {
      if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>, (n) => (Number.isNaN(n) ? 'NaN' : n));
      if (value instanceof Set) return [...value].sort();
      if (value && typeof value === 'object' && 'values' in value && Array.isArray(value.values)) return value.values;
      return value;
    }),
  );
}

describe('buildTable', () => {
  const table = tableOf(smallDataset());

  it('holds numbers and times in typed arrays, absent values as NaN', () => {
    expect(table.deals.amount).to.be.instanceOf(Float64Array);
    expect(Array.from(table.deals.amount)).to.deep.equal([5000, 20000, 0]);
    expect(table.deals.createdAt[0]).to.equal(Date.UTC(2024, 1, 1));
    expect(table.deals.closedAt[2]).to.be.NaN;
    expect(Array.from(table.orders.amount)).to.deep.equal([400, -50, 900]);
    expect(Number.isNaN(table.orders.cost[1])).to.equal(true);
  });

  it('encodes outcomes, kinds and booleans as small codes', () => {
    expect(Array.from(table.deals.outcome)).to.deep.equal([OUTCOME.won, OUTCOME.lost, OUTCOME.open]);
    expect(table.deals.kind[0]).to.equal(0);
    expect(table.deals.kind[1]).to.equal(ENUM_ABSENT);
    expect(Array.from(table.activities.responded)).to.deep.equal([BOOLEAN_ABSENT, 1]);
    expect(Array.from(table.subscriptions.renewed)).to.deep.equal([1, BOOLEAN_ABSENT]);
  });

  it('keeps declared stages first, in pipeline order', () => {
    expect(table.stages.values).to.deep.equal(['Lead', 'Qualified', 'Proposal']);
    expect(table.declaredStages).to.equal(3);
    expect(Array.from(table.deals.stage)).to.deep.equal([2, 1, 0]);
  });

  it('stores stage histories flat', () => {
    expect(Array.from(table.deals.historyStart)).to.deep.equal([0, 3, 5, 5]);
    expect(Array.from(table.deals.historyStage)).to.deep.equal([0, 1, 2, 0, 1]);
    expect(table.deals.historyAt[2]).to.equal(Date.UTC(2024, 2, 1));
  });

  it('shares one owner dictionary across accounts, deals and activities', () => {
    const ana = table.owners.codeOf('Ana');
    expect(ana).to.not.equal(ABSENT);
    expect(table.accounts.owner[0]).to.equal(ana);
    expect(table.deals.owner[0]).to.equal(ana);
    expect(table.activities.owner[1]).to.equal(ana);
    expect(table.deals.owner[2]).to.equal(ABSENT);
  });

  it('indexes accounts by id and turns references into row numbers', () => {
    expect(table.accounts.ids.codeOf('a2')).to.equal(1);
    expect(Array.from(table.deals.account)).to.deep.equal([0, 1, 2]);
    expect(Array.from(table.orders.account)).to.deep.equal([0, 0, 1]);
    expect(table.activities.deal[1]).to.equal(table.deals.ids.codeOf('d1'));
    expect(table.accounts.campaign[0]).to.equal(0);
    expect(table.surveys.account[1]).to.equal(ABSENT);
  });

  it('resolves survey scales with their defaults', () => {
    expect(Array.from(table.surveys.scale)).to.deep.equal([10, 7, 5]);
  });

  it('knows accounts that only other tables name (purchase data without an accounts table)', () => {
    const t = tableOf({ orders: [
      { id: 'o1', accountId: 'c9', at: '2024-01-01', amount: 5 },
      { id: 'o2', accountId: 'c7', at: '2024-01-02', amount: 6 },
      { id: 'o3', accountId: 'c9', at: '2024-01-03', amount: 7 },
    ] });
    expect(t.accounts.length).to.equal(2);
    expect(t.accounts.declared).to.equal(0);
    expect(t.accounts.ids.values).to.deep.equal(['c9', 'c7']);
    expect(Array.from(t.orders.account)).to.deep.equal([0, 1, 0]);
    expect(t.accounts.createdAt[0]).to.be.NaN;
  });

  it('records the time span and the tables present', () => {
    expect(table.timeSpan.min).to.equal(Date.UTC(2024, 0, 5));
    expect(table.timeSpan.max).to.equal(Date.UTC(2024, 10, 1));
    expect([...table.present].sort()).to.deep.equal(['accounts', 'activities', 'campaigns', 'costs', 'deals', 'orders', 'stages', 'subscriptions', 'surveys', 'tickets']);
    const empty = tableOf({});
    expect(empty.deals.length).to.equal(0);
    expect(empty.timeSpan.min).to.be.NaN;
  });

  it('builds the identical table from columnar JSON and from row JSON', () => {
    const rows = smallDataset();
    const columnar = JSON.parse(JSON.stringify(toColumnar(rows))) as Record<string, unknown>;
    expect(columnar.deals).to.not.be.an('array');
    expect((columnar.deals as { id: string[] }).id).to.deep.equal(['d1', 'd2', 'd3']);
    expect((columnar.deals as { closedAt: unknown[] }).closedAt[2]).to.equal(null);
    expect(plain(tableOf(columnar))).to.deep.equal(plain(tableOf(rows)));
  });

  it('finds the same problems, at the same paths, in columnar JSON', () => {
    const rows = smallDataset() as DatasetInput & { deals: Record<string, unknown>[] };
    (rows.deals[1] as Record<string, unknown>).closedAt = '2023-01-01';
    const fromColumns = parseDataset(toColumnar(rows)).problems;
    expect(fromColumns).to.deep.equal(parseDataset(rows).problems);
    expect(fromColumns[0]?.path).to.equal('deals[1].closedAt');
  });

  it('refuses columns of unequal length, naming both', () => {
    expect(() => parseDataset({ deals: { id: ['a', 'b'], amount: [1] } })).to.throw(/deals\.amount: 1 values where deals\.id has 2/);
  });
});
