/// <reference types="vite/client" />
/**
 * The loading benchmark's page: one load of a `src` per page (run.ts opens a fresh page for
 * each, so no run inherits another's heap), watched by a long-task PerformanceObserver — the
 * browser's own report of every main-thread task over 50 ms.
 *
 * `load` uses the smallest element with a DataSourceController, so that only loading is timed
 * (fetch, parse, checks, table); `funnel` is <crm-funnel> to its first `crm-render`, which
 * adds the funnel's first computation and drawing on the main thread.
 */
import { LitElement } from 'lit';
import { DataSourceController, type DataSourceHost } from '../../../src/controllers/index.js';
import '../../../src/elements/cohort-churn/define.js';
import '../../../src/elements/funnel/define.js';

class BenchDataHost extends LitElement implements DataSourceHost {
  static override properties = { src: {} };
  declare src: string | null;
  readonly source = new DataSourceController(this);
}
customElements.define('bench-data-host', BenchDataHost);

export interface LoadRun {
  path: 'worker' | 'main';
  element: string;
  /** From adding the element to ready (`load`: the controller's ready state; else `crm-render`). */
  readyMs: number;
  longestTaskMs: number;
  tasksOver50: number;
  /** Every long task: start (ms after the element was added) and duration. */
  tasks: { start: number; duration: number }[];
  /** crm-kit's own steps (src/controllers/user-timing.ts) on the main thread: what the long tasks were spent on. */
  steps: { name: string; start: number; duration: number }[];
  rows: Record<string, number>;
  error?: string;
}

async function loadOnce(src: string, element: string, path: 'worker' | 'main'): Promise<LoadRun> {
  DataSourceController.workerThreshold = path === 'worker' ? 0 : Infinity;
  (globalThis as { crmKitTiming?: boolean }).crmKitTiming = true;
  performance.clearMeasures();
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const el = document.createElement(element === 'load' ? 'bench-data-host' : element) as HTMLElement & { source?: DataSourceController };
  el.setAttribute('locale', 'en-US');
  el.style.width = '900px';
  el.setAttribute('src', src);
  const start = performance.now();
  let error: string | undefined;
  const done = new Promise<void>((resolve) => {
    el.addEventListener('crm-error', (event) => {
      error = (event as CustomEvent<{ message: string }>).detail.message;
      resolve();
    });
    if (element !== 'load') el.addEventListener('crm-render', () => resolve(), { once: true });
    else {
      const poll = () => (el.source!.state === 'ready' || el.source!.state === 'error' ? resolve() : setTimeout(poll, 5));
      setTimeout(poll, 5);
    }
  });
  document.body.append(el);
  await done;
  const readyMs = performance.now() - start;
  // Long tasks are reported after they end: give the observer a frame and a task to deliver.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  observer.disconnect();
  const inRun = tasks.filter((t) => t.startTime >= start - 1).map((t) => ({ start: t.startTime - start, duration: t.duration }));
  const loaded = element === 'load' ? el.source!.loaded : undefined;
  // `… in worker` and `load-in-worker` span the wait for the worker, not main-thread work.
  const steps = performance
    .getEntriesByType('measure')
    .filter((m) => m.name.startsWith('crm-kit:') && m.startTime >= start - 1)
    .map((m) => ({ name: m.name.slice('crm-kit:'.length), start: m.startTime - start, duration: m.duration }));
  const rows: Record<string, number> = {};
  for (const [table, counts] of Object.entries(loaded?.rows ?? {})) rows[table] = counts.kept;
  return {
    path,
    element,
    readyMs,
    longestTaskMs: Math.max(0, ...inRun.map((t) => t.duration)),
    tasksOver50: inRun.filter((t) => t.duration > 50).length,
    tasks: inRun,
    steps,
    rows,
    ...(error === undefined ? {} : { error }),
  };
}

(globalThis as unknown as { loadOnce: typeof loadOnce }).loadOnce = loadOnce;
document.body.dataset.ready = 'true';
