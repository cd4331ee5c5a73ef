/**
 * The fast path of the row checks may only ever accept what the zod schemas accept, and must
 * parse it to the same row; the problems of a dataset are then zod's either way. Checked on
 * generated rows that mix valid and broken values in every field, and on the generator's data.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { generateDataset } from '../../src/generator/index.js';
import { parseDataset } from '../../src/schema/index.js';
import { fastRowChecks } from '../../src/schema/fast-rows.js';
import { rowSchemas, ROW_TABLES, type RowTableName } from '../../src/schema/tables.js';
import { parseInstant } from '../../src/time/instant.js';

/** Values that are valid for some field and broken for others: every field gets all of them. */
const anyValue = fc.oneof(
  fc.constantFrom(
    'a', '', ' ', 'won', 'lost', 'open', 'new', 'upsell', 'test', 'control', 'call', 'email', 'inbound', 'outbound', 'nps', 'ces', 'csat', 'sales', 'service',
    '2024-01-31', '2024-02-29', '2023-02-29', '2024-13-01', '2024-00-10', '2024-1-5', '2024/01/05', '2024-01-05T10:20:30.123Z', '2024-01-05T24:00:00.000Z',
    '2024-01-05T10:60:00.000Z', '2024-01-05T10:20:30Z', '2024-01-05T10:20:30.123+02:00', '2024-01-05 10:20', '0000-01-01', '9999-12-31T23:59:59.999Z', '2024-01-05T10:20:30.1234Z',
    '1704067200000', 'NaN', '<img src=x onerror=alert(1)>',
  ),
  fc.constantFrom(0, -0, 1, 2, 7, -1, 1.5, 10, 1e15, -1e15, 1e15 + 2, 1704067200000, 8.64e15, 8.64e15 + 1, -8.64e15, 1e308, Number.NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2),
  fc.constantFrom(true, false, null, undefined),
  fc.constantFrom([], [{ stage: 'Lead', at: '2024-01-01' }], [{ stage: '', at: '2024-01-01' }], [{ stage: 'Lead', at: 'x' }], [{ stage: 'Lead' }], [null], {}, { stage: 'Lead', at: 0 }),
  fc.string({ maxLength: 30 }),
  fc.double(),
  fc.integer(),
);

/** The names each table's schema knows, plus one it does not. */
function fieldNames(table: RowTableName): string[] {
  const shape = (rowSchemas[table] as unknown as { def: { shape: Record<string, unknown> } }).def.shape;
  return [...Object.keys(shape), 'extra'];
}

/** A row of `table`: each field absent or any value, and most fields valid often enough to pass. */
function rowOf(table: RowTableName, valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const fields = fieldNames(table);
  return fc.tuple(...fields.map(() => fc.oneof({ weight: 6, arbitrary: fc.constant('keep') }, { weight: 1, arbitrary: fc.constant('drop') }, { weight: 3, arbitrary: anyValue.map((v) => ({ v })) }))).map((choices) => {
    const row: Record<string, unknown> = {};
    fields.forEach((name, i) => {
      const choice = choices[i];
      if (choice === 'drop') return;
      if (choice === 'keep') {
        if (name in valid) row[name] = valid[name];
      } else row[name] = (choice as { v: unknown }).v;
    });
    return row;
  });
}

const VALID: Record<RowTableName, Record<string, unknown>> = {
  accounts: { id: 'A', name: 'Acme', segment: 'SMB', owner: 'Ann', createdAt: '2024-01-01', churnedAt: '2024-06-01T00:00:00.000Z', campaignId: 'C', group: 'test' },
  deals: { id: 'D', accountId: 'A', owner: 'Ann', amount: 100, createdAt: '2024-01-01', closedAt: '2024-03-01', outcome: 'won', stage: 'Lead', history: [{ stage: 'Lead', at: '2024-01-01' }], kind: 'new', campaignId: 'C' },
  orders: { id: 'O', accountId: 'A', at: '2024-01-05T10:20:30.123Z', amount: -5, cost: 2, items: 3, product: 'P' },
  subscriptions: { id: 'S', accountId: 'A', start: '2024-01-01', end: '2025-01-01', amount: 10, renewed: true },
  activities: { id: 'X', at: 1704067200000, type: 'call', direction: 'outbound', owner: 'Ann', accountId: 'A', dealId: 'D', responded: false },
  campaigns: { id: 'C', name: 'Spring', channel: 'email', cost: 50, start: '2024-01-01', end: '2024-02-01' },
  surveys: { at: '2024-01-05', kind: 'nps', score: 9, scale: 10, accountId: 'A' },
  tickets: { id: 'T', openedAt: '2024-01-05', firstResponseAt: '2024-01-05T01:00:00.000Z', resolvedAt: '2024-01-06', contacts: 1, agent: 'Bo', accountId: 'A' },
  costs: { at: '2024-01-31', category: 'sales', amount: 1000 },
};

