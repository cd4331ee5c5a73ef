/**
 * A vertical reference rule with its label, over a bar chart drawn by bars-chart.ts: the
 * 3 : 1 line of `<crm-lifetime-value>` (lifetime value at three times the acquisition cost).
 * The element's layout gives the geometry and the words; this joins them to SVG, or removes
 * the rule when there is none (no acquisition cost to compare with).
 */
import { select } from 'd3';

export interface ReferenceRule {
  x: number;
  /** The stretches `[from, to]` of y where the rule is drawn: it breaks where it would cross a label. */
  spans: readonly (readonly [number, number])[];
  label: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' };
}

/** Draw `rule` into `group` (a `<g>` of the chart's SVG), or empty it for `null`. */
export function drawReferenceRule(group: SVGGElement, rule: ReferenceRule | null): void {
  const root = select(group);
  const rules = rule ? [rule] : [];
  root
    .selectAll('path')
    .data(rules)
    .join('path')
    .attr('class', 'reference')
    .attr('d', (d) => d.spans.map(([from, to]) => `M${d.x},${from}V${to}`).join(''));
  root
    .selectAll('text')
    .data(rules)
    .join('text')
    .attr('class', 'reference-label')
    .attr('x', (d) => d.label.x)
    .attr('y', (d) => d.label.y)
    .attr('dy', '0.35em')
    .attr('text-anchor', (d) => d.label.anchor)
    .text((d) => d.label.text);
}
