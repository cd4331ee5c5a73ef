/** The results as a Markdown table (stdout and bench/out/results.md) and as JSON (bench/out/results.json). */
import type { Check } from './check.js';
import type { IngestStep } from './load.js';
import type { MachineInfo } from './machine.js';
import { fmt, type Timings } from './stats.js';

export interface MetricRow {
  key: string;
  id: string;
  label: string;
  options: object;
  targetMs?: number;
  minRatio?: number;
  skipped?: string;
  /** First call on a fresh table (new buildTable each run, the build not timed). */
  cold?: Timings;
  /** The very first call of the run (fresh table and cold JIT); also cold[0]. */
  firstEver?: number;
  warm?: Timings;
  /** CPU time of the same warm calls (user + system): what the neighbours' load adds to `warm` is left out. */
  warmCpu?: Timings;
  /** Median of 5 floor sums (10M Float64Array) just before the warm runs: the machine's state then. */
  floorBeforeWarm?: number;
  arqueroFirst?: number;
  arquero?: Timings;
  plainFirst?: number;
  plain?: Timings;
  /** Ratio of warm medians, arquero / crm-kit. */
  ratio?: number;
  plainRatio?: number;
  loadDuring: number[];
}

export interface Results {
  machine: MachineInfo;
  dataOptions: object;
  rowCounts: Record<string, number>;
  ingest: IngestStep[];
  arqueroBuild: { step: string; ms: number }[];
  freshBuildMs: number[];
  /** Summing a 10M Float64Array before and after the metrics, against DESIGN.md's 6.6 ms. */
  floor: { before: Timings; after: Timings; designMs: number };
  /** The minimal columnar funnel (count and value per current stage), against DESIGN.md's 2.6 ms. */
  referenceFunnel: Timings & { cpu?: Timings; designMs: number };
  runs: { cold: number; warm: number; arquero: number; plain: number };
  metrics: MetricRow[];
  checks: Check[];
  loadAtEnd: [number, number, number];
  commands: string[];
}

function verdict(row: MetricRow): string {
  if (row.skipped) return '—';
  const parts: string[] = [];
  if (row.targetMs !== undefined && row.warm) parts.push(row.warm.median < row.targetMs ? `✓ < ${row.targetMs} ms` : `✗ ≥ ${row.targetMs} ms`);
  if (row.minRatio !== undefined && row.ratio !== undefined) parts.push(row.ratio >= row.minRatio ? `✓ ≥ ${row.minRatio}×` : `✗ < ${row.minRatio}×`);
  return parts.join(', ') || 'no target';
}

const ms = (t: Timings | undefined) => (t ? `${fmt(t.median)} (${fmt(t.min)})` : '—');
const ratioText = (r: number | undefined) => (r === undefined || !Number.isFinite(r) ? '—' : `${r.toFixed(r < 10 ? 1 : 0)}×`);

