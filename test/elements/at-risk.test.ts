import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/at-risk/define.js';
import '../../src/elements/dashboard/define.js';
import { CrmAtRisk, TABLE_ROWS } from '../../src/elements/at-risk/at-risk.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import type { CrmSelectEvent } from '../../src/events/index.js';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { axeViolations } from '../support/axe.js';
import { errorShownAfter, renderedElement } from '../support/rendered-element.js';

type Rows<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>[number];
let rowId = 0;
const order = (accountId: string, at: string, amount: number): Rows<'orders'> => ({ id: `o${++rowId}`, accountId, at, amount }) as Rows<'orders'>;

/*
 * By hand (the recency metric's worked case), as of 2024-07-01 (`to`):
 *   A  buys Apr 1, May 1, May 31 (100 each): usual gap 30; an email Jun 1 → 30 days: not at risk.
 *   B  buys Jan 10, Jan 20, Feb 9, Feb 19 (100 each), refund −50 Mar 1: usual gap 10; a ticket
 *      Jun 20 → 11 days > 10: at risk, revenue 350.
 *   C  buys Mar 1 (200 + 100), Apr 20 (100): usual gap 50; last seen Apr 20 → 72 days: at risk, 400.
 *   D  buys Jun 15 (1000) once: no usual gap, never at risk; 16 days.
 *   E  buys only after `to`; F never buys: not customers.
 * At risk: C 400, B 350 → 750 of 2050 revenue (36.6%), 2 of 4 customers (50%).
 */
const shop: DatasetInput = {
  accounts: ['A', 'B', 'C', 'D', 'E', 'F'].map((id, i) => ({ id, name: `Account ${id}`, segment: i % 2 ? 'Enterprise' : 'SMB', createdAt: '2023-01-01' })) as Rows<'accounts'>[],
  orders: [
    order('A', '2024-04-01', 100), order('A', '2024-05-01', 100), order('A', '2024-05-31', 100),
    order('B', '2024-01-10', 100), order('B', '2024-01-20', 100), order('B', '2024-02-09', 100), order('B', '2024-02-19', 100), order('B', '2024-03-01', -50),
    order('C', '2024-03-01', 200), order('C', '2024-03-01T15:00:00Z', 100), order('C', '2024-04-20', 100),
    order('D', '2024-06-15', 1000), order('E', '2024-07-05', 80),
  ],
  activities: [{ id: 'x1', accountId: 'A', at: '2024-06-01', type: 'email', direction: 'inbound' }, { id: 'x2', accountId: 'F', at: '2024-06-30', type: 'email', direction: 'inbound' }],
  tickets: [{ id: 't1', accountId: 'B', openedAt: '2024-06-20', contacts: 1 }],
};

/**
 * 100,000 customers, every one at risk: customer k buys three times `gap` days apart (gap 10 to
 * 59) and was last seen `gap + 1 + k % 100` days before 2025-01-01, each order 10 + k % 997.
 * Smallest revenue, 30, for k ≡ 0 (mod 997); ties keep account order, so the last is k = 99,700
 * (gap 10, last seen 11 days before: 2024-12-21).
 */
function manyCustomers(n = 100_000): DatasetInput {
  const day = 86_400_000;
  const asOf = Date.UTC(2025, 0, 1);
  const accounts = { id: [] as string[], name: [] as string[], createdAt: [] as number[] };
  const orders = { id: [] as string[], accountId: [] as string[], at: [] as number[], amount: [] as number[] };
  for (let k = 0; k < n; k++) {
    const gap = 10 + (k % 50);
    const last = asOf - (gap + 1 + (k % 100)) * day;
    accounts.id.push(`k${k}`);
    accounts.name.push(`Customer ${k}`);
    accounts.createdAt.push(Date.UTC(2020, 0, 1));
    for (let j = 0; j < 3; j++) {
      orders.id.push(`k${k}-${j}`);
      orders.accountId.push(`k${k}`);
      orders.at.push(last - j * gap * day);
      orders.amount.push(10 + (k % 997));
    }
  }
  return { accounts, orders } as unknown as DatasetInput;
}

