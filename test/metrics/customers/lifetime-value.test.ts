import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/schema/index.js';

type Rows<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>;
const dataset = (input: DatasetInput): Dataset => parseDataset(input, { mode: 'strict' }).dataset;
const DAY = 86_400_000;
/** Lifespans are in years of 365.25 days: fixture times are whole fractions of such years. */
const Y = 365.25 * DAY;
const T0 = Date.UTC(2020, 0, 1);
let ids = 0;
const order = (accountId: string, years: number, amount: number): Rows<'orders'>[number] => ({ id: `o${++ids}`, accountId, at: T0 + years * Y, amount });

/**
 * Data from T0 to T0 + 2Y:
 *   a1 (SMB): buys 100 at 0, 0.5Y, 1Y; churned at 1.5Y ........ lifespan 1.5, revenue 300, 3 purchases
 *   a2 (SMB): buys 200 at 1Y, refunds 50 at 1.25Y ............. lifespan 1 (to the data's end), revenue 150, 1 purchase
 *   a3 (Ent): buys 1000 at 0 and 2Y ........................... lifespan 2, revenue 2000, 2 purchases
 * historic: revenue 2450 / 6 purchases = 408.33; 6 purchases / 4.5 customer-years = 1.333 a
 * year; mean lifespan 4.5 / 3 = 1.5 years: 408.33 × 1.333 × 1.5 = 816.67 (= 2450 / 3).
 * SMB: 450 / 4 = 112.5 × 4 / 2.5 = 1.6 × 1.25 = 225. Ent: 1000 × 1 × 2 = 2000.
 * churn: 4.5 customer-years = 54 customer-months (a1 1.5Y until lost, a2 1Y from its first
 * purchase, a3 2Y), 1 lost: churn 1/54 a month, revenue 2450 / 54 a month: value 2450.
 * SMB: 30 months, 1 lost, 450: value 450. Ent: nobody lost: null.
 */
function threeCustomers(): Dataset {
  return dataset({
    accounts: [
      { id: 'a1', segment: 'SMB', owner: 'Ann', createdAt: T0, churnedAt: T0 + 1.5 * Y },
      { id: 'a2', segment: 'SMB', createdAt: T0 },
      { id: 'a3', segment: 'Ent', createdAt: T0 },
    ],
    orders: [order('a1', 0, 100), order('a1', 0.5, 100), order('a1', 1, 100), order('a2', 1, 200), order('a2', 1.25, -50), order('a3', 0, 1000), order('a3', 2, 1000)],
  });
}

