/**
 * Where the data starts and ends, worked out from the parsed rows independently of the engine
 * (and outside any timing): the peers take these as constants, as the engine takes its table's
 * `timeSpan` (built with the table) and its cached "observed end".
 */
import type { Dataset } from '../../src/metrics.js';

export interface DataBounds {
  /** Earliest and latest time in any table, every time field (the engine's `table.timeSpan`). */
  spanMin: number;
  spanMax: number;
  /**
   * Latest instant something happened (customer-activity.ts `dataEnd`): as the span, but without
   * subscription ends, campaign dates and cost dates (a term's end may be scheduled in the future).
   */
  observedEnd: number;
}

type Times = (number | undefined)[];

export function dataBounds(d: Dataset): DataBounds {
  let min = Infinity;
  let max = -Infinity;
  let observed = -Infinity;
  const see = (t: number | undefined, isObserved: boolean) => {
    if (t === undefined || Number.isNaN(t)) return;
    if (t < min) min = t;
    if (t > max) max = t;
    if (isObserved && t > observed) observed = t;
  };
  const each = <R>(rows: readonly R[] | undefined, times: (r: R) => Times, isObserved: boolean) => {
    for (const row of rows ?? []) for (const t of times(row)) see(t, isObserved);
  };
  each(d.accounts, (r) => [r.createdAt, r.churnedAt], true);
  each(d.deals, (r) => [r.createdAt, r.closedAt, ...(r.history ?? []).map((h) => h.at)], true);
  each(d.orders, (r) => [r.at], true);
  each(d.subscriptions, (r) => [r.start], true);
  each(d.subscriptions, (r) => [r.end], false);
  each(d.activities, (r) => [r.at], true);
  each(d.surveys, (r) => [r.at], true);
  each(d.tickets, (r) => [r.openedAt, r.firstResponseAt, r.resolvedAt], true);
  each(d.campaigns, (r) => [r.start, r.end], false);
  each(d.costs, (r) => [r.at], false);
  return { spanMin: min, spanMax: max, observedEnd: observed };
}
