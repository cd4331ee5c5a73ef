/**
 * From the satisfaction view and the element's width to the four panels of its chart, as the
 * finished geometry src/charts/bars-chart.ts draws: the NPS as one diverging stacked bar, the
 * NPS by period over the responses per period (with the too-few line), CES on its 1..scale
 * axis, CSAT as a share of 100%. Scales and words here, SVG there, numbers in the engine.
 *
 * The NPS bar is the diverging stacked bar of Likert answers (Robbins & Heiberger 2011):
 * passives sit across the zero line, half on each side, detractors extend left of them and
 * promoters right. Its right end minus its left end is promoters − detractors, the score, so
 * the bar leans right as far as the NPS is positive.
 */
import { bands, fitText, valueAxis, zeroScale } from '../../charts/bars-axis.js';
import type { BarMark, BarRect, BarsLayout, BarText } from '../../charts/bars-chart.js';
import type { Formatters } from '../../format/formatters.js';
import { NPS_GROUPS, type NpsGroup } from '../../metrics/service/survey-members.js';
import { periodLabel, periodTick } from '../kpi/period-label.js';
import { responsesOf, type SatisfactionView } from './satisfaction-compute.js';
import { cesWords, GROUP_NAMES, GROUP_SCORES, responses, signed } from './satisfaction-words.js';

export const PANELS = ['nps', 'trend', 'ces', 'csat'] as const;
export type Panel = (typeof PANELS)[number];

/**
 * Colour classes of the bars (`s<n>` in the element's styles): the three NPS groups, a
 * period's NPS at or above zero and below it (and the same resting on too few responses),
 * the responses per period (enough, too few), the CES and CSAT bars, the CES mean marker.
 */
export const SERIES = { detractors: 0, passives: 1, promoters: 2, up: 3, down: 4, upLow: 5, downLow: 6, count: 7, countLow: 9, bar: 8, mean: 10 } as const;

export interface PanelFocus {
  active: number;
  selected: number;
}

export interface SatisfactionLayoutInput {
  view: SatisfactionView;
  /** Which end of the CES scale is easy: `high` on the CES 2.0 agreement scale, `low` on an effort scale. */
  cesEasy: 'high' | 'low';
  width: number;
  focus: Record<Panel, PanelFocus>;
  format: Formatters;
}

export type SatisfactionLayout = Record<Panel, BarsLayout> & { width: number; height: number };

const TITLE = 10;
const CHAR = 6.5;

/** The keys of a panel's marks, in drawing and keyboard order. */
export function panelKeys(view: SatisfactionView, panel: Panel): string[] {
  switch (panel) {
    case 'nps':
      return view.nps.responses > 0 ? [...NPS_GROUPS] : [];
    case 'trend':
      return view.nps.responses > 0 ? view.periods.map((p) => p.start) : [];
    case 'ces':
      return view.ces.responses === 0 ? [] : view.ces.distribution ? view.ces.distribution.map((d) => String(d.score)) : ['all'];
    case 'csat':
      return responsesOf(view, 'csat') > 0 ? ['satisfied', 'other'] : [];
  }
}

function mark(key: string, index: number, focus: PanelFocus, hit: BarMark['hit'], rects: BarRect[], texts: BarText[], ariaLabel: string): BarMark {
  return { key, hit, rects, texts, ariaLabel, tabIndex: index === Math.max(0, focus.active) ? 0 : -1, selected: index === focus.selected };
}

/** A panel's title, cut to its width at the title's larger font, and its too-few warning under it. */
function title(text: string, width: number, warn = ''): BarText[] {
  const texts: BarText[] = [{ x: 0, y: TITLE, text: fitText(text, (width * CHAR) / 8), className: 'title' }];
  if (warn) texts.push({ x: 0, y: TITLE + 16, text: fitText(`⚠ ${warn}`, width), className: 'warn' });
  return texts;
}

function none(x: number, y: number, width: number, text: string, heading: string): BarsLayout & { height: number } {
  return { x, y, marks: [], lines: [], guides: [...title(heading, width), { x: 0, y: 36, text, className: 'tick' }], height: 50 };
}

/** One NPS group's words: "Promoters 9–10: 40% · 164 responses". */
export function groupWords(view: SatisfactionView, group: NpsGroup, f: Formatters): string {
  return `${GROUP_NAMES[group]} (${GROUP_SCORES[group]}): ${f.percent(view.nps.shares[group])}, ${responses(view.nps[group], f)}`;
}

