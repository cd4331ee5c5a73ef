import { expect } from '@open-wc/testing';
import { readDate } from '../../src/adapters/date-formats.js';
import { adaptCsv, type FieldMap } from '../../src/adapters/field-map.js';
import { AdapterError } from '../../src/adapters/location.js';
import { readNumber } from '../../src/adapters/number-formats.js';
import { formatProblem, parseDataset } from '../../src/schema/index.js';

const messages = (problems: readonly { path: string; message: string; value?: string }[]) => problems.map((p) => formatProblem(p as Parameters<typeof formatProblem>[0]));

describe('adapters: date formats', () => {
  it('reads every format into the dataset\'s instants, by the calendar', () => {
    const cases: [string, Parameters<typeof readDate>[1], string | number][] = [
      ['2024-03-05', 'ISO', '2024-03-05'],
      ['2024-03-05 14:30:00', 'ISO', '2024-03-05 14:30:00'],
      ['2024-03-05T14:30:00.000Z', 'ISO', '2024-03-05T14:30:00.000Z'],
      ['3/5/2024', 'M/D/YYYY', '2024-03-05'],
      ['03/05/2024 2:30 PM', 'M/D/YYYY', '2024-03-05T14:30:00'],
      ['12/31/2024 12:05 AM', 'M/D/YYYY', '2024-12-31T00:05:00'],
      ['3/5/2024 9:07', 'M/D/YYYY', '2024-03-05T09:07:00'],
      ['5/3/2024', 'D/M/YYYY', '2024-03-05'],
      ['29/2/2024 23:59:59', 'D/M/YYYY', '2024-02-29T23:59:59'],
      ['5.3.2024', 'D.M.YYYY', '2024-03-05'],
      ['05.03.2024 14:30', 'D.M.YYYY', '2024-03-05T14:30:00'],
      ['1709649000', 'epoch-s', 1_709_649_000_000],
      ['1709649000.5', 'epoch-s', 1_709_649_000_500],
      ['1709649000000', 'epoch-ms', 1_709_649_000_000],
    ];
    for (const [text, format, expected] of cases) expect(readDate(text, format), `${text} in ${format}`).to.equal(expected);
  });

  it('rejects dates that do not exist or are in another format', () => {
    const cases: [string, Parameters<typeof readDate>[1]][] = [
      ['31/02/2024', 'M/D/YYYY'],
      ['2/30/2024', 'M/D/YYYY'],
      ['2/29/2023', 'M/D/YYYY'],
      ['13/1/2024', 'M/D/YYYY'],
      ['3/5/24', 'M/D/YYYY'],
      ['3.5.2024', 'M/D/YYYY'],
      ['3/5/2024', 'D.M.YYYY'],
      ['3/5/2024 13:00 PM', 'M/D/YYYY'],
      ['3/5/2024 24:00', 'M/D/YYYY'],
      ['2024-02-30', 'ISO'],
      ['March 5, 2024', 'ISO'],
      ['1e9', 'epoch-s'],
      ['', 'epoch-ms'],
    ];
    for (const [text, format] of cases) expect(readDate(text, format), `${text} in ${format}`).to.equal(undefined);
  });

  it('places wall-clock times in the map\'s time zone, and leaves offsets alone', () => {
    // New York is UTC−5 in January and UTC−4 from 10 March 2024.
    expect(readDate('1/15/2024 9:00', 'M/D/YYYY', 'America/New_York')).to.equal('2024-01-15T14:00:00.000Z');
    expect(readDate('7/1/2024 9:00', 'M/D/YYYY', 'America/New_York')).to.equal('2024-07-01T13:00:00.000Z');
    expect(readDate('1/15/2024', 'M/D/YYYY', 'America/New_York')).to.equal('2024-01-15T05:00:00.000Z');
    expect(readDate('2024-01-15 09:00:00', 'ISO', 'Europe/Berlin')).to.equal('2024-01-15T08:00:00.000Z');
    expect(readDate('2024-01-15T09:00:00Z', 'ISO', 'Europe/Berlin')).to.equal('2024-01-15T09:00:00Z');
    expect(readDate('1709649000', 'epoch-s', 'Europe/Berlin')).to.equal(1_709_649_000_000);
  });
});

