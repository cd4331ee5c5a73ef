/**
 * From a sales-cycle result, the panel shown and the element's width to the scaled marks of
 * src/charts/sales-cycle-chart.ts: scales, ticks and words here, SVG there, numbers in the engine.
 */
import { paletteColor } from '../../charts/palette.js';
import type { CycleBar, CycleLayout, CycleLine, CycleMark, CycleRule } from '../../charts/sales-cycle-chart.js';
import type { Axes } from '../../charts/sales-cycle-axes.js';
import { scaleLinear } from '../../charts/scales.js';
import { sparkPath } from '../../charts/sparkline.js';
import type { Formatters } from '../../format/formatters.js';
import type { SalesCycleResult } from '../../metrics/sales/sales-cycle.js';
import type { Period } from '../../table/index.js';
import { periodLabel, periodTick } from '../kpi/period-label.js';

export const SALES_CYCLE_PANELS = ['distribution', 'trend', 'stages', 'owners'] as const;
export type SalesCyclePanel = (typeof SALES_CYCLE_PANELS)[number];

export interface CycleLayoutInput {
  result: SalesCycleResult;
  panel: SalesCyclePanel;
  period: Period;
  width: number;
  active: number;
  selected: number;
  format: Formatters;
}

const MARGIN = { left: 52, right: 20, top: 58, bottom: 44 };
const ROW = 30;
/** About how wide a character of the small font is, to keep labels apart and inside. */
const CHAR = 6.5;

/** The marks a panel has, in keyboard order: bins, periods or owners. */
export function markCount(result: SalesCycleResult, panel: SalesCyclePanel): number {
  if (panel === 'distribution') return result.histogram.length;
  if (panel === 'owners') return result.byOwner.length;
  return result.series?.length ?? 0;
}

export const binKey = (bin: { from: number; to: number }) => `${bin.from}-${bin.to}`;
export const ownerKey = (owner: string | null) => owner ?? '(no owner)';

/** "1 won deal", "12 won deals" */
export function wonDeals(n: number, f: Formatters): string {
  return `${f.count(n)} won deal${n === 1 ? '' : 's'}`;
}

/** "40 to 60 days" */
export function binWords(bin: { from: number; to: number }, f: Formatters): string {
  return bin.to - bin.from === 1 ? f.days(bin.from) : `${f.number(bin.from, 0)} to ${f.days(bin.to)}`;
}