let many: ReturnType<typeof parseDataset>['dataset'] | undefined;
/** Parsed once for every test that needs it (parsing 300,000 orders takes a while). */
const manyDataset = () => (many ??= parseDataset(manyCustomers()).dataset);

const atRiskOf = (data: unknown, attributes = ''): Promise<CrmAtRisk> => renderedElement<CrmAtRisk>('crm-at-risk', data, attributes);

const shadow = (el: Element) => el.shadowRoot!;
const clean = (t: string | null | undefined) => t?.replace(/\s+/g, ' ').replace(/[▲▼]/g, '').trim();
const texts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((n) => clean(n.textContent));
const bodyRows = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part="customers"] .body [role="row"]')];
/** Each rendered row's cells, joined by " | ". */
const rowTexts = (el: Element) => bodyRows(el).map((r) => [...r.children].map((c) => clean(c.textContent)).join(' | '));
const grid = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="customers"]')!;
const header = (el: Element, name: string) => [...shadow(el).querySelectorAll<HTMLElement>('[role="columnheader"]')].find((th) => clean(th.textContent) === name)!;
const key = (type: string) => new KeyboardEvent('keydown', { key: type, bubbles: true, composed: true, cancelable: true });
const headline = (el: Element) => [...shadow(el).querySelectorAll('[part="headline"] div')].map((d) => `${d.querySelector('dt')!.textContent}: ${d.querySelector('dd')!.textContent}`);

/** Scroll the grid and wait until the rows for the new place are drawn. */
async function scrollGrid(el: CrmAtRisk, top: number): Promise<void> {
  const box = grid(el);
  const scrolled = oneEvent(box, 'scroll');
  box.scrollTop = top;
  await scrolled;
  await el.updateComplete;
}

