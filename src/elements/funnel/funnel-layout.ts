/**
 * From a funnel result and the element's box to the scaled marks the chart draws: scales and
 * label text here, SVG in src/charts/funnel-chart.ts, the numbers in the metric engine.
 */
import { scaleBand, scaleLinear } from '../../charts/scales.js';
import type { FunnelLayout, FunnelMark } from '../../charts/funnel-chart.js';
import type { Formatters } from '../../format/formatters.js';
import type { FunnelResult } from '../../metrics/sales/funnel.js';

export type FunnelMeasure = 'count' | 'value';
export type FunnelOrientation = 'vertical' | 'horizontal';

const ROW = 64;
const BAR = 30;

export interface FunnelLayoutInput {
  result: FunnelResult;
  width: number;
  height: number;
  measure: FunnelMeasure;
  orientation: FunnelOrientation;
  active: number;
  selected: number;
  format: Formatters;
}

/** "1 deal", "2,049 deals". */
export const dealCount = (count: number, f: Formatters): string => `${f.count(count)} ${count === 1 ? 'deal' : 'deals'}`;

export function stageFigure(stage: FunnelResult['stages'][number], measure: FunnelMeasure, f: Formatters): string {
  const deals = dealCount(stage.count, f);
  return measure === 'value' ? `${f.money(stage.value)} · ${deals}` : `${deals} · ${f.moneyCompact(stage.value)}`;
}

export function stageConversion(stage: FunnelResult['stages'][number], index: number, f: Formatters): string {
  if (index === 0) return '';
  return `${f.percent(stage.fromPrevious)} of previous · ${f.percent(stage.fromFirst)} of first · ${f.count(stage.dropOff)} dropped`;
}

export function layoutFunnel({ result, width, height, measure, orientation, active, selected, format: f }: FunnelLayoutInput): FunnelLayout {
  const stages = result.stages;
  const magnitude = (i: number) => (measure === 'value' ? (stages[i]?.value ?? 0) : (stages[i]?.count ?? 0));
  const max = Math.max(1e-9, ...stages.map((_, i) => magnitude(i)));
  const focusIndex = Math.max(0, active);
  const mark = (i: number, geometry: Pick<FunnelMark, 'x' | 'y' | 'width' | 'height'>): FunnelMark => {
    const stage = stages[i] as FunnelResult['stages'][number];
    const figure = stageFigure(stage, measure, f);
    const days = stage.medianDays === null ? 'no finished stays' : `median ${f.days(stage.medianDays)} in stage`;
    return {
      key: stage.stage,
      ...geometry,
      label: stage.stage,
      figure,
      conversion: stageConversion(stage, i, f),
      bottleneck: stage.stage === result.bottleneck,
      days: stage.medianDays === null ? '' : `${stage.stage === result.bottleneck ? 'Bottleneck · ' : ''}median ${f.days(stage.medianDays)}`,
      // About 7 px a character at the small font size, plus padding.
      figureInside: geometry.width >= figure.length * 7 + 16,
      selected: i === selected,
      ariaLabel: `${stage.stage}: ${dealCount(stage.count, f)}, ${f.money(stage.value)}${i > 0 ? `, ${f.percent(stage.fromPrevious)} of previous stage` : ''}, ${days}${stage.stage === result.bottleneck ? ', bottleneck' : ''}`,
      tabIndex: i === focusIndex ? 0 : -1,
    };
  };

  if (orientation === 'horizontal') {
    // Not the host's height: the chart makes that height, so reading it back would grow forever.
    const chartHeight = Math.max(240, height);
    const x = scaleBand<number>().domain(stages.map((_, i) => i)).range([8, Math.max(60, width - 8)]).paddingInner(0.25).paddingOuter(0.1);
    const y = scaleLinear().domain([0, max]).range([0, chartHeight - 80]);
    const marks = stages.map((stage, i) => {
      const h = y(magnitude(i));
      const m = mark(i, { x: x(i) ?? 0, y: chartHeight - 40 - h, width: x.bandwidth(), height: h });
      // Side by side there is room for one short line under each bar; the rest is in the tooltip.
      return { ...m, conversion: i === 0 ? '' : `${f.percent(stage.fromPrevious)} of previous` };
    });
    return { width: Math.max(60, width), height: chartHeight, orientation, labelX: 0, badgeX: 0, marks };
  }

  // Vertical: the stage names in a left gutter, bars centred in the rest, room for the badge.
  const gutter = Math.min(160, Math.max(80, width * 0.22));
  const badge = width > 560 ? 170 : 0;
  const area = Math.max(40, width - gutter - 12 - badge);
  const w = scaleLinear().domain([0, max]).range([0, area]);
  const marks = stages.map((_, i) => {
    const bar = w(magnitude(i));
    const m = mark(i, { x: gutter + 12 + (area - bar) / 2, y: 22 + i * ROW, width: bar, height: BAR });
    // No column for time in stage on a narrow screen: the tooltip and the table still have it.
    return badge > 0 ? m : { ...m, days: '' };
  });
  return { width: Math.max(120, width), height: 22 + stages.length * ROW, orientation, labelX: gutter, badgeX: width - 4, marks };
}
