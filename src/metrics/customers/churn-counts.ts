/**
 * The counts behind churn-rate, retention-rate and retention-cost: customers active at the
 * start of the period, those lost during it and those retained, under one lost-at definition.
 */
import { customerSince } from '../revenue/customer-since.js';
import { numberOption, type MetricOptions } from '../options.js';
import { passes, type MetricScope } from '../scope.js';
import { churnStatus, LOST, NOT_IN_BASE, type ChurnStatus } from './customer-status.js';
import { DEFAULT_INACTIVE_DAYS, lostAt, type LostDefinition, type LostTimes } from './lost-at.js';

/** The option every metric built on lost-at takes (DESIGN.md's `inactive-days`). */
export const LOST_OPTIONS = ['inactiveDays'] as const;

/** The lost-at times for a metric's `definition` and `inactiveDays` option (checked: 1 day to a century). */
export function lostTimesFor(metric: string, scope: MetricScope, options: Readonly<MetricOptions>, definition: string): LostTimes {
  const inactiveDays = numberOption(metric, 'inactiveDays', options.inactiveDays, DEFAULT_INACTIVE_DAYS, 1, 36_525);
  return lostAt(scope.table, definition as LostDefinition, inactiveDays);
}

export interface ChurnCounts {
  /** Customers active at the period's start (see `churnStatus` for an open start). */
  base: number;
  /** Of the base, customers lost during [from, to). */
  lost: number;
  /** base − lost. */
  retained: number;
}

/**
 * Counts the accounts passing the scope's filters by their churn status in the scope's range.
 * `visit`, when given, sees every account in the base with its status and customer-since
 * (retention cost picks the retained ones of long tenure).
 */
export function churnCounts(scope: MetricScope, lost: Float64Array, visit?: (account: number, status: ChurnStatus, since: number) => void): ChurnCounts {
  const since = customerSince(scope.table);
  const { from, to } = scope;
  let base = 0;
  let lostCount = 0;
  for (let a = 0; a < since.length; a++) {
    const status = churnStatus(from, to, since[a] as number, lost[a] as number);
    if (status === NOT_IN_BASE || !passes(scope, a)) continue;
    base++;
    if (status === LOST) lostCount++;
    visit?.(a, status, since[a] as number);
  }
  return { base, lost: lostCount, retained: base - lostCount };
}
