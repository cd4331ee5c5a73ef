/**
 * <crm-cohort-churn> on real purchases: the UCI Online Retail invoices (monthly cohorts of
 * invoice lines with a CustomerID; amount = Quantity × UnitPrice; cancellations are refunds,
 * not purchases) and CDNOW. What the element draws — cell figures, names, sizes, the hatched
 * running month, the selection's customers, revenue — is compared with counts taken straight
 * from the raw rows here, with strings and Maps, sharing no code with the engine.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/elements/cohort-churn/define.js';
import type { CrmCohortChurn } from '../../src/elements/cohort-churn/cohort-churn.js';
import type { CrmSelectEvent } from '../../src/events/index.js';
import { parseDataset, type Dataset } from '../../src/schema/index.js';
import { cdnowDataset, parseCdnow, type CdnowRows } from '../realdata/cdnow.js';
import { parseCsv } from '../realdata/csv.js';
import { monthlyCohorts, monthsBetween, type DirectCohort } from '../realdata/direct.js';
import { loadFixture } from '../realdata/load.js';
import { onlineRetailDataset } from '../realdata/online-retail.js';

async function draw(data: Dataset, attributes: Record<string, string>): Promise<CrmCohortChurn> {
  const el = document.createElement('crm-cohort-churn');
  for (const [name, value] of Object.entries({ locale: 'en-US', ...attributes })) el.setAttribute(name, value);
  el.style.width = '1200px';
  el.data = data;
  const rendered = oneEvent(el, 'crm-render');
  document.body.append(el);
  await rendered;
  await el.updateComplete;
  return el;
}

const cellOf = (el: CrmCohortChurn, row: number, column: number) => el.shadowRoot!.querySelector<SVGGElement>(`g.cell[data-row="${row}"][data-column="${column}"]`);
const figure = (el: CrmCohortChurn, row: number, column: number) => cellOf(el, row, column)?.querySelector('text.figure')?.textContent;
const rowFigures = (el: CrmCohortChurn, row: number) => [...el.shadowRoot!.querySelectorAll(`g.cell[data-row="${row}"] text.figure`)].map((t) => t.textContent);
const sizeColumn = (el: CrmCohortChurn) => [...el.shadowRoot!.querySelectorAll('g.row-label')].map((g) => [g.querySelector('.cohort')!.textContent, g.querySelector('.size')!.textContent]);
const count = (n: number) => n.toLocaleString('en-US');
/** "x of y customers active" from a cell's accessible name. */
const activeOf = (el: CrmCohortChurn, row: number, column: number) => cellOf(el, row, column)?.getAttribute('aria-label')?.match(/([\d,]+) of ([\d,]+) customers active/)?.slice(1, 3).map((n) => Number(n.replaceAll(',', '')));