describe('adapters: number formats', () => {
  it('reads thousands separators, decimal commas, currency signs and codes, and negatives', () => {
    const cases: [string, Parameters<typeof readNumber>[1], number][] = [
      ['1234.5', 'plain', 1234.5],
      ['-0.25', 'plain', -0.25],
      ['$1,234.50', 'en', 1234.5],
      ['USD 1,234,567.89', 'en', 1_234_567.89],
      ['1234.50', 'en', 1234.5],
      ['(1,234.50)', 'en', -1234.5],
      ['-$1,234.50', 'en', -1234.5],
      ['$-5', 'en', -5],
      ['£12', 'en', 12],
      ['1.234,50 €', 'de', 1234.5],
      ['1.234,50€', 'de', 1234.5],
      ['-1.234,50 EUR', 'de', -1234.5],
      ['1234,5', 'de', 1234.5],
      ['1 234,50 €', 'fr', 1234.5],
      ['1\u202f234\u202f567,5', 'fr', 1_234_567.5],
      ["CHF 1'234.50", 'ch', 1234.5],
      ['0', 'en', 0],
    ];
    for (const [text, format, expected] of cases) expect(readNumber(text, format), `${text} in ${format}`).to.equal(expected);
  });

  it('rejects what is not a number in the format rather than guessing', () => {
    const cases: [string, Parameters<typeof readNumber>[1]][] = [
      ['1,234.50', 'plain'],
      ['12,34,5', 'en'],
      ['1,23', 'en'],
      ['1.234,50', 'en'],
      ['1,234.50', 'de'],
      ['12abc', 'en'],
      ['', 'en'],
      ['$', 'en'],
      ['--5', 'en'],
      ['(-5)', 'en'],
      ['1 234.50', 'en'],
    ];
    for (const [text, format] of cases) expect(readNumber(text, format), `${text} in ${format}`).to.equal(undefined);
  });
});

