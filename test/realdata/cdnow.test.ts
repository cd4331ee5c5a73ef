/**
 * Real data: CDNOW (69,659 purchases of 23,570 customers, Jan 1997 – Jun 1998; vendored, MIT).
 * Loaded once; each figure of the engine is compared with one computed straight from the file's
 * rows (customer id, yyyymmdd, CDs, dollars) with Maps and Date.UTC, without the engine.
 */
import { expect } from '@open-wc/testing';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type Dataset } from '../../src/schema/index.js';
import { cdnowDataset, parseCdnow, type CdnowRows } from './cdnow.js';
import { DAY_MS, JULIAN_YEAR_MS, monthlyCohorts, utcDay } from './direct.js';
import { loadFixture } from './load.js';

/** A customer's purchases (rows with dollars > 0) as the file has them. */
interface Buyer {
  /** Purchase days as epoch ms, in file order. */
  days: number[];
  dollars: number[];
}

describe('real data: CDNOW purchases', function () {
  this.timeout(30_000);
  let raw: CdnowRows;
  let dataset: Dataset;
  /** Customers with at least one purchase. */
  let buyers: Map<string, Buyer>;
  /** The file's last day: where the data ends. */
  let lastDay: number;

  before(async function () {
    this.timeout(30_000);
    raw = parseCdnow(await loadFixture('cdnow-master.txt.gz'));
    dataset = parseDataset(cdnowDataset(raw), { mode: 'strict' }).dataset;
    buyers = new Map();
    lastDay = -Infinity;
    raw.customer.forEach((customer, i) => {
      const day = utcDay(raw.day[i]!);
      if (day > lastDay) lastDay = day;
      if (!(raw.dollars[i]! > 0)) return;
      const buyer = buyers.get(customer) ?? { days: [], dollars: [] };
      buyer.days.push(day);
      buyer.dollars.push(raw.dollars[i]!);
      buyers.set(customer, buyer);
    });
  });

  const first = (b: Buyer) => Math.min(...b.days);
  const last = (b: Buyer) => Math.max(...b.days);

  it('converts every row to an order; 68 customers have only $0 rows and are not customers', () => {
    expect(dataset.orders).to.have.length(69_659);
    expect(new Set(raw.customer).size).to.equal(23_570);
    expect(raw.dollars.filter((d) => d === 0)).to.have.length(80);
    expect(buyers.size).to.equal(23_570 - 68);
    expect(lastDay).to.equal(utcDay('1998-06-30'));
  });

  describe('cohort retention, monthly, customers basis', () => {
    it('the first cohort (January 1997): its size and its customers buying again in months 1–3; sizes add up to the buyers', () => {
      const customers: string[] = [];
      const months: string[] = [];
      raw.customer.forEach((c, i) => {
        if (!(raw.dollars[i]! > 0)) return;
        customers.push(c);
        months.push(`${raw.day[i]!.slice(0, 4)}-${raw.day[i]!.slice(4, 6)}`);
      });
      const direct = monthlyCohorts(customers, months, '1998-06');
      const result = computeMetric('cohort-retention', dataset, { period: 'month' });
      // CDNOW's customers all first ordered in Q1 1997, but two of them paid $0 then: their first
      // purchase, and so their cohort, is November 1997.
      expect(direct.map((c) => [c.month, c.size])).to.deep.equal([['1997-01', 7814], ['1997-02', 8455], ['1997-03', 7231], ['1997-11', 2]]);
      expect(result.cohorts[0]).to.include({ start: '1997-01-01', size: direct[0]!.size });
      expect(result.cohorts[0]!.counts.slice(1, 4)).to.deep.equal(direct[0]!.counts.slice(1, 4));
      expect(result.cohorts.map((c) => [c.start.slice(0, 7), c.size, c.counts])).to.deep.equal(direct.map((c) => [c.month, c.size, c.counts]));
      expect(result.cohorts.reduce((s, c) => s + c.size, 0)).to.equal(buyers.size);
    });
  });

  describe('churn rate, definition inactivity (lost at the last purchase + inactiveDays, when the data has reached it)', () => {
    /** The instant a buyer is lost: last purchase + `days`, if not after the data's end. */
    const lostAt = (b: Buyer, days: number) => (last(b) + days * DAY_MS <= lastDay ? last(b) + days * DAY_MS : NaN);

    it('over the whole data: buyers lost by the end / all buyers', () => {
      const lost = [...buyers.values()].filter((b) => !Number.isNaN(lostAt(b, 90))).length;
      expect(computeMetric('churn-rate', dataset, { definition: 'inactivity' })).to.deep.equal({ value: lost / buyers.size, numerator: lost, denominator: buyers.size, unit: 'ratio', definition: 'inactivity' });
      // auto picks inactivity for purchase data
      expect(computeMetric('churn-rate', dataset)).to.include({ numerator: lost, denominator: buyers.size, definition: 'inactivity' });
    });

    it('over Q1 1998: buyers active on 1 Jan 1998, of them those lost before 1 April', () => {
      const from = utcDay('1998-01-01');
      const to = utcDay('1998-04-01');
      // Half-open: a loss exactly at `from` (16 buyers last bought on 3 Oct 1997) is this period's.
      const base = [...buyers.values()].filter((b) => first(b) < from && !(lostAt(b, 90) < from));
      expect(base.filter((b) => lostAt(b, 90) === from)).to.have.length(16);
      const lost = base.filter((b) => lostAt(b, 90) < to).length;
      expect(computeMetric('churn-rate', dataset, { definition: 'inactivity', from: '1998-01-01', to: '1998-04-01' })).to.include({ numerator: lost, denominator: base.length });
      expect(computeMetric('retention-rate', dataset, { definition: 'inactivity', from: '1998-01-01', to: '1998-04-01' })).to.include({ numerator: base.length - lost, denominator: base.length });
    });

    it('with inactiveDays 180', () => {
      const lost = [...buyers.values()].filter((b) => !Number.isNaN(lostAt(b, 180))).length;
      expect(computeMetric('churn-rate', dataset, { definition: 'inactivity', inactiveDays: 180 })).to.include({ numerator: lost, denominator: buyers.size });
    });
  });

  describe('lifetime value, historic: average purchase value × purchases per year × lifespan in years', () => {
    /** Lost (90 days after the last purchase, when the data reached it) or the data's end. */
    const until = (b: Buyer, asOf: number) => {
      const lost = last(b) + 90 * DAY_MS;
      return Math.min(asOf, lost <= lastDay ? lost : asOf);
    };

    it('over the whole data: each part, and the product is the revenue per customer', () => {
      const all = [...buyers.values()];
      const revenue = raw.dollars.reduce((s, d) => s + d, 0);
      const purchases = all.reduce((s, b) => s + b.days.length, 0);
      const lifespans = all.map((b) => Math.max(until(b, lastDay) - first(b), DAY_MS) / JULIAN_YEAR_MS);
      const years = lifespans.reduce((s, y) => s + y, 0);
      const result = computeMetric('lifetime-value', dataset, { definition: 'historic' });
      expect(result.customers).to.equal(all.length);
      expect(purchases).to.equal(69_659 - 80);
      expect(result.parts.averagePurchaseValue).to.be.closeTo(revenue / purchases, 1e-9);
      expect(result.parts.purchasesPerYear).to.be.closeTo(purchases / years, 1e-9);
      expect(result.parts.lifespanYears).to.be.closeTo(years / all.length, 1e-9);
      expect(result.value).to.be.closeTo(revenue / all.length, 1e-6);
    });

    it('over 1997: the year purchases, and lifespans as of its end', () => {
      const start = utcDay('1997-01-01');
      const end = utcDay('1998-01-01');
      let revenue = 0;
      let purchases = 0;
      let customers = 0;
      let exposure = 0;
      let lifespan = 0;
      for (const b of buyers.values()) {
        const inYear = b.days.map((d, k) => [d, b.dollars[k]!] as const).filter(([d]) => d >= start && d < end);
        if (inYear.length === 0) continue;
        customers++;
        purchases += inYear.length;
        revenue += inYear.reduce((s, [, dollars]) => s + dollars, 0);
        // A buyer stays one until lost (or the year's end), and at least until its last purchase in the year.
        const stays = Math.max(until(b, end), ...inYear.map(([d]) => d));
        exposure += Math.max(stays - Math.max(first(b), start), DAY_MS) / JULIAN_YEAR_MS;
        lifespan += Math.max(stays - first(b), DAY_MS) / JULIAN_YEAR_MS;
      }
      const result = computeMetric('lifetime-value', dataset, { definition: 'historic', from: '1997-01-01', to: '1998-01-01' });
      expect(result.customers).to.equal(customers);
      expect(result.parts.averagePurchaseValue).to.be.closeTo(revenue / purchases, 1e-9);
      expect(result.parts.purchasesPerYear).to.be.closeTo(purchases / exposure, 1e-9);
      expect(result.parts.lifespanYears).to.be.closeTo(lifespan / customers, 1e-9);
    });
  });
});
