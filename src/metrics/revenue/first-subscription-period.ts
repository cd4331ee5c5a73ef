import type { CrmTable } from '../../table/index.js';
import { passes, type MetricScope } from '../scope.js';
import { elapsedAt, subscriptionClock, termEnd } from './subscription-clock.js';

/** Per table: several series points and segments ask on the same dataset. */
const cache = new WeakMap<CrmTable, Int32Array>();

/** Per account row, its earliest-starting subscription term (ties: the first row), or -1. */
function firstTerms({ accounts, subscriptions }: CrmTable): Int32Array {
  const first = new Int32Array(accounts.length).fill(-1);
  for (let i = 0; i < subscriptions.length; i++) {
    const a = subscriptions.account[i] as number;
    const start = subscriptions.start[i] as number;
    if (a < 0 || Number.isNaN(start)) continue;
    const row = first[a] as number;
    if (row < 0 || start < (subscriptions.start[row] as number)) first[a] = i;
  }
  return first;
}

/**
 * new-revenue's `first-purchase` window on the `subscriptions` basis: what each customer paid
 * for its first billing period — the first period of its earliest-starting term — as far as
 * that period is earned within [from, to) (subscription-revenue.ts: evenly over the period, a
 * term ended early earning only its part). The subscription counterpart of first-purchase.ts's
 * first order or first won deal; recognised over time rather than at one instant, so the
 * periods of a series add up to the whole.
 */
export function firstPeriodRevenue(scope: MetricScope, periodMonths: number): number {
  const { subscriptions } = scope.table;
  let first = cache.get(scope.table);
  if (!first) cache.set(scope.table, (first = firstTerms(scope.table)));
  const clock = subscriptionClock(scope.table, periodMonths, scope.from, scope.to);
  let revenue = 0;
  for (let a = 0; a < first.length; a++) {
    const row = first[a] as number;
    if (row < 0) continue;
    const from = Math.max(subscriptions.start[row] as number, scope.from);
    const to = Math.min(termEnd(clock, row), scope.to);
    if (!(to > from) || !passes(scope, a)) continue;
    // Periods elapsed grow with time: capping both ends at one keeps the first period only.
    const periods = Math.min(1, elapsedAt(clock, row, to)) - Math.min(1, elapsedAt(clock, row, from));
    revenue += (subscriptions.amount[row] as number) * periods;
  }
  return revenue;
}
