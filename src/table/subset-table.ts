/**
 * `subsetTable`: the same table with only some accounts and deals, for cross-filtering — a
 * dashboard shows every other element the customers or deals that one element selected, and
 * every metric, unchanged, computes on the subset.
 *
 * Kept rows stay in their order, so account and deal codes are renumbered and every reference
 * column (`account`, `deal`) is remapped. Campaigns, costs and the dictionaries of names
 * (stages, owners, segments, …) are shared as they are: they belong to no customer, and keeping
 * their codes keeps a segment or owner filter meaning the same thing on the subset. The time
 * span stays the whole dataset's: the subset is observed for as long as the data was, so a
 * customer of the selection is not called churned because the others' later rows are gone.
 */
import type { CrmTable } from './build-table.js';
import { ABSENT, Dictionary } from './dictionary.js';

export interface SubsetRequest {
  /** 1 for each account to keep (by account code). */
  readonly accounts: Uint8Array;
  /** 1 for each deal to keep; omitted: every deal of a kept account. */
  readonly deals?: Uint8Array;
}

type Column = ArrayLike<unknown> & { slice?: unknown };

/** Rows `i` with `keep[i]` of every per-row column of a section; references remapped. */
function filterSection<T extends { length: number }>(section: T, keep: Uint8Array, kept: number, remap: Partial<Record<keyof T, Int32Array>>): T {
  const out: Record<string, unknown> = { ...section, length: kept };
  for (const [name, value] of Object.entries(section) as unknown as [keyof T & string, Column][]) {
    if (name === 'length' || value instanceof Dictionary || !value || typeof value !== 'object' || value.length !== section.length) continue;
    const codes = remap[name];
    if (ArrayBuffer.isView(value)) {
      const source = value as unknown as Int32Array;
      const target = new (source.constructor as Int32ArrayConstructor)(kept);
      let j = 0;
      for (let i = 0; i < section.length; i++) {
        if (keep[i] === 0) continue;
        const v = source[i]!;
        target[j++] = codes && v >= 0 ? codes[v]! : v;
      }
      out[name] = target;
    } else if (Array.isArray(value)) {
      out[name] = value.filter((_, i) => keep[i] === 1);
    }
  }
  return out as T;
}

/** New code of each kept row (ABSENT for dropped ones), and how many were kept. */
function renumber(keep: Uint8Array): { codes: Int32Array; kept: number } {
  const codes = new Int32Array(keep.length).fill(ABSENT);
  let kept = 0;
  for (let i = 0; i < keep.length; i++) if (keep[i] === 1) codes[i] = kept++;
  return { codes, kept };
}

/** Rows of a section whose account is kept (rows without an account belong to no customer). */
function byAccount(account: Int32Array, keepAccount: Uint8Array): { keep: Uint8Array; kept: number } {
  const keep = new Uint8Array(account.length);
  let kept = 0;
  for (let i = 0; i < account.length; i++) {
    const a = account[i]!;
    if (a >= 0 && keepAccount[a] === 1) {
      keep[i] = 1;
      kept++;
    }
  }
  return { keep, kept };
}

export function subsetTable(table: CrmTable, request: SubsetRequest): CrmTable {
  const { accounts, deals } = table;
  if (request.accounts.length !== accounts.length) throw new RangeError(`subsetTable: ${request.accounts.length} account flags for ${accounts.length} accounts`);
  if (request.deals && request.deals.length !== deals.length) throw new RangeError(`subsetTable: ${request.deals.length} deal flags for ${deals.length} deals`);

  const keepDeal = new Uint8Array(deals.length);
  for (let i = 0; i < deals.length; i++) {
    const a = deals.account[i]!;
    keepDeal[i] = request.deals ? request.deals[i]! : a >= 0 && request.accounts[a] === 1 ? 1 : 0;
  }
  const accountCodes = renumber(request.accounts);
  const dealCodes = renumber(keepDeal);

  let declared = 0;
  for (let i = 0; i < accounts.declared; i++) declared += request.accounts[i]!;
  const newAccounts = { ...filterSection(accounts, request.accounts, accountCodes.kept, {}), declared, ids: new Dictionary(accounts.ids.values.filter((_, i) => request.accounts[i] === 1)) };

  // Deal stage histories are stored flat (CSR): copy each kept deal's entries and offsets.
  const newDeals = { ...filterSection(deals, keepDeal, dealCodes.kept, { account: accountCodes.codes }), ids: new Dictionary(deals.ids.values.filter((_, i) => keepDeal[i] === 1)) };
  const historyStart = new Int32Array(dealCodes.kept + 1);
  let entries = 0;
  for (let i = 0, j = 0; i < deals.length; i++) {
    if (keepDeal[i] === 0) continue;
    entries += deals.historyStart[i + 1]! - deals.historyStart[i]!;
    historyStart[++j] = entries;
  }
  const historyStage = new Int32Array(entries);
  const historyAt = new Float64Array(entries);
  for (let i = 0, k = 0; i < deals.length; i++) {
    if (keepDeal[i] === 0) continue;
    for (let e = deals.historyStart[i]!; e < deals.historyStart[i + 1]!; e++, k++) {
      historyStage[k] = deals.historyStage[e]!;
      historyAt[k] = deals.historyAt[e]!;
    }
  }
  Object.assign(newDeals, { historyStart, historyStage, historyAt });

  // Activities about a deal follow the deal; the others follow their account.
  const { activities } = table;
  const keepActivity = new Uint8Array(activities.length);
  let activitiesKept = 0;
  for (let i = 0; i < activities.length; i++) {
    const d = activities.deal[i]!;
    const a = activities.account[i]!;
    const keep = d >= 0 ? keepDeal[d] === 1 : a >= 0 && request.accounts[a] === 1;
    if (keep) {
      keepActivity[i] = 1;
      activitiesKept++;
    }
  }
  const refs = { account: accountCodes.codes };
  const section = <T extends { length: number; account: Int32Array }>(s: T) => {
    const { keep, kept } = byAccount(s.account, request.accounts);
    return filterSection(s, keep, kept, refs as Partial<Record<keyof T, Int32Array>>);
  };
  return {
    ...table,
    accounts: newAccounts,
    deals: newDeals,
    orders: section(table.orders),
    subscriptions: section(table.subscriptions),
    surveys: section(table.surveys),
    tickets: section(table.tickets),
    activities: filterSection(activities, keepActivity, activitiesKept, { account: accountCodes.codes, deal: dealCodes.codes }),
  };
}
