/**
 * `npm run bench:e2e`: the end-to-end benchmark (#12). In headless Chromium, a dashboard with a
 * funnel, a cohort heatmap and a relationship grid loads a generated dataset from `src` — row
 * JSON or columnar JSON — and each step to the first painted frame is reported, then the time
 * a segment filter change takes to its painted frame.
 *
 *   npm run bench:e2e                                 10k and 100k, rows and columnar
 *   npm run bench:e2e -- --sizes 1m --runs 3
 *   options: --sizes 10k,100k,1m   --formats rows,columnar   --runs N (5)   --filters N (6)
 *            --drop activities      tables left out of the generated data (1M row JSON with every
 *                                   table is over V8's string limit; this is how to get under it)
 *            --paths worker,main    load in the kit's load worker (its default for 4 MiB or more)
 *                                   and/or on the main thread (DataSourceController.workerThreshold
 *                                   set to Infinity); both by default
 *            --attr name=value      set on the dashboard (repeatable)
 *
 * Datasets are generated once into bench/out/e2e (bench/browser/e2e/datasets.ts). Each run is a
 * fresh page with the HTTP cache off; a size's formats run in turn (rows, columnar, rows, …) so
 * the neighbours' load falls on both. Results merge into bench/out/e2e.json by cell (a new
 * measurement of a cell replaces the old), and the table of all cells is written to
 * bench/out/e2e.md and printed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchChromium, repoRoot, runThenClose, startServer } from './chromium.js';
import { datasetFile, type E2eFormat } from './e2e/datasets.js';
import { cpuBetween, cpuSnapshot, type CpuSnapshot } from './e2e/cpu-time.js';
import type { E2eRun } from './e2e/e2e-types.js';
import { cellKey, markdown, type E2eCell, type E2ePath } from './e2e/report.js';

const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const OUT = join(repoRoot, 'bench', 'out');
const RESULTS = join(OUT, 'e2e.json');
/** A run that has not drawn by then has hung (the renderer out of memory shows as a crash instead). */
const RUN_TIMEOUT_MS = 300_000;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const list = (text: string | undefined, fallback: string[]) => (text ? text.split(',').filter(Boolean) : fallback);
const sizes = list(arg('sizes'), ['10k', '100k']).map((s) => s.toLowerCase());
const formats = list(arg('formats'), ['rows', 'columnar']) as E2eFormat[];
const paths = list(arg('paths'), ['worker', 'main']) as E2ePath[];
const runs = Math.max(1, Number(arg('runs') ?? 5));
const filters = Math.max(0, Number(arg('filters') ?? 6));
const dropped = list(arg('drop'), []);
const attrs = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--attr' ? [a] : []));
for (const s of sizes) if (!(s in SIZES)) throw new Error(`--sizes: unknown size ${s} (known: ${Object.keys(SIZES).join(', ')})`);
for (const f of formats) if (f !== 'rows' && f !== 'columnar') throw new Error(`--formats: unknown format ${f} (rows or columnar)`);
for (const p of paths) if (p !== 'worker' && p !== 'main') throw new Error(`--paths: unknown path ${p} (worker or main)`);

const load1 = () => loadavg()[0] ?? 0;

/** Generate a size's files unless they exist, in a child with room for 1M rows in its heap. */
function ensureData(deals: number): void {
  if (formats.every((f) => existsSync(datasetFile(deals, f, dropped)))) return;
  console.log(`generating ${deals} deals and orders…`);
  execFileSync(process.execPath, ['--max-old-space-size=12288', '--import', 'tsx', join(repoRoot, 'bench', 'browser', 'e2e', 'datasets.ts'), String(deals), ...dropped], { stdio: 'inherit' });
}

