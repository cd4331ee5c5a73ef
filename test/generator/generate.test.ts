import { expect } from '@open-wc/testing';
import { generateDataset } from '../../src/generator/index.js';
import { parseDataset, toColumnar, type DatasetInput } from '../../src/schema/index.js';
import { ms, rows, smallSample } from './sample.js';

const TABLES = ['stages', 'accounts', 'deals', 'orders', 'subscriptions', 'activities', 'campaigns', 'surveys', 'tickets', 'costs'] as const;

/** Every time field, by table, as the canonical dataset names them. */
const TIME_FIELDS: Record<string, string[]> = {
  accounts: ['createdAt', 'churnedAt'],
  deals: ['createdAt', 'closedAt'],
  orders: ['at'],
  subscriptions: ['start', 'end'],
  activities: ['at'],
  campaigns: ['start', 'end'],
  surveys: ['at'],
  tickets: ['openedAt', 'firstResponseAt', 'resolvedAt'],
  costs: ['at'],
};

describe('generateDataset', () => {
  it('gives the same dataset, byte for byte, for the same options', () => {
    const a = generateDataset({ seed: 99, accounts: 300 });
    const b = generateDataset({ seed: 99, accounts: 300 });
    expect(a).to.deep.equal(b);
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
  });

  it('gives a different dataset for a different seed', () => {
    const a = generateDataset({ seed: 1, accounts: 300 });
    const b = generateDataset({ seed: 2, accounts: 300 });
    expect(JSON.stringify(a.deals)).to.not.equal(JSON.stringify(b.deals));
    expect(JSON.stringify(a.accounts)).to.not.equal(JSON.stringify(b.accounts));
  });

  it('fills every table of the canonical dataset at 300 accounts', () => {
    const dataset = smallSample();
    expect(Object.keys(dataset)).to.deep.equal([...TABLES]);
    for (const table of TABLES) expect(dataset[table]!.length, table).to.be.above(0);
    expect(dataset.stages).to.deep.equal(['Lead', 'Qualified', 'Proposal', 'Negotiation']);
    expect(dataset.accounts).to.have.length(300);
  });

  it('describes the same instants in epoch and ISO time formats', () => {
    const epoch = generateDataset({ seed: 5, accounts: 300, timeFormat: 'epoch' }) as Record<string, Record<string, unknown>[]>;
    const iso = generateDataset({ seed: 5, accounts: 300, timeFormat: 'iso' }) as Record<string, Record<string, unknown>[]>;
    let compared = 0;
    for (const [table, fields] of Object.entries(TIME_FIELDS)) {
      const e = epoch[table]!;
      const i = iso[table]!;
      expect(i).to.have.length(e.length);
      e.forEach((row, r) => {
        const other = i[r]!;
        expect(Object.keys(other), `${table}[${r}]`).to.deep.equal(Object.keys(row));
        for (const [field, value] of Object.entries(row)) {
          if (!fields.includes(field)) {
            if (field !== 'history') expect(other[field], `${table}[${r}].${field}`).to.deep.equal(value);
            continue;
          }
          expect(value).to.be.a('number');
          expect(other[field]).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
          expect(Date.parse(other[field] as string), `${table}[${r}].${field}`).to.equal(value);
          compared++;
        }
      });
    }
    epoch.deals!.forEach((deal, r) => {
      const history = deal.history as { stage: string; at: number }[];
      const other = iso.deals![r]!.history as { stage: string; at: string }[];
      expect(other.map((h) => h.stage)).to.deep.equal(history.map((h) => h.stage));
      expect(other.map((h) => Date.parse(h.at))).to.deep.equal(history.map((h) => h.at));
    });
    expect(compared).to.be.above(3000);
  });

  it('makes exactly the deals and orders asked for', () => {
    const more = generateDataset({ seed: 3, accounts: 300, deals: 2345, orders: 3456, timeFormat: 'epoch' });
    expect(more.deals).to.have.length(2345);
    expect(more.orders).to.have.length(3456);
    const fewer = generateDataset({ seed: 3, accounts: 300, deals: 120, orders: 0, timeFormat: 'epoch' });
    expect(fewer.deals).to.have.length(120);
    expect(fewer.deals!.every((d) => d.kind === 'new')).to.equal(true);
    expect(new Set(fewer.deals!.map((d) => d.accountId)).size).to.equal(120);
    expect(fewer.orders).to.have.length(0);
  });

  it('keeps deals unchanged when only the order count changes (independent streams)', () => {
    const a = generateDataset({ seed: 8, accounts: 300, orders: 500 });
    const b = generateDataset({ seed: 8, accounts: 300, orders: 900 });
    expect(a.deals).to.deep.equal(b.deals);
    expect(a.accounts).to.deep.equal(b.accounts);
  });

  it('keeps every time inside a custom span', () => {
    const dataset = generateDataset({ seed: 4, accounts: 300, start: '2019-07-01', months: 18, timeFormat: 'epoch' }) as Record<string, Record<string, unknown>[]>;
    const from = Date.UTC(2019, 6, 1);
    const to = Date.UTC(2021, 0, 1);
    for (const [table, fields] of Object.entries(TIME_FIELDS)) {
      for (const row of dataset[table]!) {
        for (const field of fields) {
          if (row[field] !== undefined) expect(row[field] as number, `${table}.${field}`).to.be.within(from, to - 1);
        }
      }
    }
    expect(dataset.costs).to.have.length(18 * 4);
  });

  it('refuses bad options with a message naming the option', () => {
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ seed: 1.5, accounts: 10 }, /^seed: /],
      [{ seed: '7', accounts: 10 }, /^seed: /],
      [{ seed: 1, accounts: 0 }, /^accounts: /],
      [{ seed: 1, accounts: 10, deals: -1 }, /^deals: /],
      [{ seed: 1, accounts: 10, orders: 2.5 }, /^orders: /],
      [{ seed: 1, accounts: 10, months: 0 }, /^months: /],
      [{ seed: 1, accounts: 10, start: '2022-02-30' }, /^start: /],
      [{ seed: 1, accounts: 10, start: 'yesterday' }, /^start: /],
      [{ seed: 1, accounts: 10, timeFormat: 'unix' }, /^timeFormat: /],
    ];
    for (const [options, message] of bad) {
      expect(() => generateDataset(options as never), JSON.stringify(options)).to.throw(RangeError, message);
    }
  });

  it('refuses an order total it cannot place: no account became a customer', () => {
    expect(() => generateDataset({ seed: 1, accounts: 1, deals: 0, orders: 10 })).to.throw(RangeError, /^orders: .*no account became a customer/);
  });

  it('parses strictly with zero problems, as rows and as columns, in both time formats', () => {
    for (const timeFormat of ['iso', 'epoch'] as const) {
      const dataset: DatasetInput = generateDataset({ seed: 12, accounts: 300, timeFormat });
      const parsed = parseDataset(dataset, { mode: 'strict' });
      expect(parsed.problems).to.deep.equal([]);
      expect(parsed.dataset.deals).to.have.length(rows(dataset, 'deals').length);
      expect(parsed.dataset.deals![0]!.createdAt).to.equal(ms(rows(dataset, 'deals')[0]!.createdAt));
      expect(parseDataset(toColumnar(dataset), { mode: 'strict' }).problems).to.deep.equal([]);
    }
  });
});
