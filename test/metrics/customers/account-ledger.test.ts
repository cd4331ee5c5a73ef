import { expect } from '@open-wc/testing';
import { generateDataset } from '../../../src/generator/index.js';
import { accountLedger } from '../../../src/metrics/customers/account-ledger.js';
import { accountPurchases } from '../../../src/metrics/revenue/account-purchases.js';
import { accountsKept, purchaseRows, ROLE, type PurchaseRows } from '../../../src/metrics/customers/customer-activity.js';
import { purchaseTotals, raiseToLastInteraction } from '../../../src/metrics/customers/customer-activity-totals.js';
import type { MetricOptions } from '../../../src/metrics/index.js';
import { createScope, type MetricScope } from '../../../src/metrics/scope.js';
import { parseDataset, type Dataset } from '../../../src/schema/index.js';
import { buildTable, type CrmTable } from '../../../src/table/index.js';

/** The per-row pass the ledger replaces, kept here as the reference it must equal. */
function totalsByScan(scope: MetricScope, rows: PurchaseRows, kept: Uint8Array) {
  const n = kept.length;
  const first = new Int32Array(n).fill(-1);
  const purchases = new Int32Array(n);
  const last = new Float64Array(n).fill(-Infinity);
  const revenue = new Float64Array(n);
  const cost = new Float64Array(n);
  const buyer = new Uint8Array(n);
  let costless = 0;
  for (let i = 0; i < rows.length; i++) {
    const a = rows.account[i]!;
    const t = rows.at[i]!;
    if (a < 0 || kept[a] === 0 || rows.role[i] === ROLE.none || !(t < scope.to)) continue;
    const purchase = rows.role[i] === ROLE.purchase;
    if (t > last[a]!) last[a] = t;
    if (purchase) {
      purchases[a]!++;
      if (first[a]! < 0 || t < rows.at[first[a]!]!) first[a] = i;
    }
    if (t < scope.from) continue;
    revenue[a] = revenue[a]! + rows.amount[i]!;
    const c = rows.cost === null ? NaN : rows.cost[i]!;
    if (!Number.isNaN(c)) cost[a] = cost[a]! + c;
    else if (purchase) costless++;
    if (purchase) buyer[a] = 1;
  }
  const firstAt = Float64Array.from(first, (row) => (row >= 0 ? rows.at[row]! : NaN));
  return { first, firstAt, purchases, last, revenue, cost, buyer, costless };
}

function lastInteractionByScan(table: CrmTable, kept: Uint8Array, before: number, last: Float64Array): Float64Array {
  const out = last.slice();
  const sources: [Int32Array, Float64Array][] = [[table.activities.account, table.activities.at], [table.tickets.account, table.tickets.openedAt], [table.surveys.account, table.surveys.at]];
  for (const [account, times] of sources) {
    for (let i = 0; i < times.length; i++) {
      const a = account[i]!;
      if (a >= 0 && kept[a] === 1 && times[i]! < before && times[i]! > out[a]!) out[a] = times[i]!;
    }
  }
  return out;
}

/** `accountPurchases` on orders as one pass over the rows: the reference its ledger path must equal. */
function ordersByScan(table: CrmTable, start: number, end: number) {
  const n = table.accounts.length;
  const p = { revenue: new Float64Array(n), purchases: new Float64Array(n), firstEver: new Float64Array(n).fill(NaN), lastInRange: new Float64Array(n).fill(NaN) };
  const { account, at, amount } = table.orders;
  for (let i = 0; i < account.length; i++) {
    const a = account[i]!;
    if (a < 0) continue;
    const t = at[i]!;
    const value = amount[i]!;
    if (value > 0 && !(p.firstEver[a]! <= t)) p.firstEver[a] = t;
    if (!(t >= start && t < end)) continue;
    p.revenue[a] = p.revenue[a]! + value;
    if (value > 0) {
      p.purchases[a] = p.purchases[a]! + 1;
      if (!(p.lastInRange[a]! >= t)) p.lastInRange[a] = t;
    }
  }
  return p;
}

