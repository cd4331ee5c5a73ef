/**
 * From the grid's geometry and state (thresholds, figures, focus, selection, hover) to what the
 * chart draws: quadrant boxes with their words, the threshold sliders, ticks and titles. Pure.
 */
import { LABEL_LINE, type ScatterChartLayout, type ScatterMarker, type ScatterRegion, type ScatterThreshold } from '../../charts/scatter-chart.js';
import type { Formatters } from '../../format/formatters.js';
import type { RelationshipGroup, RelationshipGroupsResult } from '../../metrics/customers/relationship-groups.js';
import { GROUPS, type CustomerColumns, type GroupFigures, type Thresholds } from './grid-classify.js';
import type { GridGeometry } from './grid-layout.js';
import { GROUP_NAMES, GROUP_PLACES, loyaltyThresholdText, loyaltyTick, loyaltyTitle, profitabilityThresholdText, profitabilityTick, profitabilityTitle, SHORT_STRATEGIES } from './grid-text.js';

type Axes = RelationshipGroupsResult['axes'];
export type ThresholdKey = 'loyalty' | 'profitability';

/** How the points look: the same in SVG and on canvas, changing smoothly with their number. */
export function pointStyle(count: number): { radius: number; opacity: number } {
  const crowding = Math.log10(Math.max(1, count / 2000));
  return { radius: Math.max(1.6, 3.5 - 1.1 * crowding), opacity: Math.max(0.35, 0.8 - 0.25 * crowding) };
}

export interface ChartLayoutInput {
  geometry: GridGeometry;
  axes: Axes;
  columns: CustomerColumns;
  /** Each customer's group now (the engine's, or re-classified while a threshold moves). */
  groups: Uint8Array;
  thresholds: Thresholds;
  /** How each threshold was set: `median`, `mean`, or `fixed`. */
  thresholdRule: Readonly<Record<ThresholdKey, string>>;
  figures: Readonly<Record<RelationshipGroup, GroupFigures>>;
  /** Draw the points as SVG circles (else a canvas draws them). */
  svgPoints: boolean;
  /** The quadrant holding the tab stop, and the selected one (-1 for none). */
  activeRegion: number;
  selectedRegion: number;
  hover: number;
  selectedCustomer: number;
  dragging: ThresholdKey | null;
  format: Formatters;
}

/** "8.3 months of tenure (median)": a threshold's value for a screen reader and the panel. */
export function thresholdText(key: ThresholdKey, axes: Axes, value: number, rule: string, f: Formatters): string {
  const text = key === 'loyalty' ? loyaltyThresholdText(axes, value, f) : profitabilityThresholdText(axes, value, f);
  return rule === 'fixed' ? text : `${text} (${rule})`;
}

/** About how wide bold text of the label's size is, per character (to tell whether labels collide). */
const LABEL_CHAR = 8.4;

function regionsOf(input: ChartLayoutInput): ScatterRegion[] {
  const { geometry, thresholds, figures, format: f } = input;
  const { plot, x, y } = geometry;
  const oneLine = (group: RelationshipGroup) => `${GROUP_NAMES[group]} · ${f.count(figures[group].count)}`;
  // The two labels of a row share the plot's width; when they would meet, each takes two lines.
  const fits = (a: RelationshipGroup, b: RelationshipGroup) => (oneLine(a).length + oneLine(b).length) * LABEL_CHAR + 40 <= plot.right - plot.left;
  const twoLines = !fits('butterflies', 'true-friends') || !fits('strangers', 'barnacles');
  const tx = Math.min(plot.right, Math.max(plot.left, x.toPixel(thresholds.loyalty)));
  const ty = Math.min(plot.bottom, Math.max(plot.top, y.toPixel(thresholds.profitability)));
  return GROUPS.map((group, index) => {
    const loyal = index >= 2;
    const profitable = index % 2 === 1;
    const g = figures[group];
    const left = loyal ? tx : plot.left;
    const right = loyal ? plot.right : tx;
    const top = profitable ? plot.top : ty;
    const bottom = profitable ? ty : plot.bottom;
    return {
      key: group,
      index,
      x: left,
      y: top,
      width: right - left,
      height: bottom - top,
      label: twoLines ? [GROUP_NAMES[group], f.count(g.count)] : [oneLine(group)],
      labelX: loyal ? plot.right - 8 : plot.left + 8,
      labelY: profitable ? plot.top + 18 : plot.bottom - 10 - (twoLines ? LABEL_LINE : 0),
      anchor: loyal ? 'end' : 'start',
      selected: index === input.selectedRegion,
      tabIndex: index === Math.max(0, input.activeRegion) ? 0 : -1,
      ariaLabel: `${GROUP_NAMES[group]} (${GROUP_PLACES[group]}): ${f.count(g.count)} customers, ${f.money(g.revenue)} revenue, ${f.percent(g.share)} of revenue. ${SHORT_STRATEGIES[group]}`,
    };
  });
}

function thresholdsOf(input: ChartLayoutInput): ScatterThreshold[] {
  const { geometry, axes, thresholds, thresholdRule, format: f } = input;
  const slider = (key: ThresholdKey, axis: 'x' | 'y', name: string): ScatterThreshold => {
    const scale = geometry[axis];
    const value = thresholds[key];
    return {
      key,
      axis,
      pixel: scale.toPixel(value),
      label: `${name} threshold`,
      valueNow: Number(value.toPrecision(6)),
      valueMin: Number(Math.min(...scale.domain).toPrecision(6)),
      valueMax: Number(Math.max(...scale.domain).toPrecision(6)),
      valueText: thresholdText(key, axes, value, thresholdRule[key], f),
      dragging: input.dragging === key,
    };
  };
  return [slider('loyalty', 'x', axes.loyalty === 'regularity' ? 'Regularity' : 'Tenure'), slider('profitability', 'y', axes.profitability === 'margin' ? 'Margin' : 'Revenue')];
}

export function markerOf(geometry: GridGeometry, groups: Uint8Array, index: number, radius: number): ScatterMarker | null {
  if (index < 0 || index >= groups.length) return null;
  return { x: geometry.px[index]!, y: geometry.py[index]!, group: groups[index]!, radius };
}

export function scatterLayout(input: ChartLayoutInput): ScatterChartLayout {
  const { geometry, axes, columns, groups, format: f } = input;
  const { radius, opacity } = pointStyle(columns.ids.length);
  return {
    width: geometry.width,
    height: geometry.height,
    plot: geometry.plot,
    xTicks: geometry.x.ticks.map((v) => ({ pixel: geometry.x.toPixel(v), label: loyaltyTick(axes, v, f) })),
    yTicks: geometry.y.ticks.map((v) => ({ pixel: geometry.y.toPixel(v), label: profitabilityTick(v, f) })),
    xTitle: loyaltyTitle(axes),
    yTitle: profitabilityTitle(axes, geometry.y.kind),
    regions: regionsOf(input),
    thresholds: thresholdsOf(input),
    points: input.svgPoints ? { keys: columns.ids, x: geometry.px, y: geometry.py, group: groups, radius, opacity } : null,
    hover: markerOf(geometry, groups, input.hover, radius),
    selected: markerOf(geometry, groups, input.selectedCustomer, radius),
  };
}
