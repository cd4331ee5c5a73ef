/**
 * `npm run bench:elements`: the elements' drawing and interaction benchmarks, in headless
 * Chromium (Debian's package, as for the tests), on a page Vite serves from the repository.
 *
 *   npm run bench:elements                              every scenario file in bench/browser/scenarios
 *   npm run bench:elements -- --only cohort-churn       some files (comma-separated names)
 *   options: --runs N (25 timed runs per bench) --warmup N (3)
 *            --trace   also record a Chromium trace (bench/out/elements.trace.json, for DevTools'
 *                      Performance panel) and print, per bench, where the renderer's main thread
 *                      spent its time inside the timed runs (script, style, layout, paint…)
 *
 * Each group's benches run round-robin, each in its own stage with only the timed one visible,
 * and a run is timed to the next painted frame. Figures are medians; each group holds a peer
 * (a minimal hand-written drawing of the same marks) measured in the same run, and the ratio to
 * it is what to compare across machines. Writes bench/out/elements.{json,md}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { BenchTimings } from './bench-types.js';
import { launchChromium, repoRoot, runThenClose, startServer } from './chromium.js';

const OUT = join(repoRoot, 'bench', 'out');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const only = (arg('only') ?? '').split(',').filter(Boolean);
const runs = Math.max(3, Number(arg('runs') ?? 25));
const warmup = Math.max(0, Number(arg('warmup') ?? 3));
const trace = process.argv.includes('--trace');

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

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: { name?: string; data?: ProfileData };
}

interface ProfileData {
  startTime?: number;
  cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { functionName: string; url?: string; lineNumber: number } }[]; samples?: number[] };
  timeDeltas?: number[];
}

/** The V8 sampling profile in a trace (Profile + ProfileChunk events): each sample's time and function. */
function jsSamples(events: TraceEvent[], pid: number): { ts: number; fn: string }[] {
  const names = new Map<number, string>();
  const samples: { ts: number; fn: string }[] = [];
  let ts = 0;
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile' && e.args?.data?.startTime !== undefined) ts = e.args.data.startTime;
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      const { functionName, url, lineNumber } = node.callFrame;
      names.set(node.id, `${functionName || '(anonymous)'} ${(url ?? '').replace(/^.*\/(src|node_modules|bench)\//, '$1/').replace(/\?v=\w+/, '')}:${lineNumber + 1}`);
    }
    (data?.cpuProfile?.samples ?? []).forEach((id, i) => {
      ts += data?.timeDeltas?.[i] ?? 0;
      samples.push({ ts, fn: names.get(id) ?? String(id) });
    });
  }
  return samples;
}

/**
 * Per bench, the self time of the renderer main thread's events inside its timed runs (the
 * `bench: <name>` measures main.ts leaves), summed by event name, in ms per run: what a redraw
 * spends on script, style (UpdateLayoutTree), layout, paint and the rest.
 */
function mainThreadBreakdown({ traceEvents: events }: { traceEvents: TraceEvent[] }): string {
  // The page's main thread: the one whose user timing holds the benches' measures.
  const main = events.find((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('bench: '));
  if (!main) return 'trace: no bench measures found';
  // The timed windows, by bench.
  const windows = new Map<string, [number, number][]>();
  const open = new Map<string, number>();
  for (const e of events) {
    if (!e.cat.includes('blink.user_timing') || !e.name.startsWith('bench: ')) continue;
    const key = `${e.name}|${e.id ?? e.id2?.local ?? ''}`;
    if (e.ph === 'b') open.set(key, e.ts);
    else if (e.ph === 'e' && open.has(key)) {
      const list = windows.get(e.name) ?? [];
      list.push([open.get(key)!, e.ts]);
      windows.set(e.name, list);
      open.delete(key);
    }
  }
  // Self time of each complete event on the main thread: its duration less its children's
  // (begin/end pairs made complete first).
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const begun: TraceEvent[] = [];
  const slices: TraceEvent[] = [];
  for (const e of onMain) {
    if (e.ph === 'X' && e.dur !== undefined) slices.push(e);
    else if (e.ph === 'B') begun.push(e);
    else if (e.ph === 'E') {
      const b = begun.pop();
      if (b) slices.push({ ...b, ph: 'X', dur: e.ts - b.ts });
    }
  }
  slices.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const samples = jsSamples(events, main.pid);
  const self: { name: string; ts: number; self: number }[] = [];
  const stack: { e: TraceEvent; self: number }[] = [];
  const close = () => {
    const top = stack.pop()!;
    self.push({ name: top.e.name, ts: top.e.ts, self: top.self });
  };
  for (const e of slices) {
    while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= e.ts) close();
    if (stack.length) stack[stack.length - 1]!.self -= e.dur!;
    stack.push({ e, self: e.dur! });
  }
  while (stack.length) close();
  const lines: string[] = [];
  for (const [name, spans] of windows) {
    const byName = new Map<string, number>();
    let total = 0;
    for (const s of self) {
      if (!spans.some(([a, b]) => s.ts >= a && s.ts < b)) continue;
      byName.set(s.name, (byName.get(s.name) ?? 0) + s.self);
      total += s.self;
    }
    const wall = spans.reduce((sum, [a, b]) => sum + (b - a), 0);
    const per = (us: number) => (us / 1000 / spans.length).toFixed(1);
    lines.push(`${name}: ${spans.length} runs, ${per(wall)} ms wall and ${per(total)} ms main-thread work per run`);
    for (const [event, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 10)) lines.push(`  ${per(us).padStart(7)} ms  ${event}`);
    const js = new Map<string, number>();
    let previous = 0;
    for (const sample of samples) {
      if (spans.some(([a, b]) => sample.ts >= a && sample.ts < b)) js.set(sample.fn, (js.get(sample.fn) ?? 0) + (sample.ts - previous));
      previous = sample.ts;
    }
    if (js.size) lines.push('  JavaScript self time (sampled):');
    for (const [fn, us] of [...js].sort((a, b) => b[1] - a[1]).slice(0, 12)) lines.push(`  ${per(us).padStart(7)} ms  ${fn}`);
  }
  return lines.join('\n');
}

const { server, origin } = await startServer();
const browser = await launchChromium();

await runThenClose(browser, server, async (fail) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    page.on('pageerror', (error) => console.error(`page error: ${String(error)}`));
    await page.goto(`${origin}/bench/browser/index.html`, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    const [l1, l5] = loadavg();
    const loadAtStart = `${l1?.toFixed(1)} / ${l5?.toFixed(1)} (1 / 5 min) on ${cpus().length} cores`;
    if (trace) await page.tracing.start({ categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'] });
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
    if (trace) {
      const buffer = await page.tracing.stop();
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, 'elements.trace.json'), buffer ?? '');
      console.log(mainThreadBreakdown(JSON.parse(Buffer.from(buffer ?? '').toString('utf8')) as { traceEvents: TraceEvent[] }));
    }
    const rows = summarize(results);
    const report = markdown(rows, loadAtStart);
    console.log(report);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'elements.md'), `${report}\n`);
    writeFileSync(join(OUT, 'elements.json'), `${JSON.stringify({ loadAtStart, runs, warmup, rows }, null, 2)}\n`);
    if (rows.some((r) => r.error)) fail();
});
