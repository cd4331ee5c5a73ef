// Elements computing in the load worker: after a load through the worker, an element whose
// table is the worker's asks the worker for its result; the page's own compute never runs.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { crossFiltered } from '../../src/dashboard/cross-filter.js';
import { activityCompute } from '../../src/elements/activity/activity-compute.js';
import { atRiskCompute } from '../../src/elements/at-risk/at-risk-compute.js';
import { campaignRoiCompute } from '../../src/elements/campaign-roi/campaign-roi-compute.js';
import { cohortChurnCompute } from '../../src/elements/cohort-churn/cohort-compute.js';
import { funnelCompute } from '../../src/elements/funnel/funnel-compute.js';
import { kpiCompute } from '../../src/elements/kpi/kpi-compute.js';
import { lifetimeValueCompute } from '../../src/elements/lifetime-value/lifetime-value-compute.js';
import { relationshipGridCompute } from '../../src/elements/relationship-grid/relationship-grid-compute.js';
import { salesCycleCompute } from '../../src/elements/sales-cycle/sales-cycle-compute.js';
import { satisfactionCompute } from '../../src/elements/satisfaction/satisfaction-compute.js';
import { serviceCompute } from '../../src/elements/service/service-compute.js';
import type { CrmElement } from '../../src/elements/shared/crm-element.js';
import { runTask, type ComputeTask, type ElementCompute } from '../../src/elements/shared/element-compute.js';
import '../../src/all.js';
import type { CrmErrorEvent, CrmSelectEvent } from '../../src/events/index.js';
import { generateDataset } from '../../src/generator/index.js';
import { DataSourceController, loadDataset } from '../../src/controllers/index.js';
import { computeMetric } from '../../src/metrics/index.js';
import type { DatasetInput } from '../../src/schema/index.js';
import { computeRegistry } from '../../src/worker/compute-registry.js';
import type { RemoteTable } from '../../src/worker/remote-table.js';
import { jsonUrl, settled as drawn, SpyWorker, watchLoadWorkers } from '../support/load-worker-spy.js';

/** 300 generated accounts (seed 7): every table, so that every element has something to draw. */
const DATA: DatasetInput = generateDataset({ seed: 7, accounts: 300 });
const FUNNEL_OPTIONS = { mode: 'reached', definition: 'won-over-closed' } as const;

type AnyCompute = ElementCompute<never, unknown>;
/** How often each element's compute ran on this page (the worker has its own copy of the modules). */
const pageRuns = new Map<string, number>();
const originals = new Map<AnyCompute, AnyCompute['run']>();
function countPageRuns(compute: AnyCompute): void {
  const run = compute.run;
  originals.set(compute, run);
  (compute as { run: AnyCompute['run'] }).run = (table, options) => {
    pageRuns.set(compute.key, (pageRuns.get(compute.key) ?? 0) + 1);
    return run(table, options);
  };
}

type Element = CrmElement<unknown>;
/** The element's data source: its `loaded.remote` is what the tests look at. */
const remoteOf = (el: Element): RemoteTable | undefined => (el as unknown as { source: { loaded?: { remote?: RemoteTable } } }).source.loaded?.remote;

/** Let the microtasks run (a Lit update), but no task: no worker reply can arrive meanwhile. */
async function microtasksUntil(done: () => boolean): Promise<void> {
  for (let i = 0; i < 20 && !done(); i++) await Promise.resolve();
  expect(done(), 'the update did not run within the microtasks').to.equal(true);
}

const CASES: { tag: string; compute: AnyCompute; attributes?: Record<string, string> }[] = [
  { tag: 'crm-funnel', compute: funnelCompute as AnyCompute },
  { tag: 'crm-cohort-churn', compute: cohortChurnCompute as AnyCompute, attributes: { from: '2023-01-01', to: '2024-01-01' } },
  { tag: 'crm-relationship-grid', compute: relationshipGridCompute as AnyCompute },
  { tag: 'crm-kpi', compute: kpiCompute as AnyCompute, attributes: { metric: 'win-rate', period: 'month' } },
  { tag: 'crm-sales-cycle', compute: salesCycleCompute as AnyCompute },
  { tag: 'crm-activity', compute: activityCompute as AnyCompute },
  { tag: 'crm-campaign-roi', compute: campaignRoiCompute as AnyCompute },
  { tag: 'crm-lifetime-value', compute: lifetimeValueCompute as AnyCompute },
  { tag: 'crm-satisfaction', compute: satisfactionCompute as AnyCompute },
  { tag: 'crm-service', compute: serviceCompute as AnyCompute, attributes: { period: 'quarter' } },
  { tag: 'crm-at-risk', compute: atRiskCompute as AnyCompute },
];

