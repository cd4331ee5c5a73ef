/**
 * When a test/control comparison is too small to trust, and how uncertain the conversion lift is.
 *
 * The rule: each group needs at least `minAccounts` accounts (default 30), and at least 5 that
 * converted and 5 that did not. Those are the usual conditions for treating a group's conversion
 * rate as roughly normal (n·p ≥ 5 and n·(1 − p) ≥ 5), which the interval below relies on; under
 * them a single lucky deal can swing the rate by several points.
 *
 * The interval: the 95% Wald interval of the difference of two proportions,
 * d ± 1.96 · √(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂). Revenue per account gets none: the metric gives
 * each group's total, not its spread, and revenue is too skewed for a normal guess.
 */
import type { ControlLiftResult, LiftGroup } from '../../metrics/marketing/control-lift.js';

export const MIN_GROUP_ACCOUNTS = 30;
export const MIN_GROUP_OUTCOMES = 5;
const Z_95 = 1.959963984540054;

/** Why a group is too small: the first count under its minimum. */
export interface TooSmall {
  count: 'accounts' | 'converted' | 'not converted';
  value: number;
  minimum: number;
}

/** The reason `group` is too small to trust, or null when it is large enough. */
export function tooSmall(group: LiftGroup, minAccounts = MIN_GROUP_ACCOUNTS): TooSmall | null {
  if (group.accounts < minAccounts) return { count: 'accounts', value: group.accounts, minimum: minAccounts };
  if (group.converted < MIN_GROUP_OUTCOMES) return { count: 'converted', value: group.converted, minimum: MIN_GROUP_OUTCOMES };
  const missed = group.accounts - group.converted;
  if (missed < MIN_GROUP_OUTCOMES) return { count: 'not converted', value: missed, minimum: MIN_GROUP_OUTCOMES };
  return null;
}

/** The 95% interval of test − control conversion, or null when either group is too small. */
export function conversionLiftInterval(result: ControlLiftResult, minAccounts = MIN_GROUP_ACCOUNTS): [number, number] | null {
  const { test, control, lift } = result;
  if (tooSmall(test, minAccounts) || tooSmall(control, minAccounts) || lift.conversion === null) return null;
  const p1 = test.conversion as number;
  const p2 = control.conversion as number;
  const half = Z_95 * Math.sqrt((p1 * (1 - p1)) / test.accounts + (p2 * (1 - p2)) / control.accounts);
  return [lift.conversion - half, lift.conversion + half];
}
