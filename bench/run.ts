/**
 * `npm run bench`: crm-kit's metric engine against arquero 8 and a plain "arrays of objects +
 * Map" peer on 1M deals, 1M orders and 100k accounts (DESIGN.md, "Performance budget").
 *
 *   npm run bench                         full run (a few minutes, most of it ingest)
 *   npm run bench -- --only funnel,cohort some metrics (funnel, funnel-scoped, cohort, relationship,
 *                                         relationship-scoped, cycle, churn, ltv)
 *   npm run bench -- --small              a tenth of the data, to try the harness
 *   npm run bench -- --profile cohort     CPU profile of the engine's cold and warm calls (comma-separated metrics)
 *   options: --warm N (15) --cold N (3) --aq N (15) --plain N (15) --settle ms (1500: pause after each GC)
 *
 * Re-spawns node with --expose-gc (GC between metrics) and a larger heap when they are missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'out');
const HEAP_MB = 8192;

if (typeof (globalThis as { gc?: unknown }).gc !== 'function' && !process.env.CRM_BENCH_CHILD) {
  // tsx's own loader flags are in execArgv; keep them, add ours, run this file again.
  const args = ['--expose-gc', `--max-old-space-size=${HEAP_MB}`, ...process.execArgv, process.argv[1] as string, ...process.argv.slice(2)];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, CRM_BENCH_CHILD: '1' } });
  process.exit(child.status ?? 1);
}

const { computeMetric, buildTable, METRICS } = await import('../src/metrics.js');
const { machineInfo, loadNow } = await import('./lib/machine.js');
const { load, DATA_OPTIONS } = await import('./lib/load.js');
const { dataBounds } = await import('./lib/data-bounds.js');
const { buildArqueroTables } = await import('./peers/arquero/tables.js');
const { METRIC_BENCHES } = await import('./metrics.js');
const { referenceFunnel } = await import('./peers/reference-funnel.js');
const { compareOutputs } = await import('./lib/check.js');
const { collectGarbage, consume, summarize, timed, timedCpu, fmt, floorSum, DESIGN_FLOOR_MS } = await import('./lib/stats.js');
const { markdown } = await import('./lib/report.js');
const { profileBlock } = await import('./lib/profile.js');
type MetricRow = import('./lib/report.js').MetricRow;
type Check = import('./lib/check.js').Check;
type MetricId = import('../src/metrics.js').MetricId;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const count = (name: string, fallback: number) => Math.max(1, Number(arg(name) ?? fallback));

const settleMs = Number(arg('settle') ?? 1500);
/**
 * A full GC, then a pause: V8 keeps sweeping a multi-GB heap on a helper thread after gc()
 * returns, and on two cores that slowed the first timed runs after it (measured: a 10M-element
 * sum 2–5× slower right after a GC than a few seconds later).
 */
async function settle(): Promise<void> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, settleMs));
}

const runs = { cold: count('cold', 3), warm: count('warm', 15), arquero: count('aq', 15), plain: count('plain', 15) };
const small = flag('small');
const dataOptions = small ? { ...DATA_OPTIONS, accounts: 10_000, deals: 100_000, orders: 100_000 } : DATA_OPTIONS;
const only = arg('only')?.split(',');
const profileKeys = arg('profile')?.split(',');
const unknown = [...(only ?? []), ...(profileKeys ?? [])].filter((k) => !METRIC_BENCHES.some((b) => b.key === k));
if (unknown.length > 0) throw new Error(`unknown metric ${unknown.join(', ')} (expected some of ${METRIC_BENCHES.map((b) => b.key).join(', ')})`);
const log = (line: string) => console.log(line);

mkdirSync(OUT, { recursive: true });
const machine = machineInfo();
log(`crm-kit bench — node ${machine.node}, ${machine.cpuModel} × ${machine.cores}, load ${machine.loadAverageAtStart.join(' ')}; --expose-gc ${machine.exposeGc}`);
log('ingest:');
const loaded = load(dataOptions, log);
const { dataset, table } = loaded;
const bounds = dataBounds(dataset);
const spanAgrees = bounds.spanMin === table.timeSpan.min && bounds.spanMax === table.timeSpan.max;
log(`  data span ${new Date(bounds.spanMin).toISOString()} … ${new Date(bounds.spanMax).toISOString()} (engine's timeSpan ${spanAgrees ? 'agrees' : 'DIFFERS'})`);

