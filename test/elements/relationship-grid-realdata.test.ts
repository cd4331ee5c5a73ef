/**
 * <crm-relationship-grid> on real purchases: CDNOW (23,502 customers) and UCI Online Retail
 * (about 4,300 customers), both beyond the SVG limit, so drawn on canvas. The quadrant counts
 * and revenue the element shows are compared with those counted a second way, straight from the
 * raw rows: days from `Date.UTC`, sums with Maps, thresholds by sorting — no table, no engine.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/elements/relationship-grid/define.js';
import type { CrmRelationshipGrid } from '../../src/elements/relationship-grid/relationship-grid.js';
import type { RelationshipGroup } from '../../src/metrics/customers/relationship-groups.js';
import { cdnowDataset, parseCdnow } from '../realdata/cdnow.js';
import { parseCsv } from '../realdata/csv.js';
import { DAY_MS, utcDay } from '../realdata/direct.js';
import { loadFixture } from '../realdata/load.js';
import { onlineRetailDataset } from '../realdata/online-retail.js';

/** What the grid needs of one customer, counted from the raw rows. */
interface Direct {
  /** Days (UTC) of its purchases (positive amounts) and of all its rows. */
  firstPurchase: number;
  lastRow: number;
  revenue: number;
  purchases: number;
}

const MONTH_DAYS = 30.436875;
const GROUPS: readonly RelationshipGroup[] = ['strangers', 'butterflies', 'barnacles', 'true-friends'];

