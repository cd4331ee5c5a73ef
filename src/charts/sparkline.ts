/**
 * A sparkline's one drawing step: a line (broken where a value is missing), a soft area under
 * it, an optional target rule, and one focusable column per period that carries the period's
 * accessible name. Geometry and words come ready-made; nothing is computed here.
 *
 * Written with svg-write.ts rather than d3-selection: a tile's handful of nodes needs no data
 * join, and d3-selection's prototype (every method, none can be shaken off) was 3.6 KiB gzip
 * of a `<crm-kpi>` page's first paint (issue #12), the only D3 the tile used. The columns are
 * keyed by period and kept in data order, as a keyed join would keep them.
 */
import type { MarkHandlers } from './mark-events.js';
import { child, set, SVG_NS } from './svg-write.js';

export interface SparkMark {
  key: string;
  /** The period's column (the hit and focus target). */
  x: number;
  width: number;
  /** The point; `cy` null where the value is missing (no dot, a gap in the line). */
  cx: number;
  cy: number | null;
  /** Inside the range the tile reports. */
  current: boolean;
  ariaLabel: string;
  tabIndex: number;
}

export interface SparkLayout {
  width: number;
  height: number;
  /** `d` of the line and of the area under it; empty when there is nothing to join. */
  line: string;
  area: string;
  /** Where the target rule goes; null without a target. */
  targetY: number | null;
  marks: readonly SparkMark[];
}

/** A sparkline's points are not selectable. */
export type SparkHandlers = Omit<MarkHandlers<SVGGElement>, 'select'>;

/** The `d` of a line through the points, a new subpath after every gap. */
export function sparkPath(points: readonly { cx: number; cy: number | null }[]): string {
  let d = '';
  let pen = false;
  for (const { cx, cy } of points) {
    if (cy === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${round(cx)},${round(cy)}`;
    pen = true;
  }
  return d;
}

/** The `d` of the area between each unbroken run of the line and `base`. */
export function sparkArea(points: readonly { cx: number; cy: number | null }[], base: number): string {
  let d = '';
  let run: { cx: number; cy: number }[] = [];
  const close = () => {
    if (run.length > 1) d += `M${round(run[0]!.cx)},${round(base)}${run.map((p) => `L${round(p.cx)},${round(p.cy)}`).join('')}L${round(run[run.length - 1]!.cx)},${round(base)}Z`;
    run = [];
  };
  for (const p of points) {
    if (p.cy === null) close();
    else run.push({ cx: p.cx, cy: p.cy });
  }
  close();
  return d;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** What a column's listeners report: its mark's index in the latest drawing, and to whom. */
interface ColumnWiring {
  index: number;
  on: SparkHandlers;
}

const wiring = new WeakMap<SVGGElement, ColumnWiring>();
/** The period key of each column drawn (kept off the DOM: an export must not carry it). */
const keys = new WeakMap<SVGGElement, string>();

/** The listeners of a focusable column, added once; they read its wiring when they fire. */
function listen(column: SVGGElement): void {
  const now = () => wiring.get(column);
  column.addEventListener('focus', () => {
    const w = now();
    if (w) w.on.focus(w.index, column);
  });
  column.addEventListener('blur', () => now()?.on.blur());
  column.addEventListener('pointerenter', () => {
    const w = now();
    if (w) w.on.hover(w.index, column);
  });
  column.addEventListener('pointerleave', () => now()?.on.leave());
  column.addEventListener('keydown', (event) => now()?.on.keydown(event));
}

/** The first `tag.className` inside `root`, made if there is none. */
function once<K extends keyof SVGElementTagNameMap>(root: SVGSVGElement | SVGGElement, tag: K, className: string): SVGElementTagNameMap[K] {
  return root.querySelector<SVGElementTagNameMap[K]>(`${tag}.${className}`) ?? child(root, tag, className);
}

/**
 * Draws into `root` (the sparkline's `<svg>` or a `<g>` of a larger picture). Without
 * `on` the columns are not focusable: a picture for export.
 */
export function drawSparkline(root: SVGSVGElement | SVGGElement, layout: SparkLayout, on?: SparkHandlers): void {
  if (root instanceof SVGSVGElement) {
    set(root, 'viewBox', `0 0 ${layout.width} ${layout.height}`);
    set(root, 'height', layout.height);
  }
  set(once(root, 'path', 'area'), 'd', layout.area);
  set(once(root, 'path', 'line'), 'd', layout.line);
  const target = once(root, 'line', 'target');
  if (layout.targetY === null) target.setAttribute('visibility', 'hidden');
  else target.removeAttribute('visibility');
  set(target, 'x1', 0);
  set(target, 'x2', layout.width);
  set(target, 'y1', layout.targetY ?? 0);
  set(target, 'y2', layout.targetY ?? 0);

  // One column per period, found again by its key: a redraw moves nodes, never replaces them,
  // so the focused column keeps focus. Columns of periods gone are removed first.
  const wanted = new Set(layout.marks.map((mark) => mark.key));
  const byKey = new Map<string, SVGGElement>();
  for (const column of root.querySelectorAll<SVGGElement>('g.point')) {
    const key = keys.get(column);
    if (key !== undefined && wanted.has(key) && !byKey.has(key)) byKey.set(key, column);
    else column.remove();
  }
  // From the last period back, each column goes before the one after it; one already there stays.
  let next: SVGGElement | null = null;
  for (let index = layout.marks.length - 1; index >= 0; index--) {
    const mark = layout.marks[index]!;
    let column = byKey.get(mark.key);
    if (!column) {
      column = document.createElementNS(SVG_NS, 'g');
      column.setAttribute('class', 'point');
      keys.set(column, mark.key);
      child(column, 'rect', 'band');
      child(column, 'circle', 'dot');
    }
    if (column.parentNode !== root || column.nextElementSibling !== next) {
      if (next) next.before(column);
      else root.append(column);
    }
    next = column;
    column.classList.toggle('current', mark.current);
    column.classList.toggle('missing', mark.cy === null);
    const band = column.querySelector('rect.band')!;
    set(band, 'x', mark.x);
    set(band, 'y', 0);
    set(band, 'width', Math.max(1, mark.width));
    set(band, 'height', layout.height);
    // A period without a value keeps a small mark on the floor: the period is there, its value is not.
    const dot = column.querySelector('circle.dot')!;
    set(dot, 'cx', mark.cx);
    set(dot, 'cy', mark.cy ?? layout.height - 1);
    set(dot, 'r', mark.cy === null ? 1.5 : mark.current ? 3 : 2);
    if (!on) continue;
    set(column, 'role', 'img');
    set(column, 'tabindex', mark.tabIndex);
    set(column, 'aria-label', mark.ariaLabel);
    if (!wiring.has(column)) listen(column);
    wiring.set(column, { index, on });
  }
}
