import type { Ticket } from '../schema/index.js';
import { codeColumn, valueList } from './columns.js';
import type { Dictionary } from './dictionary.js';
import type { TableSource } from './table-source.js';

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

export function ticketColumns(source: TableSource<Ticket>, dicts: { agents: Dictionary; accounts: Dictionary }): TicketColumns {
  const { length } = source;
  return {
    length,
    id: valueList(length, source.values('id')) as string[],
    openedAt: source.numbers('openedAt'),
    firstResponseAt: source.numbers('firstResponseAt'),
    resolvedAt: source.numbers('resolvedAt'),
    contacts: source.numbers('contacts'),
    agent: codeColumn(length, source.values('agent'), dicts.agents),
    account: codeColumn(length, source.values('accountId'), dicts.accounts),
  };
}
