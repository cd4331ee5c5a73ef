/**
 * The won deals behind one mark of the sales cycle — a histogram bin, an owner, a period — under
 * the same options as `computeMetric('sales-cycle', …)`: what a `crm-select` on that mark hands
 * to the rest of a dashboard. The deals are chosen by the metric's rules (won, closed in
 * [from, to), passing the segment and owner filters, closed no earlier than created) and each
 * group by the metric's own: days in [from, to), the deal's owner else its account's, and the
 * period of `closedAt` bucketed over the same closes.
 */
import { bucketTimes, OUTCOME, type CrmTable } from '../../table/index.js';
import { MS_PER_DAY } from '../../table/period-keys.js';
import type { MetricOptions } from '../options.js';
import { createScope, inRange, isFiltered, passes } from '../scope.js';
import { effectiveOwner, ownerName } from './row-links.js';

/** Which won deals: a bin of cycle days `[from, to)`, an owner (null: none), or a period by its first day. */
export type SalesCycleGroup = { by: 'days'; from: number; to: number } | { by: 'owner'; owner: string | null } | { by: 'period'; start: string };

/** Ids of the won deals of `group`, in row order. */
export function salesCycleDeals(table: CrmTable, options: MetricOptions, group: SalesCycleGroup): string[] {
  const scope = createScope(table, options);
  const { deals } = table;
  const filtered = isFiltered(scope);
  const rows: number[] = [];
  for (let i = 0; i < deals.length; i++) {
    if (deals.outcome[i] !== OUTCOME.won) continue;
    const closed = deals.closedAt[i] as number;
    if (!inRange(scope, closed)) continue;
    if (filtered && !passes(scope, deals.account[i] as number, deals.owner[i])) continue;
    if (!(closed >= (deals.createdAt[i] as number))) continue;
    rows.push(i);
  }
  let keep: (i: number, n: number) => boolean;
  if (group.by === 'days') {
    keep = (i) => {
      const days = ((deals.closedAt[i] as number) - (deals.createdAt[i] as number)) / MS_PER_DAY;
      return days >= group.from && days < group.to;
    };
  } else if (group.by === 'owner') {
    keep = (i) => ownerName(table, effectiveOwner(table, deals.account[i] as number, deals.owner[i] as number)) === group.owner;
  } else {
    // Bucketed over the same closes as the metric's series, so the periods are the same ones.
    const closes = Float64Array.from(rows, (i) => deals.closedAt[i] as number);
    const finite = (t: number) => (Number.isFinite(t) ? t : undefined);
    const buckets = bucketTimes(closes, scope.period ?? 'month', { timeZone: scope.timeZone, from: finite(scope.from), to: finite(scope.to) });
    const wanted = buckets.labels.indexOf(group.start);
    keep = (_i, n) => wanted >= 0 && buckets.index[n] === wanted;
  }
  return rows.filter((i, n) => keep(i, n)).map((i) => deals.ids.values[i] as string);
}
