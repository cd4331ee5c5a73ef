import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { DataSourceController, loadDataset } from '../../src/controllers/index.js';
import { crossFiltered } from '../../src/dashboard/cross-filter.js';
import '../../src/elements/cohort-churn/define.js';
import '../../src/elements/dashboard/define.js';
import '../../src/elements/funnel/define.js';
import type { CrmElement } from '../../src/elements/shared/crm-element.js';
import type { CrmDataWarningEvent, CrmErrorEvent, CrmSelectEvent } from '../../src/events/index.js';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { bufferList, loadInWorker, WorkerUnavailableError } from '../../src/worker/load-in-worker.js';
import { jsonUrl, settled as loaded, setWorker, SpyWorker, watchLoadWorkers, type Settled } from '../support/load-worker-spy.js';

/** 300 generated accounts (seed 7): deals with histories, orders and subscriptions. */
const generated = (): DatasetInput => generateDataset({ seed: 7, accounts: 300 });

/** The same load on the main thread (no worker) and through the worker (threshold 0). */
async function bothWays(tag: string, data: unknown, attributes: Record<string, string> = {}): Promise<{ main: Settled; worker: Settled }> {
  const url = jsonUrl(data);
  DataSourceController.workerThreshold = Infinity;
  const main = await loaded(tag, url, attributes);
  expect(SpyWorker.made).to.have.length(0);
  DataSourceController.workerThreshold = 0;
  const worker = await loaded(tag, url, attributes);
  expect(SpyWorker.made).to.have.length(1);
  return { main, worker };
}