describe('fast row checks', () => {
  for (const table of ROW_TABLES) {
    it(`${table}: accepts only rows the zod schema accepts, parsed the same`, () => {
      let accepted = 0;
      let refused = 0;
      fc.assert(
        fc.property(rowOf(table, VALID[table]), (row) => {
          const fast = fastRowChecks[table](row);
          // The schema is given nulls as absent (row-check.ts's withoutNulls), as the parser does.
          const withoutNulls = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));
          const zod = rowSchemas[table].safeParse(withoutNulls);
          if (fast === undefined) {
            refused++;
            return;
          }
          accepted++;
          expect(zod.success, `zod refuses what the fast path took: ${JSON.stringify(row)}`).to.equal(true);
          // The dataset is made from the checked columns, where a key holding `undefined`
          // (JavaScript data, never JSON) reads as absent whichever path the row took.
          expect(fast).to.deep.equal(Object.fromEntries(Object.entries(zod.data as object).filter(([, v]) => v !== undefined)));
        }),
        { seed: 20261124, numRuns: 600 },
      );
      // Both ways taken often: the property would say nothing if the fast path refused everything.
      expect(accepted, 'rows accepted').to.be.greaterThan(10);
      expect(refused, 'rows refused').to.be.greaterThan(20);
    });
  }

  it('accepts every row of clean generated data, and the dataset and problems equal the zod-only parse', () => {
    const data = generateDataset({ seed: 11, accounts: 300 });
    for (const table of ROW_TABLES) {
      const rows = (data as unknown as Record<string, unknown[]>)[table] ?? [];
      expect(rows.length, table).to.be.greaterThan(0);
      expect(rows.filter((row) => fastRowChecks[table](row) === undefined), `${table} rows refused`).to.deep.equal([]);
    }
    const broken = structuredClone(data) as unknown as Record<string, Record<string, unknown>[]>;
    broken.deals![3]!.amount = -1;
    broken.deals![5]!.createdAt = '2024-02-30';
    broken.orders![2]!.at = 'yesterday';
    broken.activities![7]!.type = 'fax';
    broken.surveys![1]!.score = Number.NaN;
    const fast = parseDataset(broken);
    const slow = parseDataset(broken, { fastPath: false });
    expect(fast.problems.length).to.be.greaterThanOrEqual(5);
    expect(fast.problems).to.deep.equal(slow.problems);
    expect(fast.dataset).to.deep.equal(slow.dataset);
    expect(fast.rows).to.deep.equal(slow.rows);
    expect(fast.problems.map((p) => p.path)).to.include.members(['deals[3].amount', 'deals[5].createdAt', 'orders[2].at', 'activities[7].type', 'surveys[1].score']);
  });

  it('reads the two common instant forms digit by digit exactly as the full grammar does', () => {
    const day = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));
    const clock = fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 999 }));
    const p = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(day, clock, fc.boolean(), ([y, m, d], [h, min, s, ms], withTime) => {
        const date = `${p(y, 4)}-${p(m, 2)}-${p(d, 2)}`;
        const text = withTime ? `${date}T${p(h, 2)}:${p(min, 2)}:${p(s, 2)}.${p(ms, 3)}Z` : date;
        // The reference: a Date set to the same fields in UTC (setUTCFullYear, so years 0–99
        // stay themselves), valid only where nothing rolled over and the clock is in range.
        const at = new Date(0);
        at.setUTCFullYear(y, m - 1, d);
        at.setUTCHours(withTime ? h : 0, withTime ? min : 0, withTime ? s : 0, withTime ? ms : 0);
        const inRange = m >= 1 && m <= 12 && d >= 1 && at.getUTCMonth() === m - 1 && at.getUTCDate() === d && (!withTime || (h <= 23 && min <= 59 && s <= 59));
        const reference = inRange ? at.getTime() : undefined;
        expect(parseInstant(text), text).to.equal(reference);
      }),
      { seed: 7, numRuns: 3000 },
    );
  });
});
