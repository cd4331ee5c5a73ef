import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CrmAdapter, CrmAdapterListener } from '../../src/adapters/protocol.js';
import '../../src/elements/funnel/define.js';
import type { CrmFunnel } from '../../src/elements/funnel/funnel.js';
import type { CrmDataWarningEvent, CrmErrorEvent, CrmRenderEvent, CrmSelectEvent } from '../../src/events/index.js';
import { computeMetric } from '../../src/metrics/index.js';
import { formatProblem, parseDataset, type DatasetInput } from '../../src/schema/index.js';

const FIXTURES = '/test/fixtures/adapters/';

/** test/fixtures/adapters/deals.csv, as JSON. */
const csvDeals: DatasetInput = {
  deals: [
    { id: 'd1', accountId: 'a1', owner: 'Ana', amount: 1000, createdAt: '2024-01-02', outcome: 'open', stage: 'Lead', kind: 'new' },
    { id: 'd2', accountId: 'a2', owner: 'Ben', amount: 2500.5, createdAt: '2024-01-03', outcome: 'open', stage: 'Qualified', kind: 'new' },
    { id: 'd3', accountId: 'a1', owner: 'Ana', amount: 4000, createdAt: '2024-01-05', closedAt: '2024-02-10', outcome: 'won', stage: 'Proposal', kind: 'upsell' },
    { id: 'd4', accountId: 'a3', owner: 'Cy', amount: 1200, createdAt: '2024-01-08', closedAt: '2024-01-20', outcome: 'lost', stage: 'Lead' },
    { id: 'd5', accountId: 'a2', owner: 'Ben', amount: 800, createdAt: '2024-01-09', closedAt: '2024-02-01', outcome: 'lost', stage: 'Qualified' },
    { id: 'd6', accountId: 'a4', owner: 'Ana', amount: 3000, createdAt: '2024-01-15', closedAt: '2024-03-01', outcome: 'won', stage: 'Proposal', kind: 'new' },
    { id: 'd7', accountId: 'a3', owner: 'Cy', amount: 650, createdAt: '2024-01-20', outcome: 'open', stage: 'Proposal' },
    { id: 'd8', accountId: 'a4', owner: 'Ben', amount: 2200, createdAt: '2024-02-02', outcome: 'open', stage: 'Lead', kind: 'new' },
  ],
};

const pipeline = (amounts: number[]): DatasetInput => ({
  stages: ['Lead', 'Qualified', 'Proposal'],
  deals: amounts.map((amount, i) => ({ id: `p${i}`, amount, createdAt: '2024-01-01', outcome: 'open' as const, stage: ['Lead', 'Qualified', 'Proposal'][i % 3] as string })),
});

function makeFunnel(set: (el: CrmFunnel) => void): CrmFunnel {
  const el = document.createElement('crm-funnel');
  el.setAttribute('locale', 'en-US');
  el.style.width = '600px';
  set(el);
  return el;
}

/** Append a funnel and wait for its first drawing of data. */
async function drawn(el: CrmFunnel): Promise<CrmFunnel> {
  const rendered = oneEvent(el, 'crm-render') as Promise<CrmRenderEvent>;
  document.body.append(el);
  await rendered;
  await el.updateComplete;
  return el;
}

