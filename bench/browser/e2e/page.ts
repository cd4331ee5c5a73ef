/**
 * The end-to-end page: `e2eRun()` puts a `<crm-dashboard src=…>` with a funnel, a cohort
 * heatmap and a relationship grid in the page and reports each step to the first painted frame,
 * then times segment filter changes. One run per page load, so every run starts from a fresh heap
 * and cold caches, as a user's first visit does.
 *
 * URL parameters: `src` (the dataset), `filters` (filter changes to time, default 5), and any
 * number of `attr=name=value`, set on the dashboard: the way to try another load path (a Worker,
 * say) with this same page.
 */
import '../../../src/elements/dashboard/define.js';
import '../../../src/elements/funnel/define.js';
import '../../../src/elements/cohort-churn/define.js';
import '../../../src/elements/relationship-grid/define.js';
import { DataSourceController } from '../../../src/controllers/data-source-controller.js';
import { E2E_ELEMENTS, type E2eRun } from './e2e-types.js';

// Turns on the kit's `crm-kit:` measures (src/controllers/user-timing.ts).
(globalThis as { crmKitTiming?: boolean }).crmKitTiming = true;

const SEGMENTS = ['SMB', 'Mid-Market', 'Enterprise'];

/** After the work: the next frame's callbacks run, then a macrotask, by which time it is painted. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Resolves on the element's first `crm-render`; rejects on its (or the dashboard's) `crm-error`. */
function drawn(element: HTMLElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('crm-render', () => resolve(), { once: true });
    element.addEventListener('crm-error', (e) => reject(new Error(`${element.localName}: ${e.detail.message}`)), { once: true });
  });
}

/**
 * The `crm-kit:` measures that started at or after `since`, by step: summed, from the first one's
 * start to the last one's end. An element updates several times on the way to its first frame
 * (loading, then data, then its observed width); only one of them computes and draws.
 */
function kitSteps(since: number): Record<string, { ms: number; start: number; end: number }> {
  const steps: Record<string, { ms: number; start: number; end: number }> = {};
  for (const entry of performance.getEntriesByType('measure')) {
    if (!entry.name.startsWith('crm-kit:') || entry.startTime < since) continue;
    const name = entry.name.slice('crm-kit:'.length);
    const end = entry.startTime + entry.duration;
    const step = (steps[name] ??= { ms: 0, start: entry.startTime, end });
    step.ms += entry.duration;
    step.end = Math.max(step.end, end);
  }
  return steps;
}

/** Asks the runner to read Chromium's CPU time now (outside the timed spans: it takes a few ms). */
async function cpuMark(label: string): Promise<void> {
  await (globalThis as { e2eCpu?: (label: string) => Promise<void> }).e2eCpu?.(label);
}

function heapMB(): number | null {
  const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize / 1e6 : null;
}

async function e2eRun(): Promise<E2eRun> {
  const params = new URLSearchParams(location.search);
  const src = params.get('src');
  if (!src) throw new Error('e2e page: no ?src=');
  const filterRuns = Number(params.get('filters') ?? 5);
  // `main`: the load worker turned off, so parse, checks and table build run on this thread.
  if (params.get('path') === 'main') DataSourceController.workerThreshold = Infinity;
  const run: E2eRun = { transferBytes: 0, decodedBytes: 0, steps: {}, longTasks: { count: 0, longestMs: 0, totalMs: 0 }, heapMB: null, filterMs: [], filterSteps: {} };

  const longTasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });

  const dashboard = document.createElement('crm-dashboard');
  for (const pair of params.getAll('attr')) {
    const [name = '', value = ''] = pair.split(/=(.*)/s);
    dashboard.setAttribute(name, value);
  }
  dashboard.innerHTML = E2E_ELEMENTS.map((tag) => `<${tag}${tag === 'crm-funnel' ? '' : ' wide'}></${tag}>`).join('');
  const children = [...dashboard.children] as HTMLElement[];
  const failed = new Promise<never>((_, reject) => dashboard.addEventListener('crm-error', (e) => reject(new Error(`crm-dashboard: ${e.detail.message}`)), { once: true }));

  await cpuMark('load-start');
  const start = performance.now();
  try {
    const allDrawn = Promise.all(children.map(drawn));
    dashboard.src = src;
    document.body.append(dashboard);
    await Promise.race([allDrawn, failed]);
  } catch (error) {
    observer.disconnect();
    return { ...run, error: String((error as Error)?.message ?? error) };
  }
  const rendered = performance.now();
  await nextPaint();
  const painted = performance.now();
  await cpuMark('load-end');
  longTasks.push(...observer.takeRecords());
  observer.disconnect();

  const kit = kitSteps(start);
  for (const [name, { ms }] of Object.entries(kit)) run.steps[name] = ms;
  // On the worker path the load ends with `load-in-worker` (parse, checks, table built there).
  const loaded = (kit['build-table'] ?? kit['load-in-worker'])?.end;
  if (loaded !== undefined) run.steps.load = loaded - start;
  // What the load's steps leave out: the dashboard's first update before the request, and
  // whatever ran between the steps (promise hops, garbage collection, other tasks).
  if (kit.fetch) run.steps['before fetch'] = kit.fetch.start - start;
  if (run.steps.load !== undefined) {
    run.steps['between steps'] = run.steps.load - ['fetch', 'json-parse', 'validate', 'build-table', 'load-in-worker'].reduce((sum, name) => sum + (kit[name]?.ms ?? 0), 0) - (run.steps['before fetch'] ?? 0);
  }
  run.steps.elements = rendered - (loaded ?? start);
  run.steps.paint = painted - rendered;
  run.steps.total = painted - start;
  const durations = longTasks.map((task) => task.duration);
  const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('crm-kit:'));
  const tasks = longTasks.map((task) => ({
    startMs: task.startTime - start,
    ms: task.duration,
    inside: measures.filter((m) => m.startTime >= task.startTime - 1 && m.startTime < task.startTime + task.duration).map((m) => `${m.name.slice('crm-kit:'.length)} ${m.duration.toFixed(0)}`),
  }));
  run.longTasks = { count: durations.length, longestMs: Math.max(0, ...durations), totalMs: durations.reduce((a, b) => a + b, 0), tasks };
  const resource = performance.getEntriesByType('resource').find((e) => e.name.endsWith(src)) as PerformanceResourceTiming | undefined;
  run.transferBytes = resource?.transferSize ?? 0;
  run.decodedBytes = resource?.decodedBodySize ?? 0;
  run.heapMB = heapMB();

  // Filter changes: a segment at a time, as the filter bar's select makes them (setFilters).
  await cpuMark('filters-start');
  for (let i = 0; i < filterRuns; i++) {
    await nextPaint();
    const begin = performance.now();
    dashboard.setFilters({ segment: SEGMENTS[i % SEGMENTS.length] });
    await dashboard.updateComplete;
    await Promise.all(children.map((c) => (c as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
    await nextPaint();
    run.filterMs.push(performance.now() - begin);
    for (const [name, { ms }] of Object.entries(kitSteps(begin))) {
      if (name.startsWith('compute ') || name.startsWith('update ')) (run.filterSteps[name] ??= []).push(ms);
    }
  }
  await cpuMark('filters-end');
  return run;
}

Object.assign(globalThis, { e2eRun });
document.body.dataset.ready = 'true';
