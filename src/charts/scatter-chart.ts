/**
 * The quadrant scatter's one D3 drawing step (the relationship grid's chart): axes with their
 * grid lines, the four quadrants as focusable regions with their labels, the points when they
 * are few enough for SVG (a keyed join; beyond that the element draws them on a canvas under
 * this SVG, src/charts/scatter-canvas.ts), the two threshold lines as sliders, and the hovered
 * and selected points on top. It receives pixels and ready-made text and computes no metric.
 * Text is set with `.text()`, so an account named like markup is drawn as those characters.
 *
 * Stacking, bottom to top, is the same in both modes: points, grid, quadrants, labels,
 * thresholds, highlight — so a chart looks the same whether its points are SVG or canvas.
 */
import { select, type Selection } from 'd3';

export interface ScatterTick {
  pixel: number;
  label: string;
}

/** One quadrant: its box, the words in its corner, and how it is announced. */
export interface ScatterRegion {
  key: string;
  /** Group index, for the colour class `g<index>`. */
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** "True friends · 5,102" (or the name and the count on two lines), in the plot's corner that belongs to this quadrant. */
  label: readonly string[];
  labelX: number;
  /** Baseline of the label's first line. */
  labelY: number;
  anchor: 'start' | 'end';
  selected: boolean;
  tabIndex: number;
  ariaLabel: string;
}

/** A threshold line and its handle, exposed as a slider. */
export interface ScatterThreshold {
  key: 'loyalty' | 'profitability';
  /** `x`: a vertical line at `pixel` that moves left and right; `y`: a horizontal line that moves up and down. */
  axis: 'x' | 'y';
  pixel: number;
  label: string;
  valueNow: number;
  valueMin: number;
  valueMax: number;
  valueText: string;
  dragging: boolean;
}

/** Points drawn as SVG circles (null when the canvas draws them). */
export interface ScatterSvgPoints {
  keys: readonly string[];
  x: Float32Array;
  y: Float32Array;
  group: Uint8Array;
  radius: number;
  /** Opacity of one point (overlapping points add up, as on the canvas). */
  opacity: number;
}

export interface ScatterMarker {
  x: number;
  y: number;
  group: number;
  radius: number;
}

export interface ScatterChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: readonly ScatterTick[];
  yTicks: readonly ScatterTick[];
  xTitle: string;
  yTitle: string;
  regions: readonly ScatterRegion[];
  thresholds: readonly ScatterThreshold[];
  points: ScatterSvgPoints | null;
  hover: ScatterMarker | null;
  selected: ScatterMarker | null;
}

export interface ScatterChartHandlers {
  /** The pointer moved over the plot, at (x, y) in the chart's pixels. */
  pointerMove(x: number, y: number): void;
  pointerLeave(): void;
  /** A click on quadrant `index` at (x, y). */
  regionClick(index: number, x: number, y: number): void;
  regionFocus(index: number, target: SVGRectElement): void;
  regionBlur(): void;
  regionKeydown(event: KeyboardEvent): void;
  thresholdKeydown(key: ScatterThreshold['key'], event: KeyboardEvent): void;
  thresholdKeyup(key: ScatterThreshold['key'], event: KeyboardEvent): void;
  thresholdBlur(key: ScatterThreshold['key']): void;
  /** Drag: start, each move (with the pointer's pixel along the threshold's axis), end or cancel. */
  thresholdDrag(key: ScatterThreshold['key'], phase: 'start' | 'move' | 'end' | 'cancel', pixel: number): void;
}

/** The pointer's position in the SVG's own units (its viewBox), wherever the page put it. */
export function pointerIn(svg: SVGSVGElement, event: { clientX: number; clientY: number }, width: number, height: number): { x: number; y: number } {
  const box = svg.getBoundingClientRect();
  return {
    x: ((event.clientX - box.left) * width) / (box.width || width),
    y: ((event.clientY - box.top) * height) / (box.height || height),
  };
}

type Group = Selection<SVGGElement, unknown, null, undefined>;

/** Line height of a two-line quadrant label, in pixels. */
export const LABEL_LINE = 16;

/** The child `<g class=…>` of `root`, created once in stacking order. */
function layer(root: Selection<SVGSVGElement, unknown, null, undefined>, name: string, hidden: boolean): Group {
  const found = root.select<SVGGElement>(`:scope > g.${name}`);
  if (!found.empty()) return found;
  const g = root.append('g').attr('class', name);
  if (hidden) g.attr('aria-hidden', 'true');
  return g;
}