async function runOnce(browser: Browser, origin: string, file: string, path: E2ePath): Promise<E2eRun> {
  const page = await browser.newPage();
  const session = await browser.target().createCDPSession();
  const marks = new Map<string, CpuSnapshot>();
  await page.exposeFunction('e2eCpu', async (label: string) => void marks.set(label, await cpuSnapshot(session)));
  const failure = (error: unknown): E2eRun => ({ error: String((error as Error)?.message ?? error).split('\n')[0]!, transferBytes: 0, decodedBytes: 0, steps: {}, longTasks: { count: 0, longestMs: 0, totalMs: 0 }, heapMB: null, filterMs: [], filterSteps: {} });
  try {
    // The same file every run: from the disk cache it would skip the transfer a user waits for.
    await page.setCacheEnabled(false);
    await page.setViewport({ width: 1200, height: 900 });
    page.on('pageerror', (error) => console.error(`  page error: ${String(error)}`));
    const query = new URLSearchParams({ src: `/${relative(repoRoot, file)}`, filters: String(filters), path });
    for (const a of attrs) query.append('attr', a);
    await page.goto(`${origin}/bench/browser/e2e.html?${query}`, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no first frame within ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS)));
    try {
      const run = await Promise.race([page.evaluate(() => (globalThis as unknown as { e2eRun: () => Promise<E2eRun> }).e2eRun()), timeout]);
      const between = (a: string, b: string) => (marks.has(a) && marks.has(b) ? cpuBetween(marks.get(a)!, marks.get(b)!) : undefined);
      const [load, changes] = [between('load-start', 'load-end'), between('filters-start', 'filters-end')];
      const perChange = Math.max(1, run.filterMs.length);
      if (load && changes) {
        run.cpu = { loadAllMs: load.allMs, loadRendererMainMs: load.rendererMainMs, filterAllMs: changes.allMs / perChange, filterRendererMainMs: changes.rendererMainMs / perChange };
      }
      return run;
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    return failure(error);
  } finally {
    await session.detach().catch(() => {});
    await page.close().catch(() => {});
  }
}

function readCells(): Map<string, E2eCell> {
  if (!existsSync(RESULTS)) return new Map();
  const cells = (JSON.parse(readFileSync(RESULTS, 'utf8')) as { cells: E2eCell[] }).cells;
  return new Map(cells.map((c) => [cellKey(c), c]));
}

const { server, origin } = await startServer();
// Precise heap figures (performance.memory is otherwise rounded and delayed).
const browser = await launchChromium(['--enable-precise-memory-info']);
await runThenClose(browser, server, async (fail) => {
    const cells = readCells();
    for (const size of sizes) {
      const deals = SIZES[size]!;
      ensureData(deals);
      const measured = formats.flatMap((format) =>
        paths.map((path): E2eCell => {
          const file = datasetFile(deals, format, dropped);
          return { size, deals, format, dropped, attrs, path, fileMB: statSync(file).size / 1e6, load: [load1(), 0], measuredAt: new Date().toISOString(), runs: [] };
        }),
      );
      for (let i = 0; i < runs; i++) {
        for (const cell of measured) {
          const run = await runOnce(browser, origin, datasetFile(deals, cell.format, dropped), cell.path);
          cell.runs.push(run);
          const total = run.steps.total;
          console.log(`${size} ${cell.format} ${cell.path} run ${i + 1}/${runs}: ${run.error ? `error: ${run.error}` : `first frame ${total?.toFixed(0)} ms, filter ${run.filterMs.map((m) => m.toFixed(0)).join(' ')} ms`} (load ${load1().toFixed(1)})`);
          // What each long task of the load held, to tell them apart (the table shows only their count and the longest).
          for (const task of run.longTasks.tasks ?? []) console.log(`  task at ${task.startMs.toFixed(0)} ms: ${task.ms.toFixed(0)} ms [${task.inside.join(', ')}]`);
        }
      }
      for (const cell of measured) {
        cell.load[1] = load1();
        cells.set(cellKey(cell), cell);
        if (cell.runs.every((r) => r.error)) fail();
      }
    }
    const order = (c: E2eCell) => [c.deals, c.dropped.length, c.attrs.join(), c.format === 'rows' ? 0 : 1, c.path === 'main' ? 1 : 0];
    const all = [...cells.values()].sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      return x.map((v, i) => (v < y[i]! ? -1 : v > y[i]! ? 1 : 0)).find((d) => d !== 0) ?? 0;
    });
    const report = markdown(all, filters);
    console.log(`\n${report}`);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify({ cells: all }, null, 1)}\n`);
    writeFileSync(join(OUT, 'e2e.md'), `${report}\n`);
});