/** A deterministic shuffle (the orders of a date-sorted export are not grouped by account). */
function shuffled<T>(rows: readonly T[], seed: number): T[] {
  const out = [...rows];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const generated: Dataset = parseDataset(generateDataset({ seed: 9, accounts: 200, timeFormat: 'epoch' }), { mode: 'strict' }).dataset;
const orders = generated.orders ?? [];
const layouts: [string, Dataset][] = [
  ['orders grouped by account in time order (as generated)', generated],
  ['orders shuffled (accounts out of time order)', { ...generated, orders: shuffled(orders, 7) }],
  // Half the accounts keep their own time order, the others are reversed.
  ['some accounts in time order, some reversed', { ...generated, orders: orders.filter((_, i) => i % 2 === 0).concat(orders.filter((_, i) => i % 2 === 1).reverse()) }],
  // Orders without cost: `auto` then reads revenue, and costless purchases are counted.
  ['some orders without a cost', { ...generated, orders: orders.map((o, i) => (i % 3 === 0 ? { ...o, cost: undefined } : o)) }],
  ['no orders: won deals are the purchases', { ...generated, orders: [] }],
];
const owner = generated.accounts![0]!.owner!;
const scopes: MetricOptions[] = [
  {},
  { from: '2023-01-01' },
  { to: '2023-06-15T08:00:00Z' },
  { from: '2022-09-10', to: '2024-02-01', timeZone: 'Asia/Tokyo' },
  { from: '2023-05-01', to: '2023-05-01' },
  { segment: 'SMB', from: '2022-03-01' },
  { owner, to: '2024-01-01' },
];

describe('account ledger: per-account totals equal a pass over the rows', () => {
  for (const [name, data] of layouts) {
    it(`${name}: purchase totals and last interactions, every scope`, () => {
      const table = buildTable(data);
      const rows = purchaseRows(table);
      for (const options of scopes) {
        const scope = createScope(table, options);
        const kept = accountsKept(scope);
        const actual = purchaseTotals(scope, rows, kept);
        const expected = totalsByScan(scope, rows, kept);
        expect(actual, `${name} ${JSON.stringify(options)}`).to.deep.equal(expected);
        const last = expected.last.slice();
        expect(raiseToLastInteraction(table, kept, scope.to, last), `last interaction ${JSON.stringify(options)}`).to.deep.equal(lastInteractionByScan(table, kept, scope.to, expected.last));
      }
    });
  }

  for (const [name, data] of layouts.filter(([, d]) => (d.orders ?? []).length > 0)) {
    it(`${name}: lifetime value's purchases per account, over the whole data and over ranges`, () => {
      const table = buildTable(data);
      const ranges: [number, number][] = [
        [table.timeSpan.min, table.timeSpan.max + 1],
        [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)],
        [Date.UTC(2022, 5, 15, 13), Date.UTC(2022, 5, 15, 13)],
        [-Infinity, Date.UTC(2023, 6, 1)],
      ];
      for (const [start, end] of ranges) expect(accountPurchases(table, 'orders', start, end, 1), `${start}…${end}`).to.deep.equal(ordersByScan(table, start, end));
    });
  }

  it('the layouts exercise both paths: accounts in time order and accounts out of it', () => {
    const ordered = (data: Dataset) => Array.from(accountLedger(buildTable(data)).timeOrdered).filter((x) => x === 1).length;
    const accounts = buildTable(generated).accounts.length;
    expect(ordered(generated)).to.equal(accounts);
    const mixed = ordered(layouts[2]![1]);
    expect(mixed).to.be.above(0).and.below(accounts);
  });

  it('refuses rows that are not the table\'s purchase rows', () => {
    const table = buildTable(generated);
    const scope = createScope(table, {});
    const other = purchaseRows(buildTable(generated));
    expect(() => purchaseTotals(scope, other, accountsKept(scope))).to.throw('rows must be purchaseRows(scope.table)');
  });
});
