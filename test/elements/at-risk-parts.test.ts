import { expect } from '@open-wc/testing';
import { revealRow, rowAfterKey, rowsPerPage, visibleRows } from '../../src/controllers/virtual-rows.js';
import { sortCustomers } from '../../src/elements/at-risk/at-risk-sort.js';
import type { RecencyCustomer } from '../../src/metrics/customers/recency.js';

describe('virtual rows', () => {
  it('renders the rows in view plus the overscan, clamped to the list', () => {
    const w = { viewportHeight: 320, rowHeight: 32, count: 100_000, overscan: 5 };
    expect(visibleRows({ ...w, scrollTop: 0 })).to.deep.equal({ start: 0, end: 15 });
    // Scrolled to row 1,000 and a half: rows 1,000 … 1,010 partly or fully in view.
    expect(visibleRows({ ...w, scrollTop: 1000.5 * 32 })).to.deep.equal({ start: 995, end: 1016 });
    expect(visibleRows({ ...w, scrollTop: 99_990 * 32 })).to.deep.equal({ start: 99_985, end: 100_000 });
    // Scrolled past the end (a list that just shrank): still the last rows, never beyond.
    expect(visibleRows({ ...w, scrollTop: 10e6, count: 3 })).to.deep.equal({ start: 0, end: 3 });
    expect(visibleRows({ ...w, scrollTop: 0, count: 0 })).to.deep.equal({ start: 0, end: 0 });
  });

  it('scrolls as little as it can to show a row, and pages by whole rows', () => {
    expect(revealRow(20, 0, 320, 32)).to.equal(21 * 32 - 320); // below: its bottom at the view's bottom
    expect(revealRow(3, 640, 320, 32)).to.equal(96); // above: its top at the view's top
    expect(revealRow(22, 640, 320, 32)).to.equal(640); // in view: stays
    expect(rowsPerPage(320, 32)).to.equal(10);
    expect(rowsPerPage(20, 32)).to.equal(1);
  });

  it('moves by row, page and to the ends, clamped', () => {
    expect([rowAfterKey('ArrowDown', 5, 10, 4), rowAfterKey('ArrowUp', 0, 10, 4), rowAfterKey('PageDown', 8, 10, 4), rowAfterKey('PageUp', 5, 10, 4)]).to.deep.equal([6, 0, 9, 1]);
    expect([rowAfterKey('Home', 5, 10, 4), rowAfterKey('End', 5, 10, 4), rowAfterKey('x', 5, 10, 4), rowAfterKey('End', 0, 0, 4)]).to.deep.equal([0, 9, null, null]);
  });
});

const customer = (accountId: string, name: string | null, recencyDays: number, usualGapDays: number | null, revenue: number, atRisk: boolean): RecencyCustomer => ({
  accountId, name, lastInteraction: '2024-01-01', recencyDays, usualGapDays, purchases: 2, revenue, atRisk,
});

describe('sortCustomers', () => {
  // In the engine's order: at risk first by revenue, then the rest by revenue.
  const list = [customer('a', 'Émile', 40, 10, 500, true), customer('b', 'zed', 30, null, 500, true), customer('c', null, 12, 20, 100, false), customer('d', 'Bea', 5, 3, 900, false)];
  const ids = (order: Int32Array) => [...order].map((i) => list[i]!.accountId);

  it('sorts positions by a column, ties in the engine order both ways, a missing gap last both ways', () => {
    expect(ids(sortCustomers(list, 4, 'revenue', 'descending', 'en'))).to.deep.equal(['d', 'a', 'b', 'c']);
    expect(ids(sortCustomers(list, 4, 'revenue', 'ascending', 'en'))).to.deep.equal(['c', 'a', 'b', 'd']);
    expect(ids(sortCustomers(list, 4, 'usual-gap', 'descending', 'en'))).to.deep.equal(['c', 'a', 'd', 'b']);
    expect(ids(sortCustomers(list, 4, 'usual-gap', 'ascending', 'en'))).to.deep.equal(['d', 'a', 'c', 'b']);
    expect(ids(sortCustomers(list, 4, 'days-since', 'descending', 'en'))).to.deep.equal(['a', 'b', 'c', 'd']);
    // The latest interaction is the fewest days since it.
    expect(ids(sortCustomers(list, 4, 'last-interaction', 'descending', 'en'))).to.deep.equal(['d', 'c', 'b', 'a']);
    expect(ids(sortCustomers(list, 4, 'status', 'descending', 'en'))).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(ids(sortCustomers(list, 4, 'status', 'ascending', 'en'))).to.deep.equal(['c', 'd', 'a', 'b']);
  });

  it('sorts names by the locale (a customer without a name by its account id), and only the first `count`', () => {
    expect(ids(sortCustomers(list, 4, 'name', 'ascending', 'en'))).to.deep.equal(['d', 'c', 'a', 'b']);
    expect(ids(sortCustomers(list, 4, 'name', 'descending', 'en'))).to.deep.equal(['b', 'a', 'c', 'd']);
    expect(ids(sortCustomers(list, 2, 'name', 'descending', 'en'))).to.deep.equal(['b', 'a']);
    expect(ids(sortCustomers(list, 0, 'revenue', 'descending', 'en'))).to.deep.equal([]);
  });

  it('keeps equal names in the engine order both ways, and ranks each list in each locale apart', () => {
    const twins = [customer('x', 'Twin', 1, 1, 3, true), customer('y', 'Alpha', 1, 1, 2, true), customer('z', 'Twin', 1, 1, 1, true)];
    const of = (order: Int32Array) => [...order].map((i) => twins[i]!.accountId);
    expect(of(sortCustomers(twins, 3, 'name', 'ascending', 'en'))).to.deep.equal(['y', 'x', 'z']);
    expect(of(sortCustomers(twins, 3, 'name', 'descending', 'en'))).to.deep.equal(['x', 'z', 'y']);
    // Swedish collates "ä" after "z"; English beside "a".
    const words = [customer('p', 'ärlig', 1, 1, 2, true), customer('q', 'zon', 1, 1, 1, true)];
    const wordIds = (order: Int32Array) => [...order].map((i) => words[i]!.accountId);
    expect(wordIds(sortCustomers(words, 2, 'name', 'ascending', 'en'))).to.deep.equal(['p', 'q']);
    expect(wordIds(sortCustomers(words, 2, 'name', 'ascending', 'sv'))).to.deep.equal(['q', 'p']);
  });
});