describe('adapters: adaptCsv with a field map', () => {
  const export_ = [
    'Deal ID,Amount,Create Date,Close Date,Deal Stage,Owner,Won',
    'D-1,"$12,500.00",1/15/2024,2/20/2024,Closed Won,Ana,yes',
    'D-2,"$3,000.00",1/20/2024,,Proposal,Ben,no',
    'D-3,$750.25,2/1/2024,2/28/2024,Closed Lost,,no',
  ].join('\r\n');
  const map: FieldMap = {
    table: 'deals',
    fields: {
      id: 'Deal ID',
      amount: { column: 'Amount', number: 'en' },
      createdAt: { column: 'Create Date', date: 'M/D/YYYY' },
      closedAt: { column: 'Close Date', date: 'M/D/YYYY' },
      outcome: { column: 'Deal Stage', values: { 'Closed Won': 'won', 'Closed Lost': 'lost' }, otherwise: 'open' },
      stage: { column: 'Deal Stage', values: { 'Closed Won': 'Proposal', 'Closed Lost': 'Lead' }, keepUnmapped: true },
      owner: 'Owner',
      kind: { constant: 'new' },
    },
    stages: ['Lead', 'Proposal'],
  };

  it('maps columns, reads dates and money, applies value maps and constants', () => {
    const { dataset, problems, rows } = adaptCsv(export_, map, { source: 'deals.csv' });
    expect(problems).to.deep.equal([]);
    expect(rows).to.deep.equal({ given: 3, kept: 3 });
    expect(dataset).to.deep.equal({
      stages: ['Lead', 'Proposal'],
      deals: [
        { id: 'D-1', amount: 12500, createdAt: '2024-01-15', closedAt: '2024-02-20', outcome: 'won', stage: 'Proposal', owner: 'Ana', kind: 'new' },
        { id: 'D-2', amount: 3000, createdAt: '2024-01-20', outcome: 'open', stage: 'Proposal', owner: 'Ben', kind: 'new' },
        { id: 'D-3', amount: 750.25, createdAt: '2024-02-01', closedAt: '2024-02-28', outcome: 'lost', stage: 'Lead', kind: 'new' },
      ],
    });
    // The result is a valid dataset as it stands.
    expect(parseDataset(dataset, { mode: 'strict' }).problems).to.deep.equal([]);
  });

  it('locates every bad cell by file, line, column and name, and leaves its row out', () => {
    const text = [
      'Deal ID,Amount,Create Date,Close Date,Deal Stage,Owner,Won',
      'D-1,"$12,500.00",1/15/2024,2/20/2024,Closed Won,Ana,yes',
      'D-2,12abc,1/20/2024,31/02/2024,Proposal,Ben,no',
      'D-3,$750.25,,2/28/2024,Closed Lost,,no',
    ].join('\n');
    const { dataset, problems, rows } = adaptCsv(text, map, { source: 'deals.csv' });
    expect(dataset.deals?.map((d) => d.id)).to.deep.equal(['D-1']);
    expect(rows).to.deep.equal({ given: 3, kept: 1 });
    expect(messages(problems)).to.deep.equal([
      'deals.csv:3:2 (Amount): "12abc" is not a number in en format (like 1,234.50)',
      'deals.csv:3:4 (Close Date): "31/02/2024" is not a date in M/D/YYYY',
      'deals.csv:4:3 (Create Date): empty, but deals.createdAt is required',
    ]);
    expect(problems.map((p) => [p.rule, p.table])).to.deep.equal([
      ['type', 'deals'],
      ['date', 'deals'],
      ['required', 'deals'],
    ]);
  });

  it('reports text a value map does not list, unless `otherwise` or `keepUnmapped` says what it is', () => {
    const strictMap: FieldMap = { ...map, fields: { ...map.fields, outcome: { column: 'Deal Stage', values: { 'Closed Won': 'won', 'Closed Lost': 'lost', Proposal: 'open' } } } };
    const text = 'Deal ID,Amount,Create Date,Close Date,Deal Stage,Owner,Won\nD-9,1,1/1/2024,,Closed Wonn,Ana,no\n';
    expect(messages(adaptCsv(text, strictMap, { source: 'deals.csv' }).problems)).to.deep.equal(['deals.csv:2:5 (Deal Stage): "Closed Wonn" is not one of the mapped values ("Closed Won", "Closed Lost", "Proposal")']);
  });

  it('checks enumerated fields, booleans and counts by their kind', () => {
    const text = 'id,at,type,direction,responded\na1,2024-01-01,Call,inbound,maybe\na2,2024-01-02,call,outbound,TRUE\n';
    const { dataset, problems } = adaptCsv(text, { table: 'activities', fields: { id: 'id', at: 'at', type: 'type', direction: 'direction', responded: 'responded' } }, { source: 'act.csv' });
    expect(messages(problems)).to.deep.equal(['act.csv:2:3 (type): "Call" is not one of call, email, meeting, web, chat, other (map it with `values`)', 'act.csv:2:5 (responded): "maybe" is not true or false (write true/false, yes/no or 1/0)']);
    expect(dataset.activities).to.deep.equal([{ id: 'a2', at: '2024-01-02', type: 'call', direction: 'outbound', responded: true }]);
    const tickets = adaptCsv('id,opened,contacts\nt1,2024-01-01,2.5\nt2,2024-01-01,-1\nt3,2024-01-01,"1,000"\n', { table: 'tickets', fields: { id: 'id', openedAt: 'opened', contacts: { column: 'contacts', number: 'en' } } }, { source: 't.csv' });
    expect(messages(tickets.problems)).to.deep.equal(['t.csv:2:3 (contacts): "2.5" is not a whole number', 't.csv:3:3 (contacts): "-1" is negative, but counts are 0 or more']);
    expect(tickets.dataset.tickets).to.deep.equal([{ id: 't3', openedAt: '2024-01-01', contacts: 1000 }]);
  });

  it('tries a list of rules in order, takes defaults for empty cells, and reads a condition', () => {
    const text = 'id,amount,created,won,lost,status\nd1,,2024-01-01,2024-02-01,,won\nd2,5,2024-01-02,,2024-02-03,lost\nd3,7,2024-01-03,2024-01-09,,open\n';
    const { dataset } = adaptCsv(
      text,
      {
        table: 'deals',
        fields: {
          id: 'id',
          amount: { column: 'amount', default: 0 },
          createdAt: 'created',
          closedAt: [
            { column: 'won', onlyWhen: { column: 'status', values: ['won'] } },
            { column: 'lost', onlyWhen: { column: 'status', values: ['lost'] } },
          ],
          outcome: 'status',
          stage: { constant: 'Lead' },
        },
      },
      { source: 'd.csv' },
    );
    expect(dataset.deals).to.deep.equal([
      { id: 'd1', amount: 0, createdAt: '2024-01-01', closedAt: '2024-02-01', outcome: 'won', stage: 'Lead' },
      { id: 'd2', amount: 5, createdAt: '2024-01-02', closedAt: '2024-02-03', outcome: 'lost', stage: 'Lead' },
      { id: 'd3', amount: 7, createdAt: '2024-01-03', outcome: 'open', stage: 'Lead' },
    ]);
  });

  it('builds a stage history from one date column per stage, in time order', () => {
    const text = 'id,created,Entered Lead,Entered Demo,Entered Offer\nd1,2024-01-01,2024-01-01,2024-01-09,\nd2,2024-01-02,2024-01-05,2024-01-03,2024-01-20\nd3,2024-01-03,,,\n';
    const { dataset } = adaptCsv(
      text,
      {
        table: 'deals',
        fields: {
          id: 'id',
          amount: { constant: 1 },
          createdAt: 'created',
          outcome: { constant: 'open' },
          stage: { constant: 'Lead' },
          history: { history: [{ stage: 'Lead', column: 'Entered Lead' }, { stage: 'Demo', column: 'Entered Demo' }, { stage: 'Offer', column: 'Entered Offer' }] },
        },
      },
      { source: 'h.csv' },
    );
    expect(dataset.deals?.map((d) => d.history)).to.deep.equal([
      [{ stage: 'Lead', at: '2024-01-01' }, { stage: 'Demo', at: '2024-01-09' }],
      [{ stage: 'Demo', at: '2024-01-03' }, { stage: 'Lead', at: '2024-01-05' }, { stage: 'Offer', at: '2024-01-20' }],
      undefined,
    ]);
  });

  it('missing column: a located error that lists the header, unless the rule is optional', () => {
    const text = 'Deal ID,Amount,Create Date,Deal Stage,Owner\nD-1,1,1/1/2024,Proposal,Ana\n';
    expect(() => adaptCsv(text, map, { source: 'deals.csv' })).to.throw(AdapterError, 'deals.csv:1: no column "Close Date" for deals.closedAt; the header has: Deal ID, Amount, Create Date, Deal Stage, Owner');
    const optional: FieldMap = { ...map, fields: { ...map.fields, closedAt: { column: 'Close Date', date: 'M/D/YYYY', optional: true } } };
    expect(adaptCsv(text, optional, { source: 'deals.csv' }).dataset.deals?.[0]).to.deep.equal({ id: 'D-1', amount: 1, createdAt: '2024-01-01', outcome: 'open', stage: 'Proposal', owner: 'Ana', kind: 'new' });
    expect(() => adaptCsv('Deal ID,Amount,Amount\n', map, { source: 'deals.csv' })).to.throw(AdapterError, 'deals.csv:1: the column "Amount" appears twice in the header (columns 2 and 3), so it is not clear which to read');
  });

  it('a map that cannot work is refused before any row is read', () => {
    const bad = (fields: FieldMap['fields'], table: FieldMap['table'] = 'deals') => () => adaptCsv('a\n1\n', { table, fields });
    expect(bad({ id: 'a' }, 'nope' as 'deals')).to.throw(RangeError, 'unknown table: "nope"');
    expect(bad({ ...map.fields, currency: { constant: 'USD' } })).to.throw(RangeError, 'field map for deals.currency: deals has no field "currency"');
    expect(bad({ id: 'a', amount: 'a', createdAt: 'a' })).to.throw(RangeError, 'field map for deals: no rule for the required fields outcome, stage');
    expect(bad({ ...map.fields, outcome: { constant: 'Won' } })).to.throw(RangeError, 'field map for deals.outcome: the constant is "Won", but the field takes one of open, won, lost');
    expect(bad({ ...map.fields, createdAt: { column: 'a', date: 'YYYY/MM/DD' as 'ISO' } })).to.throw(RangeError, 'unknown date format "YYYY/MM/DD"');
    expect(bad({ ...map.fields, amount: { column: 'a', date: 'ISO' } })).to.throw(RangeError, '`date` is for date fields');
    expect(bad({ ...map.fields, outcome: { column: 'a', values: { Won: 'victory' } } })).to.throw(RangeError, 'the value of "Won" is "victory", but the field takes one of open, won, lost');
    expect(() => adaptCsv('a\n1\n', { ...map, timeZone: 'Mars/Olympus' })).to.throw(RangeError, 'unknown time zone');
  });
});
