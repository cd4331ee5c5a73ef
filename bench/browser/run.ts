/**
 * `npm run bench:elements`: the elements' drawing and interaction benchmarks, in headless
 * Chromium (Debian's package, as for the tests), on a page Vite serves from the repository.
 *
 *   npm run bench:elements                              every scenario file in bench/browser/scenarios
 *   npm run bench:elements -- --only cohort-churn       some files (comma-separated names)
 *   options: --runs N (25 timed runs per bench) --warmup N (3)
 *
 * Each group's benches run round-robin, each in its own stage with only the timed one visible,
 * and a run is timed to the next painted frame. Figures are medians; each group holds a peer
 * (a minimal hand-written drawing of the same marks) measured in the same run, and the ratio to
 * it is what to compare across machines. Writes bench/out/elements.{json,md}.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import type { BenchTimings } from './bench-types.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const OUT = join(root, 'bench', 'out');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const only = (arg('only') ?? '').split(',').filter(Boolean);
const runs = Math.max(3, Number(arg('runs') ?? 25));
const warmup = Math.max(0, Number(arg('warmup') ?? 3));

function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

interface Row extends BenchTimings {
  median: number;
  p90: number;
  min: number;
  ratio: number | null;
}

function summarize(results: BenchTimings[]): Row[] {
  const rows = results.map((r) => {
    const sorted = [...r.samples].sort((a, b) => a - b);
    return { ...r, median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), min: sorted[0] ?? Number.NaN, ratio: null as number | null };
  });
  for (const row of rows) {
    const peer = rows.find((r) => r.group === row.group && r.peer);
    if (peer && !row.peer && peer.median > 0) row.ratio = row.median / peer.median;
  }
  return rows;
}

const ms = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(2) : n.toFixed(1)) : '—');

function markdown(rows: Row[], load: string): string {
  const lines = [
    `Element benchmarks: headless Chromium, ${runs} timed runs per bench after ${warmup} warm-up runs, round-robin within a group; each run timed to the next painted frame. Load average ${load}.`,
    '',
    '| group | bench | median ms | p90 ms | min ms | × peer | target ms | met |',
    '|---|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    if (r.error) {
      lines.push(`| ${r.group} | ${r.name} | error: ${r.error.split('\n')[0]} | | | | | |`);
      continue;
    }
    const met = r.targetMs === null ? '' : r.median < r.targetMs ? 'yes' : 'no';
    lines.push(`| ${r.group} | ${r.name}${r.peer ? ' (peer)' : ''} | ${ms(r.median)} | ${ms(r.p90)} | ${ms(r.min)} | ${r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`} | ${r.targetMs ?? ''} | ${met} |`);
  }
  return lines.join('\n');
}

const executablePath =
  process.env.CHROME_PATH || execFileSync(process.execPath, [join(root, 'scripts', 'ensure-chromium.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();

// The repository root, so that scenario files import src/ directly; no config file: this page
// needs nothing of the library build.
const server = await createServer({ root, configFile: false, logLevel: 'warn', server: { host: '127.0.0.1', port: 0, strictPort: false } });
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 0;

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  // One evaluate runs every bench of the run; setups generate 100k-customer datasets, and on a
  // loaded machine that outlasts puppeteer's default 180 s protocol timeout.
  protocolTimeout: 0,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--js-flags=--expose-gc',
    '--window-size=1200,900',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ],
});

let exitCode = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  page.on('pageerror', (error) => console.error(`page error: ${String(error)}`));
  await page.goto(`http://127.0.0.1:${port}/bench/browser/index.html`, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
  const [l1, l5] = loadavg();
  const loadAtStart = `${l1?.toFixed(1)} / ${l5?.toFixed(1)} (1 / 5 min) on ${cpus().length} cores`;
  const results = (await page.evaluate(
    (o: string[], w: number, r: number) => (globalThis as unknown as { runBenches: (o: string[], w: number, r: number) => Promise<unknown> }).runBenches(o, w, r),
    only,
    warmup,
    runs,
  )) as BenchTimings[];
  if (results.length === 0) {
    const names = await page.evaluate(() => (globalThis as unknown as { scenarioNames: () => string[] }).scenarioNames());
    throw new Error(`no benches ran; scenario files: ${names.join(', ') || 'none'}${only.length ? ` (--only ${only.join(',')})` : ''}`);
  }
  const rows = summarize(results);
  const report = markdown(rows, loadAtStart);
  console.log(report);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'elements.md'), `${report}\n`);
  writeFileSync(join(OUT, 'elements.json'), `${JSON.stringify({ loadAtStart, runs, warmup, rows }, null, 2)}\n`);
  if (rows.some((r) => r.error)) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
process.exit(exitCode);
