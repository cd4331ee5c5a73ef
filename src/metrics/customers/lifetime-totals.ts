/**
 * The sums behind lifetime-value, per segment group in one pass over the revenue basis' rows
 * (account-purchases.ts) and one over the accounts, so that the whole (the sum of the groups)
 * and every segment come from the same numbers and disjoint segments add up by construction.
 */
import { accountPurchases } from '../revenue/account-purchases.js';
import { customerSince } from '../revenue/customer-since.js';
import type { RevenueBasis } from '../revenue/revenue-basis.js';
import { passes, type MetricScope } from '../scope.js';
import { DAY_MS, YEAR_MS } from './customer-status.js';

/** Per group (a segment code, the last group for accounts without a segment). */
export interface LifetimeTotals {
  /** Revenue in the range on the basis, refunds included (they lower revenue). */
  revenue: Float64Array;
  /** Purchases in the range: positive orders or won deals, or paid subscription billing periods. */
  purchases: Float64Array;
  customers: Float64Array;
  /** Years the customers were customers within the range (exposure). */
  customerYears: Float64Array;
  /** `historic`: sum of the customers' lifespans in years. */
  lifespanYears: Float64Array;
  /** `churn`: customers lost in the range. */
  lost: Float64Array;
}

export type LifetimeDefinition = 'historic' | 'churn';

/** A short span still counts one day: a customer who first bought on the last day has a lifespan. */
const FLOOR_MS = DAY_MS;

function add(column: Float64Array, g: number, value: number): void {
  column[g] = (column[g] as number) + value;
}

function emptyTotals(groups: number): LifetimeTotals {
  const column = () => new Float64Array(groups);
  return { revenue: column(), purchases: column(), customers: column(), customerYears: column(), lifespanYears: column(), lost: column() };
}

/** Group of an account: its segment code, or `segments` for one without a segment. */
export function groupOf(scope: MetricScope, account: number): number {
  const segment = scope.table.accounts.segment[account] as number;
  return segment >= 0 ? segment : scope.table.segments.size;
}

/**
 * Sums by group for the accounts passing the scope's filters, in the range [start, end) —
 * the scope's range with open ends closed by the data (churn-periods.ts `coveredRange`).
 * `lost` is lost-at per account (NaN: not lost); revenue and purchases are on `basis`, a
 * subscription `amount` being per `periodMonths` months.
 */
export function lifetimeTotals(scope: MetricScope, definition: LifetimeDefinition, lost: Float64Array, start: number, end: number, basis: RevenueBasis, periodMonths: number): LifetimeTotals {
  const { accounts, segments } = scope.table;
  const totals = emptyTotals(segments.size + 1);
  // Per account: purchases and revenue in the range, first purchase ever, last one in the range.
  const { purchases, revenue, firstEver, lastInRange } = accountPurchases(scope.table, basis, start, end, periodMonths);
  const since = customerSince(scope.table);
  // Spans are measured as of the range's end, at most the data's last instant.
  const asOf = Math.min(end, scope.table.timeSpan.max);
  for (let a = 0; a < accounts.length; a++) {
    if (!passes(scope, a)) continue;
    const g = groupOf(scope, a);
    const l = lost[a] as number;
    // As of the range's end, a customer lost later is not lost yet.
    const lostBy = Number.isNaN(l) ? asOf : Math.min(asOf, l);
    if (definition === 'historic') {
      if (!((purchases[a] as number) > 0)) continue;
      // A customer stays one until lost, and at least until it last bought in the range.
      const until = Math.max(lostBy, lastInRange[a] as number);
      const first = firstEver[a] as number;
      add(totals.customers, g, 1);
      add(totals.lifespanYears, g, Math.max(until - first, FLOOR_MS) / YEAR_MS);
      add(totals.customerYears, g, Math.max(until - Math.max(first, start), FLOOR_MS) / YEAR_MS);
    } else {
      const s = since[a] as number;
      // A customer within the range: acquired before its end, not lost before its start (NaN fails).
      if (s < end && !(l < start) && !(l <= s)) {
        add(totals.customers, g, 1);
        add(totals.customerYears, g, Math.max(0, lostBy - Math.max(start, s)) / YEAR_MS);
        if (l < end) add(totals.lost, g, 1);
      }
    }
    add(totals.revenue, g, revenue[a] as number);
    add(totals.purchases, g, purchases[a] as number);
  }
  return totals;
}
