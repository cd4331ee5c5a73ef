/**
 * From a KPI result and the sparkline's box to the marks the sparkline draws: positions and
 * words here, SVG in src/charts/sparkline.ts, numbers in the engine.
 */
import { sparkArea, sparkPath, type SparkLayout } from '../../charts/sparkline.js';
import type { Formatters } from '../../format/formatters.js';
import type { SeriesPoint } from '../../metrics/result.js';
import { resolveBoundary } from '../../table/index.js';
import type { KpiResult } from './kpi-compute.js';
import { formatValue, missingWords } from './kpi-words.js';
import { periodLabel } from './period-label.js';

/** Room above and below the line, so the dots and the stroke are not cut. */
const PAD = 4;

/** A point's words: "Oct 2024: 23.5% (8 / 34)" or "Oct 2024: — (no deals closed)". */
export function pointWords(result: KpiResult, point: SeriesPoint, f: Formatters): { title: string; value: string; detail: string } {
  const title = periodLabel(point.start, result.period ?? 'month', f);
  const value = formatValue(result.kind, point.value, f);
  const hasParts = point.numerator !== undefined && point.denominator !== undefined && result.kind !== 'multiple';
  const detail =
    point.value === null
      ? missingWords(result.empty, 'this period')
      : hasParts
        ? `${formatValue(result.kind === 'percent' || result.kind === 'points' ? 'count' : result.kind, point.numerator, f)} / ${f.count(point.denominator)}`
        : '';
  return { title, value, detail };
}

export interface SparkInput {
  result: KpiResult;
  width: number;
  height: number;
  active: number;
  format: Formatters;
}

export function layoutSparkline({ result, width, height, active, format: f }: SparkInput): SparkLayout {
  const series = result.series ?? [];
  const current = result.ranges?.current;
  const values = series.map((p) => p.value).filter((v): v is number => v !== null && Number.isFinite(v));
  const target = result.target?.value ?? null;
  if (target !== null) values.push(target);
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (!(max > min)) {
    // One value (or none): a level line through the middle.
    min = (Number.isFinite(min) ? min : 0) - 1;
    max = min + 2;
  }
  const y = (v: number) => PAD + (1 - (v - min) / (max - min)) * (height - 2 * PAD);
  const band = width / Math.max(1, series.length);
  const focusIndex = Math.max(0, active);
  const marks = series.map((point, i) => {
    const from = resolveBoundary(point.start, f.timeZone);
    const { title, value, detail } = pointWords(result, point, f);
    return {
      key: point.start,
      x: i * band,
      width: band,
      cx: (i + 0.5) * band,
      cy: point.value === null || !Number.isFinite(point.value) ? null : y(point.value),
      current: current !== undefined && from >= current.from && from < current.to,
      ariaLabel: `${title}: ${value}${detail ? ` (${detail})` : ''}`,
      tabIndex: i === focusIndex ? 0 : -1,
    };
  });
  return { width, height, line: sparkPath(marks), area: sparkArea(marks, height - PAD / 2), targetY: target === null ? null : y(target), marks };
}
