/**
 * A dashboard's cross-filter: the data narrowed to what one element selected. A selection of
 * deals keeps those deals and their accounts; a selection of accounts keeps those accounts with
 * all their deals, orders and the rest (src/table/subset-table.ts).
 */
import type { LoadedData } from '../controllers/data-source-controller.js';
import { subsetTable } from '../table/subset-table.js';
import type { DashboardSelection } from './dashboard-context.js';

export function crossFiltered(loaded: LoadedData, selection: Pick<DashboardSelection, 'table' | 'ids'>): LoadedData {
  const { accounts, deals } = loaded.table;
  const keepAccounts = new Uint8Array(accounts.length);
  if (selection.table === 'accounts') {
    for (const id of selection.ids) {
      const code = accounts.ids.codeOf(id);
      if (code >= 0) keepAccounts[code] = 1;
    }
    return { ...loaded, table: subsetTable(loaded.table, { accounts: keepAccounts }) };
  }
  const keepDeals = new Uint8Array(deals.length);
  for (const id of selection.ids) {
    const code = deals.ids.codeOf(id);
    if (code < 0) continue;
    keepDeals[code] = 1;
    const account = deals.account[code]!;
    if (account >= 0) keepAccounts[account] = 1;
  }
  return { ...loaded, table: subsetTable(loaded.table, { accounts: keepAccounts, deals: keepDeals }) };
}