/** `text` cut with an ellipsis to about `width` pixels (the full text is in the mark's name and tooltip). */
export function fitText(text: string, width: number): string {
  const room = Math.max(1, Math.floor(width / CHAR));
  return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1))}…`;
}

function chartHeight(width: number): number {
  return Math.round(Math.min(340, Math.max(240, width * 0.45)));
}

function band(i: number, count: number, plot: Axes['plot']) {
  const width = (plot.right - plot.left) / Math.max(1, count);
  return { x: plot.left + i * width, width, cx: plot.left + (i + 0.5) * width };
}

function mark(key: string, i: number, active: number, selected: number, box: { x: number; y: number; width: number; height: number }, ariaLabel: string): CycleMark {
  return { key, ...box, selected: i === selected, ariaLabel, tabIndex: i === Math.max(0, active) ? 0 : -1 };
}

function distribution({ result, width, active, selected, format: f }: CycleLayoutInput): CycleLayout {
  const height = chartHeight(width);
  const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
  const bins = result.histogram;
  const first = bins[0] ?? { from: 0, to: 1 };
  const last = bins[bins.length - 1] ?? first;
  const x = scaleLinear().domain([first.from, last.to]).range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, Math.max(1, ...bins.map((b) => b.count))]).nice().range([plot.bottom, plot.top]);
  const bars: CycleBar[] = bins.map((bin, i) => {
    const left = x(bin.from);
    return { key: binKey(bin), x: left + 1, y: y(bin.count), width: x(bin.to) - left - 2, height: plot.bottom - y(bin.count), selected: i === selected, label: '', labelX: 0, labelY: 0 };
  });
  const stats: [string, string, number | null][] = [
    ['median', 'Median', result.median],
    ['mean', 'Mean', result.mean],
    ['p90', '90th percentile', result.p90],
  ];
  const rules: CycleRule[] = stats
    .filter((s): s is [string, string, number] => s[2] !== null)
    .map(([kind, name, value], row) => {
      const at = x(value);
      const label = `${name} ${f.days(value)}`;
      const fitsRight = at + 4 + label.length * CHAR <= width;
      const labelY = 24 + row * 13;
      return { key: kind, kind, x1: at, x2: at, y1: labelY + 4, y2: plot.bottom, label, labelX: fitsRight ? at + 4 : at - 4, labelY, anchor: fitsRight ? 'start' : 'end' };
    });
  const total = result.count;
  const marks = bins.map((bin, i) =>
    mark(binKey(bin), i, active, selected, { x: x(bin.from), y: plot.top, width: x(bin.to) - x(bin.from), height: plot.bottom - plot.top }, `${binWords(bin, f)}: ${wonDeals(bin.count, f)} (${f.percent(total ? bin.count / total : null)})`),
  );
  const xTicks = x.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 70)));
  const axes: Axes = {
    plot,
    x: xTicks.map((t) => ({ at: x(t), label: f.number(t, 0) })),
    y: y.ticks(5).map((t) => ({ at: y(t), label: f.count(t) })),
    grid: true,
    // No y title: the rule labels need the room above the plot.
    xTitle: 'Won deals by days from created to won',
    yTitle: '',
  };
  return { width, height, axes, bars, lines: [], rules, marks };
}

/** Period axis ticks no closer than about 60 px: every k-th period is labelled. */
function periodTicks(starts: readonly string[], period: Period, plot: Axes['plot'], f: Formatters) {
  const step = Math.max(1, Math.ceil(60 / ((plot.right - plot.left) / Math.max(1, starts.length))));
  return starts.flatMap((start, i) => (i % step === 0 ? [{ at: band(i, starts.length, plot).cx, label: periodTick(start, period, f) }] : []));
}

function line(key: string, values: readonly (number | null)[], color: string, dashed: boolean, x: (i: number) => number, y: (v: number) => number): CycleLine {
  const points = values.map((v, i) => ({ cx: x(i), cy: v === null ? null : y(v) }));
  return { key, d: sparkPath(points), color, dashed, dots: points.filter((p): p is { cx: number; cy: number } => p.cy !== null) };
}

function overTime(input: CycleLayoutInput, lines: { key: string; values: (number | null)[]; color: string; dashed: boolean }[], yTitle: string, words: (i: number) => string): CycleLayout {
  const { result, width, period, active, selected, format: f } = input;
  const height = chartHeight(width);
  const plot = { left: MARGIN.left, top: 28, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
  const starts = (result.series ?? []).map((p) => p.start);
  const max = Math.max(1, ...lines.flatMap((l) => l.values.filter((v): v is number => v !== null)));
  const y = scaleLinear().domain([0, max]).nice().range([plot.bottom, plot.top]);
  const cx = (i: number) => band(i, starts.length, plot).cx;
  const marks = starts.map((start, i) => {
    const b = band(i, starts.length, plot);
    return mark(start, i, active, selected, { x: b.x, y: plot.top, width: b.width, height: plot.bottom - plot.top }, `${periodLabel(start, period, f)}: ${words(i)}`);
  });
  const axes: Axes = { plot, x: periodTicks(starts, period, plot, f), y: y.ticks(5).map((t) => ({ at: y(t), label: f.number(t, 0) })), grid: true, xTitle: '', yTitle };
  return { width, height, axes, bars: [], lines: lines.map((l) => line(l.key, l.values, l.color, l.dashed, cx, y)), rules: [], marks };
}

function trend(input: CycleLayoutInput): CycleLayout {
  const { result, format: f } = input;
  const series = result.series ?? [];
  const words = (i: number) => {
    const p = series[i];
    return !p || p.count === 0 ? 'no won deals' : `median ${f.days(p.median)}, mean ${f.days(p.mean)}, ${wonDeals(p.count, f)}`;
  };
  return overTime(
    input,
    [
      { key: 'median', values: series.map((p) => p.median), color: 'var(--_median)', dashed: false },
      { key: 'mean', values: series.map((p) => p.mean), color: 'var(--_mean)', dashed: true },
    ],
    'Days to won, by close period',
    words,
  );
}

/** Stage names of the time-in-stage panel, in pipeline order. */
export function stageNames(result: SalesCycleResult): string[] {
  return result.timeInStage?.[0]?.stages.map((s) => s.stage) ?? [];
}

function stages(input: CycleLayoutInput): CycleLayout {
  const { result, format: f } = input;
  const points = result.timeInStage ?? [];
  const names = stageNames(result);
  const words = (i: number) => {
    const stays = points[i]?.stages ?? [];
    return stays.every((s) => s.medianDays === null) ? 'no finished stays' : stays.map((s) => `${s.stage} ${f.days(s.medianDays)}`).join(', ');
  };
  return overTime(
    input,
    names.map((name, s) => ({ key: `stage-${s}`, values: points.map((p) => p.stages[s]?.medianDays ?? null), color: paletteColor(s), dashed: false })),
    'Median days in stage, by close period',
    words,
  );
}

function owners({ result, width, active, selected, format: f }: CycleLayoutInput): CycleLayout {
  const rows = result.byOwner;
  const gutter = Math.round(Math.min(160, Math.max(72, width * 0.22)));
  const top = 8;
  const plot = { left: gutter, top, right: width - 130, bottom: top + rows.length * ROW };
  const height = plot.bottom + MARGIN.bottom;
  const max = Math.max(1, ...rows.flatMap((r) => [r.median ?? 0, r.mean ?? 0]));
  const x = scaleLinear().domain([0, max]).nice().range([plot.left, Math.max(plot.left + 40, plot.right)]);
  const bars: CycleBar[] = rows.map((row, i) => {
    const end = x(row.median ?? 0);
    return { key: ownerKey(row.owner), x: plot.left, y: top + i * ROW + 6, width: end - plot.left, height: ROW - 12, selected: i === selected, label: `${f.days(row.median)} · ${f.count(row.count)} deal${row.count === 1 ? '' : 's'}`, labelX: Math.max(end, x(row.mean ?? 0)) + 6, labelY: top + i * ROW + ROW / 2 };
  });
  const rules: CycleRule[] = rows.flatMap((row, i) =>
    row.mean === null ? [] : [{ key: `mean-${ownerKey(row.owner)}`, kind: 'mean', x1: x(row.mean), x2: x(row.mean), y1: top + i * ROW + 2, y2: top + (i + 1) * ROW - 2, label: '', labelX: 0, labelY: 0, anchor: 'start' as const }],
  );
  const marks = rows.map((row, i) =>
    mark(ownerKey(row.owner), i, active, selected, { x: 0, y: top + i * ROW, width, height: ROW }, `${ownerKey(row.owner)}: median ${f.days(row.median)}, mean ${f.days(row.mean)}, ${wonDeals(row.count, f)}`),
  );
  const axes: Axes = {
    plot,
    x: x.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 70))).map((t) => ({ at: x(t), label: f.number(t, 0) })),
    y: rows.map((row, i) => ({ at: top + i * ROW + ROW / 2, label: fitText(ownerKey(row.owner), gutter - 10) })),
    grid: false,
    xTitle: 'Days from created to won',
    yTitle: '',
  };
  return { width, height, axes, bars, lines: [], rules, marks };
}

export function layoutSalesCycle(input: CycleLayoutInput): CycleLayout {
  const width = Math.max(280, input.width);
  const sized = { ...input, width };
  switch (input.panel) {
    case 'distribution':
      return distribution(sized);
    case 'trend':
      return trend(sized);
    case 'stages':
      return stages(sized);
    case 'owners':
      return owners(sized);
  }
}
