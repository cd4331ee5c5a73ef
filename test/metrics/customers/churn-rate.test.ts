import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { lostAt } from '../../../src/metrics/customers/lost-at.js';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/schema/index.js';
import { buildTable } from '../../../src/table/index.js';

type Rows<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>;
const dataset = (input: DatasetInput): Dataset => parseDataset(input, { mode: 'strict' }).dataset;
let ids = 0;
const order = (accountId: string, at: string, amount = 100): Rows<'orders'>[number] => ({ id: `o${++ids}`, accountId, at, amount });
const sub = (accountId: string, start: string, end?: string, renewed?: boolean): Rows<'subscriptions'>[number] =>
  ({ id: `s${++ids}`, accountId, start, amount: 50, ...(end ? { end } : {}), ...(renewed === undefined ? {} : { renewed }) });
/** An account that became a customer with a purchase at `since` (created then too). */
const customer = (id: string, since: string, churnedAt?: string, extra: Partial<Rows<'accounts'>[number]> = {}) => ({
  account: { id, createdAt: since, ...(churnedAt ? { churnedAt } : {}), ...extra },
  order: order(id, since),
});

/**
 * The churned-at fixture, period [2024-01-01, 2024-04-01):
 *   A since 2023-06-01, never lost ........................ base, retained
 *   B since 2023-03-01, lost 2024-02-15 ................... base, lost
 *   C since 2023-05-01, lost exactly at from (2024-01-01) . base, lost (a loss at `from` is this period's)
 *   D since 2023-07-01, lost exactly at to (2024-04-01) ... base, retained (half-open: April's loss)
 *   E since 2023-01-01, lost 2023-12-01 ................... gone before the period: neither
 *   F since 2024-02-01, lost 2024-03-01 ................... acquired during the period: neither
 *   G since exactly at from .............................. acquired during the period: neither
 *   H lead without a purchase, churnedAt 2024-02-01 ....... never a customer: neither
 *   I since 2023-08-01, lost 2024-02-01 (a month boundary)  base, lost
 * base 5 (A B C D I), lost 3 (B C I): churn 3/5, retention 2/5.
 */
function churnedAtFixture(): Dataset {
  const rows = [
    customer('A', '2023-06-01', undefined, { segment: 'SMB', owner: 'Ann' }),
    customer('B', '2023-03-01', '2024-02-15', { segment: 'SMB' }),
    customer('C', '2023-05-01', '2024-01-01', { segment: 'SMB' }),
    customer('D', '2023-07-01', '2024-04-01', { segment: 'Ent', owner: 'Ann' }),
    customer('E', '2023-01-01', '2023-12-01', { segment: 'Ent' }),
    customer('F', '2024-02-01', '2024-03-01', { segment: 'Ent' }),
    customer('G', '2024-01-01', undefined, { segment: 'SMB' }),
    customer('I', '2023-08-01', '2024-02-01', { segment: 'Ent' }),
  ];
  return dataset({
    accounts: [...rows.map((r) => r.account), { id: 'H', createdAt: '2023-01-01', churnedAt: '2024-02-01' }],
    orders: rows.map((r) => r.order),
  });
}
const Q1 = { from: '2024-01-01', to: '2024-04-01' };

