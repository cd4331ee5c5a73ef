/**
 * Columnar input is checked from its columns, never turned into rows, and must give what the
 * row path gives: the same problems with the same located messages (row index = position in
 * the column), the same rows left out, the same dataset and the same table — and the zod-only
 * path (`fastPath: false`) the same again, on either form.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { generateDataset } from '../../src/generator/index.js';
import { DatasetError, parseDataset, toColumnar, type DatasetInput, type DatasetProblem, type ParsedDataset } from '../../src/schema/index.js';
import { ROW_SPECS } from '../../src/schema/row-specs.js';
import { ROW_TABLES, type RowTableName } from '../../src/schema/tables.js';
import { buildTable } from '../../src/table/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { plainTable } from '../support/plain-table.js';

type Mutable = Record<string, any>;

/** What one parse gave: its result, or the DatasetError it threw (message and problems). */
type Outcome = { ok: ParsedDataset } | { error: string; problems: readonly DatasetProblem[] };

function attempt(input: unknown, options: Parameters<typeof parseDataset>[1]): Outcome {
  try {
    return { ok: parseDataset(input, options) };
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return { error: error.message, problems: error.problems };
  }
}

/** An outcome as plain data, its table built first (from the checked columns: no row read yet). */
function settled(outcome: Outcome): unknown {
  if (!('ok' in outcome)) return outcome;
  const table = plainTable(buildTable(outcome.ok.dataset));
  const { dataset, problems, rows } = outcome.ok;
  // The table again from plain row objects (a structured clone keeps -0): the rows path of
  // buildTable must agree.
  const copy = structuredClone({ ...dataset });
  return { dataset: copy, problems, rows, table, fromRows: plainTable(buildTable(copy)) };
}

/** The four ways to parse `input`: rows or columns, fast path or zod only; all must agree. */
function expectSameEveryWay(input: Mutable, mode: 'strict' | 'lenient'): Outcome {
  const columnar = toColumnar(input as DatasetInput);
  const rows = attempt(input, { mode });
  const expected = settled(rows);
  if ('ok' in rows) {
    const s = expected as { table: unknown; fromRows: unknown };
    expect(s.table, 'table from columns = table from rows').to.deep.equal(s.fromRows);
  }
  expect(settled(attempt(columnar, { mode })), 'columnar').to.deep.equal(expected);
  expect(settled(attempt(input, { mode, fastPath: false })), 'rows, zod only').to.deep.equal(expected);
  expect(settled(attempt(columnar, { mode, fastPath: false })), 'columnar, zod only').to.deep.equal(expected);
  return rows;
}

/** Values valid for some field and broken for others. */
const anyValue = fc.oneof(
  fc.constantFrom(
    'a', '', 'won', 'lost', 'open', 'new', 'test', 'call', 'inbound', 'nps', 'csat', 'sales', 'Lead', 'Proposal', 'Demo', 'a1', 'a2', 'd1', 'c1', 'a404',
    '2024-01-31', '2024-02-30', '2024-13-01', '2024-01-05T10:20:30.123Z', '2024-01-05T10:20:30Z', '2024-01-05 10:20', '2023-12-31', '2099-01-01', 'April 1, 2024',
  ),
  fc.constantFrom(0, -0, 1, 2, 5, 7, 10, 11, -1, 1.5, 1e15, -1e15, 1e15 + 2, -2e15, 1704067200000, 8.64e15 + 1, Number.NaN, Infinity, -Infinity),
  fc.constantFrom(true, false, null, undefined),
  fc.constantFrom([], [{ stage: 'Lead', at: '2024-01-01' }, { stage: 'Qualified', at: '2023-01-01' }], [{ stage: 'Demo', at: '2024-01-01' }], [{ stage: '', at: 0 }], [null], {}),
);

/** One change to a dataset: a field of a row set, deleted or nulled, an id copied, a row duplicated. */
const change = fc.record({
  table: fc.constantFrom(...ROW_TABLES),
  row: fc.nat(1000),
  field: fc.nat(20),
  action: fc.oneof(
    { weight: 5, arbitrary: anyValue.map((value) => ({ set: value })) },
    { weight: 1, arbitrary: fc.constant('delete' as const) },
    { weight: 1, arbitrary: fc.constant('null' as const) },
    { weight: 1, arbitrary: fc.constant('copy-id' as const) },
    { weight: 1, arbitrary: fc.constant('duplicate-row' as const) },
  ),
});

type Change = { table: RowTableName; row: number; field: number; action: { set: unknown } | 'delete' | 'null' | 'copy-id' | 'duplicate-row' };

