/**
 * Everything a KPI tile shows, from the table and the tile's settings: the metric over the
 * current and the previous range (kpi-ranges.ts), the change between them, the target, and the
 * per-period series of the sparkline. Every number is the engine's (`runMetric` on the metric's
 * module, which the tile loads first: kpi-metrics.ts); nothing is drawn here.
 */
import type { MetricOptions } from '../../metrics/options.js';
import type { MetricId } from '../../metrics/registry.js';
import type { ScalarResult, SeriesPoint } from '../../metrics/result.js';
import { runMetric } from '../../metrics/run-metric.js';
import { PERIODS, type CrmTable, type Period } from '../../table/index.js';
import { definitionText, kpiEntry, type GoodDirection, type KpiValueKind } from './kpi-catalog.js';
import { kpiDelta, kpiTarget, parseTarget, type KpiDelta, type KpiTarget } from './kpi-delta.js';
import { kpiMetric, loadKpiMetric } from './kpi-metrics.js';
import { kpiRanges, sparklineRange, type KpiRanges, type TimeRange } from './kpi-ranges.js';
import { elementCompute } from '../shared/element-compute.js';

/** Options the tile sets itself; a metric option of the same name would contradict an attribute. */
const TILE_OPTIONS = ['from', 'to', 'period', 'timeZone', 'segment', 'owner', 'definition'];

export const MIN_POINTS = 2;
export const MAX_POINTS = 120;

export interface KpiInput {
  metric: string | null | undefined;
  from?: string | undefined;
  to?: string | undefined;
  segment?: string | undefined;
  owner?: string | undefined;
  timeZone?: string | undefined;
  /** The sparkline's period (none without it), and the length of "the last full period". */
  period?: string | null | undefined;
  /** Periods in the sparkline. */
  points?: number | undefined;
  definition?: string | null | undefined;
  /** The metric's own options (`inactiveDays`, `scale`, …), as an object or JSON text. */
  options?: string | Readonly<Record<string, unknown>> | null | undefined;
  /** In the metric's units (kpi-delta.ts `parseTarget`). */
  target?: string | number | null | undefined;
}

export interface KpiResult {
  metric: MetricId;
  label: string;
  good: GoodDirection;
  kind: KpiValueKind;
  /** The definition the engine applied (an `auto` resolved), and its words. */
  definition: string;
  formula: string;
  /** Words for a missing value ("no deals closed"); empty for a sum that cannot be missing. */
  empty: string;
  /** Null when the ranges depend on the data and it has no time at all (nothing to show). */
  ranges: KpiRanges | null;
  current: ScalarResult | null;
  previous: ScalarResult | null;
  delta: KpiDelta;
  target: KpiTarget | null;
  period: Period | null;
  /** The sparkline's periods (null without `period`); a point's `value` is null where it cannot be computed. */
  series: SeriesPoint[] | null;
  sparkRange: TimeRange | null;
}

function periodOf(value: string | null | undefined): Period | null {
  if (value === null || value === undefined || value === '') return null;
  if (!(PERIODS as readonly string[]).includes(value)) throw new RangeError(`period: ${JSON.stringify(value)} is not one of ${PERIODS.join(', ')}`);
  return value as Period;
}

function pointsOf(value: number | undefined): number {
  if (value === undefined || value === null) return 12;
  if (!Number.isInteger(value) || value < MIN_POINTS || value > MAX_POINTS) {
    throw new RangeError(`points: expected a whole number from ${MIN_POINTS} to ${MAX_POINTS}, got ${String(value)}`);
  }
  return value;
}

/** The metric's own options: an object, or JSON text of one, without the tile's own names. */
export function metricOptionsOf(raw: KpiInput['options']): Record<string, unknown> {
  if (raw === null || raw === undefined || raw === '') return {};
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new RangeError(`options: not JSON (${(error as Error).message})`);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RangeError(`options: expected a JSON object of the metric's own options, got ${JSON.stringify(raw)}`);
  const clash = Object.keys(value).find((name) => TILE_OPTIONS.includes(name));
  if (clash) throw new RangeError(`options: "${clash}" is set by the tile's own attribute, not in options`);
  return value as Record<string, unknown>;
}

export function computeKpi(table: CrmTable, input: KpiInput): KpiResult {
  const entry = kpiEntry(input.metric);
  const metric = input.metric as MetricId;
  const period = periodOf(input.period);
  const points = pointsOf(input.points);
  const timeZone = input.timeZone || 'UTC';
  const options: MetricOptions = { ...metricOptionsOf(input.options) };
  if (input.segment) options.segment = input.segment;
  if (input.owner) options.owner = input.owner;
  if (input.timeZone) options.timeZone = input.timeZone;
  if (input.definition) options.definition = input.definition;
  const target = parseTarget(input.target, entry.kind);

  const ranges = kpiRanges({ from: input.from, to: input.to, period: period ?? undefined, timeZone, dataSpan: table.timeSpan });
  const base = { metric, label: entry.label, good: entry.good, kind: entry.kind, period };
  if (!ranges) {
    const definition = input.definition || (Object.keys(entry.definitions)[0] as string);
    const { formula, empty } = definitionText(entry, definition);
    const delta = kpiDelta(null, null, entry.good);
    return { ...base, definition, formula, empty, ranges, current: null, previous: null, delta, target: null, series: null, sparkRange: null };
  }
  const over = (range: TimeRange, extra: MetricOptions = {}) => runMetric(kpiMetric(metric), table, { ...options, ...extra, from: range.from, to: range.to }) as ScalarResult;
  const current = over(ranges.current);
  const previous = over(ranges.previous);
  const sparkRange = period ? sparklineRange(ranges.current, period, points, table.timeSpan, timeZone) : null;
  const series = period && sparkRange ? (over(sparkRange, { period }).series ?? []) : null;
  const words = definitionText(entry, current.definition);
  return {
    ...base,
    definition: current.definition,
    formula: words.formula,
    empty: words.empty,
    ranges,
    current,
    previous,
    delta: kpiDelta(current.value, previous.value, entry.good),
    target: target === null ? null : kpiTarget(current.value, target, entry.good),
    series,
    sparkRange,
  };
}

/**
 * The tile's computation under its key, for the load worker (src/worker/compute-registry.ts),
 * which imports the metric's module first as the tile itself does (kpi.ts, `scheduleUpdate`).
 */
export const kpiCompute = elementCompute('kpi', computeKpi, (input: KpiInput) => loadKpiMetric(input.metric));
