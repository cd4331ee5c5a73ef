/**
 * One D3 drawing step for every bar chart of the kit: grouped rows, stacked columns, one bar per
 * owner. The element's layout hands over finished geometry and label text; this joins them to
 * SVG and wires the events. It computes no metric and no scale.
 *
 * Each mark is a focusable group (`role="button"`) holding its bars over a hit area that shows
 * focus and selection; its words live in a sibling group hidden from assistive tech, because the
 * mark's accessible name already says them. Text is set with `.text()`: data is never markup.
 */
import { select, type Selection } from 'd3';
import { bindMarks, type MarkHandlers } from './mark-events.js';

/** One bar: `series` picks its colour class (`s0`, `s1`, …) in the element's styles. */
export interface BarRect {
  x: number;
  y: number;
  width: number;
  height: number;
  series: number;
}

/** A label: a name, a figure beside a bar, an axis tick, a panel title. */
export interface BarText {
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Extra classes (`figure`, `muted`, `negative`, `title`). */
  className?: string;
}

export interface BarMark {
  key: string;
  /** The area that takes the pointer and shows focus and selection. */
  hit: { x: number; y: number; width: number; height: number };
  rects: readonly BarRect[];
  texts: readonly BarText[];
  ariaLabel: string;
  tabIndex: number;
  selected: boolean;
}

export interface BarsLayout {
  /** Where the panel sits in its SVG. */
  x: number;
  y: number;
  marks: readonly BarMark[];
  /** Gridlines. */
  lines: readonly { x1: number; y1: number; x2: number; y2: number }[];
  /** Tick labels and titles, outside any mark. */
  guides: readonly BarText[];
}

export type { MarkHandlers } from './mark-events.js';

function placeTexts<Parent>(texts: Selection<SVGTextElement, BarText, SVGGElement, Parent>): void {
  texts
    .attr('class', (d) => d.className ?? null)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('dy', '0.35em')
    .attr('text-anchor', (d) => d.anchor ?? 'start')
    .text((d) => d.text);
}

/** Draw `layout` into `panel` (a `<g>` of the chart's SVG), replacing what it showed before. */
export function drawBars(panel: SVGGElement, layout: BarsLayout, on: MarkHandlers): void {
  const root = select(panel).attr('transform', `translate(${layout.x},${layout.y})`);
  const grid = root.selectAll<SVGGElement, unknown>('g.grid').data([0]).join('g').attr('class', 'grid').attr('aria-hidden', 'true');
  grid
    .selectAll('line')
    .data(layout.lines)
    .join('line')
    .attr('x1', (d) => d.x1)
    .attr('y1', (d) => d.y1)
    .attr('x2', (d) => d.x2)
    .attr('y2', (d) => d.y2);
  placeTexts(grid.selectAll<SVGTextElement, BarText>('text').data(layout.guides).join('text'));

  const rows = root
    .selectAll<SVGGElement, BarMark>('g.row')
    .data(layout.marks, (d) => d.key)
    .join((enter) => {
      const row = enter.append('g').attr('class', 'row');
      row.append('g').attr('class', 'mark').attr('role', 'button').append('rect').attr('class', 'hit');
      row.append('g').attr('class', 'words').attr('aria-hidden', 'true');
      return row;
    })
    .order()
    .classed('selected', (d) => d.selected);

  const marks = rows.select<SVGGElement>('g.mark');
  bindMarks(marks, layout.marks, on);
  marks
    .select('rect.hit')
    .attr('x', (d) => d.hit.x)
    .attr('y', (d) => d.hit.y)
    .attr('width', (d) => Math.max(1, d.hit.width))
    .attr('height', (d) => Math.max(1, d.hit.height));
  marks
    .selectAll<SVGRectElement, BarRect>('rect.bar')
    .data((d) => d.rects)
    .join('rect')
    .attr('class', (d) => `bar s${d.series}`)
    .attr('part', 'bar')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => Math.max(0, d.width))
    .attr('height', (d) => Math.max(0, d.height));
  placeTexts(rows.select<SVGGElement>('g.words').selectAll<SVGTextElement, BarText>('text').data((d) => d.texts).join('text'));
}
