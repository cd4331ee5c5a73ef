/**
 * The two axes of the customer relationship grid, per customer, in typed arrays: loyalty
 * (tenure in months, or purchase regularity) and profitability (margin, or revenue; in total or
 * per year of tenure). See `relationship-groups.ts` for the definitions.
 */
import { frameIndex, periodFrame } from '../../table/period-frame.js';
import { periodKeysOf } from '../period-key-cache.js';
import type { MetricScope } from '../scope.js';
import { accountsKept, dataEnd, DAYS_PER_MONTH, localDayReader, purchaseRows, type PurchaseRows } from './customer-activity.js';
import { purchaseTotals, raiseToLastInteraction } from './customer-activity-totals.js';
import { distinctPurchasePeriods } from './customer-activity-periods.js';

export type LoyaltyAxis = 'tenure' | 'regularity';
export type ProfitabilityAxis = 'margin' | 'revenue';
export type ProfitabilityPer = 'total' | 'year';

export interface AxesRequest {
  readonly loyalty: LoyaltyAxis;
  readonly profitability: ProfitabilityAxis | 'auto';
  readonly per: ProfitabilityPer;
}

export interface RelationshipAxes {
  /** Account rows of the customers, in account order; the arrays below are parallel to it. */
  readonly customers: Int32Array;
  readonly loyalty: Float64Array;
  readonly profitability: Float64Array;
  /** Net revenue in [from, to). */
  readonly revenue: Float64Array;
  /** The profitability measure used (`auto` resolved). */
  readonly profitabilityAxis: ProfitabilityAxis;
}

function profitabilityAxisOf(requested: AxesRequest['profitability'], rows: PurchaseRows, costless: number, customers: number): ProfitabilityAxis {
  const costsKnown = rows.cost !== null && costless === 0 && customers > 0;
  if (requested === 'auto') return costsKnown ? 'margin' : 'revenue';
  if (requested === 'margin' && !costsKnown && customers > 0) {
    const why = rows.cost === null ? 'won deals carry no cost' : `${costless} purchases in scope have no cost`;
    throw new RangeError(`relationship-groups: profitability "margin" needs a cost on every purchase (${why}); use "revenue" or "auto"`);
  }
  return requested;
}

/** Share of months, from the first purchase's through the as-of month, with a purchase. */
function regularity(scope: MetricScope, rows: PurchaseRows, first: Int32Array, customers: Int32Array): Float64Array {
  if (customers.length === 0) return new Float64Array(0);
  let earliest = Infinity;
  for (let j = 0; j < customers.length; j++) earliest = Math.min(earliest, rows.at[first[customers[j]!]!]!);
  const end = Math.min(scope.to, dataEnd(scope.table) + 1);
  // The months of `bucketTimes(rows.at, 'month', …)`, from the table's cached period keys.
  const months = periodFrame('month', { timeZone: scope.timeZone, from: earliest, to: end });
  const index = frameIndex(months, periodKeysOf(scope.table, rows.at, 'month', scope.timeZone), rows.at);
  const firstMonth = new Int32Array(first.length).fill(-1);
  for (let j = 0; j < customers.length; j++) firstMonth[customers[j]!] = index[first[customers[j]!]!]!;
  const active = distinctPurchasePeriods(rows, index, firstMonth, months.count);
  const out = new Float64Array(customers.length);
  for (let j = 0; j < customers.length; j++) {
    const a = customers[j]!;
    out[j] = active[a]! / (months.count - firstMonth[a]!);
  }
  return out;
}

export function relationshipAxes(scope: MetricScope, request: AxesRequest): RelationshipAxes {
  const rows = purchaseRows(scope.table);
  const kept = accountsKept(scope);
  const { first, firstAt, last, revenue, cost, buyer, costless } = purchaseTotals(scope, rows, kept);
  let count = 0;
  for (let a = 0; a < buyer.length; a++) count += buyer[a]!;
  const customers = new Int32Array(count);
  for (let a = 0, j = 0; a < buyer.length; a++) if (buyer[a] === 1) customers[j++] = a;
  const profitabilityAxis = profitabilityAxisOf(request.profitability, rows, costless, count);

  const localDay = localDayReader(scope.timeZone);
  raiseToLastInteraction(scope.table, kept, scope.to, last);
  const fromDay = Number.isFinite(scope.from) ? localDay(scope.from) : -Infinity;
  const regular = request.loyalty === 'regularity' ? regularity(scope, rows, first, customers) : null;
  const loyalty = new Float64Array(count);
  const profitability = new Float64Array(count);
  const customerRevenue = new Float64Array(count);
  const margin = profitabilityAxis === 'margin';
  const perYear = request.per === 'year';
  for (let j = 0; j < count; j++) {
    const a = customers[j]!;
    const firstDay = localDay(firstAt[a]!);
    const lastDay = localDay(last[a]!);
    loyalty[j] = regular ? regular[j]! : (lastDay - firstDay) / DAYS_PER_MONTH;
    customerRevenue[j] = revenue[a]!;
    const value = margin ? revenue[a]! - cost[a]! : revenue[a]!;
    // Per year of the tenure inside the range, at least a month: a one-day customer is not annualised ×365.
    const months = Math.max(1, (lastDay - Math.max(firstDay, fromDay)) / DAYS_PER_MONTH);
    profitability[j] = perYear ? value / (months / 12) : value;
  }
  return { customers, loyalty, profitability, revenue: customerRevenue, profitabilityAxis };
}
