import { COST_CATEGORIES } from '../../table/index.js';
import { defineMetric } from '../metric-module.js';
import { ratio } from '../result.js';
import { inRange, isFiltered, type MetricScope } from '../scope.js';
import { churnCounts, LOST_OPTIONS, lostTimesFor } from './churn-counts.js';
import { seriesWindows } from './churn-periods.js';
import { dataEnd, RETAINED, YEAR_MS } from './customer-status.js';
import { LOST_DEFINITIONS, type ResolvedLostDefinition } from './lost-at.js';

const RETENTION = COST_CATEGORIES.indexOf('retention');

export interface RetentionCostFigures {
  /** spend / retained; null when either is unknown or nobody was retained. */
  costPerRetained: number | null;
  /** Costs of category `retention` in the range; null under a segment or owner filter. */
  spend: number | null;
  /** Customers active at the period's start and not lost in it (churn-rate's count). */
  retained: number;
  /** Revenue in the range of the long-tenure customers / their number. */
  averageRevenueLongTenure: number | null;
  /** Retained customers who had been customers for a year or more when the range started. */
  longTenureCustomers: number;
}

export interface RetentionCostResult extends RetentionCostFigures {
  definition: ResolvedLostDefinition;
  unit: 'currency';
  /** Why `spend` is null, when it is. */
  note?: string;
  /** With `period`: the figures of each period. */
  series?: ({ start: string } & RetentionCostFigures)[];
}

function retentionCostOver(scope: MetricScope, lost: Float64Array): RetentionCostFigures {
  const { costs, orders, accounts } = scope.table;
  // Tenure when the period starts, else (an open start: the whole data) when it ends.
  const tenureAt = Number.isFinite(scope.from) ? scope.from : dataEnd(scope);
  const longTenure = new Uint8Array(accounts.length);
  let longTenureCustomers = 0;
  const { retained } = churnCounts(scope, lost, (a, status, customerSince) => {
    if (status === RETAINED && tenureAt - customerSince >= YEAR_MS) {
      longTenure[a] = 1;
      longTenureCustomers++;
    }
  });
  let revenue = 0;
  for (let i = 0; i < orders.length; i++) {
    if (longTenure[orders.account[i] as number] === 1 && inRange(scope, orders.at[i] as number)) revenue += orders.amount[i] as number;
  }
  let spend: number | null = null;
  if (!isFiltered(scope)) {
    spend = 0;
    for (let i = 0; i < costs.length; i++) {
      if (costs.category[i] === RETENTION && inRange(scope, costs.at[i] as number)) spend += costs.amount[i] as number;
    }
  }
  return {
    costPerRetained: spend === null ? null : ratio(spend, retained),
    spend,
    retained,
    averageRevenueLongTenure: ratio(revenue, longTenureCustomers),
    longTenureCustomers,
  };
}

/**
 * Retention cost: what keeping a customer costs, against what a long-standing customer brings.
 *
 * `costPerRetained = retention spend in [from, to) / customers retained in it`
 * `averageRevenueLongTenure = revenue in [from, to) of retained customers with a year's tenure / their number`
 *
 * Seed 003 ("retaining customers costs money … the average revenue from long-term clients
 * should cover the costs of customer retention … use a suitable period"). Retained is
 * churn-rate's count (active at the start, not lost in the period; same definitions and
 * `inactiveDays`). Long tenure: a year (365.25 days) or more as a customer when the period
 * starts — exactly a year counts — so a yearly period compares the clients who were already
 * long-standing with the cost of keeping everyone; over the whole data (no `from`), tenure is
 * measured at its end. Revenue is order amounts, refunds included.
 *
 * Costs carry no account, so under a segment or owner filter the spend cannot be split:
 * `spend` and `costPerRetained` are then `null` (with a `note`) and the customer figures are
 * the filtered ones. Empty bases: `null`. With `period`, a `series` gives each period's figures.
 */
export const retentionCost = defineMetric({
  id: 'retention-cost',
  family: 'customers',
  definitions: LOST_DEFINITIONS,
  options: LOST_OPTIONS,
  kind: 'rich',
  compute(scope, options, definition): RetentionCostResult {
    const lost = lostTimesFor('retention-cost', scope, options, definition);
    const result: RetentionCostResult = { ...retentionCostOver(scope, lost.at), definition: lost.definition, unit: 'currency' };
    if (isFiltered(scope)) result.note = 'costs carry no account: retention spend cannot be split by segment or owner';
    if (scope.period) {
      result.series = seriesWindows(scope).map((w) => ({ start: w.start, ...retentionCostOver(scope.narrow(w.from, w.to), lost.at) }));
    }
    return result;
  },
});
