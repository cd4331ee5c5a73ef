/**
 * The end-to-end results as a Markdown table: a row per step, a column per dataset (size ×
 * format), medians over the runs. Cells measured in earlier invocations stay in the table (the
 * runner merges them), each with the load average it was measured under.
 */
import { E2E_ELEMENTS, type E2eRun } from './e2e-types.js';

/** `worker`: the kit's default for a body of 4 MiB or more; `main`: its worker turned off. */
export type E2ePath = 'worker' | 'main';

export interface E2eCell {
  /** `10k`, `100k`, `1m`. */
  size: string;
  deals: number;
  format: 'rows' | 'columnar';
  dropped: string[];
  attrs: string[];
  /** Where the JSON was parsed, checked and indexed: the load worker or the page's main thread. */
  path: E2ePath;
  fileMB: number;
  /** 1-minute load average before and after the cell's runs (2 cores, shared). */
  load: [number, number];
  measuredAt: string;
  runs: E2eRun[];
}

/** The issue's targets at 1M rows (#12). */
const FIRST_FRAME_TARGET = { rows: 2000, columnar: 800 } as const;
const FILTER_TARGET = 100;

export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US')) : '—');

export const cellKey = (c: Pick<E2eCell, 'size' | 'format' | 'dropped' | 'attrs' | 'path'>) => [c.size, c.format, c.path ?? 'main', c.dropped.join('+'), c.attrs.join('&')].join('|');

function heading(c: E2eCell): string {
  const extra = [...(c.dropped.length ? [`without ${c.dropped.join(', ')}`] : []), ...c.attrs].join('; ');
  // Cells measured before the worker existed have no path: they loaded on the main thread.
  return `${c.size} ${c.format}, ${c.path ?? 'main'}${extra ? ` (${extra})` : ''}`;
}

type Line = [label: string, value: (c: E2eCell, ok: E2eRun[]) => string];

const step = (name: string) => (_c: E2eCell, ok: E2eRun[]) => ms(median(ok.map((r) => r.steps[name] ?? Number.NaN)));

/** A step of the filter changes after the first (which is cold), median over every run. */
const filterStep = (name: string) => (_c: E2eCell, ok: E2eRun[]) => ms(median(ok.flatMap((r) => (r.filterSteps[name] ?? []).slice(1))));

/** CPU time (bench/browser/e2e/cpu-time.ts): steadier than wall-clock under the neighbours' load. */
const cpu = (name: keyof NonNullable<E2eRun['cpu']>) => (_c: E2eCell, ok: E2eRun[]) => ms(median(ok.map((r) => r.cpu?.[name] ?? Number.NaN)));

const LINES: Line[] = [
  ['file MB (decoded)', (c, ok) => (median(ok.map((r) => r.decodedBytes)) / 1e6 || c.fileMB).toFixed(1)],
  ["before fetch (the dashboard's first update)", step('before fetch')],
  ['fetch (the body\'s bytes)', step('fetch')],
  ['JSON.parse', step('json-parse')],
  ['validate (parseDataset)', step('validate')],
  ['build table', step('build-table')],
  ['in the load worker (parse, validate, build; off the main thread)', step('load-in-worker')],
  ['between the steps (promise hops, GC, other tasks)', step('between steps')],
  ['= load (start → table built)', step('load')],
  ...E2E_ELEMENTS.map((tag): Line => [`compute ${tag}`, step(`compute ${tag}`)]),
  ...E2E_ELEMENTS.map((tag): Line => [`update ${tag} (compute + template + draw, every update)`, step(`update ${tag}`)]),
  ['elements (table built → last crm-render)', step('elements')],
  ['paint (→ painted frame)', step('paint')],
  ['**total to first frame**', (c, ok) => `**${ms(median(ok.map((r) => r.steps.total ?? Number.NaN)))}**`],
  ['CPU: renderer main thread, start → first frame', cpu('loadRendererMainMs')],
  ['CPU: all Chromium processes, start → first frame', cpu('loadAllMs')],
  ['target at 1M', (c) => (c.size === '1m' ? `< ${FIRST_FRAME_TARGET[c.format].toLocaleString('en-US')}` : '')],
  ['long tasks > 50 ms during load: count', (_c, ok) => ms(median(ok.map((r) => r.longTasks.count)))],
  ['longest task', (_c, ok) => ms(median(ok.map((r) => r.longTasks.longestMs)))],
  ['JS heap after first frame, MB', (_c, ok) => ms(median(ok.map((r) => r.heapMB ?? Number.NaN)))],
  ['**filter change (segment) → painted**', (_c, ok) => `**${ms(median(ok.flatMap((r) => r.filterMs.slice(1))))}**`],
  ['first filter change (cold)', (_c, ok) => ms(median(ok.map((r) => r.filterMs[0] ?? Number.NaN)))],
  ...E2E_ELEMENTS.flatMap((tag): Line[] => [`compute ${tag}`, `update ${tag}`].map((name): Line => [`  of which ${name}`, filterStep(name)])),
  ['CPU per filter change: renderer main thread', cpu('filterRendererMainMs')],
  ['CPU per filter change: all Chromium processes', cpu('filterAllMs')],
  ['target at 1M (filter)', (c) => (c.size === '1m' ? `< ${FILTER_TARGET}` : '')],
  ['runs ok / run', (c, ok) => `${ok.length} / ${c.runs.length}`],
  ['load average (1 min) before → after', (c) => `${c.load[0].toFixed(1)} → ${c.load[1].toFixed(1)}`],
];

export function markdown(cells: E2eCell[], filterRuns: number): string {
  const out = [
    'End-to-end benchmark (`npm run bench:e2e`): headless Chromium, `<crm-dashboard src>` with a funnel, a cohort heatmap and a relationship grid, from the request to the first painted frame. Median ms over the runs (each run a fresh page); generated data with N deals, N orders and N / 10 accounts (and the tables the generator scales with them), epoch times. Filter change: a segment set through `setFilters`, to the painted frame, median of the changes after the first in every run (the first, cold, apart). 2 cores, shared machine: read with the load average.',
    '',
    `| step | ${cells.map(heading).join(' | ')} |`,
    `|---|${cells.map(() => '---:').join('|')}|`,
  ];
  for (const [label, value] of LINES) {
    out.push(`| ${label} | ${cells.map((c) => value(c, c.runs.filter((r) => !r.error))).join(' | ')} |`);
  }
  const errors = cells.flatMap((c) => [...new Set(c.runs.flatMap((r) => (r.error ? [r.error] : [])))].map((e) => `- ${heading(c)}: ${e}`));
  if (errors.length) out.push('', 'Failed runs:', ...errors);
  out.push('', `Filter changes per run: ${filterRuns} (in the latest invocation). Measured: ${[...new Set(cells.map((c) => c.measuredAt.slice(0, 16)))].join(', ')} UTC.`);
  return out.join('\n');
}
