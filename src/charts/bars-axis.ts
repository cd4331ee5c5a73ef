/**
 * Scales and a value axis for bar charts, as plain geometry. Not d3-scale: a linear scale from
 * it pulls in d3-interpolate, d3-color and d3-format (about 14 KiB gzip in the CDN bundle) for
 * what bars need — a proportion from zero, round ticks, and equal bands.
 */
import type { BarsLayout } from './bars-chart.js';

/** A value scale from zero: round ticks up to at least `max`, and the position of a value. */
export interface ZeroScale {
  (value: number): number;
  /** 0, step, 2·step, … up to the first tick at or above the largest value. */
  readonly ticks: readonly number[];
}

/**
 * Zero to `max` (rounded up to a tick) onto [start, end]. Ticks are 1, 2 or 5 × 10ᵏ apart,
 * about `count` of them; a non-positive `max` gives the ticks of 1.
 */
export function zeroScale(max: number, start: number, end: number, count = 4): ZeroScale {
  const raw = (max > 0 ? max : 1) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-12)) as number;
  const n = Math.max(1, Math.ceil((max > 0 ? max : 1) / step - 1e-9));
  const top = n * step;
  const scale = (value: number) => start + (value / top) * (end - start);
  // Multiplying (not adding) keeps 0.1 · 3 from drifting into 0.30000000000000004 more than once.
  return Object.assign(scale, { ticks: Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12))) });
}

/** Equal bands for `n` marks over [start, end], as d3's band scale lays them out (centred). */
export interface Bands {
  /** Start of band `i`. */
  x(i: number): number;
  /** Width of a band. */
  readonly width: number;
  /** Distance from one band's start to the next. */
  readonly step: number;
}

export function bands(n: number, start: number, end: number, inner: number, outer: number): Bands {
  const step = (end - start) / Math.max(1, n - inner + outer * 2);
  return { x: (i) => start + step * outer + i * step, width: step * (1 - inner), step };
}

/**
 * Ticks of `scale` as gridlines spanning [from, to] on the other axis. `along: 'x'` for
 * horizontal bars (vertical gridlines, labels above at `from − 10`), `'y'` for columns
 * (horizontal gridlines, labels left of `from`).
 */
export function valueAxis(scale: ZeroScale, along: 'x' | 'y', from: number, to: number, label: (value: number) => string): Pick<BarsLayout, 'lines' | 'guides'> {
  const ticks = scale.ticks;
  return {
    lines: ticks.map((t) => (along === 'x' ? { x1: scale(t), y1: from, x2: scale(t), y2: to } : { x1: from, y1: scale(t), x2: to, y2: scale(t) })),
    guides: ticks.map((t) => (along === 'x' ? { x: scale(t), y: from - 10, text: label(t), anchor: 'middle' as const, className: 'tick' } : { x: from - 6, y: scale(t), text: label(t), anchor: 'end' as const, className: 'tick' })),
  };
}

/** `text` cut to about `width` pixels at the small font (≈ 6.5 px a character), with an ellipsis. */
export function fitText(text: string, width: number): string {
  const room = Math.max(3, Math.floor(width / 6.5));
  return text.length <= room ? text : `${text.slice(0, room - 1)}…`;
}
