/**
 * Each customer's net revenue in [from, to): what the quadrants' revenue and share add up while
 * a threshold is dragged. The engine's result carries it per group, not per customer; when the
 * profitability axis is revenue in total it is the customer's y value, otherwise (margin, or
 * per year) it is summed here from the same purchase rows the engine reads (orders, else won
 * deals), in the same row order, so the sums agree with the engine's to the last bit.
 */
import { purchaseRows, ROLE } from '../../metrics/customers/customer-activity.js';
import type { RelationshipGroupsResult } from '../../metrics/customers/relationship-groups.js';
import type { MetricOptions } from '../../metrics/options.js';
import { createScope } from '../../metrics/scope.js';
import type { CrmTable } from '../../table/index.js';
import type { CustomerColumns } from './grid-classify.js';

export function customerRevenue(table: CrmTable, options: MetricOptions, result: RelationshipGroupsResult, columns: CustomerColumns): Float64Array {
  if (result.axes.profitability === 'revenue' && result.axes.per === 'total') return columns.profitability;
  const { from, to } = createScope(table, options);
  const rows = purchaseRows(table);
  const perAccount = new Float64Array(table.accounts.length);
  for (let i = 0; i < rows.length; i++) {
    const a = rows.account[i]!;
    const t = rows.at[i]!;
    if (a < 0 || rows.role[i] === ROLE.none || !(t >= from && t < to)) continue;
    perAccount[a] = perAccount[a]! + rows.amount[i]!;
  }
  const ids = table.accounts.ids;
  return Float64Array.from(columns.ids, (id) => perAccount[ids.codeOf(id)] ?? 0);
}
