/**
 * From the service figures and the element's width to the panels of its chart: the open queue
 * by age band as bars, and — with a `period` — three small column charts on one time axis:
 * first-contact resolution, first response and resolution (median and mean side by side) per
 * period. Scales and words here; SVG in src/charts/bars-chart.ts.
 */
import { bands, valueAxis, zeroScale } from '../../charts/bars-axis.js';
import type { BarMark, BarRect, BarsLayout, BarText } from '../../charts/bars-chart.js';
import type { Formatters } from '../../format/formatters.js';
import type { FcrDefinition } from '../../metrics/service/first-contact-resolution.js';
import type { HelpDeskResult } from '../../metrics/service/help-desk.js';
import type { Period } from '../../table/index.js';
import { periodLabel, periodTick } from '../kpi/period-label.js';
import type { ServicePeriod } from './service-periods.js';
import { AGE_WORDS, duration, durationUnit, FCR_WORDS, ticketsWord } from './service-words.js';

/** Colour classes of the bars: `s0` the queue, `s1` FCR, `s2` medians, `s3` means. */
export const QUEUE = 0;
export const FCR = 1;
export const MEDIAN = 2;
export const MEAN = 3;

/** Keyboard and selection state of one panel's marks. */
export interface PanelFocus {
  active: number;
  selected: number;
}

export interface ServiceLayoutInput {
  desk: HelpDeskResult;
  /** Null without a period: the chart shows the queue alone. */
  periods: readonly ServicePeriod[] | null;
  period: Period | null;
  definition: FcrDefinition;
  width: number;
  focus: { queue: PanelFocus; periods: PanelFocus };
  format: Formatters;
}

export interface ServiceLayout {
  width: number;
  height: number;
  queue: BarsLayout;
  periods: BarsLayout | null;
}

const TITLE = 10;
const PLOT_TOP = 30;
const ROW = 28;
/** Height of each per-period plot, and the room for its title above it. */
const PLOT = 64;
const PLOT_GAP = 46;

function mark(key: string, index: number, focus: PanelFocus, hit: BarMark['hit'], rects: BarRect[], texts: BarText[], ariaLabel: string): BarMark {
  return { key, hit, rects, texts, ariaLabel, tabIndex: index === Math.max(0, focus.active) ? 0 : -1, selected: index === focus.selected };
}

/** "Open 7–30 days: 12 tickets (24% of the queue)". */
export function ageBandLabel(band: keyof typeof AGE_WORDS, count: number, total: number, f: Formatters): string {
  return `Open ${AGE_WORDS[band][0]}: ${ticketsWord(count, f)} (${f.percent(total ? count / total : null)} of the queue)`;
}

/** One bar per age band, youngest first, with its count and share of the queue. */
function layoutQueue({ desk, focus, format: f }: ServiceLayoutInput, x0: number, y0: number, width: number): BarsLayout & { height: number } {
  const gutter = 72;
  const figure = 84;
  const total = desk.open.count;
  const x = zeroScale(Math.max(0, ...desk.open.byAge.map((b) => b.count)), gutter, width - figure);
  const marks = desk.open.byAge.map(({ band, count }, i) => {
    const y = PLOT_TOP + i * ROW;
    const end = x(count);
    return mark(band, i, focus.queue, { x: 0, y, width, height: ROW }, [{ x: gutter, y: y + 6, width: end - gutter, height: ROW - 12, series: QUEUE }], [
      { x: gutter - 8, y: y + ROW / 2, text: AGE_WORDS[band][0], anchor: 'end' },
      { x: end + 6, y: y + ROW / 2, text: `${f.count(count)} (${f.percent(total ? count / total : null, 0)})`, className: 'figure' },
    ], ageBandLabel(band, count, total, f));
  });
  const title = `Open queue by age (${f.count(total)}), as of ${f.date(desk.asOf)}`;
  return { x: x0, y: y0, marks, lines: [], guides: [{ x: 0, y: TITLE, text: title, className: 'title' }], height: PLOT_TOP + marks.length * ROW };
}

/** The words of one period's mark, for its accessible name. */
export function periodWords(p: ServicePeriod, period: Period, definition: FcrDefinition, f: Formatters): string {
  const times = (name: string, s: ServicePeriod['firstResponseHours']) => `${name} median ${duration(s.median, f)}, mean ${duration(s.mean, f)}`;
  return `${periodLabel(p.start, period, f)}: first-contact resolution ${f.percent(p.fcr.value)} ${FCR_WORDS[definition].of}; ${times('first response', p.firstResponseHours)}; ${times('resolution', p.resolutionHours)}; ${ticketsWord(p.opened, f)} opened`;
}

