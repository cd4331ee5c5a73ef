/**
 * Real data: UCI Online Retail (541,909 invoice lines, Dec 2010 – Dec 2011; vendored, CC BY 4.0,
 * credit the UCI Machine Learning Repository, Daqing Chen). Loaded once; each figure of the
 * engine is compared with one counted straight from the CSV lines, without the engine.
 */
import { expect } from '@open-wc/testing';
import { computeMetric, type MetricResult } from '../../src/metrics/index.js';
import { parseDataset, type Dataset } from '../../src/schema/index.js';
import { parseCsv, type CsvTable } from './csv.js';
import { monthlyCohorts, type DirectCohort } from './direct.js';
import { loadFixture } from './load.js';
import { onlineRetailDataset } from './online-retail.js';

/** One invoice of a customer, summed from its lines directly (money in thousandths: prices have ≤ 3 decimals). */
interface DirectInvoice {
  customer: string;
  milli: number;
  /** Earliest line's `YYYY-MM-DD HH:mm:ss`. */
  at: string;
}

describe('real data: UCI Online Retail', function () {
  this.timeout(60_000);
  let csv: CsvTable;
  let dataset: Dataset;
  let linesWithoutCustomer: number;
  let invoices: Map<string, DirectInvoice>;

  before(async function () {
    this.timeout(60_000);
    csv = parseCsv(await loadFixture('online-retail.csv.gz'), ['InvoiceNo', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID']);
    const converted = onlineRetailDataset(csv);
    linesWithoutCustomer = converted.linesWithoutCustomer;
    dataset = parseDataset(converted.dataset, { mode: 'strict' }).dataset;

    // The independent side: invoices summed from the lines in integer thousandths.
    const invoice = csv.column('InvoiceNo');
    const customer = csv.column('CustomerID');
    const quantity = csv.column('Quantity');
    const price = csv.column('UnitPrice');
    const date = csv.column('InvoiceDate');
    invoices = new Map();
    for (let i = 0; i < csv.length; i++) {
      if (customer[i] === '') continue;
      const line = Number(quantity[i]) * Math.round(Number(price[i]) * 1000);
      const found = invoices.get(invoice[i]!);
      if (!found) invoices.set(invoice[i]!, { customer: String(Number(customer[i])), milli: line, at: date[i]! });
      else {
        expect(found.customer, `invoice ${invoice[i]} has one customer`).to.equal(String(Number(customer[i])));
        found.milli += line;
        if (date[i]! < found.at) found.at = date[i]!;
      }
    }
  });

  /** Invoices that are purchases: not a cancellation, and a positive total. */
  const purchases = () => [...invoices.entries()].filter(([no, inv]) => !no.startsWith('C') && inv.milli > 0).map(([, inv]) => inv);

  it('converts: one order per invoice with a customer; lines without one are left out and counted', () => {
    const customerColumn = csv.column('CustomerID');
    expect(csv.length).to.equal(541_909);
    expect(linesWithoutCustomer).to.equal(customerColumn.filter((c) => c === '').length);
    expect(csv.length - linesWithoutCustomer).to.equal(406_829); // as the data set's README states
    expect(dataset.orders).to.have.length(invoices.size);
    const refunds = [...invoices.keys()].filter((no) => no.startsWith('C'));
    expect(dataset.orders!.filter((o) => o.amount < 0)).to.have.length(refunds.length);
    expect(new Set(dataset.orders!.map((o) => o.accountId)).size).to.equal(4372);
    const total = dataset.orders!.reduce((s, o) => s + o.amount, 0);
    const direct = [...invoices.values()].reduce((s, inv) => s + inv.milli, 0) / 1000;
    expect(total).to.be.closeTo(direct, 0.01);
  });

  describe('cohort retention, monthly, customers basis', () => {
    let direct: DirectCohort[];
    let result: MetricResult<'cohort-retention'>;
    before(() => {
      const bought = purchases();
      direct = monthlyCohorts(bought.map((p) => p.customer), bought.map((p) => p.at), '2011-12');
      result = computeMetric('cohort-retention', dataset, { period: 'month' });
    });

    it('the first cohort (December 2010): its size and its customers buying again in months 1–3', () => {
      const first = direct[0]!;
      expect(first.month).to.equal('2010-12');
      expect(result.cohorts[0]).to.include({ start: '2010-12-01', size: first.size });
      expect(result.cohorts[0]!.counts.slice(0, 4)).to.deep.equal(first.counts.slice(0, 4));
    });

    it('every cohort size and count, and the sizes add up to the customers with a purchase', () => {
      expect(result.cohorts.map((c) => [c.start.slice(0, 7), c.size, c.counts])).to.deep.equal(direct.map((c) => [c.month, c.size, c.counts]));
      const sizes = result.cohorts.reduce((s, c) => s + c.size, 0);
      expect(sizes).to.equal(new Set(purchases().map((p) => p.customer)).size);
      // Customers whose only invoices are cancellations bought nothing: in no cohort.
      expect(sizes).to.be.below(4372);
    });
  });

  it('churn rate, inactivity: buyers whose last purchase is 90 days or more before the data ends, of all buyers', () => {
    const parse = (at: string) => Date.parse(`${at.replace(' ', 'T')}Z`);
    const end = Math.max(...[...invoices.values()].map((inv) => parse(inv.at)));
    const lastPurchase = new Map<string, number>();
    for (const p of purchases()) lastPurchase.set(p.customer, Math.max(lastPurchase.get(p.customer) ?? -Infinity, parse(p.at)));
    const lost = [...lastPurchase.values()].filter((t) => t + 90 * 86_400_000 <= end).length;
    expect(computeMetric('churn-rate', dataset, { definition: 'inactivity' })).to.include({ numerator: lost, denominator: lastPurchase.size });
  });
});
