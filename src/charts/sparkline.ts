/**
 * A sparkline's one D3 drawing step: a line (broken where a value is missing), a soft area
 * under it, an optional target rule, and one focusable column per period that carries the
 * period's accessible name. Geometry and words come ready-made; nothing is computed here.
 */
import { select, type Selection } from 'd3';
import { bindMarks, type MarkHandlers } from './mark-events.js';

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

/**
 * Draws into `root` (the sparkline's `<svg>` or a `<g>` of a larger picture). Without
 * `on` the columns are not focusable: a picture for export.
 */
export function drawSparkline(root: SVGSVGElement | SVGGElement, layout: SparkLayout, on?: SparkHandlers): void {
  const base: Selection<SVGSVGElement | SVGGElement, unknown, null, undefined> = select(root);
  if (root instanceof SVGSVGElement) base.attr('viewBox', `0 0 ${layout.width} ${layout.height}`).attr('height', layout.height);
  const once = <K extends keyof SVGElementTagNameMap>(tag: K, className: string) => {
    const existing = base.select<SVGElementTagNameMap[K]>(`${tag}.${className}`);
    return existing.empty() ? base.append(tag).attr('class', className) : existing;
  };
  once('path', 'area').attr('d', layout.area);
  once('path', 'line').attr('d', layout.line);
  const target = once('line', 'target');
  target
    .attr('visibility', layout.targetY === null ? 'hidden' : null)
    .attr('x1', 0)
    .attr('x2', layout.width)
    .attr('y1', layout.targetY ?? 0)
    .attr('y2', layout.targetY ?? 0);

  const marks = base
    .selectAll<SVGGElement, SparkMark>('g.point')
    .data(layout.marks, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'point');
      g.append('rect').attr('class', 'band');
      g.append('circle').attr('class', 'dot');
      return g;
    })
    .classed('current', (d) => d.current)
    .classed('missing', (d) => d.cy === null);
  marks.select('rect.band').attr('x', (d) => d.x).attr('y', 0).attr('width', (d) => Math.max(1, d.width)).attr('height', layout.height);
  // A period without a value keeps a small mark on the floor: the period is there, its value is not.
  marks
    .select('circle.dot')
    .attr('cx', (d) => d.cx)
    .attr('cy', (d) => d.cy ?? layout.height - 1)
    .attr('r', (d) => (d.cy === null ? 1.5 : d.current ? 3 : 2));
  if (!on) return;
  marks.attr('role', 'img');
  bindMarks(marks, layout.marks, on);
}
