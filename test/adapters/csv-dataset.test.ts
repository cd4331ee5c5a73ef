import { expect } from '@open-wc/testing';
import { readCanonicalCsv } from '../../src/adapters/csv-dataset.js';
import { isCsvResponse, isCsvUrl } from '../../src/adapters/fetch-text.js';
import { AdapterError } from '../../src/adapters/location.js';
import { formatProblem, parseDataset } from '../../src/schema/index.js';

function errorOf(text: string, table?: string): string {
  try {
    readCanonicalCsv(text, { source: 'data.csv', table: table ?? null });
  } catch (error) {
    expect(error).to.be.instanceOf(AdapterError);
    return (error as Error).message;
  }
  throw new Error('expected an AdapterError');
}

describe('adapters: canonical CSV (the table attribute)', () => {
  it('reads every kind of field as the dataset\'s JSON holds it', () => {
    const subscriptions = readCanonicalCsv('id,accountId,start,end,amount,renewed\ns1,a1,2024-01-01,2024-07-01T00:00:00Z,49.9,yes\ns2,a2,2024-02-01,,0,FALSE\ns3,a1,2024-03-01,,12,\n', { source: 's.csv', table: 'subscriptions' });
    expect(subscriptions.problems).to.deep.equal([]);
    expect(subscriptions.dataset).to.deep.equal({
      subscriptions: [
        { id: 's1', accountId: 'a1', start: '2024-01-01', end: '2024-07-01T00:00:00Z', amount: 49.9, renewed: true },
        { id: 's2', accountId: 'a2', start: '2024-02-01', amount: 0, renewed: false },
        { id: 's3', accountId: 'a1', start: '2024-03-01', amount: 12 },
      ],
    });
    const surveys = readCanonicalCsv('at;kind;score;scale\n2024-01-05;nps;9;\n2024-01-06;csat;4;5\n', { table: 'surveys' });
    expect(surveys.dataset.surveys).to.deep.equal([
      { at: '2024-01-05', kind: 'nps', score: 9 },
      { at: '2024-01-06', kind: 'csat', score: 4, scale: 5 },
    ]);
    expect(parseDataset(surveys.dataset, { mode: 'strict' }).problems).to.deep.equal([]);
  });

  it('guesses the table from the header when there is exactly one that fits', () => {
    expect(Object.keys(readCanonicalCsv('id,amount,createdAt,outcome,stage\nd1,5,2024-01-01,open,Lead\n').dataset)).to.deep.equal(['deals']);
    expect(Object.keys(readCanonicalCsv('at,category,amount\n2024-01-01,marketing,500\n').dataset)).to.deep.equal(['costs']);
    expect(Object.keys(readCanonicalCsv('id,createdAt\na1,2024-01-01\n').dataset)).to.deep.equal(['accounts']);
    expect(errorOf('id,name\na1,Acme\n')).to.equal('data.csv:1: cannot tell which table this CSV holds (its columns fit no table of the dataset): name it with the table attribute, e.g. table="deals"');
  });

  it('lists each bad cell with its place, the rule it breaks, and leaves the row out', () => {
    const { dataset, problems, rows } = readCanonicalCsv(
      'id,type,direction,at,responded\nx1,call,inbound,2024-01-01,yes\nx2,Call,inbound,2024-01-02,no\nx3,email,,2024-13-01,maybe\n',
      { source: 'activities.csv', table: 'activities' },
    );
    expect(dataset.activities?.map((a) => a.id)).to.deep.equal(['x1']);
    expect(rows).to.deep.equal({ given: 3, kept: 1 });
    expect(problems.map(formatProblem)).to.deep.equal([
      'activities.csv:3:2 (type): "Call" is not one of call, email, meeting, web, chat, other',
      'activities.csv:4:3 (direction): empty, but activities.direction is required',
      'activities.csv:4:4 (at): "2024-13-01" is not a date in ISO',
      'activities.csv:4:5 (responded): "maybe" is not true or false (write true/false, yes/no or 1/0)',
    ]);
    expect(problems.map((p) => p.rule)).to.deep.equal(['enum', 'required', 'date', 'type']);
    const counts = readCanonicalCsv('id,openedAt,contacts\nt1,2024-01-01,1.5\nt2,2024-01-01,-2\nt3,2024-01-01,"1,000"\n', { source: 't.csv', table: 'tickets' });
    expect(counts.problems.map(formatProblem)).to.deep.equal(['t.csv:2:3 (contacts): "1.5" is not a whole number', 't.csv:3:3 (contacts): "-2" is negative, but counts are 0 or more', 't.csv:4:3 (contacts): "1,000" is not a number (like 1234.50)']);
  });

  it('missing column, unknown column, a history column, an empty file: located errors', () => {
    expect(errorOf('id,amount,createdAt,outcome\nd1,5,2024-01-01,open\n', 'deals')).to.equal('data.csv:1: no column for the required field stage of deals (the header has: id, amount, createdAt, outcome)');
    expect(errorOf('id,amount,created_at,outcome,stage\n', 'deals')).to.equal(
      'data.csv:1:3 (created_at): not a field of deals (its fields: id, accountId, owner, amount, createdAt, closedAt, outcome, stage, kind, campaignId); to read other column names, use a field map (crm-kit/adapters)',
    );
    expect(errorOf('id,amount,createdAt,outcome,stage,history\n', 'deals')).to.match(/^data\.csv:1:6 \(history\): a deal's history cannot be a CSV column/);
    expect(errorOf('', 'deals')).to.equal('data.csv:1: the file is empty: a CSV file needs a header line');
    expect(errorOf('id,x\n', 'nope')).to.equal('data.csv:1: table="nope" is not a table of the dataset (expected one of accounts, deals, orders, subscriptions, activities, campaigns, surveys, tickets, costs)');
  });
});

describe('adapters: telling CSV from JSON', () => {
  it('a JSON media type wins; else the table attribute, a CSV media type or a .csv/.tsv path says CSV', () => {
    expect(isCsvResponse('/x.csv', 'application/json', 'deals')).to.equal(false);
    expect(isCsvResponse('/x', 'application/vnd.api+json', null)).to.equal(false);
    expect(isCsvResponse('/x', '', 'deals')).to.equal(true);
    expect(isCsvResponse('/x', 'text/csv', null)).to.equal(true);
    expect(isCsvResponse('/x', 'text/tab-separated-values', null)).to.equal(true);
    expect(isCsvResponse('/x', 'text/plain', null)).to.equal(false);
    expect(isCsvResponse('/x.CSV?v=2#top', 'text/plain', null)).to.equal(true);
    expect(isCsvUrl('/api/deals.tsv')).to.equal(true);
    expect(isCsvUrl('/api/deals.json?file=x.csv')).to.equal(false);
  });
});
