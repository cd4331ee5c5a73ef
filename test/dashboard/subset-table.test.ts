import { expect } from '@open-wc/testing';
import { crossFiltered } from '../../src/dashboard/cross-filter.js';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric, type MetricId } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { buildTable } from '../../src/table/index.js';
import { subsetTable } from '../../src/table/subset-table.js';
import { loadDataset } from '../../src/controllers/data-source-controller.js';
import { smallDataset } from '../fixtures/small-dataset.js';

type Row = { accountId?: string; dealId?: string; id?: string };

/**
 * The independent way: keep the raw rows of the chosen accounts (and deals), then parse and
 * build a table from them as if that were the whole dataset.
 */
function filteredInput(input: DatasetInput, accounts: ReadonlySet<string>, deals?: ReadonlySet<string>): DatasetInput {
  const byAccount = (rows: readonly Row[] | undefined) => rows?.filter((r) => r.accountId !== undefined && accounts.has(r.accountId));
  const keptDeals = (input.deals as Row[] | undefined)?.filter((d) => (deals ? deals.has(d.id!) : d.accountId !== undefined && accounts.has(d.accountId)));
  const keptDealIds = new Set(keptDeals?.map((d) => d.id));
  return {
    ...input,
    accounts: (input.accounts as Row[] | undefined)?.filter((a) => accounts.has(a.id!)),
    deals: keptDeals,
    orders: byAccount(input.orders as Row[]),
    subscriptions: byAccount(input.subscriptions as Row[]),
    surveys: byAccount(input.surveys as Row[]),
    tickets: byAccount(input.tickets as Row[]),
    activities: (input.activities as Row[] | undefined)?.filter((a) => (a.dealId !== undefined ? keptDealIds.has(a.dealId) : a.accountId !== undefined && accounts.has(a.accountId))),
  } as DatasetInput;
}

// Metrics whose result does not depend on where the data ends (the subset keeps the whole
// dataset's time span on purpose), each with an explicit closed range where it would.
const COMPARED: [MetricId, Record<string, unknown>][] = [
  ['funnel', {}],
  ['win-rate', {}],
  ['close-rate', {}],
  ['sales-cycle', {}],
  ['order-value', {}],
  ['new-revenue', {}],
  ['nps', {}],
  ['csat', {}],
  ['first-contact-resolution', {}],
  ['activity-volume', { period: 'month' }],
  ['cohort-retention', { period: 'month', to: '2025-01-01' }],
  ['relationship-groups', { to: '2025-01-01' }],
];

describe('subsetTable (cross-filtering)', () => {
  it('keeps the chosen accounts with their rows, renumbering references, on the hand fixture', () => {
    const input = smallDataset();
    const table = buildTable(parseDataset(input).dataset);
    const keep = new Uint8Array(table.accounts.length);
    keep[table.accounts.ids.codeOf('a1')] = 1;
    const subset = subsetTable(table, { accounts: keep });
    expect(subset.accounts.ids.values).to.deep.equal(['a1']);
    expect(subset.accounts.length).to.equal(1);
    expect(subset.deals.ids.values).to.deep.equal(['d1']);
    expect(Array.from(subset.deals.account)).to.deep.equal([0]);
    // d1's three stage entries came along, in order.
    expect(Array.from(subset.deals.historyStart)).to.deep.equal([0, 3]);
    expect(Array.from(subset.deals.historyStage).map((c) => subset.stages.decode(c))).to.deep.equal(['Lead', 'Qualified', 'Proposal']);
    expect(subset.orders.id).to.deep.equal(['o1', 'o2']);
    expect(Array.from(subset.orders.account)).to.deep.equal([0, 0]);
    expect(subset.subscriptions.length).to.equal(2);
    // Campaigns and costs belong to no customer: shared as they are.
    expect(subset.campaigns).to.equal(table.campaigns);
    expect(subset.costs).to.equal(table.costs);
    expect(subset.timeSpan).to.deep.equal(table.timeSpan);
  });

  it('refuses masks of the wrong length instead of reading past them', () => {
    const table = buildTable(parseDataset(smallDataset()).dataset);
    expect(() => subsetTable(table, { accounts: new Uint8Array(1) })).to.throw(/1 account flags for 3 accounts/);
  });

  it('gives every metric the numbers of a dataset made of only those rows (accounts selected)', () => {
    const input = generateDataset({ seed: 11, accounts: 120 });
    const loaded = loadDataset(input, false);
    const chosen = new Set(loaded.table.accounts.ids.values.filter((_, i) => i % 3 === 0));
    const subset = crossFiltered(loaded, { table: 'accounts', ids: [...chosen] }).table;
    const direct = buildTable(parseDataset(filteredInput(input, chosen)).dataset);
    expect(subset.accounts.length).to.equal(chosen.size);
    for (const [id, options] of COMPARED) {
      expect(computeMetric(id, subset, options), id).to.deep.equal(computeMetric(id, direct, options));
    }
  });

  it('keeps only the selected deals, with their accounts, when deals are selected', () => {
    const input = generateDataset({ seed: 12, accounts: 80 });
    const loaded = loadDataset(input, false);
    const deals = new Set(loaded.table.deals.ids.values.filter((_, i) => i % 4 === 1));
    const subset = crossFiltered(loaded, { table: 'deals', ids: [...deals] }).table;
    const accounts = new Set((input.deals as Row[]).filter((d) => deals.has(d.id!)).map((d) => d.accountId!));
    const direct = buildTable(parseDataset(filteredInput(input, accounts, deals)).dataset);
    expect(subset.deals.length).to.equal(deals.size);
    const funnel = computeMetric('funnel', subset) as { stages: { count: number }[] };
    expect(funnel.stages[0]!.count).to.equal(deals.size); // every deal reaches the first stage
    for (const [id, options] of COMPARED) {
      expect(computeMetric(id, subset, options), id).to.deep.equal(computeMetric(id, direct, options));
    }
  });

  it('an id the data does not have selects nothing, and nothing crashes on an empty subset', () => {
    const loaded = loadDataset(smallDataset(), false);
    const subset = crossFiltered(loaded, { table: 'accounts', ids: ['nobody'] }).table;
    expect(subset.accounts.length).to.equal(0);
    expect(subset.orders.length).to.equal(0);
    const funnel = computeMetric('funnel', subset) as { won: number; lost: number; open: number };
    expect(funnel.won + funnel.lost + funnel.open).to.equal(0);
  });
});