await settle();
const aqBuild = buildArqueroTables(dataset, bounds);
log(`arquero tables: ${aqBuild.steps.map((s) => `${s.step} ${fmt(s.ms)} ms`).join(', ')}`);

await settle();
const floorBefore = floorSum();
log(`floor: summing a 10M Float64Array takes ${fmt(floorBefore.median)} ms (min ${fmt(floorBefore.min)}) (DESIGN.md's machine: ${DESIGN_FLOOR_MS} ms) → this machine now ${(floorBefore.median / DESIGN_FLOOR_MS).toFixed(2)}× slower`);

const benches = METRIC_BENCHES.filter((b) => (profileKeys ? profileKeys.includes(b.key) : !only || only.includes(b.key)));

if (profileKeys) {
  // One load, then each metric in turn: its cold call on a fresh table, then many warm calls.
  for (const bench of benches) {
    const id = bench.id as MetricId;
    const fresh = buildTable(dataset);
    await settle();
    const coldLines = await profileBlock(join(OUT, `profile-${bench.key}-cold.cpuprofile`), () => consume(computeMetric(id, fresh, bench.options)));
    log(`\ncold call of ${bench.id} (fresh table):\n${coldLines.join('\n')}`);
    for (let i = 0; i < 3; i++) consume(computeMetric(id, table, bench.options));
    await settle();
    const reps = runs.warm * 4;
    const warmLines = await profileBlock(join(OUT, `profile-${bench.key}-warm.cpuprofile`), () => {
      for (let i = 0; i < reps; i++) consume(computeMetric(id, table, bench.options));
    });
    log(`\n${reps} warm calls of ${bench.id}:\n${warmLines.join('\n')}`);
    log(`\nprofiles written to ${OUT}/profile-${bench.key}-{cold,warm}.cpuprofile`);
  }
  process.exit(0);
}

const rows: MetricRow[] = [];
const checks: Check[] = [];
const freshBuildMs: number[] = [];

for (const bench of benches) {
  const row: MetricRow = { key: bench.key, id: bench.id, label: bench.label, options: bench.options, targetMs: bench.targetMs, minRatio: bench.minRatio, loadDuring: [loadNow()] };
  rows.push(row);
  if (!METRICS.has(bench.id)) {
    row.skipped = `not in the engine yet (${bench.id} not registered)`;
    log(`\n${bench.label}: skipped, ${row.skipped}`);
    continue;
  }
  const id = bench.id as MetricId;
  log(`\n${bench.label} — computeMetric('${bench.id}', table, ${JSON.stringify(bench.options)})`);

  // Cold: the first call on a table nobody has computed on (its per-table caches empty).
  const cold: number[] = [];
  for (let r = 0; r < runs.cold; r++) {
    const built = timed(() => buildTable(dataset));
    freshBuildMs.push(built.ms);
    await settle();
    cold.push(timed(() => consume(computeMetric(id, built.value, bench.options))).ms);
  }
  row.cold = summarize(cold);
  row.firstEver = cold[0];
  log(`  crm-kit cold  ${cold.map((x) => fmt(x)).join(' ')}  → median ${fmt(row.cold.median)}`);

  // Warm: repeat calls on the shared table, after one untimed call.
  await settle();
  row.floorBeforeWarm = floorSum(5).median;
  let result = computeMetric(id, table, bench.options);
  const warm: number[] = [];
  const warmCpu: number[] = [];
  for (let r = 0; r < runs.warm; r++) {
    const t = timedCpu(() => computeMetric(id, table, bench.options));
    warm.push(t.ms);
    warmCpu.push(t.cpuMs);
    result = t.value;
  }
  row.warm = summarize(warm);
  row.warmCpu = summarize(warmCpu);
  log(`  crm-kit warm  median ${fmt(row.warm.median)}, min ${fmt(row.warm.min)}, CPU median ${fmt(row.warmCpu.median)}  (floor just before: ${fmt(row.floorBeforeWarm)} ms)`);
  const engineOut = bench.extract(result);
  row.loadDuring.push(loadNow());

  // arquero, on tables built beforehand from the same rows.
  await settle();
  const aqFirst = timed(() => bench.arquero(aqBuild.tables));
  row.arqueroFirst = aqFirst.ms;
  const aqRuns: number[] = [];
  let aqOut = aqFirst.value;
  for (let r = 0; r < runs.arquero; r++) {
    const t = timed(() => bench.arquero(aqBuild.tables));
    aqRuns.push(t.ms);
    aqOut = t.value;
  }
  row.arquero = summarize(aqRuns);
  row.ratio = row.arquero.median / row.warm.median;
  log(`  arquero       first ${fmt(aqFirst.ms)}, median ${fmt(row.arquero.median)}, min ${fmt(row.arquero.min)} → ${row.ratio.toFixed(1)}× crm-kit`);
  checks.push(...compareOutputs(bench.key, 'arquero', engineOut, aqOut));

  if (bench.plain) {
    await settle();
    const plain = bench.plain;
    const plainFirst = timed(() => plain(dataset, bounds));
    row.plainFirst = plainFirst.ms;
    const plainRuns: number[] = [];
    let plainOut = plainFirst.value;
    for (let r = 0; r < runs.plain; r++) {
      const t = timed(() => plain(dataset, bounds));
      plainRuns.push(t.ms);
      plainOut = t.value;
    }
    row.plain = summarize(plainRuns);
    row.plainRatio = row.plain.median / row.warm.median;
    log(`  plain         first ${fmt(plainFirst.ms)}, median ${fmt(row.plain.median)}, min ${fmt(row.plain.min)} → ${row.plainRatio.toFixed(1)}× crm-kit`);
    checks.push(...compareOutputs(bench.key, 'plain', engineOut, plainOut));
  }
  for (const c of checks.filter((c) => c.metric === bench.key)) log(`  ${c.ok ? '✓' : '✗'} vs ${c.peer}: ${c.key} — ${c.detail}`);
  row.loadDuring.push(loadNow());
}

