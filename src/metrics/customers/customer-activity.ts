/**
 * What the per-customer metrics (cohort retention, recency, relationship groups) share: the
 * accounts the segment and owner filters keep, where the data ends, the rows that carry
 * purchases, and local day numbers. Per-account results are typed arrays indexed by account
 * row; nothing is allocated per row.
 */
import { ABSENT, OUTCOME, type CrmTable } from '../../table/index.js';
import { zoneOffsets, type ZoneOffsets } from '../../time/zone.js';
import { isFiltered, passes, type MetricScope } from '../scope.js';

export const MS_PER_DAY = 86_400_000;
/** The average Gregorian month (365.2425 / 12 days): tenures in months without a calendar per row. */
export const DAYS_PER_MONTH = 30.436875;

/**
 * 1 for each account the segment and owner filters keep. Per-customer metrics filter through
 * the account (its segment, its owner): a customer is one account, whoever logged its rows.
 */
export function accountsKept(scope: MetricScope): Uint8Array {
  const n = scope.table.accounts.length;
  const kept = new Uint8Array(n);
  if (!isFiltered(scope)) return kept.fill(1);
  // A segment or owner no account has (code -1) keeps nobody; `passes` alone would keep the
  // accounts that have no segment or owner at all, whose code is -1 too.
  if (scope.segment === ABSENT || scope.owner === ABSENT) return kept;
  for (let a = 0; a < n; a++) kept[a] = passes(scope, a) ? 1 : 0;
  return kept;
}

const ends = new WeakMap<CrmTable, number>();

/**
 * The latest instant at which something happened in the data (NaN for none): orders,
 * subscription starts, deals and their stage entries, activities, surveys, tickets, account
 * creation and churn. Subscription and campaign ends are left out: a term's end or a campaign's
 * end may be scheduled in the future, and the data's end must not run past what was observed.
 */
export function dataEnd(table: CrmTable): number {
  let end = ends.get(table);
  if (end !== undefined) return end;
  const { orders, subscriptions, deals, activities, surveys, tickets, accounts } = table;
  let max = -Infinity;
  for (const column of [orders.at, subscriptions.start, deals.createdAt, deals.closedAt, deals.historyAt, activities.at, surveys.at, tickets.openedAt, tickets.firstResponseAt, tickets.resolvedAt, accounts.createdAt, accounts.churnedAt]) {
    for (let i = 0; i < column.length; i++) if (column[i]! > max) max = column[i]!; // NaN never wins
  }
  end = max > -Infinity ? max : NaN;
  ends.set(table, end);
  return end;
}

/** Row roles in {@link PurchaseRows.role}. */
export const ROLE = { none: 0, revenue: 1, purchase: 2 } as const;

/**
 * The rows that carry purchases and revenue: the orders when the dataset has any, else the won
 * deals (B2B data without an order book), at their close.
 */
export interface PurchaseRows {
  readonly source: 'orders' | 'won-deals';
  readonly length: number;
  readonly account: Int32Array;
  readonly at: Float64Array;
  readonly amount: Float64Array;
  /** The orders' costs (NaN where absent); null for won deals, which carry none. */
  readonly cost: Float64Array | null;
  /**
   * Per row: 2 a purchase (an order with a positive amount, or a won deal), 1 revenue only (a
   * refund or a zero order: it moves revenue but is not a purchase), 0 neither.
   */
  readonly role: Uint8Array;
}

const purchaseTables = new WeakMap<CrmTable, PurchaseRows>();

export function purchaseRows(table: CrmTable): PurchaseRows {
  let rows = purchaseTables.get(table);
  if (rows) return rows;
  const { orders, deals } = table;
  if (orders.length > 0 || deals.length === 0) {
    const role = new Uint8Array(orders.length);
    for (let i = 0; i < orders.length; i++) {
      const amount = orders.amount[i]!;
      role[i] = amount > 0 ? ROLE.purchase : amount <= 0 ? ROLE.revenue : ROLE.none;
    }
    rows = { source: 'orders', length: orders.length, account: orders.account, at: orders.at, amount: orders.amount, cost: orders.cost, role };
  } else {
    const role = new Uint8Array(deals.length);
    for (let i = 0; i < deals.length; i++) role[i] = deals.outcome[i] === OUTCOME.won ? ROLE.purchase : ROLE.none;
    rows = { source: 'won-deals', length: deals.length, account: deals.account, at: deals.closedAt, amount: deals.amount, cost: null, role };
  }
  purchaseTables.set(table, rows);
  return rows;
}

/** A local-day reader for the scope's zone: ⌊(t + offset) / day⌋, the day numbers of `civil.ts`. */
export function localDayReader(timeZone: string): (t: number) => number {
  const zone: ZoneOffsets = zoneOffsets(timeZone);
  return zone.isUtc ? (t) => Math.floor(t / MS_PER_DAY) : (t) => Math.floor((t + zone.offsetAt(t)) / MS_PER_DAY);
}