describe('loading in a worker', () => {
  watchLoadWorkers('crm-dashboard, crm-funnel, crm-cohort-churn');

  it('defaults to 4 MiB', () => {
    expect(DataSourceController.workerThreshold).to.equal(4 * 1024 * 1024);
  });

  it('gives <crm-funnel> the same result as the main thread, and the one computeMetric gives', async () => {
    const data = generated();
    const { main, worker } = await bothWays('crm-funnel', data);
    const expected = computeMetric('funnel', parseDataset(data).dataset, { mode: 'reached', definition: 'won-over-closed' });
    expect(expected.stages[0]!.count).to.be.greaterThan(300);
    expect(main.el.result).to.deep.equal(expected);
    expect(worker.el.result).to.deep.equal(expected);
    expect(worker.el.shadowRoot!.querySelector('[part="headline"]')?.textContent).to.equal(main.el.shadowRoot!.querySelector('[part="headline"]')?.textContent);
  });

  it('gives <crm-cohort-churn> the same cohorts, churn and renewal as the main thread', async () => {
    const { main, worker } = await bothWays('crm-cohort-churn', generated(), { from: '2023-01-01', to: '2024-01-01' });
    const result = worker.el.result as { retention: { cohorts: { size: number }[] } };
    expect(result.retention.cohorts).to.have.length(9);
    expect(result.retention.cohorts.reduce((sum, c) => sum + c.size, 0)).to.equal(18);
    expect(worker.el.result).to.deep.equal(main.el.result);
  });

  it('leaves out and lists the same bad rows in lenient mode', async () => {
    const data = generated();
    data.deals![3]!.amount = -5;
    data.deals![5]!.closedAt = '2000-01-01';
    data.orders![2]!.at = 'not a date';
    const { main, worker } = await bothWays('crm-funnel', data);
    const mainWarning = await warningOf('crm-funnel', data, Infinity);
    const workerWarning = await warningOf('crm-funnel', data, 0);
    // The three rows broken here, then the activities that pointed at the deals left out.
    expect(workerWarning.problems.map((p) => p.path).slice(0, 4)).to.deep.equal(['deals[3].amount', 'deals[5].closedAt', 'orders[2].at', 'activities[830].dealId']);
    expect(workerWarning.problems).to.have.length(12);
    expect(workerWarning).to.deep.equal(mainWarning);
    expect(worker.el.result).to.deep.equal(main.el.result);
  });

  it('refuses the same rows with the same located message in strict mode', async () => {
    const data = generated();
    data.deals![5]!.closedAt = '2000-01-01';
    const { main, worker } = await bothWays('crm-funnel', data, { strict: '' });
    const mainError = (main.event as CrmErrorEvent).detail;
    const workerError = (worker.event as CrmErrorEvent).detail;
    expect(workerError.message).to.match(/^The dataset has 3 problems: deals\[5\]\.closedAt: before createdAt .*; activities\[841\]\.dealId: /);
    expect(workerError.message).to.equal(mainError.message);
    expect(workerError.error.name).to.equal('DatasetError');
    expect((workerError.error as unknown as { problems: unknown }).problems).to.deep.equal((mainError.error as unknown as { problems: unknown }).problems);
    expect(worker.el.result).to.equal(null);
  });

  it('names the URL and the position of a JSON syntax error, as the main thread does', async () => {
    DataSourceController.workerThreshold = Infinity;
    const main = await loaded('crm-funnel', '/api/invalid.json');
    DataSourceController.workerThreshold = 0;
    const worker = await loaded('crm-funnel', '/api/invalid.json');
    expect(SpyWorker.made).to.have.length(1);
    const message = (worker.event as CrmErrorEvent).detail.message;
    expect(message).to.match(/^\/api\/invalid\.json is not valid JSON: .*position 23 \(line 1 column 24\)$/);
    expect(message).to.equal((main.event as CrmErrorEvent).detail.message);
    expect((worker.event as CrmErrorEvent).detail.error.name).to.equal('SourceError');
  });

  it('loads large inline JSON in the worker too', async () => {
    const data = generated();
    DataSourceController.workerThreshold = 0;
    const el = document.createElement('crm-funnel') as CrmElement<unknown>;
    el.setAttribute('locale', 'en-US');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(data);
    el.append(script);
    const rendered = oneEvent(el, 'crm-render');
    document.body.append(el);
    await rendered;
    expect(SpyWorker.made).to.have.length(1);
    expect(el.result).to.deep.equal(computeMetric('funnel', parseDataset(data).dataset, { mode: 'reached', definition: 'won-over-closed' }));
  });

  it('feeds a dashboard\'s elements from one worker load, and cross-filters on the table it sent', async () => {
    const data = generated();
    DataSourceController.workerThreshold = 0;
    const dashboard = document.createElement('crm-dashboard');
    dashboard.style.width = '1000px';
    const [a, b] = [0, 1].map(() => dashboard.appendChild(document.createElement('crm-funnel')) as CrmElement<unknown>);
    dashboard.setAttribute('src', jsonUrl(data));
    document.body.append(dashboard);
    await waitUntil(() => a!.result && b!.result, 'the funnels never drew', { timeout: 10000 });
    expect(SpyWorker.made).to.have.length(1);
    const options = { mode: 'reached', definition: 'won-over-closed' } as const;
    const onTheMainThread = loadDataset(data, false);
    expect(b!.result).to.deep.equal(computeMetric('funnel', onTheMainThread.dataset, options));
    // Select a stage in one funnel (the deal ids come from the packed dictionary; the
    // cross-filter looks them up with codeOf): the other shows those deals only.
    const selected = oneEvent(a!, 'crm-select') as Promise<CrmSelectEvent>;
    const stage = a!.shadowRoot!.querySelectorAll<SVGGElement>('g.stage')[2]!;
    stage.focus();
    stage.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    const { ids } = (await selected).detail;
    expect(ids.length).to.equal((a!.result as { stages: { count: number }[] }).stages[2]!.count);
    const expected = computeMetric('funnel', crossFiltered(onTheMainThread, { table: 'deals', ids }).table, options);
    await waitUntil(() => JSON.stringify(b!.result) === JSON.stringify(expected), 'the other funnel did not follow the selection', { timeout: 5000 });
    expect(expected.won + expected.lost + expected.open).to.equal(ids.length);
  });

  it('still gives up after `timeout` when the body would go to the worker', async () => {
    DataSourceController.workerThreshold = 0;
    const { event } = await loaded('crm-funnel', '/api/slow.json?ms=3000', { timeout: '200' });
    expect((event as CrmErrorEvent).detail.message).to.equal('/api/slow.json?ms=3000 did not answer within 0.2 s');
    expect(SpyWorker.made).to.have.length(0);
  });

  it('shows only the last of rapid src changes, and stops the stale worker', async () => {
    DataSourceController.workerThreshold = 0;
    const first = generated();
    const last = generateDataset({ seed: 8, accounts: 200 });
    const el = document.createElement('crm-funnel') as CrmElement<unknown>;
    el.setAttribute('locale', 'en-US');
    const renders: unknown[] = [];
    el.addEventListener('crm-render', (event) => renders.push((event as CustomEvent<{ result: unknown }>).detail.result));
    el.setAttribute('src', jsonUrl(first));
    document.body.append(el);
    // The first load has reached its worker when the source changes.
    await waitUntil(() => SpyWorker.made.length === 1, 'the first load never started its worker', { timeout: 5000 });
    el.setAttribute('src', jsonUrl(last));
    await waitUntil(() => renders.length > 0, 'nothing drawn', { timeout: 10000 });
    expect(SpyWorker.made[0]!.terminated).to.equal(true);
    // The last load's worker stays, holding the table the funnel is computed on, until the
    // element leaves the page (afterEach checks that every worker is then terminated).
    expect(SpyWorker.made.slice(1).map((w) => w.terminated)).to.deep.equal([false]);
    const expected = computeMetric('funnel', parseDataset(last).dataset, { mode: 'reached', definition: 'won-over-closed' });
    expect(renders).to.deep.equal([expected]);
    expect(el.result).to.deep.equal(expected);
  });

  const unavailable: [string, () => unknown][] = [
    ['Worker construction throws (a CSP worker-src that forbids it)', () => class { constructor() { throw new DOMException('refused by worker-src', 'SecurityError'); } }],
    ['the worker file is missing from the bundle', () => class extends SpyWorker { constructor(_url: string | URL, options?: WorkerOptions) { super('/no-such-dir/load-worker.js', options); } }],
    ['there is no Worker at all', () => undefined],
  ];
  for (const [why, replacement] of unavailable) {
    it(`falls back to the main thread with the same result when ${why}`, async () => {
      const data = generated();
      setWorker(replacement());
      DataSourceController.workerThreshold = 0;
      const { el } = await loaded('crm-funnel', jsonUrl(data));
      expect(el.result).to.deep.equal(computeMetric('funnel', parseDataset(data).dataset, { mode: 'reached', definition: 'won-over-closed' }));
    });
  }

  it('rejects with WorkerUnavailableError before taking the bytes when the worker cannot start', async () => {
    setWorker(class { constructor() { throw new Error('no'); } });
    const bytes = new TextEncoder().encode('{"deals":[]}');
    const error = await loadInWorker([bytes], { strict: false, source: 'x', signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(WorkerUnavailableError);
    expect(bytes.byteLength).to.equal(12);
  });

  it('transfers the body to the worker: the page keeps no copy of its chunks', async () => {
    const text = JSON.stringify({ stages: ['Lead'], deals: [{ id: 'd1', amount: 7, createdAt: '2024-01-02', outcome: 'open', stage: 'Lead' }] });
    const whole = new TextEncoder().encode(text);
    const chunks = [whole.subarray(0, 20), whole.subarray(20), new TextEncoder().encode(' ')];
    expect(bufferList(chunks)).to.have.length(2); // two views of one buffer: listed once
    const loaded = await loadInWorker(chunks, { strict: true, source: 'x', signal: new AbortController().signal });
    expect([loaded.table.deals.length, loaded.table.deals.amount[0], loaded.table.deals.ids.decode(0), loaded.dataset]).to.deep.equal([1, 7, 'd1', undefined]);
    loaded.remote!.close(); // the caller owns the worker that keeps the table
    expect(chunks.map((chunk) => chunk.byteLength)).to.deep.equal([0, 0, 0]);
  });

  it('rejects with the abort reason and terminates the worker when aborted', async () => {
    const abort = new AbortController();
    const pending = loadInWorker('{"deals":[]}', { strict: false, source: 'x', signal: abort.signal }).catch((e: unknown) => e);
    await waitUntil(() => SpyWorker.made.length === 1, 'no worker', { timeout: 5000 });
    abort.abort(new Error('stale'));
    expect(((await pending) as Error).message).to.equal('stale');
    expect(SpyWorker.made[0]!.terminated).to.equal(true);
  });
});

/** The crm-data-warning detail of loading `data` through `src` with the given threshold. */
async function warningOf(tag: string, data: unknown, threshold: number): Promise<CrmDataWarningEvent['detail']> {
  DataSourceController.workerThreshold = threshold;
  const el = document.createElement(tag);
  el.setAttribute('src', jsonUrl(data));
  const warned = oneEvent(el, 'crm-data-warning') as Promise<CrmDataWarningEvent>;
  document.body.append(el);
  const { detail } = await warned;
  el.remove();
  return detail;
}
