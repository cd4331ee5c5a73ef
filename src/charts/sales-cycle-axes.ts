/**
 * Axes as plain data and one small drawing step: ticks with their positions and labels come
 * from the layout (a d3 scale's `ticks()` and the element's formatters); this draws the lines
 * and texts. Smaller than d3-axis, and the text stays in the kit's tokens and locale.
 */
import type { Selection } from 'd3';

export interface AxisTick {
  /** Position along the axis, in SVG units. */
  at: number;
  label: string;
}

export interface Axes {
  /** The plot area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  x: readonly AxisTick[];
  y: readonly AxisTick[];
  /** Faint lines across the plot at the y ticks (value axes), or none (category rows). */
  grid: boolean;
  xTitle: string;
  yTitle: string;
}

/** Draws `axes` into `root` (a `<g class="axes">`, created once and redrawn). */
export function drawAxes(root: Selection<SVGGElement, unknown, null, undefined>, axes: Axes): void {
  const { plot } = axes;
  root
    .selectAll<SVGLineElement, AxisTick>('line.grid')
    .data(axes.grid ? axes.y : [])
    .join('line')
    .attr('class', 'grid')
    .attr('x1', plot.left)
    .attr('x2', plot.right)
    .attr('y1', (d) => d.at)
    .attr('y2', (d) => d.at);
  root
    .selectAll<SVGLineElement, number>('line.baseline')
    .data([0])
    .join('line')
    .attr('class', 'baseline')
    .attr('x1', plot.left)
    .attr('x2', plot.right)
    .attr('y1', plot.bottom)
    .attr('y2', plot.bottom);
  root
    .selectAll<SVGTextElement, AxisTick>('text.x-tick')
    .data(axes.x)
    .join('text')
    .attr('class', 'tick x-tick')
    .attr('x', (d) => d.at)
    .attr('y', plot.bottom + 16)
    .attr('text-anchor', 'middle')
    .text((d) => d.label);
  root
    .selectAll<SVGTextElement, AxisTick>('text.y-tick')
    .data(axes.y)
    .join('text')
    .attr('class', 'tick y-tick')
    .attr('x', plot.left - 6)
    .attr('y', (d) => d.at)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((d) => d.label);
  root
    .selectAll<SVGTextElement, string>('text.x-title')
    .data(axes.xTitle ? [axes.xTitle] : [])
    .join('text')
    .attr('class', 'axis-title x-title')
    .attr('x', (plot.left + plot.right) / 2)
    .attr('y', plot.bottom + 34)
    .attr('text-anchor', 'middle')
    .text((d) => d);
  root
    .selectAll<SVGTextElement, string>('text.y-title')
    .data(axes.yTitle ? [axes.yTitle] : [])
    .join('text')
    .attr('class', 'axis-title y-title')
    .attr('x', plot.left)
    .attr('y', plot.top - 10)
    .attr('text-anchor', 'start')
    .text((d) => d);
}