describe('computing in the load worker', () => {
  watchLoadWorkers('crm-dashboard, [src]');

  before(() => CASES.forEach(({ compute }) => countPageRuns(compute)));
  after(() => originals.forEach((run, compute) => ((compute as { run: AnyCompute['run'] }).run = run)));
  beforeEach(() => pageRuns.clear());

  it('registers one computation per element, under distinct keys', () => {
    expect([...computeRegistry.keys()].sort()).to.deep.equal(CASES.map((c) => c.compute.key).sort());
    for (const { compute } of CASES) expect(computeRegistry.get(compute.key)).to.equal(compute);
  });

  for (const { tag, compute, attributes } of CASES) {
    it(`<${tag}>: the worker computes the result the main thread computes, and the page does not`, async () => {
      const url = jsonUrl(DATA);
      DataSourceController.workerThreshold = Infinity;
      const main = await drawn(tag, url, attributes);
      expect(main.event.type, 'the main-thread draw').to.equal('crm-render');
      expect(pageRuns.get(compute.key)).to.equal(1);
      expect(SpyWorker.made).to.have.length(0);
      main.el.remove();

      pageRuns.clear();
      DataSourceController.workerThreshold = 0;
      const worker = await drawn(tag, url, attributes);
      expect(worker.event.type, 'the worker-path draw').to.equal('crm-render');
      expect(SpyWorker.made).to.have.length(1);
      expect(SpyWorker.computes).to.deep.equal([compute.key]);
      expect(SpyWorker.replies.map((r) => r.type)).to.deep.equal(['computed']);
      expect(pageRuns.get(compute.key) ?? 0, 'computations on the page').to.equal(0);
      expect(worker.el.result).to.deep.equal(main.el.result);
      expect(worker.el.shadowRoot!.querySelector('#summary')?.textContent).to.equal(main.el.shadowRoot!.querySelector('#summary')?.textContent);
    });
  }

  it('recomputes in the worker when a filter changes, keeping the picture meanwhile', async () => {
    DataSourceController.workerThreshold = 0;
    const { el } = await drawn('crm-funnel', jsonUrl(DATA));
    const before = el.result;
    const segment = DATA.accounts![0]!.segment as string;
    el.setAttribute('segment', segment);
    await microtasksUntil(() => SpyWorker.computes.length === 2);
    // Asked, not answered yet: the last result stays drawn.
    expect(el.result).to.equal(before);
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
    await el.updateComplete;
    expect(SpyWorker.computes).to.deep.equal(['funnel', 'funnel']);
    expect(pageRuns.get('funnel') ?? 0).to.equal(0);
    const expected = computeMetric('funnel', loadDataset(DATA, false).dataset, { ...FUNNEL_OPTIONS, segment });
    expect(expected.won + expected.lost + expected.open).to.be.greaterThan(0);
    expect(el.result).to.deep.equal(expected);
    expect(el.result).not.to.deep.equal(before);
  });

  it('drops a stale reply: of two quick changes only the last is drawn', async () => {
    DataSourceController.workerThreshold = 0;
    const { el } = await drawn('crm-funnel', jsonUrl(DATA));
    const renders: unknown[] = [];
    el.addEventListener('crm-render', (event) => renders.push((event as CustomEvent<{ result: unknown }>).detail.result));
    const segments = [...new Set(DATA.accounts!.map((a) => a.segment as string))];
    expect(segments.length).to.be.greaterThan(1);
    el.setAttribute('segment', segments[0]!);
    await microtasksUntil(() => SpyWorker.computes.length === 2);
    el.setAttribute('segment', segments[1]!);
    await microtasksUntil(() => SpyWorker.computes.length === 3);
    await el.updateComplete;
    // The worker answered all three; the reply for the first segment arrived and was ignored.
    await waitUntil(() => SpyWorker.replies.length === 3, 'the worker did not answer every request', { timeout: 5000 });
    const dataset = loadDataset(DATA, false).dataset;
    const first = computeMetric('funnel', dataset, { ...FUNNEL_OPTIONS, segment: segments[0] });
    const last = computeMetric('funnel', dataset, { ...FUNNEL_OPTIONS, segment: segments[1] });
    expect(first).not.to.deep.equal(last);
    expect((SpyWorker.replies[1] as { result: unknown }).result).to.deep.equal(first);
    expect(renders).to.deep.equal([last]);
    expect(el.result).to.deep.equal(last);
  });

  it('shows an error thrown by the worker\'s computation as the main thread shows it, with crm-error', async () => {
    const url = jsonUrl(DATA);
    DataSourceController.workerThreshold = Infinity;
    const main = await drawn('crm-funnel', url, { definition: 'won-over-everything' });
    main.el.remove();
    DataSourceController.workerThreshold = 0;
    const { el, event } = await drawn('crm-funnel', url, { definition: 'won-over-everything' });
    expect(event.type).to.equal('crm-error');
    expect(SpyWorker.replies.map((r) => r.type)).to.deep.equal(['compute-failed']);
    expect(pageRuns.get('funnel')).to.equal(1); // the main-thread load's only
    const message = (event as CrmErrorEvent).detail.message;
    expect(message).to.match(/^unknown definition for funnel: "won-over-everything"/);
    expect(message).to.equal((main.event as CrmErrorEvent).detail.message);
    expect(el.result).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain(message);
    // Fixing the attribute recovers, in the worker.
    el.setAttribute('definition', 'won-over-all');
    await el.updateComplete;
    expect(el.result).to.deep.equal(computeMetric('funnel', loadDataset(DATA, false).dataset, { mode: 'reached', definition: 'won-over-all' }));
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it('terminates the worker when the element leaves the page, and loads again when it comes back', async () => {
    DataSourceController.workerThreshold = 0;
    const { el } = await drawn('crm-cohort-churn', jsonUrl(DATA));
    const result = el.result;
    expect(SpyWorker.made.map((w) => w.terminated)).to.deep.equal([false]);
    el.remove();
    expect(SpyWorker.made.map((w) => w.terminated)).to.deep.equal([true]);
    const redrawn = oneEvent(el, 'crm-render');
    document.body.append(el);
    await redrawn;
    await el.updateComplete;
    expect(SpyWorker.made.map((w) => w.terminated)).to.deep.equal([true, false]);
    expect(SpyWorker.computes).to.deep.equal(['cohort-churn', 'cohort-churn']);
    expect(el.result).to.deep.equal(result);
  });

  it('terminates the worker of a load that a new src replaces', async () => {
    DataSourceController.workerThreshold = 0;
    const { el } = await drawn('crm-funnel', jsonUrl(DATA));
    const next = generateDataset({ seed: 8, accounts: 200 });
    const redrawn = oneEvent(el, 'crm-render');
    el.setAttribute('src', jsonUrl(next));
    // Terminated in the update that starts the new load, before it has even fetched.
    await microtasksUntil(() => SpyWorker.made[0]!.terminated);
    expect(SpyWorker.made).to.have.length(1);
    await redrawn;
    await el.updateComplete;
    expect(SpyWorker.made.map((w) => w.terminated)).to.deep.equal([true, false]);
    expect(el.result).to.deep.equal(computeMetric('funnel', loadDataset(next, false).dataset, FUNNEL_OPTIONS));
  });

  it('computes on the main thread, with the same result, once the worker is gone', async () => {
    DataSourceController.workerThreshold = 0;
    const { el } = await drawn('crm-funnel', jsonUrl(DATA));
    const remote = remoteOf(el)!;
    remote.close('closed by the test');
    expect([remote.open, SpyWorker.made[0]!.terminated]).to.deep.equal([false, true]);
    const segment = DATA.accounts![0]!.segment as string;
    el.setAttribute('segment', segment);
    await el.updateComplete;
    expect(SpyWorker.computes).to.deep.equal(['funnel']);
    expect(pageRuns.get('funnel')).to.equal(1);
    expect(el.result).to.deep.equal(computeMetric('funnel', loadDataset(DATA, false).dataset, { ...FUNNEL_OPTIONS, segment }));
  });

  it('falls back to the main thread when the worker closes while a computation waits', async () => {
    DataSourceController.workerThreshold = 0;
    const { el } = await drawn('crm-funnel', jsonUrl(DATA));
    const segment = DATA.accounts![0]!.segment as string;
    el.setAttribute('segment', segment);
    await microtasksUntil(() => SpyWorker.computes.length === 2);
    remoteOf(el)!.close('closed by the test');
    await el.updateComplete;
    expect(pageRuns.get('funnel')).to.equal(1);
    expect(el.result).to.deep.equal(computeMetric('funnel', loadDataset(DATA, false).dataset, { ...FUNNEL_OPTIONS, segment }));
  });

  it('in a dashboard: computes in the worker, a dashboard filter recomputes there, a cross-filtered subset on the main thread', async () => {
    DataSourceController.workerThreshold = 0;
    const dashboard = document.createElement('crm-dashboard') as HTMLElement & { setFilters(change: Record<string, string | undefined>): void };
    dashboard.style.width = '1000px';
    const funnel = dashboard.appendChild(document.createElement('crm-funnel')) as Element;
    const cohorts = dashboard.appendChild(document.createElement('crm-cohort-churn')) as Element;
    const other = dashboard.appendChild(document.createElement('crm-funnel')) as Element;
    dashboard.setAttribute('src', jsonUrl(DATA));
    document.body.append(dashboard);
    await waitUntil(() => funnel.result && cohorts.result && other.result, 'the dashboard never drew', { timeout: 10000 });
    await Promise.all([funnel, cohorts, other].map((el) => el.updateComplete));
    expect(SpyWorker.made).to.have.length(1);
    expect(SpyWorker.computes.sort()).to.deep.equal(['cohort-churn', 'funnel', 'funnel']);
    expect(pageRuns.size).to.equal(0);
    const onTheMainThread = loadDataset(DATA, false);
    expect(other.result).to.deep.equal(computeMetric('funnel', onTheMainThread.dataset, FUNNEL_OPTIONS));

    // A dashboard filter: every element asks the worker again.
    const segment = DATA.accounts![0]!.segment as string;
    dashboard.setFilters({ segment });
    await waitUntil(() => SpyWorker.computes.length === 6, 'the elements did not recompute', { timeout: 5000 });
    await Promise.all([funnel, cohorts, other].map((el) => el.updateComplete));
    expect(pageRuns.size).to.equal(0);
    expect(other.result).to.deep.equal(computeMetric('funnel', onTheMainThread.dataset, { ...FUNNEL_OPTIONS, segment }));

    // A selection in one funnel: the others see a subset table, which only the page has.
    const selected = oneEvent(funnel, 'crm-select') as Promise<CrmSelectEvent>;
    const stage = funnel.shadowRoot!.querySelectorAll<SVGGElement>('g.stage')[1]!;
    stage.focus();
    stage.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    const { ids } = (await selected).detail;
    const subset = crossFiltered(onTheMainThread, { table: 'deals', ids }).table;
    const expected = computeMetric('funnel', subset, { ...FUNNEL_OPTIONS, segment });
    await waitUntil(() => JSON.stringify(other.result) === JSON.stringify(expected), 'the other funnel did not follow the selection', { timeout: 5000 });
    await Promise.all([funnel, cohorts, other].map((el) => el.updateComplete));
    expect(other.result).to.deep.equal(expected);
    expect(pageRuns.get('funnel')).to.equal(1);
    expect(pageRuns.get('cohort-churn')).to.equal(1);
    expect(SpyWorker.computes).to.have.length(6);
    // The cohorts too: their own task (options) on the subset.
    const task = (cohorts as unknown as { computeTask(): ComputeTask<unknown> }).computeTask();
    expect(cohorts.result).to.deep.equal(runTask(task, subset));
  });
});