function layoutNps({ view, focus, format: f }: SatisfactionLayoutInput, width: number): BarsLayout & { height: number } {
  const heading = 'Net Promoter Score';
  const r = view.nps;
  if (r.responses === 0) return none(0, 0, width, 'No NPS responses in this range.', heading);
  const low = r.responses < view.minResponses ? `Only ${responses(r.responses, f)}: too few to trust (fewer than ${f.count(view.minResponses)})` : '';
  const top = low ? 54 : 40;
  const barHeight = 28;
  const zero = width / 2;
  // Each side holds up to 100% of the responses (all promoters: half of none plus all).
  const half = width / 2 - 2;
  const share = (g: NpsGroup) => r.shares[g] ?? 0;
  const starts: Record<NpsGroup, number> = {
    detractors: zero - (share('passives') / 2 + share('detractors')) * half,
    passives: zero - (share('passives') / 2) * half,
    promoters: zero + (share('passives') / 2) * half,
  };
  const labelAt: Record<NpsGroup, { x: number; anchor: 'start' | 'middle' | 'end' }> = {
    detractors: { x: 0, anchor: 'start' },
    passives: { x: zero, anchor: 'middle' },
    promoters: { x: width, anchor: 'end' },
  };
  const room = width / 3 - 8;
  const marks = NPS_GROUPS.map((g, i) => {
    const x = starts[g];
    const w = share(g) * half;
    const label = labelAt[g];
    const texts: BarText[] = [
      { x: label.x, y: top + barHeight + 14, text: fitText(`${GROUP_NAMES[g]} ${GROUP_SCORES[g]}`, room), anchor: label.anchor, className: 'tick' },
      { x: label.x, y: top + barHeight + 29, text: fitText(`${f.percent(r.shares[g])} · ${f.count(r[g])}`, room), anchor: label.anchor, className: 'figure' },
    ];
    return mark(g, i, focus.nps, { x, y: top - 4, width: w, height: barHeight + 8 }, [{ x, y: top, width: w, height: barHeight, series: SERIES[g] }], texts, groupWords(view, g, f));
  });
  const ticks = [-1, -0.5, 0, 0.5, 1];
  const lines = ticks.map((t) => ({ x1: zero + t * half, y1: top - 8, x2: zero + t * half, y2: top + barHeight + 4 }));
  const guides: BarText[] = [
    ...title(`${heading} ${signed(r.value, f)} · ${responses(r.responses, f)}`, width, low),
    // The share of responses each side holds: 100% at both ends, kept inside the panel.
    ...ticks.map((t) => ({ x: zero + t * half, y: top - 14, text: f.percent(Math.abs(t), 0), anchor: t === -1 ? ('start' as const) : t === 1 ? ('end' as const) : ('middle' as const), className: 'tick' })),
  ];
  return { x: 0, y: 0, marks, lines, guides, height: top + barHeight + 40 };
}

/**
 * A symmetric NPS axis around zero: ±the first round tick at or above the largest |score|, so
 * a period at −20 reads as far below the line as one at +20 reads above it.
 */
function npsScale(maxAbs: number, zeroY: number, half: number) {
  const up = zeroScale(Math.min(100, Math.max(10, maxAbs)), 0, 1);
  const top = up.ticks[up.ticks.length - 1] as number;
  const y = (v: number) => zeroY - (v / top) * half;
  const ticks = [...up.ticks.slice(1).map((t) => -t).reverse(), ...up.ticks];
  return { y, ticks };
}