function drawAxes(grid: Group, layout: ScatterChartLayout): void {
  const { plot } = layout;
  grid
    .selectAll<SVGLineElement, ScatterTick>('line.x-grid')
    .data(layout.xTicks)
    .join('line')
    .attr('class', 'x-grid')
    .attr('x1', (d) => d.pixel)
    .attr('x2', (d) => d.pixel)
    .attr('y1', plot.top)
    .attr('y2', plot.bottom);
  grid
    .selectAll<SVGLineElement, ScatterTick>('line.y-grid')
    .data(layout.yTicks)
    .join('line')
    .attr('class', 'y-grid')
    .attr('x1', plot.left)
    .attr('x2', plot.right)
    .attr('y1', (d) => d.pixel)
    .attr('y2', (d) => d.pixel);
  grid
    .selectAll<SVGTextElement, ScatterTick>('text.x-tick')
    .data(layout.xTicks)
    .join('text')
    .attr('class', 'x-tick tick')
    .attr('x', (d) => d.pixel)
    .attr('y', plot.bottom + 16)
    .attr('text-anchor', 'middle')
    .text((d) => d.label);
  grid
    .selectAll<SVGTextElement, ScatterTick>('text.y-tick')
    .data(layout.yTicks)
    .join('text')
    .attr('class', 'y-tick tick')
    .attr('x', plot.left - 6)
    .attr('y', (d) => d.pixel)
    .attr('dy', '0.32em')
    .attr('text-anchor', 'end')
    .text((d) => d.label);
  grid
    .selectAll('text.x-title')
    .data([layout.xTitle])
    .join('text')
    .attr('class', 'x-title title')
    .attr('x', (plot.left + plot.right) / 2)
    .attr('y', layout.height - 6)
    .attr('text-anchor', 'middle')
    .text((d) => d);
  grid
    .selectAll('text.y-title')
    .data([layout.yTitle])
    .join('text')
    .attr('class', 'y-title title')
    .attr('transform', `translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text((d) => d);
  grid
    .selectAll('rect.plot-frame')
    .data([plot])
    .join('rect')
    .attr('class', 'plot-frame')
    .attr('x', (d) => d.left)
    .attr('y', (d) => d.top)
    .attr('width', (d) => d.right - d.left)
    .attr('height', (d) => d.bottom - d.top);
}

function drawSvgPoints(points: Group, data: ScatterSvgPoints | null): void {
  const indexes = data ? Array.from({ length: data.keys.length }, (_, i) => i) : [];
  points.attr('fill-opacity', data?.opacity ?? null);
  points
    .selectAll<SVGCircleElement, number>('circle')
    .data(indexes, (i) => data!.keys[i]!)
    .join((enter) => enter.append('circle').attr('part', 'point'))
    .attr('class', (i) => `point g${data!.group[i]}`)
    .attr('cx', (i) => data!.x[i]!)
    .attr('cy', (i) => data!.y[i]!)
    .attr('r', data?.radius ?? 0);
}

function drawRegions(regions: Group, layout: ScatterChartLayout, svg: SVGSVGElement, on: ScatterChartHandlers): void {
  const at = (event: PointerEvent | MouseEvent) => pointerIn(svg, event, layout.width, layout.height);
  regions
    .on('pointermove', (event: PointerEvent) => {
      const p = at(event);
      on.pointerMove(p.x, p.y);
    })
    .on('pointerleave', () => on.pointerLeave());
  regions
    .selectAll<SVGRectElement, ScatterRegion>('rect.region')
    .data(layout.regions, (d) => d.key)
    .join((enter) => enter.append('rect').attr('class', 'region').attr('part', 'quadrant').attr('role', 'button'))
    .classed('selected', (d) => d.selected)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => Math.max(0, d.width))
    .attr('height', (d) => Math.max(0, d.height))
    .attr('tabindex', (d) => d.tabIndex)
    .attr('aria-label', (d) => d.ariaLabel)
    .attr('aria-pressed', (d) => String(d.selected))
    .on('click', (event: MouseEvent, d) => {
      const p = at(event);
      on.regionClick(d.index, p.x, p.y);
    })
    .on('focus', function (_event, d) {
      on.regionFocus(d.index, this);
    })
    .on('blur', () => on.regionBlur())
    .on('keydown', (event: KeyboardEvent) => on.regionKeydown(event));
}

function drawLabels(labels: Group, layout: ScatterChartLayout): void {
  labels
    .selectAll<SVGTextElement, ScatterRegion>('text.quadrant-label')
    .data(layout.regions, (d) => d.key)
    .join('text')
    .attr('class', (d) => `quadrant-label g${d.index}`)
    .attr('part', 'quadrant-label')
    .attr('x', (d) => d.labelX)
    .attr('y', (d) => d.labelY)
    .attr('text-anchor', (d) => d.anchor)
    .selectAll('tspan')
    .data((d) => d.label.map((line, i) => ({ line, x: d.labelX, dy: i === 0 ? 0 : LABEL_LINE })))
    .join('tspan')
    .attr('x', (d) => d.x)
    .attr('dy', (d) => d.dy)
    .text((d) => d.line);
}

function drawThresholds(group: Group, layout: ScatterChartLayout, svg: SVGSVGElement, on: ScatterChartHandlers): void {
  const { plot } = layout;
  const along = (d: ScatterThreshold, event: PointerEvent) => {
    const p = pointerIn(svg, event, layout.width, layout.height);
    return d.axis === 'x' ? p.x : p.y;
  };
  const handles = group
    .selectAll<SVGGElement, ScatterThreshold>('g.threshold')
    .data(layout.thresholds, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', (d) => `threshold ${d.key}`).attr('part', 'threshold').attr('role', 'slider').attr('tabindex', 0);
      g.append('line').attr('class', 'rule');
      g.append('line').attr('class', 'hit');
      g.append('rect').attr('class', 'knob').attr('width', 16).attr('height', 16).attr('rx', 4);
      g.append('path').attr('class', 'grip');
      return g;
    })
    .classed('dragging', (d) => d.dragging)
    .attr('aria-label', (d) => d.label)
    .attr('aria-orientation', (d) => (d.axis === 'x' ? 'horizontal' : 'vertical'))
    .attr('aria-valuemin', (d) => d.valueMin)
    .attr('aria-valuemax', (d) => d.valueMax)
    .attr('aria-valuenow', (d) => d.valueNow)
    .attr('aria-valuetext', (d) => d.valueText);
  const ends = (d: ScatterThreshold) =>
    d.axis === 'x' ? { x1: d.pixel, x2: d.pixel, y1: plot.top, y2: plot.bottom } : { x1: plot.left, x2: plot.right, y1: d.pixel, y2: d.pixel };
  for (const name of ['rule', 'hit']) {
    handles
      .select(`line.${name}`)
      .attr('x1', (d) => ends(d).x1)
      .attr('x2', (d) => ends(d).x2)
      .attr('y1', (d) => ends(d).y1)
      .attr('y2', (d) => ends(d).y2);
  }
  // The knob sits just outside the plot: above it for the loyalty line, right of it for profitability.
  handles
    .select('rect.knob')
    .attr('x', (d) => (d.axis === 'x' ? d.pixel - 8 : plot.right + 4))
    .attr('y', (d) => (d.axis === 'x' ? plot.top - 20 : d.pixel - 8));
  handles.select('path.grip').attr('d', (d) => {
    const cx = d.axis === 'x' ? d.pixel : plot.right + 12;
    const cy = d.axis === 'x' ? plot.top - 12 : d.pixel;
    return d.axis === 'x' ? `M${cx - 2},${cy - 4}v8M${cx + 2},${cy - 4}v8` : `M${cx - 4},${cy - 2}h8M${cx - 4},${cy + 2}h8`;
  });
  handles
    .on('keydown', (event: KeyboardEvent, d) => on.thresholdKeydown(d.key, event))
    .on('keyup', (event: KeyboardEvent, d) => on.thresholdKeyup(d.key, event))
    .on('blur', (_event, d) => on.thresholdBlur(d.key))
    .on('pointerdown', function (event: PointerEvent, d) {
      if (event.button !== 0) return;
      event.preventDefault();
      this.focus();
      try {
        this.setPointerCapture(event.pointerId);
      } catch {
        // A synthetic event has no active pointer to capture; the drag still works without it.
      }
      on.thresholdDrag(d.key, 'start', along(d, event));
    })
    // Moves and releases go to the element, which knows whether a drag is under way (a move
    // may arrive before the redraw that marks the handle as dragging).
    .on('pointermove', (event: PointerEvent, d) => on.thresholdDrag(d.key, 'move', along(d, event)))
    .on('pointerup', (event: PointerEvent, d) => on.thresholdDrag(d.key, 'end', along(d, event)))
    .on('pointercancel', (event: PointerEvent, d) => on.thresholdDrag(d.key, 'cancel', along(d, event)));
}

function drawMarkers(overlay: Group, layout: ScatterChartLayout): void {
  const markers = [
    { key: 'selected-point', marker: layout.selected, grow: 4 },
    { key: 'hover', marker: layout.hover, grow: 2.5 },
  ].filter((m) => m.marker !== null);
  overlay
    .selectAll<SVGCircleElement, (typeof markers)[number]>('circle')
    .data(markers, (d) => d.key)
    .join('circle')
    .attr('class', (d) => `${d.key} g${d.marker!.group}`)
    .attr('cx', (d) => d.marker!.x)
    .attr('cy', (d) => d.marker!.y)
    .attr('r', (d) => d.marker!.radius + d.grow);
}

export function drawScatterChart(svg: SVGSVGElement, layout: ScatterChartLayout, on: ScatterChartHandlers): void {
  const root = select(svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`).attr('width', layout.width).attr('height', layout.height);
  // Created once, in stacking order; later draws update them in place.
  const points = layer(root, 'points', true);
  const grid = layer(root, 'grid', true);
  const regions = layer(root, 'regions', false);
  const labels = layer(root, 'labels', true);
  const thresholds = layer(root, 'thresholds', false);
  const overlay = layer(root, 'overlay', true);
  drawSvgPoints(points, layout.points);
  drawAxes(grid, layout);
  drawRegions(regions, layout, svg, on);
  drawLabels(labels, layout);
  drawThresholds(thresholds, layout, svg, on);
  drawMarkers(overlay, layout);
}

/** Only the hover and selection markers: a pointer move must not redraw the rest. */
export function drawScatterMarkers(svg: SVGSVGElement, layout: Pick<ScatterChartLayout, 'hover' | 'selected'>): void {
  const overlay = select(svg).select<SVGGElement>(':scope > g.overlay');
  if (!overlay.empty()) drawMarkers(overlay, layout as ScatterChartLayout);
}