const stateText = (el: CrmFunnel) => el.shadowRoot?.querySelector('[part~="state"]')?.textContent ?? '';
const counts = (el: CrmFunnel) => el.result?.stages.map((s) => s.count);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('adapters: CSV as an element src', () => {
  afterEach(() => document.querySelectorAll('crm-funnel').forEach((el) => el.remove()));

  it('<crm-funnel src="…/deals.csv" table="deals"> draws what the same data as JSON gives', async () => {
    const el = await drawn(makeFunnel((f) => ((f.src = `${FIXTURES}deals.csv`), (f.table = 'deals'))));
    expect(el.result).to.deep.equal(computeMetric('funnel', parseDataset(csvDeals).dataset, { mode: 'reached', definition: 'won-over-closed' }));
    expect(counts(el)).to.deep.equal([8, 5, 3]);
    expect([el.result?.won, el.result?.lost, el.result?.open, el.result?.winRate.value]).to.deep.equal([2, 2, 4, 0.5]);
    expect([...el.shadowRoot!.querySelectorAll('g.stage-row .label')].map((t) => t.textContent)).to.deep.equal(['Lead', 'Qualified', 'Proposal']);
  });

  it('takes the table from the header when the URL ends in .csv and no table is set', async () => {
    const el = await drawn(makeFunnel((f) => f.setAttribute('src', `${FIXTURES}deals.csv`)));
    expect(counts(el)).to.deep.equal([8, 5, 3]);
  });

  it('reads CSV that a server labels text/csv at any URL, and JSON labelled JSON even with a table', async () => {
    const realFetch = window.fetch;
    const csvText = await (await realFetch(`${FIXTURES}deals.csv`)).text();
    window.fetch = async (input) => {
      const url = String(input);
      if (url.endsWith('/api/export')) return new Response(csvText, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
      if (url.endsWith('/api/json')) return new Response(JSON.stringify(pipeline([1, 2])), { headers: { 'Content-Type': 'application/json' } });
      return realFetch(input);
    };
    try {
      const csv = await drawn(makeFunnel((f) => (f.src = '/api/export')));
      expect(counts(csv)).to.deep.equal([8, 5, 3]);
      const json = await drawn(makeFunnel((f) => ((f.src = '/api/json'), (f.table = 'deals'))));
      expect(counts(json)).to.deep.equal([2, 1, 0]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows a file it cannot read as an error that names file, line and column', async () => {
    const el = makeFunnel((f) => ((f.src = `${FIXTURES}deals-stray-quote.csv`), (f.table = 'deals')));
    const error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    document.body.append(el);
    const message = `${FIXTURES}deals-stray-quote.csv:3:1 (id): stray quote: this field opens with a quote that is never closed (inside a quoted field, write a quote as "")`;
    expect((await error).detail.message).to.equal(message);
    await el.updateComplete;
    expect(stateText(el)).to.equal(`This chart could not be drawn. ${message}`);
    expect(el.result).to.equal(null);
  });

  it('leaves bad rows out, lists each with its location, and draws the rest', async () => {
    const el = makeFunnel((f) => ((f.src = `${FIXTURES}deals-bad-rows.csv`), (f.table = 'deals')));
    const warning = oneEvent(el, 'crm-data-warning') as Promise<CrmDataWarningEvent>;
    await drawn(el);
    expect((await warning).detail.problems.map(formatProblem)).to.deep.equal([
      `${FIXTURES}deals-bad-rows.csv:4:4 (closedAt): "31/02/2024" is not a date in ISO`,
      `${FIXTURES}deals-bad-rows.csv:6:2 (amount): "abc" is not a number (like 1234.50)`,
    ]);
    expect([el.result?.won, el.result?.lost, el.result?.open]).to.deep.equal([0, 1, 2]);
    const items = [...el.shadowRoot!.querySelectorAll('[part="warning"] li')].map((li) => li.textContent);
    expect(items).to.have.length(2);
    expect(el.shadowRoot!.querySelector('[part="warning"] summary')?.textContent).to.equal('2 rows were left out because of data problems.');
  });

  it('refuses a file with bad rows in strict mode', async () => {
    const el = makeFunnel((f) => ((f.src = `${FIXTURES}deals-bad-rows.csv`), (f.table = 'deals'), (f.strict = true)));
    const error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    document.body.append(el);
    expect((await error).detail.message).to.equal(`The dataset has 2 problems: ${FIXTURES}deals-bad-rows.csv:4:4 (closedAt): "31/02/2024" is not a date in ISO; ${FIXTURES}deals-bad-rows.csv:6:2 (amount): "abc" is not a number (like 1234.50)`);
  });

  it('names an unknown table and a header that fits no table', async () => {
    const el = makeFunnel((f) => ((f.src = `${FIXTURES}deals.csv`), (f.table = 'opportunities')));
    let error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    document.body.append(el);
    expect((await error).detail.message).to.equal(`${FIXTURES}deals.csv:1: table="opportunities" is not a table of the dataset (expected one of accounts, deals, orders, subscriptions, activities, campaigns, surveys, tickets, costs)`);
    error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    el.table = 'orders';
    expect((await error).detail.message).to.equal(`${FIXTURES}deals.csv:1:3 (owner): not a field of orders (its fields: id, accountId, at, amount, cost, items, product); to read other column names, use a field map (crm-kit/adapters)`);
  });
});

/** A fake adapter whose loads and subscriptions can be driven and counted. */
function fakeAdapter(first: DatasetInput, options: { delayMs?: number } = {}) {
  const signals: AbortSignal[] = [];
  const listeners = new Set<CrmAdapterListener>();
  let subscribed = 0;
  let current = first;
  const adapter: CrmAdapter = {
    load(signal) {
      signals.push(signal);
      if (options.delayMs === undefined) return current;
      const value = current;
      return new Promise((resolve) => setTimeout(() => resolve(value), options.delayMs));
    },
    subscribe(listener) {
      subscribed++;
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    adapter,
    signals,
    get live() {
      return listeners.size;
    },
    get subscribed() {
      return subscribed;
    },
    push(next?: DatasetInput) {
      if (next) current = next;
      for (const listener of [...listeners]) listener(next);
    },
    setCurrent(next: DatasetInput) {
      current = next;
    },
  };
}

describe('adapters: the adapter protocol on an element', () => {
  afterEach(() => document.querySelectorAll('crm-funnel').forEach((el) => el.remove()));

  it('a dataset returned by load is drawn in the first update, with no loading state', async () => {
    const fake = fakeAdapter(pipeline([10, 20, 30, 40]));
    const el = makeFunnel((f) => (f.adapter = fake.adapter));
    document.body.append(el);
    await el.updateComplete;
    expect(counts(el)).to.deep.equal([4, 2, 1]);
    expect(fake.signals).to.have.length(1);
    expect(fake.signals[0]?.aborted).to.equal(false);
  });

  it('a promise shows the loading state until it settles; a rejection shows its message', async () => {
    const fake = fakeAdapter(pipeline([1, 2, 3]), { delayMs: 80 });
    const el = makeFunnel((f) => (f.adapter = fake.adapter));
    document.body.append(el);
    await el.updateComplete;
    expect(stateText(el)).to.equal('Loading data…');
    await waitUntil(() => el.result !== null, 'never drew');
    expect(counts(el)).to.deep.equal([3, 2, 1]);

    const error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    el.adapter = { load: () => Promise.reject(new Error('Could not reach the CRM: HTTP 503')) };
    expect((await error).detail.message).to.equal('Could not reach the CRM: HTTP 503');
    await el.updateComplete;
    expect(stateText(el)).to.equal('This chart could not be drawn. Could not reach the CRM: HTTP 503');
  });

  it('a newer adapter, or a src, aborts the load in flight, which never shows', async () => {
    const slow = fakeAdapter(pipeline([1, 1, 1, 1, 1, 1]), { delayMs: 150 });
    const el = makeFunnel((f) => (f.adapter = slow.adapter));
    document.body.append(el);
    await el.updateComplete;
    const fast = fakeAdapter(pipeline([5]));
    el.adapter = fast.adapter;
    await el.updateComplete;
    expect(slow.signals[0]?.aborted).to.equal(true);
    expect(slow.live).to.equal(0);
    expect(counts(el)).to.deep.equal([1, 0, 0]);
    await sleep(250); // the slow load has resolved by now
    expect(counts(el)).to.deep.equal([1, 0, 0]);

    const slowAgain = fakeAdapter(pipeline([1, 1, 1, 1, 1, 1]), { delayMs: 150 });
    el.adapter = slowAgain.adapter;
    await el.updateComplete;
    el.adapter = null;
    el.src = `${FIXTURES}deals.csv`;
    await el.updateComplete;
    expect(slowAgain.signals[0]?.aborted).to.equal(true);
    await waitUntil(() => el.result !== null, 'CSV never drew');
    await sleep(250);
    expect(counts(el)).to.deep.equal([8, 5, 3]);
  });

  it('redraws on a live update in place, keeping the selected stage and keyboard focus', async () => {
    const fake = fakeAdapter(pipeline([10, 20, 30, 40, 50, 60]));
    const el = await drawn(makeFunnel((f) => (f.adapter = fake.adapter)));
    const stages = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.stage')];
    expect(counts(el)).to.deep.equal([6, 4, 2]);
    const qualified = stages()[1] as SVGGElement;
    qualified.focus();
    const selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    qualified.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await selected).detail.key).to.equal('Qualified');
    await el.updateComplete;

    const redrawn = oneEvent(el, 'crm-render') as Promise<CrmRenderEvent>;
    fake.push(pipeline([10, 20, 30, 40, 50, 60, 70, 80, 90]));
    await redrawn;
    await el.updateComplete;
    expect(counts(el)).to.deep.equal([9, 6, 3]);
    expect(stateText(el)).to.equal('');
    expect(stages()[1]).to.equal(qualified); // the same mark, not a new one
    expect(qualified.getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(qualified);
    expect(qualified.getAttribute('aria-label')).to.match(/^Qualified: 6 deals/);
  });

  it('listener() with no dataset makes the element load again, keeping the picture until then', async () => {
    const fake = fakeAdapter(pipeline([1, 2]), { delayMs: 40 });
    const el = await drawn(makeFunnel((f) => (f.adapter = fake.adapter)));
    expect(counts(el)).to.deep.equal([2, 1, 0]);
    fake.setCurrent(pipeline([1, 2, 3, 4]));
    fake.push();
    await el.updateComplete;
    expect(counts(el)).to.deep.equal([2, 1, 0]);
    expect(stateText(el)).to.equal('');
    await waitUntil(() => counts(el)?.[0] === 4, 'did not reload');
    expect(fake.signals).to.have.length(2);
  });

  it('ends the subscription on disconnect: 100 connects and disconnects leave none live', async () => {
    const fake = fakeAdapter(pipeline([1, 2, 3]));
    const el = makeFunnel((f) => (f.adapter = fake.adapter));
    for (let i = 0; i < 100; i++) {
      document.body.append(el);
      await el.updateComplete;
      expect(fake.live, `connected ${i}`).to.equal(1);
      el.remove();
      expect(fake.live, `disconnected ${i}`).to.equal(0);
    }
    expect(fake.subscribed).to.equal(100);
    expect(fake.signals).to.have.length(100); // one load per connection
    // An update after the end changes nothing.
    fake.push(pipeline([9]));
    await el.updateComplete;
    expect(counts(el)).to.deep.equal([3, 2, 1]);
  });

  it('ends the old subscription when the adapter is replaced or data takes over', async () => {
    const first = fakeAdapter(pipeline([1]));
    const second = fakeAdapter(pipeline([1, 2]));
    const el = await drawn(makeFunnel((f) => (f.adapter = first.adapter)));
    expect(first.live).to.equal(1);
    el.adapter = second.adapter;
    await el.updateComplete;
    expect([first.live, second.live]).to.deep.equal([0, 1]);
    el.data = pipeline([1, 2, 3]);
    await el.updateComplete;
    expect(second.live).to.equal(0);
    expect(counts(el)).to.deep.equal([3, 2, 1]);
    first.push(pipeline([7, 7, 7, 7]));
    second.push(pipeline([7, 7, 7, 7]));
    await el.updateComplete;
    expect(counts(el)).to.deep.equal([3, 2, 1]);
  });

  it('shows the problems an adapter reports with the dataset\'s own, and strict refuses them', async () => {
    const data = pipeline([1, 2, 3]);
    const found = [{ path: 'crm.csv:7:3 (Amount)', rule: 'type' as const, message: '"x" is not a number', table: 'deals' }];
    const adapter: CrmAdapter = { load: () => data, problems: (dataset) => (dataset === data ? found : []) };
    const el = makeFunnel((f) => (f.adapter = adapter));
    const warning = oneEvent(el, 'crm-data-warning') as Promise<CrmDataWarningEvent>;
    await drawn(el);
    expect((await warning).detail.problems).to.deep.equal(found);
    expect(el.shadowRoot!.querySelector('[part="warning"] li')?.textContent).to.equal('crm.csv:7:3 (Amount): "x" is not a number');

    const strict = makeFunnel((f) => ((f.adapter = adapter), (f.strict = true)));
    const error = oneEvent(strict, 'crm-error') as Promise<CrmErrorEvent>;
    document.body.append(strict);
    expect((await error).detail.message).to.equal('The dataset has 1 problem: crm.csv:7:3 (Amount): "x" is not a number');
  });

  it('says what is wrong with an object that is not an adapter', async () => {
    const el = makeFunnel((f) => (f.adapter = { subscribe: () => () => {} } as unknown as CrmAdapter));
    const error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    document.body.append(el);
    expect((await error).detail.message).to.equal('adapter: expected an object with a load(signal) method (see CrmAdapter)');
  });
});
