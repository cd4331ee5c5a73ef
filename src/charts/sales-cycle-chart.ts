/**
 * The sales cycle's one D3 drawing step, shared by its four panels (distribution, median by
 * period, time in stage, by owner): axes, bars, lines with dots, labelled reference rules, and
 * on top one focusable band per mark (a bin, a period, an owner) that carries its accessible
 * name and takes the pointer. Geometry and words come ready-made from the element's layout.
 */
import { select, type Selection } from 'd3';
import { bindMarks, type MarkHandlers } from './mark-events.js';
import { drawAxes, type Axes } from './sales-cycle-axes.js';

export interface CycleBar {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  selected: boolean;
  /** A figure beside or on the bar ("12 deals"), or empty. */
  label: string;
  labelX: number;
  labelY: number;
}

export interface CycleRule {
  key: string;
  /** `median`, `mean` or `p90` (styles tell them apart by dash, not colour alone). */
  kind: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label: string;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface CycleLine {
  key: string;
  /** `d` of the line, broken where a value is missing. */
  d: string;
  color: string;
  dashed: boolean;
  dots: readonly { cx: number; cy: number }[];
}

export interface CycleMark {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  selected: boolean;
  ariaLabel: string;
  tabIndex: number;
}

export interface CycleLayout {
  width: number;
  height: number;
  axes: Axes;
  bars: readonly CycleBar[];
  lines: readonly CycleLine[];
  rules: readonly CycleRule[];
  marks: readonly CycleMark[];
}

export type CycleHandlers = MarkHandlers<SVGRectElement>;

type Root = Selection<SVGSVGElement, unknown, null, undefined>;

/** The `<g>` of `className`, created once in drawing order. */
function layer(root: Root, className: string): Selection<SVGGElement, unknown, null, undefined> {
  const existing = root.select<SVGGElement>(`g.${className}`);
  return (existing.empty() ? root.append('g').attr('class', className) : existing) as Selection<SVGGElement, unknown, null, undefined>;
}

export function drawCycleChart(svg: SVGSVGElement, layout: CycleLayout, on: CycleHandlers): void {
  const root: Root = select(svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`).attr('width', layout.width).attr('height', layout.height);
  drawAxes(layer(root, 'axes').attr('aria-hidden', 'true'), layout.axes);

  const bars = layer(root, 'bars').attr('aria-hidden', 'true');
  bars
    .selectAll<SVGRectElement, CycleBar>('rect.bar')
    .data(layout.bars, (d) => d.key)
    .join('rect')
    .attr('class', 'bar')
    .attr('part', 'bar')
    .classed('selected', (d) => d.selected)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => Math.max(0, d.width))
    .attr('height', (d) => Math.max(0, d.height));
  bars
    .selectAll<SVGTextElement, CycleBar>('text.bar-label')
    .data(
      layout.bars.filter((b) => b.label),
      (d) => d.key,
    )
    .join('text')
    .attr('class', 'bar-label')
    .attr('x', (d) => d.labelX)
    .attr('y', (d) => d.labelY)
    .attr('dy', '0.35em')
    .text((d) => d.label);

  const lines = layer(root, 'lines').attr('aria-hidden', 'true');
  const series = lines
    .selectAll<SVGGElement, CycleLine>('g.series')
    .data(layout.lines, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'series');
      g.append('path').attr('class', 'line');
      return g;
    })
    .style('--_series', (d) => d.color);
  series.select('path.line').attr('d', (d) => d.d).classed('dashed', (d) => d.dashed);
  series
    .selectAll<SVGCircleElement, { cx: number; cy: number }>('circle.dot')
    .data((d) => d.dots)
    .join('circle')
    .attr('class', 'dot')
    .attr('cx', (d) => d.cx)
    .attr('cy', (d) => d.cy)
    .attr('r', 3);

  const rules = layer(root, 'rules').attr('aria-hidden', 'true');
  const rule = rules
    .selectAll<SVGGElement, CycleRule>('g.rule')
    .data(layout.rules, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g');
      g.append('line');
      g.append('text');
      return g;
    })
    .attr('class', (d) => `rule ${d.kind}`);
  rule.select('line').attr('x1', (d) => d.x1).attr('x2', (d) => d.x2).attr('y1', (d) => d.y1).attr('y2', (d) => d.y2);
  rule.select('text').attr('x', (d) => d.labelX).attr('y', (d) => d.labelY).attr('text-anchor', (d) => d.anchor).text((d) => d.label);

  // The focusable bands go last, on top: the whole column or row of a mark takes the pointer.
  const marks = layer(root, 'marks')
    .selectAll<SVGRectElement, CycleMark>('rect.mark')
    .data(layout.marks, (d) => d.key)
    .join('rect')
    .attr('class', 'mark')
    .attr('role', 'button')
    .classed('selected', (d) => d.selected)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => Math.max(1, d.width))
    .attr('height', (d) => Math.max(1, d.height));
  bindMarks(marks, layout.marks, on);
}
