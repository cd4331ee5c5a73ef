/**
 * `npm run bench:load`: loading a million deals (and a million orders) from `src` with the load
 * worker and without, in headless Chromium (Debian's package) on a page Vite serves. For each
 * dataset, element and path it opens a fresh page per run and reports, as medians over the runs:
 * the time to ready, the longest main-thread task and the number of tasks over 50 ms (the
 * page's long-task PerformanceObserver). Issue #12's target: no task over 50 ms while 1M deals
 * load, on the worker path.
 *
 *   npm run bench:load [-- --runs N (3)] [--only deals|orders] [--paths worker,main] [--elements load,crm-funnel]
 *
 * Writes bench/out/load.{md,json}. Datasets are generated into bench/out/load/ on first use
 * (about a minute each here). The machine is shared: the load average is printed with the figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium, repoRoot as root, runThenClose, startServer } from '../chromium.js';
import { ensureDataset, type BenchDataset } from './data.js';
import type { LoadRun } from './page.js';

const OUT = join(root, 'bench', 'out');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const runs = Math.max(1, Number(arg('runs') ?? 3));
const only = arg('only');
const paths = (arg('paths') ?? 'worker,main').split(',') as ('worker' | 'main')[];
const elements = arg('elements')?.split(',');

const ALL_DATASETS: (BenchDataset & { elements: string[] })[] = [
  {
    name: 'deals',
    file: join(OUT, 'load', 'deals-1m.json'),
    options: { seed: 1, accounts: 100_000, deals: 1_000_000, orders: 0, timeFormat: 'epoch' },
    tables: ['stages', 'accounts', 'deals'],
    elements: ['load', 'crm-funnel'],
  },
  {
    name: 'orders',
    file: join(OUT, 'load', 'orders-1m.json'),
    options: { seed: 1, accounts: 100_000, orders: 1_000_000, timeFormat: 'epoch' },
    tables: ['accounts', 'orders'],
    elements: ['load', 'crm-cohort-churn'],
  },
];
const DATASETS = ALL_DATASETS.filter((d) => !only || d.name === only);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const sizes = new Map<string, number>();
for (const dataset of DATASETS) sizes.set(dataset.name, ensureDataset(dataset, console.log));

// Vite's dev server understands the `new Worker(new URL(…, import.meta.url))` of src/worker/load-in-worker.ts.
const { server, origin } = await startServer();
const browser = await launchChromium();

const results: LoadRun[] = [];
const lines: string[] = [];
await runThenClose(browser, server, async (fail) => {
    const [l1, l5] = loadavg();
    const loadAtStart = `${l1?.toFixed(1)} / ${l5?.toFixed(1)} (1 / 5 min) on ${cpus().length} cores`;
    const table: string[] = [];
    for (const dataset of DATASETS) {
      const src = `/${dataset.file.slice(root.length + 1)}`;
      for (const element of dataset.elements.filter((e) => !elements || elements.includes(e))) {
        for (const path of paths) {
          const mine: LoadRun[] = [];
          for (let run = 0; run < runs; run++) {
            const page = await browser.newPage();
            page.on('pageerror', (error) => console.error(`page error: ${String(error)}`));
            await page.goto(`${origin}/bench/browser/load/index.html`, { waitUntil: 'load' });
            await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
            const result = (await page.evaluate(
              (s: string, e: string, p: string) => (globalThis as unknown as { loadOnce: (s: string, e: string, p: string) => Promise<LoadRun> }).loadOnce(s, e, p),
              src,
              element,
              path,
            )) as LoadRun;
            await page.close();
            if (result.error) {
              fail();
              console.error(`${dataset.name} ${element} ${path}: ${result.error}`);
            }
            console.log(`${dataset.name} ${element} ${path} run ${run + 1}: ready ${result.readyMs.toFixed(0)} ms, longest task ${result.longestTaskMs.toFixed(0)} ms, ${result.tasksOver50} over 50 ms ${JSON.stringify(result.rows)}`);
            for (const task of result.tasks.filter((t) => t.duration > 50)) {
              // What crm-kit measured inside the task (the rest is the browser's: messages, style, layout, paint, GC).
              const inside = result.steps.filter((m) => m.start >= task.start - 1 && m.start < task.start + task.duration).map((m) => `${m.name} ${m.duration.toFixed(0)}`);
              console.log(`  task at ${task.start.toFixed(0)} ms: ${task.duration.toFixed(0)} ms [${inside.join(', ')}]`);
            }
            mine.push({ ...result, element: `${dataset.name}:${element}` });
          }
          results.push(...mine);
          table.push(
            `| ${dataset.name} (${sizes.get(dataset.name)?.toFixed(0)} MB) | ${element} | ${path} | ${median(mine.map((r) => r.readyMs)).toFixed(0)} | ${median(mine.map((r) => r.longestTaskMs)).toFixed(0)} | ${Math.max(...mine.map((r) => r.longestTaskMs)).toFixed(0)} | ${median(mine.map((r) => r.tasksOver50))} |`,
          );
        }
      }
    }
    lines.push(
      `Loading from \`src\`, headless Chromium, ${runs} run(s) per row, each in a fresh page; medians. Load average at start ${loadAtStart}, at end ${loadavg()[0]?.toFixed(1)}.`,
      '`load`: the data source alone (fetch, JSON.parse, checks, table) to its ready state; an element: to its first `crm-render` (its first computation and drawing included).',
      '',
      '| dataset | element | path | ready ms | longest task ms | worst run\'s longest task ms | tasks over 50 ms |',
      '|---|---|---|---:|---:|---:|---:|',
      ...table,
    );
    console.log(lines.join('\n'));
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'load.md'), `${lines.join('\n')}\n`);
    writeFileSync(join(OUT, 'load.json'), `${JSON.stringify({ loadAtStart, runs, results }, null, 2)}\n`);
});
