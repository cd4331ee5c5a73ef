/**
 * A KPI against its previous period and its target: the change, its direction, and whether
 * that direction is an improvement for this metric. Pure numbers; words are in kpi-words.ts.
 */
import type { GoodDirection, KpiValueKind } from './kpi-catalog.js';

export interface KpiDelta {
  /** current − previous; null when either is missing. */
  change: number | null;
  /** change ÷ |previous|; null when either is missing or previous is 0. */
  relative: number | null;
  /** `flat` when the two are equal (to 1e-9 of their size); null without both. */
  direction: 'up' | 'down' | 'flat' | null;
  /** The direction judged by the metric's good direction; null without both. */
  verdict: 'better' | 'worse' | 'unchanged' | null;
}

export interface KpiTarget {
  value: number;
  /** Whether the current value is on the good side of the target (or on it); null without a value. */
  met: boolean | null;
  /** For an up-is-good metric, value ÷ target (1 = reached); null for down-is-good, a missing value or a target ≤ 0. */
  reached: number | null;
}

const missing = (n: number | null | undefined): n is null | undefined => n === null || n === undefined || !Number.isFinite(n);

export function kpiDelta(current: number | null | undefined, previous: number | null | undefined, good: GoodDirection): KpiDelta {
  if (missing(current) || missing(previous)) return { change: null, relative: null, direction: null, verdict: null };
  const change = current - previous;
  // Two sums of the same amounts in another order differ in the last bits; that is no change.
  const flat = Math.abs(change) <= 1e-9 * Math.max(1, Math.abs(current), Math.abs(previous));
  const direction = flat ? 'flat' : change > 0 ? 'up' : 'down';
  const verdict = direction === 'flat' ? 'unchanged' : direction === good ? 'better' : 'worse';
  return { change: flat ? 0 : change, relative: previous === 0 ? null : (flat ? 0 : change) / Math.abs(previous), direction, verdict };
}

export function kpiTarget(value: number | null | undefined, target: number, good: GoodDirection): KpiTarget {
  if (missing(value)) return { value: target, met: null, reached: null };
  const met = good === 'up' ? value >= target : value <= target;
  return { value: target, met, reached: good === 'up' && target > 0 ? value / target : null };
}

/**
 * The `target` attribute in the metric's own units: a fraction for a percentage (`0.4`, or
 * `40%`), points for NPS, an amount for money. A percentage target above 1 without `%` is
 * refused, since `40` for a 40% win rate would be read as 4,000%.
 *
 * @throws RangeError naming the attribute and the value.
 */
export function parseTarget(raw: string | number | null | undefined, kind: KpiValueKind): number | null {
  if (raw === null || raw === undefined || raw === '') return null;
  const text = String(raw).trim();
  const percent = text.endsWith('%');
  const n = Number(percent ? text.slice(0, -1) : text);
  if (text === '' || !Number.isFinite(n)) throw new RangeError(`target: expected a number, got ${JSON.stringify(raw)}`);
  if (percent) {
    if (kind !== 'percent') throw new RangeError(`target: ${JSON.stringify(raw)} is a percentage, but this metric is not one (write a plain number)`);
    return n / 100;
  }
  if (kind === 'percent' && Math.abs(n) > 1) {
    throw new RangeError(`target: ${JSON.stringify(raw)} for a percentage; write a fraction (${n / 100}) or ${n}%`);
  }
  return n;
}