function layoutTrend({ view, focus, format: f }: SatisfactionLayoutInput, y0: number, width: number): BarsLayout & { height: number } {
  const heading = `NPS by ${view.period}, over the responses behind it`;
  if (view.nps.responses === 0) return { ...none(0, y0, width, 'No NPS responses in this range.', heading), height: 0, marks: [], guides: [] };
  const left = 44;
  const plotTop = 40;
  const half = 70;
  const zeroY = plotTop + half;
  const countTop = zeroY + half + 52;
  const countHeight = 50;
  const countBottom = countTop + countHeight;
  const periods = view.periods;
  const x = bands(periods.length, left, width, 0.2, 0.1);
  const scores = npsScale(Math.max(0, ...periods.map((p) => Math.abs(p.nps.value ?? 0))), zeroY, half);
  const min = view.minResponses;
  const counts = zeroScale(Math.max(min, ...periods.map((p) => p.nps.responses)), countBottom, countTop, 2);
  const labels = periods.map((p) => periodTick(p.start, view.period, f));
  const every = Math.max(1, Math.ceil((Math.max(...labels.map((l) => l.length)) * CHAR + 8) / x.step));
  const countsFit = x.step >= Math.max(...periods.map((p) => f.count(p.nps.responses).length)) * CHAR + 6;
  const marks = periods.map((p, i) => {
    const n = p.nps.responses;
    const low = n > 0 && n < min;
    const v = p.nps.value;
    const cx = x.x(i) + x.width / 2;
    const rects: BarRect[] = [];
    if (v !== null) {
      const series = v >= 0 ? (low ? SERIES.upLow : SERIES.up) : low ? SERIES.downLow : SERIES.down;
      rects.push({ x: x.x(i), y: Math.min(zeroY, scores.y(v)), width: x.width, height: Math.max(1, Math.abs(scores.y(v) - zeroY)), series });
    }
    rects.push({ x: x.x(i), y: counts(n), width: x.width, height: countBottom - counts(n), series: low ? SERIES.countLow : SERIES.count });
    const texts: BarText[] = [];
    if (i % every === 0) texts.push({ x: cx, y: zeroY + half + 14, text: labels[i] as string, anchor: 'middle', className: 'tick' });
    if (countsFit || low) texts.push({ x: cx, y: counts(n) - 7, text: low && !countsFit ? '!' : f.count(n), anchor: 'middle', className: low ? 'warn' : 'tick' });
    const words = v === null ? 'no NPS responses' : `NPS ${signed(v, f)} from ${responses(n, f)}${low ? ', too few to trust' : ''}`;
    return mark(p.start, i, focus.trend, { x: x.x(i) - (x.step - x.width) / 2, y: plotTop - 6, width: x.step, height: countBottom - plotTop + 6 }, rects, texts, `${periodLabel(p.start, view.period, f)}: ${words}`);
  });
  const lines = [
    ...scores.ticks.map((t) => ({ x1: left, y1: scores.y(t), x2: width, y2: scores.y(t) })),
    ...counts.ticks.map((t) => ({ x1: left, y1: counts(t), x2: width, y2: counts(t) })),
    // Last: the threshold, drawn dashed by the element's styles (`line:last-of-type`).
    { x1: left, y1: counts(min), x2: width, y2: counts(min) },
  ];
  const guides: BarText[] = [
    ...title(heading, width),
    ...scores.ticks.map((t) => ({ x: left - 6, y: scores.y(t), text: signed(t, f), anchor: 'end' as const, className: 'tick' })),
    ...valueAxis(counts, 'y', left, width, (t) => f.count(t)).guides,
    { x: left, y: countTop - 18, text: fitText(`Responses per ${view.period}; dashed: ${f.count(min)}, fewer are too few to trust`, width - left), className: 'tick' },
  ];
  return { x: 0, y: y0, marks, lines, guides, height: countBottom + 8 };
}

function layoutCes({ view, cesEasy, focus, format: f }: SatisfactionLayoutInput, x0: number, y0: number, width: number): BarsLayout & { height: number } {
  const r = view.ces;
  const heading = 'Effort (CES)';
  if (r.responses === 0) return none(x0, y0, width, 'No CES responses in this range.', heading);
  const low = r.responses < view.minResponses ? `Too few to trust (fewer than ${f.count(view.minResponses)})` : '';
  const top = low ? 58 : 44;
  const plotHeight = 64;
  const bottom = top + plotHeight;
  const x = bands(r.scale, 8, width - 8, 0.25, 0);
  const at = (score: number) => x.x(score - 1) + x.width / 2;
  const tickEvery = Math.max(1, Math.ceil(28 / x.step));
  const axis: BarText[] = [];
  for (let s = 1; s <= r.scale; s++) if ((s - 1) % tickEvery === 0 || s === r.scale) axis.push({ x: at(s), y: bottom + 12, text: f.count(s), anchor: 'middle', className: 'tick' });
  const [lowEnd, highEnd] = cesEasy === 'high' ? ['hard', 'easy'] : ['easy', 'hard'];
  axis.push({ x: at(1), y: bottom + 27, text: lowEnd, anchor: 'middle', className: 'tick' }, { x: at(r.scale), y: bottom + 27, text: highEnd, anchor: 'middle', className: 'tick' });
  const mean = r.value ?? 1;
  const meanRect: BarRect = { x: at(mean) - 1, y: top - 6, width: 2, height: plotHeight + 6, series: SERIES.mean };
  const guides = [...title(`${heading}: ${cesWords(r, f)} · ${responses(r.responses, f)}`, width, low), ...axis, { x: Math.min(width - 4, Math.max(4, at(mean))), y: top - 12, text: `mean ${f.number(mean)}`, anchor: at(mean) > width - 40 ? ('end' as const) : at(mean) < 40 ? ('start' as const) : ('middle' as const), className: 'figure' }];
  let marks: BarMark[];
  if (r.distribution) {
    const y = zeroScale(Math.max(1, ...r.distribution.map((d) => d.count)), bottom, top + 12, 2);
    marks = r.distribution.map((d, i) => {
      const share = d.count / r.responses;
      const rects: BarRect[] = [{ x: x.x(i), y: y(d.count), width: x.width, height: bottom - y(d.count), series: SERIES.bar }];
      if (i === Math.min(r.scale - 1, Math.max(0, Math.round(mean) - 1))) rects.push(meanRect);
      const texts: BarText[] = x.step >= f.count(d.count).length * CHAR ? [{ x: at(d.score), y: y(d.count) - 7, text: f.count(d.count), anchor: 'middle', className: 'tick' }] : [];
      return mark(String(d.score), i, focus.ces, { x: x.x(i) - (x.step - x.width) / 2, y: top, width: x.step, height: plotHeight }, rects, texts, `CES ${f.count(d.score)} of ${f.count(r.scale)}: ${responses(d.count, f)} (${f.percent(share)})`);
    });
  } else {
    // Responses on other scales were rescaled onto 1..scale: they fall between points, so the
    // panel shows the scale and the mean, and the one mark stands for every CES response.
    marks = [
      mark('all', 0, focus.ces, { x: 0, y: top, width, height: plotHeight }, [{ x: x.x(0), y: bottom - 6, width: x.x(r.scale - 1) + x.width - x.x(0), height: 6, series: SERIES.passives }, meanRect], [], `CES mean ${cesWords(r, f)} from ${responses(r.responses, f)}, some rescaled from other scales`),
    ];
  }
  return { x: x0, y: y0, marks, lines: [], guides, height: bottom + 32 };
}