describe('lifetime-value', () => {
  it('historic: average purchase value × purchases per year × lifespan, by segment', () => {
    const r = computeMetric('lifetime-value', threeCustomers());
    expect(r).to.include({ definition: 'historic', revenueBasis: 'orders', unit: 'currency', customers: 3 });
    expect(r.value).to.be.closeTo(2450 / 3, 1e-9);
    expect(r.parts.averagePurchaseValue).to.be.closeTo(2450 / 6, 1e-9);
    expect(r.parts.purchasesPerYear).to.be.closeTo(6 / 4.5, 1e-9);
    expect(r.parts.lifespanYears).to.be.closeTo(1.5, 1e-9);
    expect(r.parts).to.not.have.property('churnRate');
    expect(r.bySegment.map((s) => [s.segment, s.customers])).to.deep.equal([['SMB', 2], ['Ent', 1]]);
    expect(r.bySegment[0]?.value).to.be.closeTo(225, 1e-9);
    expect(r.bySegment[0]?.parts.purchasesPerYear).to.be.closeTo(1.6, 1e-9);
    expect(r.bySegment[1]?.value).to.be.closeTo(2000, 1e-9);
    expect(r).to.not.have.property('note');
  });

  it("historic over a range: the range's purchases and habits, lifespans as of its end", () => {
    // From 1Y: a1 buys 100 at 1Y (customer within the range 1Y → 1.5Y: 0.5 years; lifespan 1.5),
    // a2 150 (1 year; lifespan 1), a3 1000 at 2Y (1 year; lifespan 2). 1250 / 3 × 3 / 2.5 × 1.5 = 750.
    const r = computeMetric('lifetime-value', threeCustomers(), { from: T0 + Y });
    expect(r.value).to.be.closeTo(750, 1e-9);
    expect(r.parts.purchasesPerYear).to.be.closeTo(1.2, 1e-9);
    expect(r.parts.lifespanYears).to.be.closeTo(1.5, 1e-9);
  });

  it('churn: revenue per customer-month / monthly churn, null with a note where nobody was lost', () => {
    const r = computeMetric('lifetime-value', threeCustomers(), { definition: 'churn' });
    expect(r).to.include({ definition: 'churn', customers: 3 });
    expect(r.value).to.be.closeTo(2450, 1e-9);
    expect(r.parts.churnRate).to.be.closeTo(1 / 54, 1e-12);
    expect(r.parts.revenuePerCustomerPerMonth).to.be.closeTo(2450 / 54, 1e-9);
    expect(r.parts.lifespanYears).to.be.closeTo(4.5, 1e-9);
    const product = (r.parts.averagePurchaseValue as number) * (r.parts.purchasesPerYear as number) * (r.parts.lifespanYears as number);
    expect(product).to.be.closeTo(2450, 1e-9);
    const [smb, ent] = r.bySegment;
    expect(smb?.value).to.be.closeTo(450, 1e-9);
    expect(ent).to.include({ segment: 'Ent', value: null, customers: 1 });
    expect(ent?.note).to.match(/no customer was lost/);
    expect(ent?.parts.churnRate).to.equal(0);
  });

  it('filters by segment and owner', () => {
    const d = threeCustomers();
    expect(computeMetric('lifetime-value', d, { segment: 'SMB' }).value).to.be.closeTo(225, 1e-9);
    expect(computeMetric('lifetime-value', d, { segment: 'SMB' }).bySegment).to.have.length(1);
    // a1 alone: 300 / 3 × 3 / 1.5 × 1.5 = 300.
    expect(computeMetric('lifetime-value', d, { owner: 'Ann' }).value).to.be.closeTo(300, 1e-9);
  });

  it('gives a series with period', () => {
    const r = computeMetric('lifetime-value', threeCustomers(), { period: 'year' });
    // 1Y is 2020-12-31T06:00Z and 2Y 2021-12-31T12:00Z, where the data ends: two calendar years.
    expect(r.series?.map((p) => p.start)).to.deep.equal(['2020-01-01', '2021-01-01']);
    // 2020: every first-year purchase. 2021: a2's refund is no purchase, a3 buys at 2Y.
    expect(r.series?.map((p) => p.customers)).to.deep.equal([3, 1]);
  });

  it('is null over an empty dataset; one purchase is worth itself (a lifespan of at least a day)', () => {
    expect(computeMetric('lifetime-value', dataset({}))).to.deep.equal({
      value: null, customers: 0, parts: { averagePurchaseValue: null, purchasesPerYear: null, lifespanYears: null },
      note: 'no won deal in the range', definition: 'historic', revenueBasis: 'won-deals', unit: 'currency', bySegment: [],
    });
    const one = dataset({ orders: [order('solo', 0, 80)] });
    expect(computeMetric('lifetime-value', one).value).to.be.closeTo(80, 1e-9);
    expect(computeMetric('lifetime-value', one).parts.lifespanYears).to.be.closeTo(DAY / Y, 1e-12);
    expect(computeMetric('lifetime-value', one, { definition: 'churn' })).to.include({ value: null, customers: 1 });
  });

  it('is null with a note when refunds cancel all revenue (no revenue is no worth of 0)', () => {
    // x buys 100 and has it refunded; lost at 1Y: one loss, revenue 0.
    const cancelled = dataset({
      accounts: [{ id: 'x', createdAt: T0, churnedAt: T0 + Y }],
      orders: [order('x', 0, 100), order('x', 0.5, -100)],
    });
    for (const definition of ['historic', 'churn']) {
      expect(computeMetric('lifetime-value', cancelled, { definition }), definition).to.include({ value: null, customers: 1, note: 'no revenue in the range (revenue basis: orders)' });
    }
  });

  it('throws on an unknown definition', () => {
    expect(() => computeMetric('lifetime-value', threeCustomers(), { definition: 'predictive' })).to.throw(RangeError, /expected one of "historic", "churn"/);
  });
});