function applyChange(d: Mutable, { table, row, field, action }: Change): void {
  const rows = d[table] as Mutable[] | undefined;
  if (!rows || rows.length === 0) return;
  const target = rows[row % rows.length] as Mutable;
  const fields = [...ROW_SPECS[table].map(([name]) => name), 'extra'];
  const name = fields[field % fields.length] as string;
  if (action === 'delete') delete target[name];
  else if (action === 'null') target[name] = null;
  else if (action === 'copy-id') target.id = (rows[(row + 1) % rows.length] as Mutable).id;
  else if (action === 'duplicate-row') rows.push(structuredClone(target));
  else target[name] = action.set;
}

const bases: (() => Mutable)[] = [
  () => smallDataset() as Mutable,
  () => generateDataset({ seed: 3, accounts: 6 }) as Mutable,
  () => generateDataset({ seed: 8, accounts: 4, timeFormat: 'epoch' }) as Mutable,
];

describe('columnar input', () => {
  it('gives the same problems, rows, dataset and table as rows and as zod alone, for random broken datasets', () => {
    let clean = 0;
    let refusedWhole = 0;
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.array(change, { maxLength: 6 }), fc.constantFrom('lenient' as const, 'strict' as const), (base, changes, mode) => {
        const input = (bases[base] as () => Mutable)();
        for (const c of changes) applyChange(input, c);
        const outcome = expectSameEveryWay(input, mode);
        if ('ok' in outcome && outcome.ok.problems.length === 0) clean++;
        if (!('ok' in outcome)) refusedWhole++;
      }),
      { seed: 20261125, numRuns: 250 },
    );
    // Both kinds of outcome met often enough for the property to say something.
    expect(clean, 'clean datasets').to.be.greaterThan(10);
    expect(refusedWhole, 'datasets refused').to.be.greaterThan(10);
  });

  it('checks a generated dataset of every table the same way in both forms', () => {
    const outcome = expectSameEveryWay(generateDataset({ seed: 5, accounts: 200 }) as Mutable, 'lenient');
    expect('ok' in outcome && outcome.ok.problems).to.deep.equal([]);
  });

  /** The small fixture with `change` made to its columnar form. */
  function columnsWith(change: (c: Mutable) => void): Mutable {
    const columns = toColumnar(smallDataset()) as Mutable;
    change(columns);
    return columns;
  }

  // Each fault in columnar form next to the same fault in rows: the problems must be the same,
  // and name the row by its position in the column.
  const faults: { fault: string; columns: (c: Mutable) => void; rows: (d: Mutable) => void; path: string; rule: string }[] = [
    { fault: 'wrong type in a column', columns: (c) => (c.deals.amount[1] = '5000'), rows: (d) => (d.deals[1].amount = '5000'), path: 'deals[1].amount', rule: 'type' },
    { fault: 'a required column missing', columns: (c) => delete c.orders.at, rows: (d) => d.orders.forEach((o: Mutable) => delete o.at), path: 'orders[0].at', rule: 'required' },
    { fault: 'null in a required column', columns: (c) => (c.deals.createdAt[2] = null), rows: (d) => (d.deals[2].createdAt = null), path: 'deals[2].createdAt', rule: 'required' },
    { fault: 'bad date string', columns: (c) => (c.costs.at[0] = '2024-02-30'), rows: (d) => (d.costs[0].at = '2024-02-30'), path: 'costs[0].at', rule: 'date' },
    { fault: 'NaN', columns: (c) => (c.surveys.score[1] = Number.NaN), rows: (d) => (d.surveys[1].score = Number.NaN), path: 'surveys[1].score', rule: 'type' },
    { fault: 'Infinity as a time', columns: (c) => (c.orders.at[1] = Infinity), rows: (d) => (d.orders[1].at = Infinity), path: 'orders[1].at', rule: 'date' },
    { fault: 'money beyond ±1e15', columns: (c) => (c.orders.amount[2] = -2e15), rows: (d) => (d.orders[2].amount = -2e15), path: 'orders[2].amount', rule: 'range' },
    { fault: 'negative money', columns: (c) => (c.campaigns.cost[0] = -5), rows: (d) => (d.campaigns[0].cost = -5), path: 'campaigns[0].cost', rule: 'negative-money' },
    { fault: 'duplicate ids', columns: (c) => (c.orders.id[2] = 'o1'), rows: (d) => (d.orders[2].id = 'o1'), path: 'orders[2].id', rule: 'duplicate-id' },
    {
      fault: 'unordered stage history',
      columns: (c) => (c.deals.history[0] = [{ stage: 'Lead', at: '2024-02-01' }, { stage: 'Qualified', at: '2024-01-10' }]),
      rows: (d) => (d.deals[0].history = [{ stage: 'Lead', at: '2024-02-01' }, { stage: 'Qualified', at: '2024-01-10' }]),
      path: 'deals[0].history[1].at',
      rule: 'history-order',
    },
    { fault: 'a time before the one it follows', columns: (c) => (c.subscriptions.end[0] = '2024-01-01'), rows: (d) => (d.subscriptions[0].end = '2024-01-01'), path: 'subscriptions[0].end', rule: 'time-order' },
    { fault: 'unknown reference', columns: (c) => (c.deals.accountId[2] = 'a404'), rows: (d) => (d.deals[2].accountId = 'a404'), path: 'deals[2].accountId', rule: 'unknown-reference' },
    { fault: 'value outside an enum', columns: (c) => (c.activities.type[0] = 'fax'), rows: (d) => (d.activities[0].type = 'fax'), path: 'activities[0].type', rule: 'enum' },
  ];

  for (const { fault, columns, rows, path, rule } of faults) {
    it(`${fault}: the row path's problem at ${path}, in lenient and strict mode`, () => {
      const fromColumns = parseDataset(columnsWith(columns));
      const d = structuredClone(smallDataset()) as Mutable;
      rows(d);
      const fromRows = parseDataset(d);
      expect(fromColumns.problems).to.deep.equal(fromRows.problems);
      expect(fromColumns.rows).to.deep.equal(fromRows.rows);
      expect(fromColumns.problems.map((p) => `${p.path} ${p.rule}`)).to.include(`${path} ${rule}`);
      const strict = attempt(columnsWith(columns), { mode: 'strict' });
      expect('problems' in strict && strict.problems.map((p) => p.path)).to.include(path);
      expectSameEveryWay(d, 'lenient');
      expectSameEveryWay(d, 'strict');
    });
  }

  it('column lengths that differ are a located error naming both lengths', () => {
    const input = columnsWith((c) => c.deals.amount.pop());
    for (const mode of ['lenient', 'strict'] as const) {
      try {
        parseDataset(input, { mode });
        expect.fail('columns of unequal length accepted');
      } catch (error) {
        expect(error).to.be.instanceOf(DatasetError);
        expect((error as DatasetError).problems).to.deep.equal([{ path: 'deals.amount', rule: 'column-length', message: '2 values where deals.id has 3' }]);
        expect((error as DatasetError).message).to.equal('deals.amount: 2 values where deals.id has 3; columns must have equal lengths');
      }
    }
  });

  it('reads null in an optional column as absent', () => {
    const { problems, dataset } = parseDataset(columnsWith((c) => (c.deals.closedAt[1] = null)));
    expect(problems.map((p) => `${p.path} ${p.rule}`)).to.deep.equal(['deals[1].closedAt missing-closed-at']);
    expect(parseDataset(columnsWith((c) => (c.deals.kind[0] = null))).dataset.deals?.[0]).to.not.have.property('kind');
    expect(dataset.deals?.map((deal) => deal.id)).to.deep.equal(['d1', 'd3']);
  });
});