/** Customers from rows of (customer, day in ms, amount), in the order the rows come. */
function customersOf(rows: Iterable<[string, number, number]>): Map<string, Direct> {
  const all = new Map<string, Direct>();
  for (const [customer, at, amount] of rows) {
    const day = Math.floor(at / DAY_MS);
    const c = all.get(customer) ?? { firstPurchase: Infinity, lastRow: -Infinity, revenue: 0, purchases: 0 };
    all.set(customer, c);
    c.lastRow = Math.max(c.lastRow, day);
    c.revenue += amount;
    if (amount > 0) {
      c.purchases++;
      c.firstPurchase = Math.min(c.firstPurchase, day);
    }
  }
  for (const [id, c] of all) if (c.purchases === 0) all.delete(id);
  return all;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Count and revenue per group at the given thresholds (a value equal to one counts as high). */
function direct(customers: Map<string, Direct>, rule: 'median' | 'mean', fixed: { loyalty?: number; profitability?: number } = {}) {
  const list = [...customers.values()];
  const tenure = list.map((c) => (c.lastRow - c.firstPurchase) / MONTH_DAYS);
  const revenue = list.map((c) => c.revenue);
  const pick = rule === 'median' ? median : mean;
  const thresholds = { loyalty: fixed.loyalty ?? pick(tenure), profitability: fixed.profitability ?? pick(revenue) };
  const groups = Object.fromEntries(GROUPS.map((g) => [g, { count: 0, revenue: 0 }])) as Record<RelationshipGroup, { count: number; revenue: number }>;
  list.forEach((c, i) => {
    const g = GROUPS[(tenure[i]! >= thresholds.loyalty ? 2 : 0) + (revenue[i]! >= thresholds.profitability ? 1 : 0)]!;
    groups[g].count++;
    groups[g].revenue += c.revenue;
  });
  return { thresholds, groups };
}

async function gridOf(data: unknown, attributes: Record<string, string>): Promise<CrmRelationshipGrid> {
  const el = document.createElement('crm-relationship-grid');
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.style.width = '1000px';
  el.data = data;
  const rendered = oneEvent(el, 'crm-render');
  document.body.append(el);
  await rendered;
  await el.updateComplete;
  return el;
}

function expectSame(el: CrmRelationshipGrid, expected: ReturnType<typeof direct>, customers: number): void {
  const result = el.result!;
  expect(result.customers).to.have.length(customers);
  expect(result.thresholds.loyalty).to.be.closeTo(expected.thresholds.loyalty, 1e-9);
  expect(result.thresholds.profitability).to.be.closeTo(expected.thresholds.profitability, 1e-6);
  for (const g of GROUPS) {
    expect(result.groups[g].count, `${g} count`).to.equal(expected.groups[g].count);
    expect(result.groups[g].revenue, `${g} revenue`).to.be.closeTo(expected.groups[g].revenue, 1e-4);
  }
  // What the person sees: the panel's counts and the quadrant labels, drawn on canvas.
  const cards = [...el.shadowRoot!.querySelectorAll('[part="group"]')].map((card) => card.querySelector('dd')!.textContent);
  expect(cards).to.deep.equal(['true-friends', 'butterflies', 'barnacles', 'strangers'].map((g) => expected.groups[g as RelationshipGroup].count.toLocaleString('en-US')));
  expect(el.shadowRoot!.querySelector('canvas[part="canvas"]')).to.exist;
  expect(el.shadowRoot!.querySelectorAll('circle.point')).to.have.length(0);
}

describe('<crm-relationship-grid> on real data', function () {
  this.timeout(90_000);
  afterEach(() => document.querySelectorAll('crm-relationship-grid').forEach((el) => el.remove()));

  describe('CDNOW purchases (revenue: the file has no costs)', () => {
    let data: ReturnType<typeof cdnowDataset>;
    let customers: Map<string, Direct>;
    before(async function () {
      this.timeout(60_000);
      const raw = parseCdnow(await loadFixture('cdnow-master.txt.gz'));
      data = cdnowDataset(raw);
      customers = customersOf(raw.customer.map((c, i) => [c, utcDay(raw.day[i]!), raw.dollars[i]!]));
    });

    it('median split: most customers bought once, so the median tenure is 0 and every customer is loyal', async () => {
      const expected = direct(customers, 'median');
      expect(expected.thresholds.loyalty).to.equal(0);
      expect(expected.groups.strangers.count + expected.groups.butterflies.count).to.equal(0);
      const el = await gridOf(data, {});
      expectSame(el, expected, 23_502);
      expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent).to.match(/^Every customer is at or above the loyalty threshold: at least half/);
    });

    it('mean split, and fixed thresholds (3 months, $100) as a dragged line would set them', async () => {
      const el = await gridOf(data, { threshold: 'mean', scale: 'log' });
      const expected = direct(customers, 'mean');
      expect(expected.groups.strangers.count).to.be.greaterThan(1000);
      expectSame(el, expected, 23_502);
      el.loyaltyThreshold = 3;
      el.profitabilityThreshold = 100;
      await el.updateComplete;
      expectSame(el, direct(customers, 'mean', { loyalty: 3, profitability: 100 }), 23_502);
    });
  });

  describe('UCI Online Retail invoices (revenue net of cancellations)', () => {
    let data: ReturnType<typeof onlineRetailDataset>['dataset'];
    let customers: Map<string, Direct>;
    before(async function () {
      this.timeout(60_000);
      const csv = parseCsv(await loadFixture('online-retail.csv.gz'), ['InvoiceNo', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID']);
      data = onlineRetailDataset(csv).dataset;
      // The independent side: invoices summed from their lines in integer thousandths.
      const invoice = csv.column('InvoiceNo');
      const customer = csv.column('CustomerID');
      const quantity = csv.column('Quantity');
      const price = csv.column('UnitPrice');
      const date = csv.column('InvoiceDate');
      const invoices = new Map<string, { customer: string; milli: number; at: string }>();
      for (let i = 0; i < csv.length; i++) {
        if (customer[i] === '') continue;
        const line = Number(quantity[i]) * Math.round(Number(price[i]) * 1000);
        const found = invoices.get(invoice[i]!);
        if (!found) invoices.set(invoice[i]!, { customer: String(Number(customer[i])), milli: line, at: date[i]! });
        else {
          found.milli += line;
          if (date[i]! < found.at) found.at = date[i]!;
        }
      }
      customers = customersOf([...invoices.values()].map((v) => [v.customer, utcDay(v.at.slice(0, 10)), v.milli / 1000]));
    });

    it('median split: counts and revenue of every quadrant', async () => {
      const expected = direct(customers, 'median');
      const el = await gridOf(data, { scale: 'log' });
      expectSame(el, expected, customers.size);
      expect(customers.size).to.be.within(4000, 4400);
      // Cancellations bring some customers' revenue to zero or below: the log scale is symmetric.
      expect([...customers.values()].some((c) => c.revenue <= 0)).to.equal(true);
      expect(el.shadowRoot!.querySelector('text.y-title')!.textContent).to.equal('Revenue (log scale with zero and losses)');
    });

    it('mean split', async () => {
      const el = await gridOf(data, { threshold: 'mean' });
      expectSame(el, direct(customers, 'mean'), customers.size);
    });
  });
});
