/**
 * The funnel's one D3 drawing step. It receives scaled geometry and ready-made label text from
 * the element and joins them to SVG marks; it computes no metric. Text is set with `.text()`,
 * so a stage named `<img onerror=…>` is drawn as those characters.
 */
import { select } from 'd3';
import { bindMarks, type MarkHandlers } from './mark-events.js';

export interface FunnelMark {
  key: string;
  /** Bar geometry in SVG user units. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The stage name and the figures beside it. */
  label: string;
  figure: string;
  /** Between this stage and the previous one: "63.2% of previous · 1,234 dropped". */
  conversion: string;
  bottleneck: boolean;
  /** Time in stage beside the bar: "median 12 days", with "Bottleneck" on the slowest. */
  days: string;
  /** Whether the figure fits inside the bar; if not it is drawn beside it. */
  figureInside: boolean;
  selected: boolean;
  /** Accessible name of the mark. */
  ariaLabel: string;
  tabIndex: number;
}

export interface FunnelLayout {
  width: number;
  height: number;
  orientation: 'vertical' | 'horizontal';
  /** Where the stage names go (vertical: a left gutter; horizontal: below the bars). */
  labelX: number;
  /** Where the bottleneck badge goes (vertical orientation). */
  badgeX: number;
  marks: readonly FunnelMark[];
}

export type FunnelHandlers = MarkHandlers<SVGGElement>;

export function drawFunnel(svg: SVGSVGElement, layout: FunnelLayout, on: FunnelHandlers): void {
  const root = select(svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`).attr('width', layout.width).attr('height', layout.height);
  const vertical = layout.orientation === 'vertical';
  // The focusable mark is the bar alone; its words sit in a sibling group that assistive tech
  // skips, because the mark's accessible name already says them (and says more).
  const stages = root
    .selectAll<SVGGElement, FunnelMark>('g.stage-row')
    .data(layout.marks, (d) => d.key)
    .join((enter) => {
      const row = enter.append('g').attr('class', 'stage-row');
      row.append('g').attr('class', 'stage').attr('role', 'button').append('rect').attr('class', 'bar').attr('part', 'bar');
      const words = row.append('g').attr('class', 'words').attr('aria-hidden', 'true');
      words.append('text').attr('class', 'label').attr('part', 'label');
      words.append('text').attr('class', 'figure');
      words.append('text').attr('class', 'conversion');
      words.append('text').attr('class', 'badge');
      return row;
    })
    .classed('bottleneck', (d) => d.bottleneck)
    .classed('selected', (d) => d.selected);

  const marks = stages.select<SVGGElement>('g.stage');
  const words = stages.select<SVGGElement>('g.words');
  bindMarks(marks, layout.marks, on);
  marks.select('rect.bar').attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => Math.max(1, d.width)).attr('height', (d) => Math.max(1, d.height)).attr('rx', 3);

  if (vertical) {
    words.select('text.label').attr('x', layout.labelX).attr('y', (d) => d.y + d.height / 2).attr('dy', '0.35em').attr('text-anchor', 'end').text((d) => d.label);
    words
      .select('text.figure')
      .classed('outside', (d) => !d.figureInside)
      .attr('x', (d) => (d.figureInside ? d.x + d.width / 2 : d.x + d.width + 6))
      .attr('y', (d) => d.y + d.height / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', (d) => (d.figureInside ? 'middle' : 'start'))
      .text((d) => d.figure);
    words.select('text.conversion').attr('x', (d) => d.x + d.width / 2).attr('y', (d) => d.y - 4).attr('text-anchor', 'middle').text((d) => d.conversion);
    words.select('text.badge').attr('x', layout.badgeX).attr('y', (d) => d.y + d.height / 2).attr('dy', '0.35em').attr('text-anchor', 'end').text((d) => d.days);
  } else {
    words.select('text.label').attr('x', (d) => d.x + d.width / 2).attr('y', layout.height - 6).attr('text-anchor', 'middle').text((d) => d.label);
    words.select('text.figure').classed('outside', true).attr('x', (d) => d.x + d.width / 2).attr('y', (d) => d.y - 6).attr('text-anchor', 'middle').text((d) => d.figure);
    words.select('text.conversion').attr('x', (d) => d.x + d.width / 2).attr('y', layout.height - 22).attr('text-anchor', 'middle').text((d) => d.conversion);
    words.select('text.badge').attr('x', (d) => d.x + d.width / 2).attr('y', (d) => d.y - 22).attr('text-anchor', 'middle').text((d) => (d.bottleneck ? 'Bottleneck' : ''));
  }
}