describe('churn-rate and retention-rate', () => {
  it('counts the customers active at the start, leaving out those acquired during the period, half-open at both ends', () => {
    const d = churnedAtFixture();
    expect(computeMetric('churn-rate', d, Q1)).to.deep.equal({ value: 3 / 5, numerator: 3, denominator: 5, unit: 'ratio', definition: 'churned-at' });
    expect(computeMetric('retention-rate', d, Q1)).to.deep.equal({ value: 2 / 5, numerator: 2, denominator: 5, unit: 'ratio', definition: 'churned-at' });
  });

  it('counts a loss on a period boundary in exactly one period of a monthly series', () => {
    // Jan: base A B C D I, lost C (at Jan 1). Feb: base A B D G I, lost B and I (I at Feb 1, not
    // January's). Mar: base A D F G, lost F; D is lost at Apr 1, April's. 1 + 2 + 1 = 4 losses.
    const { series } = computeMetric('churn-rate', churnedAtFixture(), { ...Q1, period: 'month' });
    expect(series).to.deep.equal([
      { start: '2024-01-01', value: 1 / 5, numerator: 1, denominator: 5 },
      { start: '2024-02-01', value: 2 / 5, numerator: 2, denominator: 5 },
      { start: '2024-03-01', value: 1 / 4, numerator: 1, denominator: 4 },
    ]);
  });

  it('over an open start takes every customer acquired before `to` (churned / total), over an open end runs through the data', () => {
    const d = churnedAtFixture();
    // All 8 customers; lost B C D E F I.
    expect(computeMetric('churn-rate', d)).to.include({ numerator: 6, denominator: 8 });
    // Acquired before Apr 1: all 8; lost before it: B C E F I.
    expect(computeMetric('churn-rate', d, { to: '2024-04-01' })).to.include({ numerator: 5, denominator: 8 });
    // Active at Jan 1: A B C D I; lost since: B C D I.
    expect(computeMetric('churn-rate', d, { from: '2024-01-01' })).to.include({ numerator: 4, denominator: 5 });
  });

  it('filters by the account segment and owner, disjoint segments adding up to the whole', () => {
    const d = churnedAtFixture();
    expect(computeMetric('churn-rate', d, { ...Q1, segment: 'SMB' })).to.include({ numerator: 2, denominator: 3 });
    expect(computeMetric('churn-rate', d, { ...Q1, segment: 'Ent' })).to.include({ numerator: 1, denominator: 2 });
    expect(computeMetric('retention-rate', d, { ...Q1, owner: 'Ann' })).to.include({ value: 1, numerator: 2, denominator: 2 });
    expect(computeMetric('churn-rate', d, { ...Q1, segment: 'Nobody' })).to.include({ value: null, denominator: 0 });
  });

  it('subscription-end: lost at the end of the last term, unless a term is open or the last says it was renewed', () => {
    // Period 2024. p: renewed term then a term ending exactly at `to` (retained). q: one term
    // ending 2024-06-01 (lost). r: an open term. s: two terms with a gap, the last ending
    // 2024-03-01 (lost; the gap is no loss). t: last term `renewed: true`, the renewal not in
    // the data yet (retained). u: starts during the period (neither). Base p q r s t, lost q s.
    const d = dataset({
      subscriptions: [
        sub('p', '2023-01-01', '2024-01-01', true), sub('p', '2024-01-01', '2025-01-01', false), sub('q', '2023-06-01', '2024-06-01'),
        sub('r', '2023-03-01'), sub('s', '2023-02-01', '2023-08-01'), sub('s', '2023-09-01', '2024-03-01'),
        sub('t', '2023-04-01', '2024-04-01', true), sub('u', '2024-02-01', '2024-05-01'),
      ],
    });
    const year = { from: '2024-01-01', to: '2025-01-01' };
    expect(computeMetric('churn-rate', d, year)).to.deep.equal({ value: 2 / 5, numerator: 2, denominator: 5, unit: 'ratio', definition: 'subscription-end' });
    expect(computeMetric('retention-rate', d, { ...year, definition: 'subscription-end' })).to.include({ value: 3 / 5, definition: 'subscription-end' });
    // s's first term ended in 2023, but s came back: not lost in 2023.
    expect(computeMetric('churn-rate', d, { from: '2023-07-01', to: '2024-01-01' })).to.include({ numerator: 0, denominator: 5 });
  });

  it('inactivity: lost at the last purchase + inactiveDays when that is within the data; refunds are no purchase', () => {
    // Data ends 2024-03-31 (o's last order). k: last purchase 2023-03-01 → lost 2023-05-30.
    // m: 2023-09-15 → lost 2023-12-14 (its refund of 2023-11-01 is no sign of life).
    // n: 2024-01-20 → 90 days reach 2024-04-19, past the data's end: still active (inactive less
    // than the window); with 60 days, lost 2024-03-20. o: active.
    const d = dataset({
      orders: [
        order('k', '2023-01-10'), order('k', '2023-03-01'), order('m', '2023-02-01'), order('m', '2023-09-15'), order('m', '2023-11-01', -30),
        order('n', '2023-06-01'), order('n', '2024-01-20'), order('o', '2023-04-01'), order('o', '2024-03-31'),
      ],
    });
    const range = { from: '2023-07-01', to: '2024-04-01' };
    // Base m n o (k was lost before July).
    expect(computeMetric('churn-rate', d, range)).to.deep.equal({ value: 1 / 3, numerator: 1, denominator: 3, unit: 'ratio', definition: 'inactivity' });
    expect(computeMetric('churn-rate', d, { ...range, inactiveDays: 60 })).to.include({ numerator: 2, denominator: 3 });
    const lost = lostAt(buildTable(d), 'inactivity', 90).at;
    const row = (id: string) => buildTable(d).accounts.ids.codeOf(id);
    expect(lost[row('k')]).to.equal(Date.UTC(2023, 4, 30));
    expect(lost[row('m')]).to.equal(Date.UTC(2023, 11, 14));
    expect(lost[row('n')]).to.be.NaN;
  });

  it('auto picks churned-at, then subscription-end, then inactivity, on the whole table; any definition can be forced', () => {
    const d = churnedAtFixture();
    // Nobody has a subscription: subscription-end loses nobody, so E is in the base too.
    expect(computeMetric('churn-rate', d, { ...Q1, definition: 'subscription-end' })).to.include({ value: 0, numerator: 0, denominator: 6, definition: 'subscription-end' });
    // The fixture's orders are each customer's only one; 90 days after them, all but G and F are lost before 2024.
    expect(computeMetric('churn-rate', d, { ...Q1, definition: 'inactivity' })).to.include({ definition: 'inactivity', denominator: 0, value: null });
    // A segment filter does not change the definition auto resolves to.
    expect(computeMetric('churn-rate', d, { ...Q1, segment: 'SMB' }).definition).to.equal('churned-at');
  });

  it('is null over an empty dataset, and 0 over a one-order dataset', () => {
    expect(computeMetric('churn-rate', dataset({}))).to.deep.equal({ value: null, numerator: 0, denominator: 0, unit: 'ratio', definition: 'inactivity' });
    expect(computeMetric('retention-rate', dataset({}), { period: 'month' })).to.include({ value: null });
    const one = dataset({ orders: [order('solo', '2024-05-05')] });
    expect(computeMetric('churn-rate', one)).to.include({ value: 0, numerator: 0, denominator: 1 });
    expect(computeMetric('retention-rate', one, { from: '2024-06-01' })).to.include({ value: 1, denominator: 1 });
  });

  it('throws on an unknown definition or a bad inactiveDays, listing what is valid', () => {
    const d = churnedAtFixture();
    expect(() => computeMetric('churn-rate', d, { definition: 'stripe' })).to.throw(RangeError, 'unknown definition for churn-rate: "stripe" (expected one of "auto", "churned-at", "subscription-end", "inactivity")');
    expect(() => computeMetric('churn-rate', d, { inactiveDays: 0 })).to.throw(RangeError, /invalid inactiveDays for churn-rate: 0/);
    expect(() => computeMetric('retention-rate', d, { inactiveDays: 'soon' })).to.throw(RangeError, /invalid inactiveDays for retention-rate/);
    expect(() => computeMetric('churn-rate', d, { inactive: 30 })).to.throw(RangeError, /unknown option for churn-rate: "inactive".*"inactiveDays"/);
  });
});