/** Three plots over one band scale: FCR, first response and resolution per period. */
function layoutPeriods(input: ServiceLayoutInput, periods: readonly ServicePeriod[], period: Period, x0: number, y0: number, width: number): BarsLayout & { height: number } {
  const { focus, definition, format: f } = input;
  const left = 48;
  const x = bands(periods.length, left, width, 0.2, 0.1);
  const top = (k: number) => PLOT_GAP + k * (PLOT + PLOT_GAP);
  const bottom = (k: number) => top(k) + PLOT;
  const lines: BarsLayout['lines'][number][] = [];
  const guides: BarText[] = [];
  const plot = (k: number, title: string, max: number, tick: (v: number) => string) => {
    const y = zeroScale(max, bottom(k), top(k), 3);
    const axis = valueAxis(y, 'y', left, width, tick);
    lines.push(...axis.lines);
    guides.push({ x: 0, y: top(k) - 26, text: title, className: 'title' }, ...axis.guides);
    return y;
  };
  const each = periods.map((p) => p.fcr.value ?? 0);
  const yFcr = plot(0, `First-contact resolution by ${period}, ${FCR_WORDS[definition].of}`, Math.max(0, ...each), (v) => f.percent(v, 0));
  const timePlot = (k: number, name: string, pick: (p: ServicePeriod) => ServicePeriod['firstResponseHours']) => {
    const max = Math.max(0, ...periods.flatMap((p) => [pick(p).median ?? 0, pick(p).mean ?? 0]));
    const unit = durationUnit(max);
    const y = plot(k, `${name} by ${period} (${unit.name})`, max / unit.per, (v) => f.number(v, 1));
    return { y, per: unit.per, pick, k };
  };
  const times = [timePlot(1, 'First response', (p) => p.firstResponseHours), timePlot(2, 'Resolution', (p) => p.resolutionHours)];
  const labels = periods.map((p) => periodTick(p.start, period, f));
  // Every k-th label, so that labels of narrow columns do not overlap.
  const every = Math.max(1, Math.ceil((Math.max(...labels.map((l) => l.length)) * 6.5 + 8) / x.step));
  const last = bottom(2);
  const marks = periods.map((p, i) => {
    const column = (y: (v: number) => number, value: number | null, k: number, at: number, w: number, series: number): BarRect => {
      const v = y(value ?? 0);
      return { x: at, y: v, width: w, height: bottom(k) - v, series };
    };
    const half = x.width / 2;
    const rects = [column(yFcr, p.fcr.value, 0, x.x(i), x.width, FCR)];
    for (const { y, per, pick, k } of times) {
      const s = pick(p);
      rects.push(column(y, s.median === null ? null : s.median / per, k, x.x(i), half, MEDIAN), column(y, s.mean === null ? null : s.mean / per, k, x.x(i) + half, half, MEAN));
    }
    const texts: BarText[] = i % every === 0 ? [{ x: x.x(i) + x.width / 2, y: last + 12, text: labels[i] as string, anchor: 'middle', className: 'tick' }] : [];
    const hit = { x: x.x(i) - (x.step - x.width) / 2, y: top(0) - 4, width: x.step, height: last - top(0) + 8 };
    return mark(p.start, i, focus.periods, hit, rects, texts, periodWords(p, period, definition, f));
  });
  return { x: x0, y: y0, marks, lines, guides, height: last + 24 };
}

export function layoutService(input: ServiceLayoutInput): ServiceLayout {
  const width = Math.max(300, input.width);
  const { periods, period } = input;
  if (!periods || !period) {
    const queue = layoutQueue(input, 0, 0, width);
    return { width, height: queue.height, queue, periods: null };
  }
  // The queue beside the periods when there is room for both, else above them.
  const wide = width >= 720;
  const queueWidth = wide ? Math.round(width * 0.36) : width;
  const queue = layoutQueue(input, 0, 0, queueWidth);
  const gap = 32;
  const byPeriod = wide ? layoutPeriods(input, periods, period, queueWidth + gap, 0, width - queueWidth - gap) : layoutPeriods(input, periods, period, 0, queue.height + 24, width);
  const height = wide ? Math.max(queue.height, byPeriod.height) : byPeriod.y + byPeriod.height;
  return { width, height, queue, periods: byPeriod };
}
