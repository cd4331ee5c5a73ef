import type { Ticket } from '../schema/index.js';
import { codeColumn, numberColumn, timeColumn } from './columns.js';
import type { Dictionary } from './dictionary.js';

/** Support tickets as columns; `resolvedAt` is NaN while a ticket is open. */
export interface TicketColumns {
  length: number;
  /** Row ids in input order (not indexed: nothing refers to these rows). */
  id: readonly string[];
  openedAt: Float64Array;
  firstResponseAt: Float64Array;
  resolvedAt: Float64Array;
  contacts: Float64Array;
  agent: Int32Array;
  account: Int32Array;
}

export function ticketColumns(rows: readonly Ticket[], dicts: { agents: Dictionary; accounts: Dictionary }): TicketColumns {
  return {
    length: rows.length,
    id: rows.map((r) => r.id),
    openedAt: timeColumn(rows, (r) => r.openedAt),
    firstResponseAt: timeColumn(rows, (r) => r.firstResponseAt),
    resolvedAt: timeColumn(rows, (r) => r.resolvedAt),
    contacts: numberColumn(rows, (r) => r.contacts),
    agent: codeColumn(rows, (r) => r.agent, dicts.agents),
    account: codeColumn(rows, (r) => r.accountId, dicts.accounts),
  };
}
