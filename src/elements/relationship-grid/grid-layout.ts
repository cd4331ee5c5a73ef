/**
 * From the customers' values and the element's box to pixels: the two scales with their ticks
 * and every customer's centre. Pure (no DOM); the chart in src/charts/scatter-chart.ts draws
 * what this returns, and the metric engine computed the values.
 *
 * Profitability on a log scale: many customers sit near zero and a few are very large. A log
 * scale cannot show zero or a loss, and margins can be negative (a refund larger than what is
 * left, costs above the price). So `scale="log"` uses a true log scale when every value (and the
 * threshold) is positive, and otherwise a symmetric log scale (d3's symlog, linear within one
 * unit of money around zero, logarithmic beyond on both sides): no customer is left off the
 * chart, and the axis title says which scale is drawn.
 */
import { scaleLinear, scaleLog, scaleSymlog } from '../../charts/scales.js';
import type { LoyaltyAxis } from '../../metrics/customers/relationship-axes.js';
import type { CustomerColumns, Thresholds } from './grid-classify.js';

export type ProfitabilityScale = 'linear' | 'log';
export type ScaleKind = 'linear' | 'log' | 'symlog';

/** One axis: value ↔ pixel, its extent and tick values. */
export interface GridAxis {
  kind: ScaleKind;
  domain: readonly [number, number];
  /** Pixels of `domain[0]` and `domain[1]`. */
  range: readonly [number, number];
  toPixel(value: number): number;
  fromPixel(pixel: number): number;
  ticks: readonly number[];
}

export interface GridGeometry {
  /** The SVG's size. */
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  x: GridAxis;
  y: GridAxis;
  /** Each customer's centre in pixels. */
  px: Float32Array;
  py: Float32Array;
}

/** Room for the tick labels and axis titles (left, bottom) and the threshold handles (top, right). */
export const MARGIN = { top: 22, right: 26, bottom: 46, left: 68 } as const;

export interface GridLayoutInput {
  columns: CustomerColumns;
  thresholds: Thresholds;
  loyaltyAxis: LoyaltyAxis;
  scale: ProfitabilityScale;
  width: number;
  height: number;
}

/** Smallest and largest finite value of `values` and `extra`. */
function extent(values: Float64Array, extra: number): [number, number] {
  let lo = Number.isFinite(extra) ? extra : Infinity;
  let hi = Number.isFinite(extra) ? extra : -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [0, 1];
}

/** `value` rounded away from zero to 1, 2 or 5 × a power of ten (0 stays 0). */
function niceOutward(value: number): number {
  if (value === 0) return 0;
  const size = Math.abs(value);
  const decade = 10 ** Math.floor(Math.log10(size));
  const step = [1, 2, 5, 10].find((s) => s * decade >= size * (1 - 1e-12)) ?? 10;
  return Math.sign(value) * step * decade;
}

/**
 * Decades inside the domain: 10^k (and −10^k, with 0, on a symmetric log scale, where ±1 would
 * crowd the zero line). When there would be more than `most`, every second or third decade.
 */
function decadeTicks([lo, hi]: readonly [number, number], most: number, symmetric: boolean): number[] {
  const top = Math.max(Math.abs(lo), Math.abs(hi));
  const first = symmetric ? (top >= 100 ? 1 : 0) : Math.floor(Math.log10(Math.max(1e-12, Math.min(Math.abs(lo), Math.abs(hi)))));
  const last = Math.floor(Math.log10(top * (1 + 1e-12)));
  const decades = last - first + 1;
  const sides = symmetric && lo < 0 ? 2 : 1;
  const stride = Math.max(1, Math.ceil((decades * sides + 1) / Math.max(2, most)));
  const ticks: number[] = symmetric && lo <= 0 && hi >= 0 ? [0] : [];
  for (let k = first; k <= last; k++) {
    if ((k - first) % stride !== 0) continue;
    const power = 10 ** k;
    if (symmetric && -power >= lo) ticks.push(-power);
    if (power >= lo && power <= hi) ticks.push(power);
  }
  return ticks.sort((a, b) => a - b);
}

function axisOf(kind: ScaleKind, domain: [number, number], range: [number, number], count: number): GridAxis {
  const scale = kind === 'log' ? scaleLog() : kind === 'symlog' ? scaleSymlog() : scaleLinear();
  scale.domain(domain).range(range);
  if (kind !== 'symlog') scale.nice(count);
  const niceDomain = scale.domain() as [number, number];
  let ticks: number[];
  if (kind === 'linear') ticks = scale.ticks(count);
  else {
    ticks = decadeTicks(niceDomain, count, kind === 'symlog');
    if (ticks.length < 2) ticks = scale.ticks(count);
  }
  return {
    kind,
    domain: niceDomain,
    range,
    toPixel: (v) => scale(v) as number,
    fromPixel: (p) => scale.invert(p) as number,
    ticks,
  };
}

function profitabilityAxis(values: Float64Array, threshold: number, scale: ProfitabilityScale, range: [number, number], count: number): GridAxis {
  const [lo, hi] = extent(values, threshold);
  if (scale === 'linear') return axisOf('linear', [Math.min(0, lo), hi > lo ? Math.max(0, hi) : lo + 1], range, count);
  if (lo > 0) return axisOf('log', lo === hi ? [lo / 10, hi * 10] : [lo, hi], range, count);
  const top = hi > 0 ? niceOutward(hi) : 1;
  return axisOf('symlog', [Math.min(0, niceOutward(lo)), top], range, count);
}

function loyaltyAxis(values: Float64Array, threshold: number, axis: LoyaltyAxis, range: [number, number], count: number): GridAxis {
  if (axis === 'regularity') return axisOf('linear', [0, 1], range, count);
  const [lo, hi] = extent(values, threshold);
  return axisOf('linear', [Math.min(0, lo), hi > Math.min(0, lo) ? hi : Math.min(0, lo) + 1], range, count);
}

export function layoutGrid({ columns, thresholds, loyaltyAxis: loyaltyKind, scale, width, height }: GridLayoutInput): GridGeometry {
  const plot = { left: MARGIN.left, top: MARGIN.top, right: Math.max(MARGIN.left + 40, width - MARGIN.right), bottom: Math.max(MARGIN.top + 40, height - MARGIN.bottom) };
  const x = loyaltyAxis(columns.loyalty, thresholds.loyalty, loyaltyKind, [plot.left, plot.right], Math.max(2, Math.round((plot.right - plot.left) / 90)));
  const y = profitabilityAxis(columns.profitability, thresholds.profitability, scale, [plot.bottom, plot.top], Math.max(2, Math.round((plot.bottom - plot.top) / 48)));
  const n = columns.loyalty.length;
  const px = new Float32Array(n);
  const py = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    px[i] = x.toPixel(columns.loyalty[i]!);
    py[i] = y.toPixel(columns.profitability[i]!);
  }
  return { width, height, plot, x, y, px, py };
}

/** `value` kept inside the axis's domain (a dragged threshold cannot leave the chart). */
export function clampToAxis(axis: GridAxis, value: number): number {
  const [a, b] = axis.domain;
  return Math.min(Math.max(value, Math.min(a, b)), Math.max(a, b));
}