// Calibration: the minimal columnar funnel DESIGN.md's 2.6 ms was measured on.
await settle();
const referenceRuns: number[] = [];
const referenceCpu: number[] = [];
let referenceOut = referenceFunnel(table);
for (let r = 0; r < runs.warm; r++) {
  const t = timedCpu(() => referenceFunnel(table));
  referenceRuns.push(t.ms);
  referenceCpu.push(t.cpuMs);
  referenceOut = t.value;
}
const reference = summarize(referenceRuns);
const referenceCpuTimings = summarize(referenceCpu);
log(`\nreference: minimal columnar funnel (count and value per current stage) median ${fmt(reference.median)}, min ${fmt(reference.min)}, CPU median ${fmt(referenceCpuTimings.median)} (DESIGN.md: 2.6 ms)`);
const funnelRow = rows.find((r) => r.key === 'funnel');
if (funnelRow?.warm) {
  const engineFunnel = METRIC_BENCHES.find((b) => b.key === 'funnel')!.extract(computeMetric('funnel', table, {}));
  // Informative: equal only when no deal's current stage is behind the furthest one it reached.
  checks.push(...compareOutputs('funnel', 'minimal columnar reference', { counts: engineFunnel.counts!, values: engineFunnel.values! }, referenceOut));
}

await settle();
const floorAfter = floorSum();
log(`floor at the end: ${fmt(floorAfter.median)} ms (min ${fmt(floorAfter.min)})`);
checks.unshift({ metric: 'data', peer: 'rows', key: 'timeSpan', ok: spanAgrees, detail: `engine ${table.timeSpan.min}…${table.timeSpan.max}, rows ${bounds.spanMin}…${bounds.spanMax}` });
const [l1, l5, l15] = loadavg();
const results = {
  machine,
  dataOptions,
  rowCounts: loaded.rowCounts,
  ingest: loaded.steps,
  arqueroBuild: aqBuild.steps,
  freshBuildMs,
  floor: { before: floorBefore, after: floorAfter, designMs: DESIGN_FLOOR_MS },
  referenceFunnel: { ...reference, cpu: referenceCpuTimings, designMs: 2.6 },
  runs,
  metrics: rows,
  checks,
  loadAtEnd: [l1, l5, l15].map((x) => Math.round((x ?? 0) * 100) / 100) as [number, number, number],
  commands: [`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`, `(re-spawned as: node --expose-gc --max-old-space-size=${HEAP_MB} <tsx loader> bench/run.ts)`],
};
const md = markdown(results);
log('\n' + md);
const suffix = small || only ? '-partial' : '';
writeFileSync(join(OUT, `results${suffix}.md`), md);
writeFileSync(join(OUT, `results${suffix}.json`), JSON.stringify(results, null, 2));
log(`written: ${join(OUT, `results${suffix}.md`)}, ${join(OUT, `results${suffix}.json`)}`);
const failed = checks.filter((c) => !c.ok).length;
if (failed > 0) log(`${failed} output check(s) differ: see ✗ above`);