describe('the dataset of parseDataset', () => {
  it('makes a table\'s rows on first read, then holds them as a plain property', () => {
    const { dataset } = parseDataset(toColumnar(smallDataset()));
    const descriptor = Object.getOwnPropertyDescriptor(dataset, 'deals');
    expect(descriptor?.enumerable).to.equal(true);
    expect(descriptor?.get).to.be.a('function');
    const deals = dataset.deals;
    expect(deals).to.equal(dataset.deals);
    expect(Object.getOwnPropertyDescriptor(dataset, 'deals')).to.include({ value: deals, writable: true, enumerable: true });
    expect(Object.keys(dataset)).to.deep.equal(['stages', ...ROW_TABLES]);
    expect(JSON.parse(JSON.stringify(dataset))).to.deep.equal(JSON.parse(JSON.stringify(parseDataset(smallDataset()).dataset)));
  });

  it('builds the table from rows changed after they were read, and from a replaced table', () => {
    const { dataset } = parseDataset(smallDataset());
    (dataset.deals?.[0] as { amount: number }).amount = 1;
    dataset.orders = [];
    const table = buildTable(dataset);
    expect(table.deals.amount[0]).to.equal(1);
    expect(table.orders.length).to.equal(0);
    // Tables not read still come from the columns, with the same values as from rows.
    expect(plainTable(buildTable(parseDataset(smallDataset()).dataset))).to.deep.equal(plainTable(buildTable(JSON.parse(JSON.stringify(parseDataset(smallDataset()).dataset)))));
  });

  it('still reads from a frozen dataset, the same rows every time', () => {
    const { dataset } = parseDataset(smallDataset());
    Object.freeze(dataset);
    const accounts = dataset.accounts;
    expect(accounts).to.have.length(3);
    expect(dataset.accounts).to.equal(accounts);
    expect(buildTable(dataset).accounts.declared).to.equal(3);
  });

  it('leaves a structured clone and a spread with every row', () => {
    const { dataset } = parseDataset(toColumnar(smallDataset()));
    const copy = structuredClone({ ...dataset });
    expect(copy.deals?.map((d) => d.id)).to.deep.equal(['d1', 'd2', 'd3']);
    expect(copy.orders?.[2]?.at).to.equal(Date.UTC(2024, 4, 2, 10, 0));
  });
});
