/**
 * From the activity figures and the element's width to the three panels of its chart: volume
 * per period as stacked columns (by type or by direction), activities per owner as bars, and
 * conversion per response-time band as columns. Scales and words here; SVG in bars-chart.ts.
 */
import { bands, fitText, valueAxis, zeroScale } from '../../charts/bars-axis.js';
import type { BarMark, BarRect, BarsLayout, BarText } from '../../charts/bars-chart.js';
import type { Formatters } from '../../format/formatters.js';
import type { ActivityVolumeResult } from '../../metrics/sales/activity-volume.js';
import type { ResponseTimeResult } from '../../metrics/sales/response-time.js';
import { ACTIVITY_TYPES, DIRECTIONS, type Period } from '../../table/index.js';
import type { ActivityPeriod } from './activity-periods.js';
import { BAND_LABELS, DIRECTION_NAMES, periodLabel, TYPE_NAMES } from './activity-words.js';

export type ActivityStack = 'type' | 'direction';

/** The colour class of owner bars and band columns (`s0`…`s5` are the stacked series). */
export const SINGLE_SERIES = 8;
/** Owners drawn; the rest are in the table view. */
export const OWNERS_DRAWN = 12;

/** One series of the stacked columns: its colour class and name. */
export interface StackSeries {
  series: number;
  name: string;
  count(period: ActivityPeriod): number;
}

/** Series with any activity, in a fixed order so that each keeps its colour. */
export function stackSeries(volume: ActivityVolumeResult, stack: ActivityStack): StackSeries[] {
  if (stack === 'direction') return DIRECTIONS.map((d, series) => ({ series, name: DIRECTION_NAMES[d], count: (p: ActivityPeriod) => p.byDirection[d] })).filter((_, i) => volume.byDirection[DIRECTIONS[i]!] > 0);
  return ACTIVITY_TYPES.map((t, series) => ({ series, name: TYPE_NAMES[t], count: (p: ActivityPeriod) => p.byType[t] })).filter((_, i) => volume.byType[ACTIVITY_TYPES[i]!] > 0);
}

/** Keyboard and selection state of one panel's marks. */
export interface PanelFocus {
  active: number;
  selected: number;
}

export interface ActivityLayoutInput {
  periods: readonly ActivityPeriod[];
  volume: ActivityVolumeResult;
  response: ResponseTimeResult;
  period: Period;
  stack: ActivityStack;
  width: number;
  focus: { periods: PanelFocus; owners: PanelFocus; bands: PanelFocus };
  format: Formatters;
}

export interface ActivityLayout {
  width: number;
  height: number;
  periods: BarsLayout;
  owners: BarsLayout;
  bands: BarsLayout;
}

const TITLE = 10;
const PLOT_TOP = 36;

function mark(key: string, index: number, focus: PanelFocus, hit: BarMark['hit'], rects: BarRect[], texts: BarText[], ariaLabel: string): BarMark {
  return { key, hit, rects, texts, ariaLabel, tabIndex: index === Math.max(0, focus.active) ? 0 : -1, selected: index === focus.selected };
}

/** Stacked columns of activities per period. */
function layoutPeriods({ periods, volume, period, stack, focus, format: f }: ActivityLayoutInput, width: number, plotHeight: number): BarsLayout {
  const series = stackSeries(volume, stack);
  const left = 44;
  const bottom = PLOT_TOP + plotHeight;
  const x = bands(periods.length, left, width, 0.2, 0.1);
  const y = zeroScale(Math.max(0, ...periods.map((p) => p.value)), bottom, PLOT_TOP);
  const labels = periods.map((p) => periodLabel(p.start, p.from, period, f));
  // Every k-th label, so that labels of narrow columns do not overlap.
  const every = Math.max(1, Math.ceil((Math.max(...labels.map((l) => l.length)) * 6.5 + 8) / x.step));
  const marks = periods.map((p, i) => {
    let top = bottom;
    const rects = series.map(({ series: s, count }) => {
      const h = bottom - y(count(p));
      top -= h;
      return { x: x.x(i), y: top, width: x.width, height: h, series: s };
    });
    const texts: BarText[] = i % every === 0 ? [{ x: x.x(i) + x.width / 2, y: bottom + 12, text: labels[i] as string, anchor: 'middle', className: 'tick' }] : [];
    const parts = series.map(({ name, count }) => `${name.toLowerCase()} ${f.count(count(p))}`).join(', ');
    return mark(p.start, i, focus.periods, { x: x.x(i) - (x.step - x.width) / 2, y: PLOT_TOP, width: x.step, height: plotHeight }, rects, texts, `${labels[i]}: ${f.count(p.value)} activities; ${parts}`);
  });
  const title = `Activities by ${period}, by ${stack}`;
  const axis = valueAxis(y, 'y', left, width, (v) => f.count(v));
  return { x: 0, y: 0, marks, lines: axis.lines, guides: [{ x: 0, y: TITLE, text: title, className: 'title' }, ...axis.guides] };
}