export function markdown(r: Results): string {
  const m = r.machine;
  const lines: string[] = [];
  lines.push('# crm-kit metric benchmark', '');
  lines.push(`Node ${m.node} (V8 ${m.v8}), ${m.cpuModel}, ${m.cores} cores, ${m.totalMemoryGB} GB; heap limit ${m.heapLimitMB} MB; --expose-gc: ${m.exposeGc ? 'yes' : 'no'}.`);
  lines.push(`Load average at start ${m.loadAverageAtStart.join(' / ')}, at end ${r.loadAtEnd.join(' / ')} (1/5/15 min). Started ${m.startedAt}.`);
  lines.push('', `> **${m.note}**`, '');
  const slower = (t: Timings) => (t.median / r.floor.designMs).toFixed(2);
  lines.push(`Machine speed: summing a 10M-element Float64Array took ${fmt(r.floor.before.median)} ms before the metrics and ${fmt(r.floor.after.median)} ms after (DESIGN.md's reference machine: ${r.floor.designMs} ms), so this run was about ${slower(r.floor.before)}–${slower(r.floor.after)}× slower than the machine the targets were set on (a memory-bound loop: it swings far more with the neighbours' load than the metrics do, so it is a sign of the machine's state, not a factor to divide by).`);
  const referenceCpu = r.referenceFunnel.cpu ? `, CPU median ${fmt(r.referenceFunnel.cpu.median)} ms` : '';
  lines.push(`The minimal columnar funnel DESIGN.md's budget row measured (count and value per current stage, one pass over 1M deals) took ${fmt(r.referenceFunnel.median)} ms (min ${fmt(r.referenceFunnel.min)}${referenceCpu}) here, ${r.referenceFunnel.designMs} ms there.`, '');
  lines.push(`Data: \`generateDataset(${JSON.stringify(r.dataOptions)})\` → ${Object.entries(r.rowCounts).map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`).join(', ')}.`, '');
  lines.push(`Runs: cold ${r.runs.cold} (each on a new \`buildTable\`, build not timed), warm ${r.runs.warm} after one untimed call, arquero ${r.runs.arquero} after one timed first call, plain ${r.runs.plain}. Times in ms: median (min). Warm CPU: the process's CPU time over the same warm calls (user + system), which leaves out the time the neighbours held the cores but counts the garbage collector's helper threads (so it can exceed the wall time).`, '');
  lines.push('## Metrics', '');
  lines.push('| metric | crm-kit cold | crm-kit warm | warm CPU | arquero 8 | arquero / crm-kit | arrays of objects + Map | plain / crm-kit | target (warm median) | equal outputs |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---|---|');
  for (const row of r.metrics) {
    const checks = r.checks.filter((c) => c.metric === row.key);
    const ok = checks.filter((c) => c.ok).length;
    const checkText = checks.length === 0 ? '—' : ok === checks.length ? `✓ ${ok}/${checks.length}` : `✗ ${checks.length - ok} of ${checks.length} differ`;
    if (row.skipped) {
      lines.push(`| ${row.label} | — | — | — | — | — | — | — | ${row.skipped} | — |`);
      continue;
    }
    lines.push(`| ${row.label} | ${ms(row.cold)} | ${ms(row.warm)} | ${ms(row.warmCpu)} | ${ms(row.arquero)} | ${ratioText(row.ratio)} | ${ms(row.plain)} | ${ratioText(row.plainRatio)} | ${verdict(row)} | ${checkText} |`);
  }
  lines.push('');
  lines.push('Options per metric: ' + r.metrics.map((row) => `\`${row.id}\` ${JSON.stringify(row.options)}`).join('; ') + '.');
  lines.push('Floor (10M-element sum, ms) just before each metric\'s warm runs: ' + r.metrics.filter((row) => row.floorBeforeWarm !== undefined).map((row) => `${row.key} ${fmt(row.floorBeforeWarm as number)}`).join(', ') + ` (reference ${r.floor.designMs}).`);
  lines.push('First calls (ms): ' + r.metrics.filter((row) => !row.skipped).map((row) => `${row.key} crm-kit ${fmt(row.firstEver ?? NaN)}, arquero ${fmt(row.arqueroFirst ?? NaN)}${row.plainFirst !== undefined ? `, plain ${fmt(row.plainFirst)}` : ''}`).join('; ') + '.', '');
  lines.push('## Equality of key outputs (crm-kit vs each peer)', '');
  for (const c of r.checks) lines.push(`- ${c.ok ? '✓' : '✗'} ${c.metric} vs ${c.peer}: \`${c.key}\` — ${c.detail}`);
  lines.push('', '## Ingest', '');
  lines.push('| step | ms | note |', '|---|---:|---|');
  for (const s of r.ingest) lines.push(`| ${s.step} | ${fmt(s.ms)} | ${s.note ?? ''} |`);
  lines.push(`| buildTable again, per cold run | ${r.freshBuildMs.map((x) => fmt(x)).join(', ') || '—'} | the fresh tables of the cold runs |`);
  lines.push('', '## arquero table construction (not in the per-metric times)', '');
  lines.push('| step | ms |', '|---|---:|');
  for (const s of r.arqueroBuild) lines.push(`| ${s.step} | ${fmt(s.ms)} |`);
  lines.push('', '## Commands', '', ...r.commands.map((c) => `    ${c}`), '');
  return lines.join('\n');
}
