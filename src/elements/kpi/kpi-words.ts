/**
 * A KPI's numbers in words for its locale: the value by its kind, the change against the
 * previous period, the verdict, and why a value is missing. `—` never stands alone: a missing
 * value always comes with its reason.
 */
import type { Formatters } from '../../format/formatters.js';
import type { KpiValueKind } from './kpi-catalog.js';
import type { KpiDelta } from './kpi-delta.js';

const MINUS = '\u2212';

/** The value as the tile shows it; `compact` shortens money ($1.2M). */
export function formatValue(kind: KpiValueKind, value: number | null | undefined, f: Formatters, compact = false): string {
  switch (kind) {
    case 'percent':
      return f.percent(value);
    case 'money':
      return compact && value !== null && value !== undefined && Math.abs(value) >= 10_000 ? f.moneyCompact(value) : f.money(value);
    case 'count':
      return f.count(value);
    case 'days':
      return f.days(value);
    case 'score':
      return f.number(value, 1);
    case 'points':
      return f.number(value, 0);
    case 'multiple':
      return value === null || value === undefined || Number.isNaN(value) ? f.number(value) : `${f.number(value, 1)} : 1`;
  }
}

const signOf = (n: number) => (n > 0 ? '+' : n < 0 ? MINUS : '');

/**
 * The change as a short figure: percentage points for a percentage (+3.1 pts), the plain
 * difference for scores, NPS points and multiples (+0.4), and the relative change for amounts
 * and counts (+12.5%) — or their difference when the previous value was 0.
 */
export function formatChange(kind: KpiValueKind, delta: KpiDelta, f: Formatters): string {
  const { change, relative } = delta;
  if (change === null) return f.number(null);
  const sign = signOf(change);
  switch (kind) {
    case 'percent':
      return `${sign}${f.number(Math.abs(change) * 100, 1)} pts`;
    case 'score':
    case 'multiple':
      return `${sign}${f.number(Math.abs(change), 1)}`;
    case 'points':
      return `${sign}${f.number(Math.abs(change), 0)}`;
    default:
      return relative === null ? `${sign}${formatValue(kind, Math.abs(change), f)}` : `${sign}${f.percent(Math.abs(relative), 1)}`;
  }
}

/** The arrow beside the change: up, down, or level. */
export function arrowOf(delta: KpiDelta): string {
  return delta.direction === 'up' ? '▲' : delta.direction === 'down' ? '▼' : delta.direction === 'flat' ? '◆' : '';
}

/** "no deals closed in Sep 2024", or the fallback for a metric whose sum cannot be missing. */
export function missingWords(empty: string, rangeText: string): string {
  return `${empty || 'nothing to compute from'} in ${rangeText}`;
}

/**
 * The comparison in words: "better than Sep 2024 (20.4%)", "worse than …", "same as …", or
 * why there is none, `whyNone` ("no deals closed in Sep 2024"): "no comparison: …".
 */
export function comparisonWords(delta: KpiDelta, previousText: string, previousRange: string, whyNone: string): string {
  switch (delta.verdict) {
    case 'better':
      return `better than ${previousRange} (${previousText})`;
    case 'worse':
      return `worse than ${previousRange} (${previousText})`;
    case 'unchanged':
      return `same as ${previousRange} (${previousText})`;
    default:
      return `no comparison: ${whyNone}`;
  }
}

/** A sentence start with a capital letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