/** One bar per owner, most first. */
function layoutOwners({ volume, focus, format: f }: ActivityLayoutInput, x0: number, y0: number, width: number): BarsLayout & { height: number } {
  const ROW = 24;
  const owners = volume.byOwner.slice(0, OWNERS_DRAWN);
  const gutter = Math.round(Math.min(160, Math.max(80, width * 0.32)));
  const figure = 48;
  const most = Math.max(1, ...owners.map((o) => o.count));
  const x = (count: number) => gutter + (count / most) * (width - figure - gutter);
  const marks = owners.map((o, i) => {
    const y = PLOT_TOP - 8 + i * ROW;
    const name = o.owner ?? 'No owner';
    const end = x(o.count);
    return mark(o.owner ?? '\u0000none', i, focus.owners, { x: 0, y, width, height: ROW }, [{ x: gutter, y: y + 5, width: end - gutter, height: ROW - 10, series: SINGLE_SERIES }], [
      { x: gutter - 6, y: y + ROW / 2, text: fitText(name, gutter - 8), anchor: 'end' },
      { x: end + 4, y: y + ROW / 2, text: f.count(o.count), className: 'figure' },
    ], `${name}: ${f.count(o.count)} activities (${f.percent(o.count / volume.value)})`);
  });
  const more = volume.byOwner.length - owners.length;
  const bottom = PLOT_TOP - 8 + owners.length * ROW;
  const guides: BarText[] = [{ x: 0, y: TITLE, text: 'Activities by owner', className: 'title' }];
  if (more > 0) guides.push({ x: 0, y: bottom + 10, text: `and ${f.count(more)} more owners in the table view`, className: 'tick' });
  return { x: x0, y: y0, marks, lines: [], guides, height: bottom + (more > 0 ? 20 : 0) };
}

/** Conversion per response-time band, with each band's inquiries under it. */
function layoutBands({ response, focus, format: f }: ActivityLayoutInput, x0: number, y0: number, width: number, plotHeight: number): BarsLayout & { height: number } {
  const left = 40;
  const bottom = PLOT_TOP + plotHeight;
  const x = bands(response.bands.length, left, width, 0.3, 0.1);
  const y = zeroScale(Math.max(0, ...response.bands.map((b) => b.conversion ?? 0)), bottom, PLOT_TOP, 3);
  // No inquiry, no conversion to compare: say so instead of five empty columns.
  const bandsShown = response.count > 0 ? response.bands : [];
  const marks = bandsShown.map((b, i) => {
    const cx = x.x(i) + x.width / 2;
    const top = y(b.conversion ?? 0);
    const [short, words] = BAND_LABELS[b.band];
    return mark(b.band, i, focus.bands, { x: x.x(i) - (x.step - x.width) / 2, y: PLOT_TOP - 12, width: x.step, height: plotHeight + 42 }, [{ x: x.x(i), y: top, width: x.width, height: bottom - top, series: SINGLE_SERIES }], [
      { x: cx, y: top - 8, text: f.percent(b.conversion, 0), anchor: 'middle', className: 'figure' },
      { x: cx, y: bottom + 12, text: short, anchor: 'middle' },
      { x: cx, y: bottom + 26, text: `n = ${f.count(b.inquiries)}`, anchor: 'middle', className: 'tick' },
    ], `Inquiries ${words}: ${f.count(b.inquiries)}, ${f.count(b.converted)} converted (${f.percent(b.conversion)})`);
  });
  const title: BarText = { x: 0, y: TITLE, text: 'Conversion by response time', className: 'title' };
  if (marks.length === 0) return { x: x0, y: y0, marks, lines: [], guides: [title, { x: 0, y: PLOT_TOP, text: 'No inbound inquiries in this range.', className: 'tick' }], height: PLOT_TOP + 20 };
  const axis = valueAxis(y, 'y', left, width, (v) => f.percent(v, 0));
  return { x: x0, y: y0, marks, lines: axis.lines, guides: [title, ...axis.guides], height: bottom + 34 };
}

export function layoutActivity(input: ActivityLayoutInput): ActivityLayout {
  const width = Math.max(300, input.width);
  const plotHeight = 160;
  const periods = layoutPeriods(input, width, plotHeight);
  const below = PLOT_TOP + plotHeight + 40;
  // Owners and bands side by side when there is room for both, else one under the other.
  const wide = width >= 640;
  const half = wide ? (width - 32) / 2 : width;
  const owners = layoutOwners(input, 0, below, half);
  const bandPanel = layoutBands(input, wide ? half + 32 : 0, wide ? below : below + owners.height + 24, half, 120);
  const height = wide ? below + Math.max(owners.height, bandPanel.height) : bandPanel.y + bandPanel.height;
  return { width, height, periods, owners, bands: bandPanel };
}
