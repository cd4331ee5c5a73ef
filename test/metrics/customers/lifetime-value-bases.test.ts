import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/schema/index.js';

const dataset = (input: DatasetInput): Dataset => parseDataset(input, { mode: 'strict' }).dataset;
const DAY = 86_400_000;
/** Customer-months are twelfths of a 365.25-day year. */
const MONTH = (365.25 * DAY) / 12;

/**
 * Subscriptions only (no orders), data ending 2021-01-01 (the account `late`, never a customer):
 *   s1 (SMB) 100 a month, 2020-01-01 → 2020-07-01: 6 months, 600, lost 2020-07-01 (182 days)
 *   s2 (SMB)  50 a month, 2020-04-01 → open:        9 months, 450                (275 days)
 *   s3 (Ent) 200 a month, 2020-01-01 → open:       12 months, 2400               (366 days)
 * churn: revenue 3450 over 823 days of customers, 1 lost: 3450 / (823 days in months) a
 * customer-month, churn 1 / (823 days in months): value 3450. SMB 1050 / 1 lost = 1050; Ent
 * nobody lost: null.
 * historic: 27 billing months bought, 3450 / 27 = 127.78 a month, 27 months / 823 days in
 * years = 11.98 a year, lifespan 823 / 3 days: 3450 / 3 = 1150 a customer.
 */
function subscribers(): Dataset {
  return dataset({
    accounts: [
      { id: 's1', segment: 'SMB', createdAt: '2020-01-01' },
      { id: 's2', segment: 'SMB', createdAt: '2020-04-01' },
      { id: 's3', segment: 'Ent', createdAt: '2020-01-01' },
      { id: 'late', createdAt: '2021-01-01' },
    ],
    subscriptions: [
      { id: 't1', accountId: 's1', start: '2020-01-01', end: '2020-07-01', amount: 100 },
      { id: 't2', accountId: 's2', start: '2020-04-01', amount: 50 },
      { id: 't3', accountId: 's3', start: '2020-01-01', amount: 200 },
    ],
  });
}

describe('lifetime-value on subscriptions and on won deals', () => {
  it('churn on subscriptions: the monthly amounts earned per customer-month / monthly churn (hand-computed)', () => {
    const r = computeMetric('lifetime-value', subscribers(), { definition: 'churn' });
    expect(r).to.include({ definition: 'churn', revenueBasis: 'subscriptions', customers: 3 });
    expect(r).to.not.have.property('note');
    const months = (823 * DAY) / MONTH;
    expect(r.parts.revenuePerCustomerPerMonth).to.be.closeTo(3450 / months, 1e-9);
    expect(r.parts.churnRate).to.be.closeTo(1 / months, 1e-12);
    expect(r.value).to.be.closeTo(3450, 1e-6);
    const [smb, ent] = r.bySegment;
    expect(smb?.value).to.be.closeTo(1050, 1e-6);
    expect(ent).to.include({ segment: 'Ent', value: null });
    expect(ent?.note).to.match(/no customer was lost/);
  });

  it('historic on subscriptions: average amount per billing month × billing months a year × lifespan', () => {
    const r = computeMetric('lifetime-value', subscribers());
    const years = (823 * DAY) / (365.25 * DAY);
    expect(r).to.include({ definition: 'historic', revenueBasis: 'subscriptions', customers: 3 });
    expect(r.parts.averagePurchaseValue).to.be.closeTo(3450 / 27, 1e-9);
    expect(r.parts.purchasesPerYear).to.be.closeTo(27 / years, 1e-9);
    expect(r.parts.lifespanYears).to.be.closeTo(years / 3, 1e-12);
    expect(r.value).to.be.closeTo(1150, 1e-6);
  });

  it('over a range: from 2020-07-01 s1 is lost at its start and earns nothing; s2 and s3 earn 6 months', () => {
    const r = computeMetric('lifetime-value', subscribers(), { definition: 'churn', from: '2020-07-01' });
    expect(r.customers).to.equal(3);
    expect(r.value).to.be.closeTo(6 * 50 + 6 * 200, 1e-6);
  });

  it("`subscriptionPeriod: 'year'` reads the amounts as yearly", () => {
    // s1 182 of its year's 366 days, s2 275 of 365 (1 Apr 2020 → 1 Apr 2021), s3 one whole year.
    const r = computeMetric('lifetime-value', subscribers(), { definition: 'churn', subscriptionPeriod: 'year' });
    expect(r.value).to.be.closeTo((100 * 182) / 366 + (50 * 275) / 365 + 200, 1e-6);
    expect(() => computeMetric('lifetime-value', subscribers(), { subscriptionPeriod: 'quarter' })).to.throw(RangeError, /expected one of "month", "year"/);
  });

  it('free terms only: null with a note, never 0', () => {
    const free = dataset({ subscriptions: [{ id: 'f', accountId: 'f', start: '2020-01-01', end: '2020-03-01', amount: 0 }], accounts: [{ id: 'f', createdAt: '2020-01-01' }, { id: 'late', createdAt: '2020-06-01' }] });
    expect(computeMetric('lifetime-value', free, { definition: 'churn' })).to.include({ value: null, customers: 1, note: 'no revenue in the range (revenue basis: subscriptions)' });
    expect(computeMetric('lifetime-value', free)).to.include({ value: null, customers: 0, note: 'no paid subscription term in the range' });
  });

  it('won deals when there are neither orders nor subscriptions: over the whole data, won revenue per customer', () => {
    // P wins 1000 and 500, Q 300; the deal without an account belongs to no customer. 1800 / 2.
    const deals = dataset({
      deals: [
        { id: 'd1', accountId: 'P', amount: 1000, createdAt: '2020-01-01', closedAt: '2020-01-01', outcome: 'won', stage: 'Lead' },
        { id: 'd2', accountId: 'P', amount: 500, createdAt: '2020-06-01', closedAt: '2021-01-01', outcome: 'won', stage: 'Lead' },
        { id: 'd3', accountId: 'Q', amount: 300, createdAt: '2020-07-01', closedAt: '2020-07-01', outcome: 'won', stage: 'Lead' },
        { id: 'd4', accountId: 'Q', amount: 700, createdAt: '2020-08-01', closedAt: '2020-09-01', outcome: 'lost', stage: 'Lead' },
        { id: 'd5', amount: 999, createdAt: '2020-03-01', closedAt: '2020-03-01', outcome: 'won', stage: 'Lead' },
      ],
    });
    const r = computeMetric('lifetime-value', deals);
    expect(r).to.include({ revenueBasis: 'won-deals', customers: 2 });
    expect(r.parts.averagePurchaseValue).to.be.closeTo(600, 1e-9);
    expect(r.value).to.be.closeTo(900, 1e-6);
  });
});
