/**
 * The grid's numbers as one table: a row per customer with its group, loyalty, profitability and
 * revenue. Every customer goes to the CSV; the table view shows the first {@link TABLE_ROWS}
 * (100k rows of DOM would freeze the page) and its caption says so.
 */
import type { Formatters } from '../../format/formatters.js';
import type { RelationshipGroupsResult } from '../../metrics/customers/relationship-groups.js';
import type { Cell, TableData } from '../shared/table-data.js';
import { GROUPS, type CustomerColumns } from './grid-classify.js';
import { GROUP_NAMES, loyaltyText, profitabilityName, profitabilityText } from './grid-text.js';

/** Rows of customers the table view shows (the CSV has every customer). */
export const TABLE_ROWS = 250;

/** `rows` holds every customer (raw values, for CSV); `text` the first TABLE_ROWS, formatted. */
export function customerTable(result: RelationshipGroupsResult, columns: CustomerColumns, revenue: Float64Array | null, f: Formatters): TableData {
  const axes = result.axes;
  const loyaltyLabel = axes.loyalty === 'regularity' ? 'Regularity (share of months)' : 'Tenure (months)';
  // Revenue gets its own column unless it is the profitability axis already.
  const withRevenue = !(axes.profitability === 'revenue' && axes.per === 'total');
  const header = [{ label: 'Account' }, { label: 'Group' }, { label: loyaltyLabel, numeric: true }, { label: profitabilityName(axes), numeric: true }, ...(withRevenue ? [{ label: 'Revenue', numeric: true }] : [])];
  const n = columns.ids.length;
  const rows = Array.from({ length: n }, (_, i): Cell[] => {
    const row: Cell[] = [columns.ids[i]!, GROUPS[columns.group[i]!]!, columns.loyalty[i]!, columns.profitability[i]!];
    if (withRevenue) row.push(revenue?.[i] ?? null);
    return row;
  });
  const text = Array.from({ length: Math.min(n, TABLE_ROWS) }, (_, i) => {
    const cells = [columns.ids[i]!, GROUP_NAMES[GROUPS[columns.group[i]!]!], loyaltyText(axes, columns.loyalty[i]!, f), profitabilityText(axes, columns.profitability[i]!, f)];
    if (withRevenue) cells.push(f.money(revenue?.[i]));
    return cells;
  });
  const shown = n > TABLE_ROWS ? ` — the first ${f.count(TABLE_ROWS)} of ${f.count(n)} are shown; the CSV download lists every one` : '';
  return { caption: `Customers by relationship group${shown}`, columns: header, rows, text };
}
