import { expect } from '@open-wc/testing';
import { csvAdapter } from '../../src/adapters/csv-adapter.js';
import { adaptCsv } from '../../src/adapters/field-map.js';
import { hubspotDeals } from '../../src/adapters/presets/hubspot.js';
import { pipedriveDeals } from '../../src/adapters/presets/pipedrive.js';
import { salesforceOpportunities } from '../../src/adapters/presets/salesforce.js';
import { computeMetric } from '../../src/metrics/index.js';
import { formatProblem, parseDataset, type DatasetInput } from '../../src/schema/index.js';

// The export files are hand-made to each vendor's documented columns and quirks; their
// composition, and so every figure below, is written out in test/fixtures/adapters/README.md.
const FIXTURES = '/test/fixtures/adapters/';
const fixture = async (name: string) => (await fetch(FIXTURES + name)).text();

/** The funnel of a converted dataset, which must be valid as it stands (strict). */
function funnelOf(dataset: DatasetInput) {
  const parsed = parseDataset(dataset, { mode: 'strict' });
  return computeMetric('funnel', parsed.dataset, { mode: 'reached' });
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('adapters: HubSpot deals preset', () => {
  it('reads the export: ids, owners, companies, M/D/YYYY H:mm dates, amounts, stage history', async () => {
    const { dataset, problems, rows } = adaptCsv(await fixture('hubspot-deals.csv'), hubspotDeals(), { source: 'hubspot-deals.csv' });
    expect(problems).to.deep.equal([]);
    expect(rows).to.deep.equal({ given: 24, kept: 24 });
    expect(dataset.stages).to.deep.equal(['Appointment Scheduled', 'Qualified To Buy', 'Presentation Scheduled', 'Decision Maker Bought-In', 'Contract Sent']);
    expect(dataset.deals?.[0]).to.deep.equal({
      id: '18110001373',
      owner: 'Maria Lopez',
      accountId: 'Acme Corp',
      amount: 12500,
      createdAt: '2024-01-08T09:15:00',
      closedAt: '2024-02-04T09:15:00',
      outcome: 'won',
      stage: 'Contract Sent',
      kind: 'new',
      history: [
        { stage: 'Appointment Scheduled', at: '2024-01-08T09:15:00' },
        { stage: 'Qualified To Buy', at: '2024-01-12T09:15:00' },
        { stage: 'Presentation Scheduled', at: '2024-01-17T09:15:00' },
        { stage: 'Decision Maker Bought-In', at: '2024-01-23T09:15:00' },
        { stage: 'Contract Sent', at: '2024-01-30T09:15:00' },
      ],
    });
    // An open deal: its "Close Date" is only expected, so it has no closedAt; its empty Amount is 0.
    expect(dataset.deals?.[12]).to.deep.equal({
      id: '18110017849',
      owner: 'Maria Lopez',
      accountId: 'Acme Corp',
      amount: 0,
      createdAt: '2024-02-13T11:39:00',
      outcome: 'open',
      stage: 'Appointment Scheduled',
      kind: 'new',
      history: [{ stage: 'Appointment Scheduled', at: '2024-02-13T11:39:00' }],
    });
    expect(dataset.deals?.[3]?.amount, '4750.50').to.equal(4750.5);
    expect(dataset.deals?.[1]?.amount, '"8,200.00"').to.equal(8200);
  });

  it('gives the funnel and win rate computed by hand', async () => {
    const { dataset } = adaptCsv(await fixture('hubspot-deals.csv'), hubspotDeals(), { source: 'hubspot-deals.csv' });
    const funnel = funnelOf(dataset);
    // 6 won (all stages), 5 lost (reaching 1, 1, 2, 3, 4 stages), 13 open (4, 3, 3, 2, 1 per stage).
    expect(funnel.stages.map((s) => s.count)).to.deep.equal([24, 18, 14, 10, 7]);
    expect([funnel.won, funnel.lost, funnel.open]).to.deep.equal([6, 5, 13]);
    expect(funnel.winRate.value).to.equal(6 / 11);
    expect(funnel.closeRate.value).to.equal(6 / 24);
    expect(funnel.stages[0]?.value).to.be.closeTo(307_850.5, 1e-9);
    // Contract Sent: the six won deals (73,350.50) and the one open deal there (40,000).
    expect(funnel.stages[4]?.value).to.be.closeTo(113_350.5, 1e-9);
  });

  it('reads the account\'s time zone and another date format when told', async () => {
    const { dataset } = adaptCsv(await fixture('hubspot-deals.csv'), hubspotDeals({ timeZone: 'America/New_York' }), { source: 'hubspot-deals.csv' });
    expect(dataset.deals?.[0]?.createdAt).to.equal('2024-01-08T14:15:00.000Z');
    const european = 'Record ID,Deal Stage,Amount,Close Date,Create Date\n1,Closed Won,"1.500,00",20.02.2024 10:00,03.01.2024 09:00\n';
    const { dataset: de } = adaptCsv(european, hubspotDeals({ dateFormat: 'D.M.YYYY', number: 'de' }), { source: 'de.csv' });
    expect(de.deals).to.deep.equal([{ id: '1', amount: 1500, createdAt: '2024-01-03T09:00:00', closedAt: '2024-02-20T10:00:00', outcome: 'won', stage: 'Contract Sent' }]);
  });
});

describe('adapters: Salesforce opportunities preset', () => {
  it('reads a Data Loader export: all fields quoted, CRLF, a name with a line break, ISO dates with Z', async () => {
    const { dataset, problems, rows } = adaptCsv(await fixture('salesforce-opportunities.csv'), salesforceOpportunities(), { source: 'salesforce-opportunities.csv' });
    expect(problems).to.deep.equal([]);
    expect(rows).to.deep.equal({ given: 30, kept: 30 });
    expect(dataset.deals?.[0]).to.deep.equal({
      id: '0068d00000Lm001QAA',
      accountId: '0018d00000AbcD1AAJ',
      owner: '0058d000004TqZ1AAK',
      amount: 35000,
      createdAt: '2023-10-02T14:03:11.000Z',
      closedAt: '2023-11-11',
      outcome: 'won',
      stage: 'Negotiation/Review',
      kind: 'new',
    });
    const kinds = dataset.deals?.map((d) => d.kind ?? '-').join(' ');
    expect(kinds).to.equal('new new upsell new - new upsell new new new new - new new new new - new new upsell new new new new upsell new new new new new');
  });

  it('gives the funnel and win rate computed by hand', async () => {
    const { dataset } = adaptCsv(await fixture('salesforce-opportunities.csv'), salesforceOpportunities(), { source: 'salesforce-opportunities.csv' });
    const funnel = funnelOf(dataset);
    // 8 won (every stage), 7 lost (the first stage only), 15 open: 3, 3, 2, 2, 1, 1, 2, 1 per stage.
    expect(funnel.stages.map((s) => s.count)).to.deep.equal([30, 20, 17, 15, 13, 12, 11, 9]);
    expect([funnel.won, funnel.lost, funnel.open]).to.deep.equal([8, 7, 15]);
    expect(funnel.winRate.value).to.equal(8 / 15);
    expect(funnel.closeRate.value).to.equal(8 / 30);
    expect(funnel.stages[0]?.value).to.equal(1_173_800);
    expect(funnel.stages[7]?.value).to.equal(389_000 + 72_000);
  });

  it('locates a bad date on the right line after a multi-line name', async () => {
    const text = (await fixture('salesforce-opportunities.csv')).replace('"2023-10-27T18:08:16.000Z"', '"10/27/2023"');
    const { problems, rows } = adaptCsv(text, salesforceOpportunities(), { source: 'salesforce-opportunities.csv' });
    expect(problems.map(formatProblem)).to.deep.equal(['salesforce-opportunities.csv:8:15 (CreatedDate): "10/27/2023" is not a date in ISO']);
    expect(rows).to.deep.equal({ given: 30, kept: 29 });
  });
});

describe('adapters: Pipedrive deals preset', () => {
  it('reads the export: BOM, "Deal - " columns, YYYY-MM-DD HH:mm:ss times, won and lost times', async () => {
    const { dataset, problems, rows } = adaptCsv(await fixture('pipedrive-deals.csv'), pipedriveDeals(), { source: 'pipedrive-deals.csv' });
    // The one deleted deal is not a deal of the pipeline: left out, and said so.
    expect(problems.map(formatProblem)).to.deep.equal(['pipedrive-deals.csv:27:14 (Deal - Status): "deleted" is not one of the mapped values ("open", "won", "lost")']);
    expect(rows).to.deep.equal({ given: 26, kept: 25 });
    expect(dataset.deals?.[0]).to.deep.equal({
      id: '101',
      owner: 'Anna Kask',
      accountId: 'Nordic Furniture OÜ',
      amount: 4500,
      createdAt: '2024-02-01 08:30:00',
      closedAt: '2024-02-20 10:30:00',
      outcome: 'won',
      stage: 'Negotiations Started',
    });
    const lost = dataset.deals?.find((d) => d.id === '122');
    expect(lost).to.deep.include({ outcome: 'lost', stage: 'Qualified', closedAt: '2024-02-20 17:47:49' });
    expect(dataset.deals?.filter((d) => d.outcome === 'open').every((d) => d.closedAt === undefined)).to.equal(true);
  });

  it('gives the funnel and win rate computed by hand', async () => {
    const { dataset } = adaptCsv(await fixture('pipedrive-deals.csv'), pipedriveDeals(), { source: 'pipedrive-deals.csv' });
    const funnel = funnelOf(dataset);
    // Pipedrive keeps a closed deal's stage: won 5 in Negotiations Started and 2 in Proposal Made;
    // lost 2, 2, 1, 1 in the first four stages; open 3, 3, 2, 2, 2.
    expect(funnel.stages.map((s) => s.count)).to.deep.equal([25, 20, 15, 12, 7]);
    expect([funnel.won, funnel.lost, funnel.open]).to.deep.equal([7, 6, 12]);
    expect(funnel.winRate.value).to.equal(7 / 13);
    expect(funnel.closeRate.value).to.equal(7 / 25);
    expect(funnel.stages[0]?.value).to.be.closeTo(182_300.5, 1e-9);
    expect(funnel.stages[4]?.value).to.be.closeTo(73_050.5, 1e-9);
    expect(sum(dataset.deals?.filter((d) => d.outcome === 'won').map((d) => d.amount as number) ?? [])).to.be.closeTo(52_650.5, 1e-9);
  });
});

describe('adapters: csvAdapter over a preset', () => {
  it('fetches the export, converts it and lists what it left out', async () => {
    const adapter = csvAdapter({ src: `${FIXTURES}pipedrive-deals.csv`, map: pipedriveDeals() });
    const dataset = await adapter.load(new AbortController().signal);
    expect(dataset.deals).to.have.length(25);
    expect(adapter.problems?.(dataset).map(formatProblem)).to.deep.equal([`${FIXTURES}pipedrive-deals.csv:27:14 (Deal - Status): "deleted" is not one of the mapped values ("open", "won", "lost")`]);
    expect(adapter.subscribe).to.equal(undefined);
  });

  it('rejects with the abort reason when aborted, and refreshes on a timer when asked', async () => {
    const adapter = csvAdapter({ src: `${FIXTURES}deals.csv`, table: 'deals', refreshMs: 20 });
    const abort = new AbortController();
    abort.abort(new DOMException('replaced', 'AbortError'));
    let reason: unknown;
    await Promise.resolve(adapter.load(abort.signal)).catch((error: unknown) => (reason = error));
    expect((reason as DOMException).message).to.equal('replaced');
    let calls = 0;
    const stop = adapter.subscribe?.(() => calls++);
    await new Promise((resolve) => setTimeout(resolve, 110));
    stop?.();
    const after = calls;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(after).to.be.greaterThan(1);
    expect(calls).to.equal(after);
  });

  it('refuses options that cannot work', () => {
    expect(() => csvAdapter({})).to.throw(RangeError, 'csvAdapter needs `src` (a URL) or `text`');
    expect(() => csvAdapter({ text: 'a', table: 'deals', map: pipedriveDeals() })).to.throw(RangeError, 'one of `map`, `convert` and `table`');
    expect(() => csvAdapter({ src: 'x.csv', refreshMs: 0 })).to.throw(RangeError, 'refreshMs must be a positive number');
  });
});