describe('<crm-at-risk>', () => {
  afterEach(() => document.querySelectorAll('crm-at-risk, crm-dashboard').forEach((el) => el.remove()));

  it('draws exactly what computeMetric returns for recency (hand-computed): the at-risk customers by revenue and the revenue health', async () => {
    const el = await atRiskOf(shop, 'to=2024-07-01');
    const expected = computeMetric('recency', parseDataset(shop).dataset, { to: '2024-07-01' });
    expect(el.result).to.deep.equal(expected);
    expect(expected).to.deep.include({ atRisk: 2, revenueAtRisk: 750, revenue: 2050 });
    expect(headline(el)).to.deep.equal(['Revenue at risk: $750', 'Share of revenue: 36.6%', 'Customers at risk: 2', 'Share of customers: 50%']);
    expect(texts(el, '.as-of')[0]).to.equal("As of Jul 1, 2024. At risk: more days since the last interaction than the customer's usual gap between purchases.");
    expect(texts(el, '.caption')).to.deep.equal(['Customers at risk (2), sorted by Revenue, highest first']);
    expect(rowTexts(el)).to.deep.equal(['Account C | Apr 20, 2024 | 72 | 50 | $400', 'Account B | Jun 20, 2024 | 11 | 10 | $350']);
    // The grid knows its size and each row its place (the header is row 1).
    expect(grid(el).getAttribute('role')).to.equal('grid');
    expect(grid(el).getAttribute('aria-rowcount')).to.equal('3');
    expect(bodyRows(el).map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3']);
    expect(header(el, 'Revenue').getAttribute('aria-sort')).to.equal('descending');
    expect(texts(el, 'svg[part="chart"] text')).to.deep.equal(['Revenue at risk: $750 of $2,050 (36.6%)', 'Customers at risk: 2 of 4 (50%)']);
    // The at-risk bar is its share of the whole bar.
    const [revenue] = [...shadow(el).querySelectorAll('svg .risk')].map((r) => Number(r.getAttribute('width')));
    expect(revenue! / Number(shadow(el).querySelector('svg .rest')!.getAttribute('width'))).to.be.closeTo(750 / 2050, 1e-4);
    expect(shadow(el).querySelector('#summary')?.textContent).to.equal(
      'Customers at risk: 2 of 4 customers (50%) are past their usual gap between purchases, as of Jul 1, 2024, with $750 of revenue, 36.6% of $2,050. Largest: Account C, $400, 72 days since the last interaction against a usual 50.',
    );
  });

  it('lists every customer with its status when asked, by the button or the show-all attribute', async () => {
    const el = await atRiskOf(shop, 'to=2024-07-01');
    const toggle = shadow(el).querySelector<HTMLButtonElement>('.toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(el.showAll).to.equal(true);
    expect(el.hasAttribute('show-all')).to.equal(true);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(texts(el, '.caption')).to.deep.equal(['All customers (4), sorted by Revenue, highest first']);
    expect(rowTexts(el)).to.deep.equal([
      'Account D | Jun 15, 2024 | 16 | — | $1,000 | No gap yet',
      'Account C | Apr 20, 2024 | 72 | 50 | $400 | At risk',
      'Account B | Jun 20, 2024 | 11 | 10 | $350 | At risk',
      'Account A | Jun 1, 2024 | 30 | 30 | $300 | On rhythm',
    ]);
    expect(bodyRows(el).map((r) => r.classList.contains('late'))).to.deep.equal([false, true, true, false]);
    // The status column sorts at risk first, in the engine's order (by revenue).
    header(el, 'Status').querySelector('button')!.click();
    await el.updateComplete;
    expect(rowTexts(el).map((r) => r.split(' | ')[0])).to.deep.equal(['Account C', 'Account B', 'Account D', 'Account A']);
    el.removeAttribute('show-all');
    await el.updateComplete;
    expect(rowTexts(el)).to.have.length(2);
  });

  it('says so when no customer is at risk, and still offers every customer', async () => {
    const el = await atRiskOf(shop, 'to=2024-07-01 segment=SMB from=2024-06-01');
    // SMB: A (not at risk), C (at risk, no revenue from June on).
    expect(el.result!.customers.map((c) => [c.accountId, c.atRisk])).to.deep.equal([['C', true], ['A', false]]);
    el.segment = 'Enterprise';
    el.to = '2024-06-22';
    await el.updateComplete;
    // Enterprise as of Jun 22: B's ticket was two days ago (gap 10), D bought once.
    expect(el.result!.atRisk).to.equal(0);
    expect(texts(el, '.note')).to.deep.equal(['No customer is past their usual gap between purchases.']);
    expect(headline(el)).to.deep.equal(['Revenue at risk: $0.00', 'Share of revenue: 0%', 'Customers at risk: 0', 'Share of customers: 0%']);
    el.showAll = true;
    await el.updateComplete;
    expect(rowTexts(el).map((r) => r.split(' | ')[0])).to.deep.equal(['Account D', 'Account B']);
  });

  it('sorts by each column header button, with aria-sort and words in the caption', async () => {
    const el = await atRiskOf(shop, 'to=2024-07-01 show-all');
    const names = () => rowTexts(el).map((r) => r.split(' | ')[0]);
    const sortBy = async (name: string) => {
      header(el, name).querySelector('button')!.click();
      await el.updateComplete;
    };
    const computed = el.result;
    await sortBy('Customer');
    // A sort re-sorts the list it has: the metric is not run again.
    expect(el.result).to.equal(computed);
    expect(header(el, 'Customer').getAttribute('aria-sort')).to.equal('ascending');
    expect(shadow(el).querySelectorAll('[aria-sort]')).to.have.length(1);
    expect(names()).to.deep.equal(['Account A', 'Account B', 'Account C', 'Account D']);
    await sortBy('Customer');
    expect(header(el, 'Customer').getAttribute('aria-sort')).to.equal('descending');
    expect(names()).to.deep.equal(['Account D', 'Account C', 'Account B', 'Account A']);
    await sortBy('Days since');
    expect(names()).to.deep.equal(['Account C', 'Account A', 'Account D', 'Account B']);
    await sortBy('Last interaction');
    expect(texts(el, '.caption')[0]).to.equal('All customers (4), sorted by Last interaction, latest first');
    expect(names()).to.deep.equal(['Account B', 'Account D', 'Account A', 'Account C']);
    // D has no usual gap: last both ways.
    await sortBy('Usual gap');
    expect(names()).to.deep.equal(['Account C', 'Account A', 'Account B', 'Account D']);
    await sortBy('Usual gap');
    expect(header(el, 'Usual gap').getAttribute('aria-sort')).to.equal('ascending');
    expect(names()).to.deep.equal(['Account B', 'Account A', 'Account C', 'Account D']);
    await sortBy('Revenue');
    expect(names()).to.deep.equal(['Account D', 'Account C', 'Account B', 'Account A']);
    // The attributes sort too, and the buttons are in the tab order.
    el.setAttribute('sort', 'revenue');
    el.setAttribute('sort-direction', 'ascending');
    await el.updateComplete;
    expect(names()).to.deep.equal(['Account A', 'Account B', 'Account C', 'Account D']);
    expect(header(el, 'Revenue').querySelector('button')!.tabIndex).to.equal(0);
  });

  it('with 100,000 customers renders only the rows in view; scrolling to the end shows the last customer', async () => {
    const dataset = manyDataset();
    const el = await atRiskOf(dataset, 'to=2025-01-01');
    const r = el.result!;
    expect(r.customers).to.have.length(100_000);
    expect(r.atRisk).to.equal(100_000);
    expect(grid(el).getAttribute('aria-rowcount')).to.equal('100001');
    const bound = 40; // a 24rem box holds about 11 rows of 32 px, plus 5 either side
    expect(bodyRows(el).length).to.be.within(10, bound);
    expect(bodyRows(el)[0]!.getAttribute('aria-rowindex')).to.equal('2');
    expect(rowTexts(el)[0]).to.equal(`Customer ${r.customers[0]!.name!.slice(9)} | ${rowTexts(el)[0]!.split(' | ')[1]} | ${r.customers[0]!.recencyDays} | ${r.customers[0]!.usualGapDays} | $${(r.customers[0]!.revenue).toLocaleString('en-US')}`);
    // The body is as tall as every row, so the scroll bar is true to the list.
    expect(shadow(el).querySelector<HTMLElement>('.body')!.offsetHeight).to.equal(100_000 * 32);

    await scrollGrid(el, grid(el).scrollHeight);
    expect(bodyRows(el).length).to.be.within(10, bound);
    const last = bodyRows(el).at(-1)!;
    expect(last.getAttribute('aria-rowindex')).to.equal('100001');
    expect(last.querySelector('[role="rowheader"]')!.textContent).to.equal('Customer 99700');
    expect(r.customers.at(-1)).to.deep.include({ accountId: 'k99700', revenue: 30 });
    // …and it is inside the visible box, under the sticky header.
    const box = grid(el).getBoundingClientRect();
    const lastBox = last.getBoundingClientRect();
    expect(lastBox.bottom).to.be.at.most(box.bottom + 0.5);
    expect(lastBox.top).to.be.at.least(box.top + 44 - 0.5);

    // The middle of the list: rows around the scroll position, each at its index.
    await scrollGrid(el, 50_000 * 32);
    const indexes = bodyRows(el).map((row) => Number(row.getAttribute('aria-rowindex')) - 2);
    // The first row keeps the tab stop, so it stays rendered; the others are around row 50,000.
    expect(indexes[0]).to.equal(0);
    expect(indexes.slice(1)).to.include(50_000);
    expect(indexes.slice(1).every((i) => i >= 50_000 - 6 && i <= 50_000 + 30)).to.equal(true);
    expect(bodyRows(el).find((row) => row.dataset.row === '50000')!.querySelector('[role="rowheader"]')!.textContent).to.equal(r.customers[50_000]!.name);

    // A sort over 100,000 goes back to the top, still with few rows.
    header(el, 'Customer').querySelector('button')!.click();
    await el.updateComplete;
    await waitUntil(() => grid(el).scrollTop === 0);
    expect(bodyRows(el).length).to.be.within(10, bound);
    expect(rowTexts(el).slice(0, 3).map((t) => t.split(' | ')[0])).to.deep.equal(['Customer 0', 'Customer 1', 'Customer 10']);
  });

  it('moves a row focus with the arrow keys, PageUp/PageDown, Home and End, scrolling it into view, over 100,000 rows', async () => {
    const el = await atRiskOf(manyDataset(), 'to=2025-01-01');
    const focused = () => shadow(el).activeElement as HTMLElement | null;
    const press = async (name: string) => {
      focused()!.dispatchEvent(key(name));
      await el.updateComplete;
      await el.updateComplete;
    };
    expect(bodyRows(el).map((r) => r.tabIndex).filter((t) => t === 0)).to.have.length(1);
    bodyRows(el)[0]!.focus();
    await press('ArrowDown');
    expect(focused()?.dataset.row).to.equal('1');
    await press('ArrowUp');
    await press('ArrowUp');
    expect(focused()?.dataset.row).to.equal('0');
    await press('PageDown');
    const page = Number(focused()?.dataset.row);
    expect(page).to.be.within(8, 12); // whole rows under the header in a 24rem box
    expect(grid(el).scrollTop).to.be.greaterThan(0);
    await press('PageUp');
    expect(focused()?.dataset.row).to.equal('0');
    await press('End');
    expect(focused()?.dataset.row).to.equal('99999');
    expect(focused()?.getAttribute('aria-rowindex')).to.equal('100001');
    expect(focused()?.querySelector('[role="rowheader"]')?.textContent).to.equal('Customer 99700');
    await waitUntil(() => grid(el).scrollTop + grid(el).clientHeight >= grid(el).scrollHeight - 1, 'End did not scroll to the end');
    expect(bodyRows(el).length).to.be.at.most(40);
    await press('Home');
    expect(focused()?.dataset.row).to.equal('0');
    expect(grid(el).scrollTop).to.equal(0);
    // Scrolled away by the wheel, the focused row stays in the DOM (and focused).
    await scrollGrid(el, 70_000 * 32);
    expect(focused()?.dataset.row).to.equal('0');
    expect(bodyRows(el)[0]!.dataset.row).to.equal('0');
  });

  it('emits crm-select with the customer on click, Enter and Space; Escape clears; aria-selected follows', async () => {
    const el = await atRiskOf(shop, 'to=2024-07-01');
    let selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    bodyRows(el)[1]!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
    expect((await selected).detail).to.deep.equal({ key: 'Account B', table: 'accounts', ids: ['B'] });
    await el.updateComplete;
    expect(bodyRows(el).map((r) => r.getAttribute('aria-selected'))).to.deep.equal(['false', 'true']);
    expect(el.selectedCustomer).to.deep.equal(el.result!.customers[1]);

    bodyRows(el)[1]!.focus();
    bodyRows(el)[1]!.dispatchEvent(key('ArrowUp'));
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(bodyRows(el)[0]);
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    bodyRows(el)[0]!.dispatchEvent(key('Enter'));
    expect((await selected).detail).to.deep.equal({ key: 'Account C', table: 'accounts', ids: ['C'] });
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    bodyRows(el)[0]!.dispatchEvent(key('Escape'));
    expect((await selected).detail).to.deep.equal({ key: null, table: 'accounts', ids: [] });
    await el.updateComplete;
    expect(el.selectedCustomer).to.equal(null);
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    bodyRows(el)[0]!.dispatchEvent(key(' '));
    expect((await selected).detail.ids).to.deep.equal(['C']);
    // A second click on the selected row clears it.
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    bodyRows(el)[0]!.click();
    expect((await selected).detail.key).to.equal(null);
  });

  it('keeps the selected customer selected when the list is sorted, and the header keys do not select rows', async () => {
    const el = await atRiskOf(shop, 'to=2024-07-01 show-all');
    bodyRows(el)[0]!.click(); // D
    await el.updateComplete;
    let selects = 0;
    el.addEventListener('crm-select', () => selects++);
    header(el, 'Customer').querySelector('button')!.dispatchEvent(key('Enter'));
    el.sort = 'name';
    el.sortDirection = 'ascending';
    await el.updateComplete;
    expect(selects).to.equal(0);
    expect(bodyRows(el).map((r) => r.getAttribute('aria-selected'))).to.deep.equal(['false', 'false', 'false', 'true']);
    expect(el.selectedCustomer?.accountId).to.equal('D');
  });

  it('shows a tooltip with the customer’s rhythm on keyboard focus and on hover', async () => {
    const el = await atRiskOf(shop, 'to=2024-07-01');
    bodyRows(el)[0]!.focus();
    await el.updateComplete;
    const tip = () => [...shadow(el).querySelector('[part="tooltip"]')!.children].map((c) => c.textContent);
    expect(tip()).to.deep.equal(['Account C', 'Last interaction Apr 20, 2024, 72 days ago', 'Usual gap between purchases: 50 days', 'At risk: 22 days past the usual gap', '3 purchases · revenue $400']);
    bodyRows(el)[1]!.querySelector('[role="gridcell"]')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tip()[0]).to.equal('Account B');
    grid(el).dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="tooltip"]')).to.equal(null);
  });

  it('renders a customer named like markup as text and runs nothing', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<img src=x onerror="window.pwned=true">';
    const data = structuredClone(shop) as { accounts: { name: string }[] };
    data.accounts[2]!.name = evil; // C
    const el = await atRiskOf(data, 'to=2024-07-01 toolbar');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(bodyRows(el)[0]!.querySelector('[role="rowheader"]')!.textContent).to.equal(evil);
    expect(shadow(el).querySelector('#summary')!.textContent).to.contain(`Largest: ${evil}, $400`);
  });

  it('redraws the picture to its new width when its box changes, and fires crm-render for it', async () => {
    const el = await atRiskOf(shop, 'to=2024-07-01');
    const width = () => Number(shadow(el).querySelector('svg')!.getAttribute('width'));
    expect(width()).to.equal(720);
    let renders = 0;
    el.addEventListener('crm-render', () => renders++);
    el.style.width = '420px';
    // A loaded CI machine can take over a second to deliver the ResizeObserver callback.
    await waitUntil(() => width() === 420 && renders >= 1, 'did not redraw at 420px', { timeout: 5000 });
    // The grid scrolls sideways in a narrow box instead of squeezing its columns.
    expect(grid(el).scrollWidth).to.be.greaterThan(grid(el).clientWidth);
  });

  it('exports every listed customer as CSV in the order shown, and the revenue health as SVG and PNG', async () => {
    const el = await atRiskOf(shop, 'to=2024-07-01 sort=days-since');
    expect(el.toCSV().split('\r\n')).to.deep.equal([
      'Customer,Account id,Last interaction,Days since,Usual gap (days),Purchases,Revenue,At risk',
      'Account C,C,2024-04-20,72,50,3,400,yes',
      'Account B,B,2024-06-20,11,10,4,350,yes',
      '',
    ]);
    el.showAll = true;
    await el.updateComplete;
    expect(el.toCSV().split('\r\n').slice(1, 5)).to.deep.equal(['Account C,C,2024-04-20,72,50,3,400,yes', 'Account A,A,2024-06-01,30,30,3,300,no', 'Account D,D,2024-06-15,16,,1,1000,no', 'Account B,B,2024-06-20,11,10,4,350,yes']);
    const svg = el.toSVG();
    expect(svg).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('Revenue at risk: $750 of $2,050 (36.6%)');
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  it('in the table view shows the first rows with the caption saying so; the CSV has all 100,000', async () => {
    const el = await atRiskOf(manyDataset(), 'to=2025-01-01 toolbar');
    shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part="table"] tbody tr')).to.have.length(TABLE_ROWS);
    expect(shadow(el).querySelector('[part="table"] caption')!.textContent).to.equal('Customers at risk, sorted by Revenue, highest first — the first 250 of 100,000 are shown; the CSV download lists every one');
    const csv = el.toCSV().split('\r\n');
    expect(csv).to.have.length(100_002);
    expect(csv[100_000]).to.equal('Customer 99700,k99700,2024-12-21,11,10,3,30,yes');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe-core violations, ${theme}, in the chart and in the table view`, async () => {
      const el = await atRiskOf(shop, `to=2024-07-01 theme=${theme} toolbar show-all`);
      bodyRows(el)[1]!.click();
      await el.updateComplete;
      expect(await axeViolations(el)).to.deep.equal([]);
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="table"]')).to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('formats days, money and percentages for its locale and currency', async () => {
    const el = await atRiskOf(shop, 'to=2024-07-01 locale=de-DE currency=EUR');
    expect(rowTexts(el).map((t) => t.replace(/\u00a0/g, ' '))).to.deep.equal(['Account C | 20.04.2024 | 72 | 50 | 400 €', 'Account B | 20.06.2024 | 11 | 10 | 350 €']);
    expect(headline(el).map((t) => t.replace(/\u00a0/g, ' '))).to.deep.equal(['Revenue at risk: 750 €', 'Share of revenue: 36,6 %', 'Customers at risk: 2', 'Share of customers: 50 %']);
  });

  it('counts the days in its time zone', async () => {
    const el = await atRiskOf(shop, 'to=2024-07-01 time-zone=America/New_York');
    const dataset = parseDataset(shop).dataset;
    expect(el.result).to.deep.equal(computeMetric('recency', dataset, { to: '2024-07-01', timeZone: 'America/New_York' }));
    // In New York, C's orders at UTC midnight fall on Feb 29, Mar 1 and Apr 19: gaps 1 and 49,
    // usual 25, last seen Apr 19, 73 days before Jul 1. Shown as the local days counted.
    expect(rowTexts(el)[0]).to.equal('Account C | Apr 19, 2024 | 73 | 25 | $400');
  });

  it('shows loading while src is fetched, then the empty state for data without customers', async () => {
    const el = document.createElement('crm-at-risk') as CrmAtRisk;
    el.src = '/api/slow.json?ms=300';
    document.body.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="loading"]')?.textContent).to.equal('Loading data…');
    await waitUntil(() => shadow(el).querySelector('[part~="empty"]'), 'no empty state after loading');
    expect(shadow(el).querySelector('[part~="empty"]')?.textContent).to.equal('No customers to show.');
    expect(el.result).to.deep.include({ customers: [], atRisk: 0, shareAtRisk: null });
  });

  it('draws the good rows and says which rows were left out', async () => {
    const data = structuredClone(shop) as { orders: Record<string, unknown>[] };
    data.orders.push({ id: 'bad', accountId: 'A', at: 'yesterday', amount: 5 });
    const el = document.createElement('crm-at-risk') as CrmAtRisk;
    el.setAttribute('to', '2024-07-01');
    el.data = data;
    const warning = oneEvent(el, 'crm-data-warning');
    document.body.append(el);
    await warning;
    await el.updateComplete;
    const notice = shadow(el).querySelector('[part="warning"]')!;
    expect(notice.querySelector('summary')?.textContent).to.equal('1 row was left out because of data problems.');
    expect(notice.querySelector('li')?.textContent).to.match(/^orders\[13\]\.at: /);
    expect(el.result?.atRisk).to.equal(2);
  });

  it('shows the empty state for filters that match nothing, an error for bad input, a bad URL and a bad sort, and recovers', async () => {
    const el = await atRiskOf(shop, 'to=2024-07-01');
    el.segment = 'Nobody';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="empty"]')?.textContent).to.equal('No customers match these filters.');
    el.segment = undefined;
    expect(await errorShownAfter(el, () => el.setAttribute('sort', 'profit'))).to.contain('unknown sort for crm-at-risk: "profit" (expected one of "name", "last-interaction", "days-since", "usual-gap", "revenue", "status")');
    el.setAttribute('sort', 'name');
    await el.updateComplete;
    // By name in the direction set (descending, the default): Z to A.
    expect(rowTexts(el).map((t) => t.split(' | ')[0])).to.deep.equal(['Account C', 'Account B']);
    expect(await errorShownAfter(el, () => el.setAttribute('sort-direction', 'up'))).to.contain('unknown sort-direction for crm-at-risk: "up"');
    el.setAttribute('sort-direction', 'ascending');
    await el.updateComplete;
    expect(rowTexts(el).map((t) => t.split(' | ')[0])).to.deep.equal(['Account B', 'Account C']);
    expect(await errorShownAfter(el, () => (el.data = { orders: 'not a list' }))).to.contain('orders: expected a list of rows');
    expect(await errorShownAfter(el, () => {
      el.data = undefined;
      el.src = '/api/missing.json';
    })).to.contain('/api/missing.json');
  });

  it('on generated data: the same numbers as the engine, every at-risk customer in the grid’s count, and the rows drawn match', async () => {
    const raw = generateDataset({ seed: 7, accounts: 800 });
    const el = await atRiskOf(raw);
    const expected = computeMetric('recency', parseDataset(raw).dataset);
    expect(el.result).to.deep.equal(expected);
    expect(expected.atRisk).to.be.greaterThan(20);
    expect(grid(el).getAttribute('aria-rowcount')).to.equal(String(expected.atRisk + 1));
    const f = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    const shown = bodyRows(el).map((r) => [r.querySelector('[role="rowheader"]')!.textContent, r.querySelectorAll('[role="gridcell"]')[3]!.textContent]);
    expect(shown).to.deep.equal(expected.customers.slice(0, shown.length).map((c) => [c.name ?? c.accountId, Math.abs(c.revenue) >= 100 ? f.format(c.revenue) : c.revenue.toLocaleString('en-US', { style: 'currency', currency: 'USD' })]));
    const share = (expected.atRisk / expected.customers.length) * 100;
    expect(headline(el)[3]).to.equal(`Share of customers: ${share.toFixed(1).replace(/\.0$/, '')}%`);
  });

  it('inside a <crm-dashboard>: takes its data, filters and currency; its selection becomes the cross-filter', async () => {
    const dashboard = document.createElement('crm-dashboard');
    for (const [name, value] of [['to', '2024-07-01'], ['segment', 'Enterprise'], ['currency', 'EUR'], ['locale', 'en-US']]) dashboard.setAttribute(name!, value!);
    const el = document.createElement('crm-at-risk');
    el.setAttribute('show-all', '');
    dashboard.append(el);
    dashboard.data = shop;
    const rendered = oneEvent(el, 'crm-render');
    document.body.append(dashboard);
    await rendered;
    await el.updateComplete;
    expect(el.result).to.deep.equal(computeMetric('recency', parseDataset(shop).dataset, { to: '2024-07-01', segment: 'Enterprise' }));
    expect(rowTexts(el).map((t) => t.split(' | ')[0])).to.deep.equal(['Account D', 'Account B']);
    expect(headline(el)[0]).to.equal('Revenue at risk: €350');
    bodyRows(el)[1]!.click();
    await el.updateComplete;
    const selection = (dashboard as unknown as { selection: { key: string; ids: string[] } | null }).selection;
    expect([selection?.key, selection?.ids]).to.deep.equal(['Account B', ['B']]);
    (dashboard as unknown as { clearSelection(): void }).clearSelection();
    await waitUntil(() => bodyRows(el)[1]!.getAttribute('aria-selected') === 'false', 'the selection was not cleared');
  });

  it('registers once: a second copy of the kit defining the tag does not throw', () => {
    const original = customElements.get('crm-at-risk');
    expect(() => defineElement('crm-at-risk', class SecondCopy extends CrmAtRisk {})).to.not.throw();
    expect(customElements.get('crm-at-risk')).to.equal(original);
  });
});
