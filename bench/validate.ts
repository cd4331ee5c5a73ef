/**
 * `npm run bench:validate`: what checking a dataset costs next to parsing its JSON, in one run.
 * Generates one seeded dataset, writes it as row JSON and as columnar JSON, then alternates, run
 * after run: JSON.parse of the row text, parseDataset of those rows, JSON.parse of the columnar
 * text, parseDataset of those columns, buildTable of the result. The peer of each parseDataset is
 * the JSON.parse of the same text in the same run, so a loaded machine slows both.
 *
 *   npm run bench:validate                               about 1M rows (80,000 accounts, every table)
 *   npm run bench:validate -- --accounts 100000 --deals 1000000 --orders 0
 *   options: --runs N (5) --time iso|epoch (iso) --zod (also every row through zod, once)
 *            --only rows|columnar (one input form)
 *
 * Re-spawns node with --expose-gc (a GC before each timed step) and a larger heap.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

const HEAP_MB = 8192;
if (typeof (globalThis as { gc?: unknown }).gc !== 'function' && !process.env.CRM_BENCH_CHILD) {
  const args = ['--expose-gc', `--max-old-space-size=${HEAP_MB}`, ...process.execArgv, process.argv[1] as string, ...process.argv.slice(2)];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, CRM_BENCH_CHILD: '1' } });
  process.exit(child.status ?? 1);
}

const { generateDataset } = await import('../src/generator/index.js');
const { buildTable, parseDataset, toColumnar } = await import('../src/metrics.js');
const { collectGarbage, consume, median, fmt } = await import('./lib/stats.js');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function whole(name: string, fallback: number | undefined): number | undefined {
  const text = arg(name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`--${name}: expected a whole number, got ${text}`);
  return n;
}
const time = arg('time') ?? 'iso';
if (time !== 'iso' && time !== 'epoch') throw new RangeError(`--time: expected iso or epoch, got ${time}`);
const only = arg('only');
if (only !== undefined && only !== 'rows' && only !== 'columnar') throw new RangeError(`--only: expected rows or columnar, got ${only}`);
const runs = Math.max(1, whole('runs', 5) as number);
const options = { seed: 1, accounts: whole('accounts', 80_000) as number, deals: whole('deals', undefined), orders: whole('orders', undefined), timeFormat: time } as const;

const log = (line: string) => console.log(line);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
log(`bench:validate — node ${process.version}, load ${load()}; ${JSON.stringify(options)}, ${runs} runs`);

// The generated objects are dropped once written out: only the two texts stay, so the collector
// does not trace a second dataset during every timed step.
function texts(): { rowCount: number; rowText: string; columnarText: string } {
  const generated = generateDataset(options);
  const rowCount = Object.entries(generated).filter(([name]) => name !== 'stages').reduce((n, [, rows]) => n + (rows as unknown[]).length, 0);
  return {
    rowCount,
    rowText: only === 'columnar' ? '' : JSON.stringify(generated),
    columnarText: only === 'rows' ? '' : JSON.stringify(toColumnar(generated)),
  };
}
const { rowCount, rowText, columnarText } = texts();
log(`${rowCount.toLocaleString('en')} rows; row JSON ${(Buffer.byteLength(rowText) / 1e6).toFixed(1)} MB, columnar JSON ${(Buffer.byteLength(columnarText) / 1e6).toFixed(1)} MB`);

const STEPS = ['JSON.parse rows', 'parseDataset rows', 'JSON.parse columnar', 'parseDataset columnar', 'buildTable'] as const;
type Step = (typeof STEPS)[number];
const times: Record<Step, number[]> = Object.fromEntries(STEPS.map((s) => [s, []])) as unknown as Record<Step, number[]>;
/** The process's CPU time over each step (every thread): it leaves out the time the neighbours held the cores. */
const cpuTimes: Record<Step, number[]> = Object.fromEntries(STEPS.map((s) => [s, []])) as unknown as Record<Step, number[]>;

function timedStep<T>(step: Step, fn: () => T): T {
  collectGarbage();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  times[step].push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  cpuTimes[step].push((used.user + used.system) / 1000);
  return value;
}

let summary = '';
for (let r = 0; r < runs; r++) {
  const seen: string[] = [];
  if (only !== 'columnar') {
    let parsed: unknown = timedStep('JSON.parse rows', () => JSON.parse(rowText));
    const result = timedStep('parseDataset rows', () => parseDataset(parsed));
    seen.push(`rows: ${result.problems.length} problems, kept ${JSON.stringify(result.rows)}`);
    parsed = undefined;
    if (only === 'rows') consume(timedStep('buildTable', () => buildTable(result.dataset)));
  }
  if (only !== 'rows') {
    let parsed: unknown = timedStep('JSON.parse columnar', () => JSON.parse(columnarText));
    const result = timedStep('parseDataset columnar', () => parseDataset(parsed));
    seen.push(`columnar: ${result.problems.length} problems, kept ${JSON.stringify(result.rows)}`);
    parsed = undefined;
    consume(timedStep('buildTable', () => buildTable(result.dataset)));
  }
  if (seen.length === 2 && seen[0]?.slice(5) !== seen[1]?.slice(9)) throw new Error(`row and columnar results differ:\n${seen.join('\n')}`);
  summary = seen.join('\n');
  log(`  run ${r + 1}: ${STEPS.filter((s) => times[s].length > r).map((s) => `${s} ${fmt(times[s][r] as number)}`).join(', ')} (load ${load()})`);
}
log(summary);

const med = (step: Step) => median(times[step]);
const cpuMed = (step: Step) => median(cpuTimes[step]);
log(`\nmedians of ${runs} runs, ms (load at the end ${load()}):`);
log(`  ${'step'.padEnd(22)} ${'wall'.padStart(8)} ${'(min)'.padStart(9)} ${'CPU'.padStart(8)}`);
for (const step of STEPS) if (times[step].length > 0) log(`  ${step.padEnd(22)} ${fmt(med(step)).padStart(8)} ${`(${fmt(Math.min(...times[step]))})`.padStart(9)} ${fmt(cpuMed(step)).padStart(8)}`);
/** Medians of the per-run ratios: each run's check over the parse just before it. */
const ratio = (step: Step, peer: Step, of: Record<Step, number[]>) => median(of[step].map((t, r) => t / (of[peer][r] as number))).toFixed(2);
if (only !== 'columnar') log(`  parseDataset rows / JSON.parse rows:         ${ratio('parseDataset rows', 'JSON.parse rows', times)}× wall, ${ratio('parseDataset rows', 'JSON.parse rows', cpuTimes)}× CPU`);
if (only !== 'rows') {
  log(`  parseDataset columnar / JSON.parse columnar: ${ratio('parseDataset columnar', 'JSON.parse columnar', times)}× wall, ${ratio('parseDataset columnar', 'JSON.parse columnar', cpuTimes)}× CPU`);
  log(`  JSON.parse + parseDataset + buildTable, columnar: ${fmt(med('JSON.parse columnar') + med('parseDataset columnar') + med('buildTable'))} ms`);
}

if (process.argv.includes('--zod') && only !== 'columnar') {
  collectGarbage();
  const parsed: unknown = JSON.parse(rowText);
  const start = performance.now();
  consume(parseDataset(parsed, { fastPath: false }));
  log(`  every row through zod (fastPath: false), once: ${fmt(performance.now() - start)} ms`);
}