function layoutCsat({ view, focus, format: f }: SatisfactionLayoutInput, x0: number, y0: number, width: number): BarsLayout & { height: number } {
  const heading = 'Satisfaction (CSAT)';
  const n = responsesOf(view, 'csat');
  if (n === 0) return none(x0, y0, width, 'No CSAT responses in this range.', heading);
  const low = n < view.minResponses ? `Too few to trust (fewer than ${f.count(view.minResponses)})` : '';
  const top = low ? 58 : 44;
  const barHeight = 28;
  const satisfied = view.csat.numerator ?? 0;
  const share = view.csat.value ?? 0;
  const left = 4;
  const right = width - 4;
  const split = left + share * (right - left);
  const parts = [
    { key: 'satisfied', x: left, w: split - left, count: satisfied, share: view.csat.value, series: SERIES.bar, name: 'Satisfied (top two boxes)', labelX: left, anchor: 'start' as const },
    { key: 'other', x: split, w: right - split, count: n - satisfied, share: view.csat.value === null ? null : 1 - view.csat.value, series: SERIES.passives, name: 'Not satisfied', labelX: right, anchor: 'end' as const },
  ];
  const room = width / 2 - 8;
  const marks = parts.map((p, i) =>
    mark(p.key, i, focus.csat, { x: p.x, y: top - 4, width: p.w, height: barHeight + 8 }, [{ x: p.x, y: top, width: p.w, height: barHeight, series: p.series }], [
      { x: p.labelX, y: top + barHeight + 14, text: fitText(p.name, room), anchor: p.anchor, className: 'tick' },
      { x: p.labelX, y: top + barHeight + 29, text: fitText(`${f.percent(p.share)} · ${f.count(p.count)}`, room), anchor: p.anchor, className: 'figure' },
    ], `CSAT ${p.name.toLowerCase()}: ${f.percent(p.share)}, ${responses(p.count, f)}`),
  );
  const axis = valueAxis(Object.assign((v: number) => left + v * (right - left), { ticks: [0, 0.5, 1] }), 'x', top - 2, top + barHeight + 2, (v) => f.percent(v, 0));
  const guides = [...title(`${heading}: ${f.percent(view.csat.value)} satisfied · ${responses(n, f)}`, width, low), ...axis.guides.map((g) => ({ ...g, x: Math.min(right - 12, Math.max(left + 12, g.x)) }))];
  return { x: x0, y: y0, marks, lines: axis.lines, guides, height: top + barHeight + 40 };
}

export function layoutSatisfaction(input: SatisfactionLayoutInput): SatisfactionLayout {
  const width = Math.max(300, input.width);
  const npsPanel = layoutNps(input, width);
  const trendY = npsPanel.height + 24;
  const trend = layoutTrend(input, trendY, width);
  const below = trendY + trend.height + (trend.height ? 24 : 0);
  // CES and CSAT side by side when there is room for both, else one under the other.
  const wide = width >= 640;
  const half = wide ? (width - 32) / 2 : width;
  const cesPanel = layoutCes(input, 0, below, half);
  const csatPanel = layoutCsat(input, wide ? half + 32 : 0, wide ? below : below + cesPanel.height + 24, half);
  const height = wide ? below + Math.max(cesPanel.height, csatPanel.height) : csatPanel.y + csatPanel.height;
  return { width, height, nps: npsPanel, trend, ces: cesPanel, csat: csatPanel };
}
