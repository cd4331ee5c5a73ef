/**
 * When each customer was lost: the one question churn, retention, retention cost and the
 * churn-based lifetime value share. Practitioners answer it from whatever the data holds, so
 * there are three definitions and an `auto` that picks the first the data supports.
 */
import type { CrmTable } from '../../table/index.js';
import { DAY_MS } from './customer-status.js';

/** `auto` first: it is the default of every metric that takes these definitions. */
export const LOST_DEFINITIONS = ['auto', 'churned-at', 'subscription-end', 'inactivity'] as const;
export type LostDefinition = (typeof LOST_DEFINITIONS)[number];
export type ResolvedLostDefinition = Exclude<LostDefinition, 'auto'>;

/** Days without a purchase after which a purchase-data customer counts as lost. */
export const DEFAULT_INACTIVE_DAYS = 90;

export interface LostTimes {
  /** The definition applied: never `auto`, which resolves to one of the others. */
  definition: ResolvedLostDefinition;
  /** Per account row, the instant it was lost; NaN when it was not lost. Shared: do not write. */
  at: Float64Array;
}

/**
 * `auto` resolved on the whole table (not on filtered rows, so that every segment and every
 * period of a series uses the same definition): `churned-at` when any account has a
 * `churnedAt`, else `subscription-end` when there are subscriptions, else `inactivity`.
 */
export function resolveLostDefinition(table: CrmTable, definition: LostDefinition): ResolvedLostDefinition {
  if (definition !== 'auto') return definition;
  const { churnedAt } = table.accounts;
  for (let a = 0; a < churnedAt.length; a++) if (!Number.isNaN(churnedAt[a])) return 'churned-at';
  return table.subscriptions.length > 0 ? 'subscription-end' : 'inactivity';
}

const cache = new WeakMap<CrmTable, Map<string, LostTimes>>();

/**
 * The instant each account was lost, by definition:
 *
 * - `churned-at`: the account's `churnedAt`.
 * - `subscription-end`: the end of its last subscription term — the latest `end` — when every
 *   term has an end (an open term is an active customer) and that last term is not marked
 *   `renewed: true` (a renewal the data announces but does not hold yet is not a loss). A gap
 *   between terms is not a loss: the customer came back (renewal-rate sees the late renewal).
 * - `inactivity`: for purchase data, the last purchase (order with a positive amount) plus
 *   `inactiveDays`, when that instant is at or before the data's end (its latest time in any
 *   table). A customer inactive for less than `inactiveDays` when the data ends is still
 *   active: its silence may be a normal gap. An account without a purchase is never lost.
 *
 * Computed once per table and definition; the arrays are shared.
 */
export function lostAt(table: CrmTable, definition: LostDefinition = 'auto', inactiveDays = DEFAULT_INACTIVE_DAYS): LostTimes {
  const resolved = resolveLostDefinition(table, definition);
  const key = resolved === 'inactivity' ? `${resolved}:${inactiveDays}` : resolved;
  let byKey = cache.get(table);
  if (!byKey) cache.set(table, (byKey = new Map()));
  let times = byKey.get(key);
  if (!times) {
    const at =
      resolved === 'churned-at' ? table.accounts.churnedAt
      : resolved === 'subscription-end' ? lostAtSubscriptionEnd(table)
      : lostAtInactivity(table, inactiveDays);
    times = { definition: resolved, at };
    byKey.set(key, times);
  }
  return times;
}

function lostAtSubscriptionEnd({ accounts, subscriptions }: CrmTable): Float64Array {
  const lastEnd = new Float64Array(accounts.length).fill(NaN);
  // 1: some term is open (active); 2: the latest-ending term says it was renewed.
  const keepsCustomer = new Uint8Array(accounts.length);
  for (let i = 0; i < subscriptions.length; i++) {
    const a = subscriptions.account[i] as number;
    if (a < 0) continue;
    const end = subscriptions.end[i] as number;
    if (Number.isNaN(end)) {
      keepsCustomer[a] = 1;
    } else if (!((lastEnd[a] as number) >= end)) {
      lastEnd[a] = end;
      if (keepsCustomer[a] !== 1) keepsCustomer[a] = subscriptions.renewed[i] === 1 ? 2 : 0;
    } else if (end === lastEnd[a] && subscriptions.renewed[i] === 1 && keepsCustomer[a] !== 1) {
      keepsCustomer[a] = 2;
    }
  }
  for (let a = 0; a < accounts.length; a++) if (keepsCustomer[a] !== 0) lastEnd[a] = NaN;
  return lastEnd;
}

function lostAtInactivity({ accounts, orders, timeSpan }: CrmTable, inactiveDays: number): Float64Array {
  const lost = new Float64Array(accounts.length).fill(NaN);
  for (let i = 0; i < orders.length; i++) {
    const a = orders.account[i] as number;
    const t = orders.at[i] as number;
    if (a >= 0 && (orders.amount[i] as number) > 0 && !((lost[a] as number) >= t)) lost[a] = t;
  }
  const window = inactiveDays * DAY_MS;
  for (let a = 0; a < accounts.length; a++) {
    const at = (lost[a] as number) + window;
    lost[a] = at <= timeSpan.max ? at : NaN; // NaN stays NaN: no purchase, never lost
  }
  return lost;
}