describe('<crm-cohort-churn> on real data', function () {
  this.timeout(120_000);

  describe('UCI Online Retail, monthly cohorts', () => {
    let dataset: Dataset;
    /** Per invoice with a customer: its customer, its total in thousandths, its earliest line's time. */
    let invoices: Map<string, { customer: string; milli: number; at: string }>;
    let direct: DirectCohort[];
    let el: CrmCohortChurn;

    before(async function () {
      this.timeout(120_000);
      const csv = parseCsv(await loadFixture('online-retail.csv.gz'), ['InvoiceNo', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID']);
      dataset = parseDataset(onlineRetailDataset(csv).dataset, { mode: 'strict' }).dataset;
      // The independent side: invoices summed from the raw lines in integer thousandths.
      const [invoice, customer, quantity, price, date] = ['InvoiceNo', 'CustomerID', 'Quantity', 'UnitPrice', 'InvoiceDate'].map((c) => csv.column(c)) as string[][];
      invoices = new Map();
      for (let i = 0; i < csv.length; i++) {
        if (customer![i] === '') continue;
        const line = Number(quantity![i]) * Math.round(Number(price![i]) * 1000);
        const found = invoices.get(invoice![i]!);
        if (!found) invoices.set(invoice![i]!, { customer: String(Number(customer![i])), milli: line, at: date![i]! });
        else {
          found.milli += line;
          if (date![i]! < found.at) found.at = date![i]!;
        }
      }
      // Purchases: not a cancellation (C…), and a positive total.
      const purchases = [...invoices.entries()].filter(([no, inv]) => !no.startsWith('C') && inv.milli > 0).map(([, inv]) => inv);
      direct = monthlyCohorts(purchases.map((p) => p.customer), purchases.map((p) => p.at), '2011-12');
      el = await draw(dataset, { display: 'counts', currency: 'GBP' });
    });

    after(() => el?.remove());

    it('the cohort names and sizes drawn are the customers whose first purchase falls in each month', () => {
      expect(direct.map((c) => c.month)).to.deep.equal(['2010-12', '2011-01', '2011-02', '2011-03', '2011-04', '2011-05', '2011-06', '2011-07', '2011-08', '2011-09', '2011-10', '2011-11', '2011-12']);
      const names = ['Dec 2010', 'Jan 2011', 'Feb 2011', 'Mar 2011', 'Apr 2011', 'May 2011', 'Jun 2011', 'Jul 2011', 'Aug 2011', 'Sep 2011', 'Oct 2011', 'Nov 2011', 'Dec 2011'];
      const total = direct.reduce((s, c) => s + c.size, 0);
      expect(sizeColumn(el)).to.deep.equal([...direct.map((c, i) => [names[i], count(c.size)]), ['Average', count(total)]]);
      expect(direct[0]!.size).to.equal(885); // the figure every Online Retail cohort tutorial shows
    });

    it('the first cohort’s full row (December 2010, thirteen months) and several cells elsewhere', () => {
      expect(rowFigures(el, 0)).to.deep.equal(direct[0]!.counts.map(count));
      expect(direct[0]!.counts.slice(0, 4)).to.deep.equal([885, 324, 286, 340]);
      for (const [row, k] of [[1, 3], [3, 0], [6, 5], [9, 2], [11, 1]] as const) {
        expect(figure(el, row, k), `${direct[row]!.month} +${k}`).to.equal(count(direct[row]!.counts[k]!));
        expect(activeOf(el, row, k)).to.deep.equal([direct[row]!.counts[k], direct[row]!.size]);
      }
    });

    it('every cell’s name carries the count and size counted from the lines', () => {
      let cells = 0;
      direct.forEach((cohort, row) => {
        cohort.counts.forEach((n, k) => {
          expect(activeOf(el, row, k), `${cohort.month} +${k}`).to.deep.equal([n, cohort.size]);
          cells++;
        });
        expect(cellOf(el, row, cohort.counts.length), 'no cell past the data').to.equal(null);
      });
      expect(cells).to.equal((13 * 14) / 2);
    });

    it('December 2011 is still running (the data stops on the 9th): the last cell of every cohort is hatched', () => {
      const lastDay = [...invoices.values()].reduce((max, inv) => (inv.at > max ? inv.at : max), '');
      expect(lastDay.slice(0, 10)).to.equal('2011-12-09');
      const hatched = [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.cell')].filter((g) => g.querySelector('rect.hatch')).map((g) => [Number(g.dataset.row), Number(g.dataset.column)]);
      expect(hatched).to.deep.equal(direct.map((c, row) => [row, monthsBetween(c.month, '2011-12')]));
    });

    it('selecting a cell names the customers of the cohort who bought in that month', async () => {
      const row = 2;
      const k = 4; // the February 2011 cohort in June 2011
      const firstMonth = new Map<string, string>();
      const boughtIn = new Map<string, Set<string>>();
      for (const [no, inv] of invoices) {
        if (no.startsWith('C') || !(inv.milli > 0)) continue;
        const month = inv.at.slice(0, 7);
        if (!(firstMonth.get(inv.customer)! <= month)) firstMonth.set(inv.customer, month);
        boughtIn.set(inv.customer, (boughtIn.get(inv.customer) ?? new Set()).add(month));
      }
      const expected = [...firstMonth].filter(([c, m]) => m === '2011-02' && boughtIn.get(c)!.has('2011-06')).map(([c]) => c).sort();
      const selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
      cellOf(el, row, k)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const { detail } = await selected;
      expect(detail.key).to.equal('2011-02-01/4');
      expect([...detail.ids].sort()).to.deep.equal(expected);
      expect(detail.ids.length).to.equal(direct[row]!.counts[k]);
    });

    it('basis revenue: the December 2010 cohort’s net revenue (refunds included) per month, over its first month', async () => {
      const cohort = new Set<string>();
      const firstMonth = new Map<string, string>();
      for (const [no, inv] of invoices) if (!no.startsWith('C') && inv.milli > 0 && !(firstMonth.get(inv.customer)! <= inv.at.slice(0, 7))) firstMonth.set(inv.customer, inv.at.slice(0, 7));
      for (const [c, m] of firstMonth) if (m === '2010-12') cohort.add(c);
      const milli = new Map<string, number>();
      for (const inv of invoices.values()) if (cohort.has(inv.customer)) milli.set(inv.at.slice(0, 7), (milli.get(inv.at.slice(0, 7)) ?? 0) + inv.milli);
      const revenue = ['2010-12', '2011-01', '2011-06'].map((m) => milli.get(m)! / 1000);
      const byRevenue = await draw(dataset, { basis: 'revenue', currency: 'GBP' });
      const counts = byRevenue.result!.retention.cohorts[0]!.counts;
      expect(counts[0]).to.be.closeTo(revenue[0]!, 0.01);
      expect(counts[1]).to.be.closeTo(revenue[1]!, 0.01);
      expect(counts[6]).to.be.closeTo(revenue[2]!, 0.01);
      const gbp = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
      const pct = (x: number, digits: number) => new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: digits }).format(x);
      expect(figure(byRevenue, 0, 1)).to.equal(pct(revenue[1]! / revenue[0]!, 0));
      expect(cellOf(byRevenue, 0, 1)!.getAttribute('aria-label')).to.contain(`Revenue ${gbp.format(revenue[1]!)}, ${pct(revenue[1]! / revenue[0]!, 1)} of month 0`);
      byRevenue.remove();
    });
  });

  describe('CDNOW purchases', () => {
    let raw: CdnowRows;
    let dataset: Dataset;

    before(async function () {
      this.timeout(60_000);
      raw = parseCdnow(await loadFixture('cdnow-master.txt.gz'));
      dataset = parseDataset(cdnowDataset(raw), { mode: 'strict' }).dataset;
    });

    it('monthly: four cohorts (two customers first paid in November 1997) and January 1997 for all eighteen months', async () => {
      const customers: string[] = [];
      const months: string[] = [];
      raw.customer.forEach((c, i) => {
        if (!(raw.dollars[i]! > 0)) return; // a $0 row is not a purchase
        customers.push(c);
        months.push(`${raw.day[i]!.slice(0, 4)}-${raw.day[i]!.slice(4, 6)}`);
      });
      const direct = monthlyCohorts(customers, months, '1998-06');
      const el = await draw(dataset, { display: 'counts' });
      expect(sizeColumn(el).slice(0, 4)).to.deep.equal([['Jan 1997', count(direct[0]!.size)], ['Feb 1997', count(direct[1]!.size)], ['Mar 1997', count(direct[2]!.size)], ['Nov 1997', '2']]);
      expect(rowFigures(el, 0)).to.deep.equal(direct[0]!.counts.map(count));
      expect(rowFigures(el, 0)).to.have.length(18);
      // November 1997's cohort sits in row 3 but starts ten months after January: by calendar, in column 10.
      expect(rowFigures(el, 3)).to.deep.equal(direct[3]!.counts.map(count));
      el.layout = 'calendar';
      await oneEvent(el, 'crm-render');
      expect(cellOf(el, 3, 10)?.querySelector('text')?.textContent).to.equal('2');
      expect(cellOf(el, 3, 9)).to.equal(null);
      el.remove();
    });

    it('quarterly: cohorts and their distinct buyers per quarter, counted from the file', async () => {
      const quarterOf = (day: string) => Number(day.slice(0, 4)) * 4 + Math.floor((Number(day.slice(4, 6)) - 1) / 3);
      const first = new Map<string, number>();
      const active = new Map<string, Set<number>>();
      raw.customer.forEach((c, i) => {
        if (!(raw.dollars[i]! > 0)) return;
        const q = quarterOf(raw.day[i]!);
        if (!(first.get(c)! <= q)) first.set(c, q);
        active.set(c, (active.get(c) ?? new Set()).add(q));
      });
      const last = quarterOf('19980630');
      const cohorts = new Map<number, number[]>();
      for (const [c, q0] of first) {
        const counts = cohorts.get(q0) ?? new Array(last - q0 + 1).fill(0);
        for (const q of active.get(c)!) counts[q - q0]++;
        cohorts.set(q0, counts);
      }
      const expected = [...cohorts].sort(([a], [b]) => a - b);
      const el = await draw(dataset, { display: 'counts', period: 'quarter' });
      expect(sizeColumn(el).map(([name]) => name)).to.deep.equal(['Q1 1997', 'Q4 1997', 'Average']);
      expected.forEach(([, counts], row) => expect(rowFigures(el, row), `row ${row}`).to.deep.equal(counts.map(count)));
      el.remove();
    });
  });
});
