/**
 * Real data: IBM Telco customer churn (7,043 customers, one snapshot; vendored, Apache-2.0),
 * converted with the as-of 2018-01-01 that telco.ts documents. Each figure of the engine is
 * compared with one counted straight from the CSV rows (tenure, Contract, Churn,
 * MonthlyCharges), without the engine.
 */
import { expect } from '@open-wc/testing';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type Dataset } from '../../src/schema/index.js';
import { parseCsv, type CsvTable } from './csv.js';
import { JULIAN_YEAR_MS, utcDay } from './direct.js';
import { loadFixture } from './load.js';
import { monthsBeforeAsOf, telcoDataset, TELCO_AS_OF } from './telco.js';

describe('real data: IBM Telco customer churn', function () {
  let csv: CsvTable;
  let dataset: Dataset;
  let tenure: number[];
  let contract: string[];
  let churned: boolean[];

  before(async function () {
    this.timeout(30_000);
    csv = parseCsv(await loadFixture('telco-churn.csv.gz'));
    dataset = parseDataset(telcoDataset(csv), { mode: 'strict' }).dataset;
    tenure = csv.column('tenure').map(Number);
    contract = csv.column('Contract');
    churned = csv.column('Churn').map((c) => c === 'Yes');
  });

  const count = (keep: (i: number) => boolean) => tenure.filter((_, i) => keep(i)).length;

  it('converts one account and one subscription per customer', () => {
    expect(csv.length).to.equal(7043);
    expect(dataset.accounts).to.have.length(7043);
    expect(dataset.subscriptions).to.have.length(7043);
    expect(dataset.subscriptions!.filter((s) => s.end !== undefined)).to.have.length(count((i) => churned[i]!));
    expect(monthsBeforeAsOf(12)).to.equal('2017-01-01');
    expect(monthsBeforeAsOf(72)).to.equal('2012-01-01');
  });

  describe('churn rate, definition subscription-end', () => {
    it('over the whole data: churners / customers — the data set known 26.5%', () => {
      const lost = count((i) => churned[i]!);
      const result = computeMetric('churn-rate', dataset, { definition: 'subscription-end' });
      expect(result).to.deep.equal({ value: lost / csv.length, numerator: lost, denominator: csv.length, unit: 'ratio', definition: 'subscription-end' });
      expect(lost).to.equal(1869);
      expect(result.value).to.be.closeTo(0.2654, 1e-4);
      // auto: no churnedAt, subscriptions present
      expect(computeMetric('churn-rate', dataset)).to.include({ numerator: lost, definition: 'subscription-end' });
    });

    it('per contract (the segment): month-to-month churns most', () => {
      for (const segment of ['Month-to-month', 'One year', 'Two year']) {
        const base = count((i) => contract[i] === segment);
        const lost = count((i) => contract[i] === segment && churned[i]!);
        expect(computeMetric('churn-rate', dataset, { definition: 'subscription-end', segment }), segment).to.include({ numerator: lost, denominator: base });
      }
    });

    it('from 2017-01-01 on: customers of more than 12 months (tenure 12 starts on that day, not before it)', () => {
      const base = count((i) => tenure[i]! > 12);
      const lost = count((i) => tenure[i]! > 12 && churned[i]!);
      expect(computeMetric('churn-rate', dataset, { definition: 'subscription-end', from: '2017-01-01' })).to.include({ numerator: lost, denominator: base });
    });

    it('half-open periods: the churners are lost in the month starting at the as-of, not in the one ending there', () => {
      const base = count((i) => tenure[i]! > 0);
      const lost = count((i) => tenure[i]! > 0 && churned[i]!);
      expect(computeMetric('churn-rate', dataset, { definition: 'subscription-end', from: '2017-12-01', to: TELCO_AS_OF })).to.include({ numerator: 0, denominator: count((i) => tenure[i]! > 1) });
      expect(computeMetric('churn-rate', dataset, { definition: 'subscription-end', from: TELCO_AS_OF, to: '2018-02-01' })).to.include({ numerator: lost, denominator: base });
    });
  });

  it('cohort retention of subscriptions: one monthly cohort per tenure; churners drop out in the as-of month', () => {
    const result = computeMetric('cohort-retention', dataset, { period: 'month' });
    expect(result.source).to.equal('subscriptions');
    const tenures = [...new Set(tenure)].sort((a, b) => b - a); // oldest cohort first
    expect(result.cohorts.map((c) => c.start)).to.deep.equal(tenures.map((t) => monthsBeforeAsOf(t)));
    result.cohorts.forEach((cohort, n) => {
      const t = tenures[n]!;
      const size = count((i) => tenure[i] === t);
      const stayed = count((i) => tenure[i] === t && !churned[i]);
      // Months before the as-of month: everyone's term covers them; the as-of month: only those who stayed.
      const expected = Array.from({ length: t + 1 }, (_, k) => (k < t ? size : stayed));
      expect([cohort.size, cohort.counts], `tenure ${t}`).to.deep.equal([size, expected]);
    });
  });

  describe('lifetime value, definition churn', () => {
    it('churn rate per customer-month: churners / months subscribed up to the as-of', () => {
      const asOf = utcDay(TELCO_AS_OF);
      const months = tenure.reduce((s, t) => s + (asOf - utcDay(monthsBeforeAsOf(t))) / JULIAN_YEAR_MS, 0) * 12;
      const lost = count((i) => churned[i]!);
      const result = computeMetric('lifetime-value', dataset, { definition: 'churn' });
      expect(result.customers).to.equal(csv.length);
      expect(result.parts.churnRate).to.be.closeTo(lost / months, 1e-12);
      expect(result.parts.lifespanYears).to.be.closeTo(months / lost / 12, 1e-9);
    });

    // Subscription revenue: each MonthlyCharges earned per month of its term (every term starts
    // on the 1st and ends at the as-of, so a customer of tenure t earned exactly t × charge).
    it('revenue per customer-month: the monthly charges over the months subscribed', () => {
      const asOf = utcDay(TELCO_AS_OF);
      const charge = csv.column('MonthlyCharges').map(Number);
      const span = tenure.map((t) => asOf - utcDay(monthsBeforeAsOf(t)));
      const perMonth = span.reduce((s, ms, i) => s + ms * charge[i]!, 0) / span.reduce((s, ms) => s + ms, 0);
      const result = computeMetric('lifetime-value', dataset, { definition: 'churn' });
      expect(result.revenueBasis).to.equal('subscriptions');
      expect(result).to.not.have.property('note');
      expect(result.parts.revenuePerCustomerPerMonth).to.be.closeTo(perMonth, perMonth * 1e-3);
      expect(result.value).to.be.closeTo(perMonth / result.parts.churnRate!, (perMonth / result.parts.churnRate!) * 1e-3);
      // Exactly: calendar months earned over Julian customer-months — the time-weighted mean
      // above differs by 0.065%, the calendar months since 2012 being a little shorter than
      // 1/12 of 365.25 days. The value is then revenue / churners.
      const revenue = tenure.reduce((s, t, i) => s + t * charge[i]!, 0);
      const months = span.reduce((s, ms) => s + ms, 0) / JULIAN_YEAR_MS * 12;
      const lost = count((i) => churned[i]!);
      expect(result.parts.revenuePerCustomerPerMonth).to.be.closeTo(revenue / months, 1e-9);
      expect(result.value).to.be.closeTo(revenue / lost, 1e-6);
    });

    it('by contract: the same sums per segment', () => {
      const charge = csv.column('MonthlyCharges').map(Number);
      const result = computeMetric('lifetime-value', dataset, { definition: 'churn' });
      for (const segment of ['Month-to-month', 'One year', 'Two year']) {
        const revenue = tenure.reduce((s, t, i) => s + (contract[i] === segment ? t * charge[i]! : 0), 0);
        const lost = count((i) => contract[i] === segment && churned[i]!);
        expect(result.bySegment.find((g) => g.segment === segment)?.value, segment).to.be.closeTo(revenue / lost, 1e-6);
      }
    });
  });

  describe('lifetime value, definition historic', () => {
    it('monthly charge per billing month × months per customer-year × mean tenure: revenue per paying customer', () => {
      const asOf = utcDay(TELCO_AS_OF);
      const charge = csv.column('MonthlyCharges').map(Number);
      // Tenure 0 starts at the as-of: no month paid yet, not a customer for historic LTV.
      const paying = count((i) => tenure[i]! > 0);
      const revenue = tenure.reduce((s, t, i) => s + t * charge[i]!, 0);
      const paidMonths = tenure.reduce((s, t) => s + t, 0);
      const years = tenure.reduce((s, t) => s + (asOf - utcDay(monthsBeforeAsOf(t))) / JULIAN_YEAR_MS, 0);
      const result = computeMetric('lifetime-value', dataset);
      expect(result).to.include({ definition: 'historic', revenueBasis: 'subscriptions', customers: paying });
      expect(result.parts.averagePurchaseValue).to.be.closeTo(revenue / paidMonths, 1e-9);
      expect(result.parts.purchasesPerYear).to.be.closeTo(paidMonths / years, 1e-9);
      expect(result.parts.lifespanYears).to.be.closeTo(years / paying, 1e-9);
      expect(result.value).to.be.closeTo(revenue / paying, 1e-6);
    });
  });
});
