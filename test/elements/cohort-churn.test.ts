import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/cohort-churn/define.js';
import { CrmCohortChurn } from '../../src/elements/cohort-churn/cohort-churn.js';
import { contrastRatio, pickInk, relativeLuminance, type Rgb } from '../../src/elements/cohort-churn/cohort-colors.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import type { CrmRenderEvent, CrmSelectEvent } from '../../src/events/index.js';
import { generateDataset } from '../../src/generator/index.js';
import { cohortMembers } from '../../src/metrics/customers/cohort-members.js';
import { computeMetric } from '../../src/metrics/index.js';
import type { MetricOptions } from '../../src/metrics/options.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { buildTable } from '../../src/table/index.js';
import { axeViolations } from '../support/axe.js';

type Rows<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>[number];
let rowId = 0;
const order = (accountId: string, at: string, amount: number): Rows<'orders'> => ({ id: `o${++rowId}`, accountId, at, amount }) as Rows<'orders'>;

/*
 * Worked by hand (months of 2024, UTC), as in test/metrics/customers/cohort-retention.test.ts:
 *   A  Jan 05 +100, Feb 10 +50, Mar 03 +30           cohort Jan
 *   B  Jan 20 +200, Feb 02 −40 (refund), Mar 15 +100  cohort Jan
 *   C  Feb 01 +80, Feb 20 +20, Mar 10 +60            cohort Feb
 *   D  Feb 28 +120                                   cohort Feb
 *   E  Mar 31 +50                                    cohort Mar
 *   G  Dec 15 2023 +70, Jan 10 +10, Feb 05 +10       cohort Dec 2023 (before `from`)
 * From Jan to Apr: Jan [A B, A, A B] = [2, 1, 2] → 100%, 50%, 100%; Feb [C D, C] = [2, 1] →
 * 100%, 50%; Mar [E] = [1]. Average [5/5, 2/4, 2/2]. Revenue: Jan [300, 10, 130], Feb [220, 60],
 * Mar [50]; rates Jan [1, 3.3%, 43.3%], Feb [1, 27.3%].
 */
const shop: DatasetInput = {
  orders: [
    order('A', '2024-01-05', 100), order('A', '2024-02-10', 50), order('A', '2024-03-03', 30),
    order('B', '2024-01-20', 200), order('B', '2024-02-02', -40), order('B', '2024-03-15', 100),
    order('C', '2024-02-01', 80), order('C', '2024-02-20', 20), order('C', '2024-03-10', 60),
    order('D', '2024-02-28', 120), order('E', '2024-03-31', 50),
    order('G', '2023-12-15', 70), order('G', '2024-01-10', 10), order('G', '2024-02-05', 10),
  ],
};
const quarter = 'from=2024-01-01 to=2024-04-01';

async function cohortsOf(data: DatasetInput | unknown, attributes = '', width = 720): Promise<CrmCohortChurn> {
  const el = document.createElement('crm-cohort-churn');
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of attributes.split(' ').filter(Boolean).map((a) => a.split('='))) el.setAttribute(name as string, value ?? '');
  el.style.width = `${width}px`;
  el.data = data;
  const rendered = oneEvent(el, 'crm-render') as Promise<CrmRenderEvent>;
  document.body.append(el);
  await rendered;
  await el.updateComplete;
  return el;
}

const cells = (el: CrmCohortChurn) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.cell')];
const cell = (el: CrmCohortChurn, row: number, column: number) => el.shadowRoot!.querySelector<SVGGElement>(`g.cell[data-row="${row}"][data-column="${column}"]`)!;
const figure = (g: Element) => g.querySelector('text.figure')?.textContent ?? '';
const rowLabels = (el: CrmCohortChurn) => [...el.shadowRoot!.querySelectorAll('g.row-label')].map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent));
const key = (target: Element, name: string, init: KeyboardEventInit = {}) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, ...init }));
const rgb = (text: string | null): Rgb => (text!.match(/\d+/g)!.slice(0, 3).map(Number) as unknown) as Rgb;

describe('<crm-cohort-churn>', () => {
  afterEach(() => document.querySelectorAll('crm-cohort-churn').forEach((el) => el.remove()));

  it('draws exactly what the engine returns: every cell, the sizes and the average row', async () => {
    const el = await cohortsOf(shop, quarter);
    const dataset = parseDataset(shop).dataset;
    const options = { from: '2024-01-01', to: '2024-04-01' };
    expect(el.result!.retention).to.deep.equal(computeMetric('cohort-retention', dataset, { ...options, period: 'month', basis: 'customers', source: 'auto' }));
    expect(el.result!.churn).to.deep.equal(computeMetric('churn-rate', dataset, { ...options, definition: 'auto', inactiveDays: 90 }));
    expect(el.result!.renewal).to.deep.equal(computeMetric('renewal-rate', dataset, { ...options, graceDays: 31 }));
    // Rows: three cohorts, then the average; each cell's figure, in row order.
    const drawn = [0, 1, 2, 3].map((row) => cells(el).filter((g) => g.dataset.row === String(row)).map(figure));
    expect(drawn).to.deep.equal([['100%', '50%', '100%'], ['100%', '50%'], ['100%'], ['100%', '50%', '100%']]);
    expect(rowLabels(el)).to.deep.equal([['Jan 2024', '2'], ['Feb 2024', '2'], ['Mar 2024', '1'], ['Average', '5']]);
    expect(cell(el, 0, 1).getAttribute('aria-label')).to.equal('Cohort Jan 2024, month 1: 50%; 1 of 2 customers active (50%); In Feb 2024');
    expect(cell(el, 3, 1).getAttribute('aria-label')).to.equal('Average, month 1: 50%; 2 of 4 customers active (50%); Weighted by cohort size, over 2 cohorts');
    const headline = [...el.shadowRoot!.querySelectorAll('[part="headline"] div')].map((d) => [...d.children].map((c) => c.textContent));
    expect(headline[0]).to.deep.equal(['Customers in cohorts', '5', '3 cohorts by month']);
    expect(headline[1]![0]).to.equal('Churn rate (lost / active at start)');
    expect(headline[1]![1]).to.equal('0%');
    expect(headline[1]![2]).to.equal('0 lost of 1 customers active at the start; definition inactivity: lost after 90 days without a purchase');
    // No subscriptions: an honest dash with the reason, never 0%.
    expect(headline[2]).to.deep.equal(['Renewal rate (renewed / ended terms)', '—', 'No subscriptions in the data: nothing to renew']);
  });

  it('summarises the figures for screen readers and is a labelled figure with a grid', async () => {
    const el = await cohortsOf(shop, quarter);
    expect(el.getAttribute('role')).to.equal('figure');
    expect(el.getAttribute('aria-label')).to.equal('Cohort retention');
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).to.equal(
      'Cohort retention by month, customers basis: 3 cohorts, 5 customers. Weighted average after 1 month: 50% of customers active. Churn rate 0% (inactivity); no renewal rate (no subscription term ended in the range).',
    );
    const grid = el.shadowRoot!.querySelector('g.grid')!;
    expect(grid.getAttribute('role')).to.equal('grid');
    expect(grid.querySelectorAll('[role="row"]')).to.have.length(4);
    expect(grid.querySelectorAll('[role="gridcell"]')).to.have.length(9);
  });

  it('layout offset puts offset k in column k; layout calendar in the cohort’s period plus k', async () => {
    const byOffset = await cohortsOf(shop, quarter);
    // Where the cells are on the page (each row is a viewport that places its cells by column).
    const width = cell(byOffset, 0, 0).querySelector('rect')!.getBoundingClientRect().width;
    const x = (el: CrmCohortChurn, row: number, column: number) => cell(el, row, column).querySelector('rect')!.getBoundingClientRect().x;
    // February's cohort: month 0 and month 1 in columns 0 and 1 by offset, under Feb and Mar by calendar.
    expect([x(byOffset, 1, 0), x(byOffset, 1, 1)]).to.deep.equal([x(byOffset, 0, 0), x(byOffset, 0, 1)]);
    expect(cell(byOffset, 1, 2)).to.equal(null);
    const calendar = await cohortsOf(shop, `${quarter} layout=calendar`);
    expect(cell(calendar, 1, 0)).to.equal(null);
    expect(figure(cell(calendar, 1, 1))).to.equal('100%');
    expect(figure(cell(calendar, 1, 2))).to.equal('50%');
    expect(figure(cell(calendar, 2, 2))).to.equal('100%');
    expect(x(calendar, 2, 2) - x(calendar, 0, 0)).to.be.closeTo(2 * width, 0.01);
    const headers = [...calendar.shadowRoot!.querySelectorAll('g.column-labels text')].map((t) => t.textContent);
    expect(headers).to.deep.equal(['Jan 24', 'Feb 24', 'Mar 24']);
    // By calendar month the average row weighs the cohorts present in each month: Mar is A B C E of 5.
    expect([0, 1, 2].map((c) => figure(cell(calendar, 3, c)))).to.deep.equal(['100%', '75%', '80%']);
    expect(cell(calendar, 3, 1).getAttribute('aria-label')).to.contain('3 of 4 customers active');
  });

  it('display counts draws the active customers; basis revenue draws the money and rates over month 0', async () => {
    const counts = await cohortsOf(shop, `${quarter} display=counts`);
    expect(cells(counts).filter((g) => g.dataset.row === '0').map(figure)).to.deep.equal(['2', '1', '2']);
    const revenue = await cohortsOf(shop, `${quarter} basis=revenue`);
    expect(cells(revenue).filter((g) => g.dataset.row === '0').map(figure)).to.deep.equal(['100%', '3%', '43%']);
    expect(cell(revenue, 0, 1).getAttribute('aria-label')).to.equal('Cohort Jan 2024, month 1: 3%; Revenue $10.00, 3.3% of month 0; month 0: $300 from 2 customers; In Feb 2024');
    const money = await cohortsOf(shop, `${quarter} basis=revenue display=counts`);
    expect(cells(money).filter((g) => g.dataset.row === '1').map(figure)).to.deep.equal(['$220', '$60']);
  });

  it('marks the periods still running: hatched, in the tooltip, the name and the table', async () => {
    // Without `to` the data ends on March 31: March is still running, for every cohort.
    const el = await cohortsOf(shop, 'from=2024-01-01 toolbar');
    expect(el.result!.retention.incomplete).to.deep.equal([2, 1, 0]);
    const hatched = cells(el).filter((g) => g.querySelector('rect.hatch')).map((g) => [g.dataset.row, g.dataset.column]);
    expect(hatched).to.deep.equal([['0', '2'], ['1', '1'], ['2', '0']]);
    expect(cell(el, 0, 2).getAttribute('aria-label')).to.contain('Mar 2024: still running, figures partial');
    expect(cell(el, 0, 1).getAttribute('aria-label')).to.contain('In Feb 2024');
    expect(el.shadowRoot!.querySelector('g.legend-notes')!.textContent).to.contain('Hatched: a period still running');
    expect(el.toCSV().split('\r\n')[3]).to.equal('2024-01-01,2,2,2024-03-01,2,1,incomplete (period still running)');
    // The hatch is not the selection or the focus: a complete period has none.
    const complete = await cohortsOf(shop, quarter);
    expect(complete.shadowRoot!.querySelectorAll('rect.hatch')).to.have.length(0);
  });

  it('the average row is the engine’s size-weighted average, set apart from the cohorts', async () => {
    const el = await cohortsOf(shop, `${quarter} display=counts`);
    const rows = [...el.shadowRoot!.querySelectorAll('.grid-row')];
    expect(rows.map((r) => r.classList.contains('average'))).to.deep.equal([false, false, false, true]);
    // The average row shows its rate in both displays: a weighted average is a rate.
    expect(cells(el).filter((g) => g.dataset.row === '3').map(figure)).to.deep.equal(el.result!.retention.average.map((r) => `${Math.round(r! * 100)}%`));
    const averageY = rows[3]!.querySelector('rect')!.getBoundingClientRect().y;
    const last = rows[2]!.querySelector('rect')!.getBoundingClientRect();
    expect(averageY - last.y, 'a gap above the average row').to.be.greaterThan(last.height + 4);
  });

  it('chooses each figure’s ink for contrast: white on dark, dark on light, at least 4.5:1 where either can', async () => {
    const white: Rgb = [255, 255, 255];
    const ink: Rgb = [29, 35, 48];
    expect(pickInk([37, 99, 184], [ink, white])).to.deep.equal(white);
    expect(pickInk([244, 246, 249], [ink, white])).to.deep.equal(ink);
    expect(relativeLuminance(white)).to.be.closeTo(1, 1e-9);
    expect(contrastRatio([0, 0, 0], white)).to.be.closeTo(21, 1e-9);
    expect(contrastRatio([119, 119, 119], white)).to.be.closeTo(4.48, 0.01);

    const data = generateDataset({ seed: 3, accounts: 1500, months: 24 });
    for (const theme of ['light', 'dark']) {
      const el = await cohortsOf(data, `theme=${theme}`, 1400);
      const drawn = cells(el).filter((g) => g.querySelector('text'));
      const inks = [...new Set(drawn.map((g) => g.querySelector('text')!.getAttribute('fill')))].map(rgb);
      expect(inks, `${theme}: two inks`).to.have.length(2);
      let checked = 0;
      for (const g of drawn) {
        const fill = rgb(g.querySelector('rect')!.getAttribute('fill'));
        const chosen = contrastRatio(fill, rgb(g.querySelector('text')!.getAttribute('fill')));
        const best = Math.max(...inks.map((i) => contrastRatio(fill, i)));
        expect(chosen, `${theme} ${g.dataset.row}/${g.dataset.column}`).to.equal(best);
        if (best >= 4.5) expect(chosen).to.be.at.least(4.5);
        checked++;
      }
      expect(checked).to.be.greaterThan(100);
      el.remove();
    }
  });

  it('a theme colour set by the page drives the ramp: the top of the scale is --crm-cohort-high-color', async () => {
    const el = await cohortsOf(shop, quarter);
    el.style.setProperty('--crm-cohort-high-color', 'rgb(200, 0, 0)');
    el.style.setProperty('--crm-cohort-low-color', 'oklch(98% 0 0)');
    el.theme = 'dark'; // a redraw re-reads the theme colours
    await el.updateComplete;
    const [r, g, b] = rgb(cell(el, 0, 0).querySelector('rect')!.getAttribute('fill'));
    expect([r, g, b]).to.satisfy(([x, y, z]: number[]) => Math.abs(x! - 200) <= 1 && y! <= 1 && z! <= 1);
    expect(figure(cell(el, 0, 0))).to.equal('100%');
    expect(rgb(cell(el, 0, 0).querySelector('text')!.getAttribute('fill'))).to.satisfy((ink: Rgb) => relativeLuminance(ink) > 0.5);
  });

  it('arrow keys move across offsets and cohorts, Home/End along a row; Enter selects the cell’s customers, Escape clears', async () => {
    const el = await cohortsOf(shop, quarter);
    const table = buildTable(parseDataset(shop).dataset);
    const options: MetricOptions = { from: '2024-01-01', to: '2024-04-01', period: 'month', basis: 'customers', source: 'auto' };
    const active = () => el.shadowRoot!.activeElement as SVGGElement | null;
    const at = () => [Number(active()?.dataset.row), Number(active()?.dataset.column)];
    const press = async (name: string, init: KeyboardEventInit = {}) => {
      key(active()!, name, init);
      await el.updateComplete;
      await el.updateComplete;
    };
    expect(cells(el).filter((g) => g.getAttribute('tabindex') === '0').map((g) => [g.dataset.row, g.dataset.column])).to.deep.equal([['0', '0']]);
    cell(el, 0, 0).focus();
    await press('ArrowRight');
    expect(at()).to.deep.equal([0, 1]);
    await press('ArrowDown');
    expect(at()).to.deep.equal([1, 1]);
    await press('ArrowDown'); // March's cohort has month 0 only: the column clamps
    expect(at()).to.deep.equal([2, 0]);
    await press('ArrowDown');
    expect(at()).to.deep.equal([3, 0]);
    await press('End');
    expect(at()).to.deep.equal([3, 2]);
    await press('ArrowUp');
    expect(at()).to.deep.equal([2, 0]);
    await press('ArrowUp');
    await press('ArrowUp');
    expect(at()).to.deep.equal([0, 0]);
    await press('End');
    expect(at()).to.deep.equal([0, 2]);
    await press('Home', { ctrlKey: true });
    expect(at()).to.deep.equal([0, 0]);
    expect(cells(el).filter((g) => g.getAttribute('tabindex') === '0')).to.have.length(1);
    // The focused cell is ringed (an overlay that contrasts on every shade).
    const ring = el.shadowRoot!.querySelector('.focus-ring-outer')!;
    expect(ring.getAttribute('visibility')).to.equal('visible');
    expect(ring.getBoundingClientRect().x).to.be.closeTo(cell(el, 0, 0).querySelector('rect')!.getBoundingClientRect().x - 1.5, 1);

    await press('ArrowRight');
    let selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    key(active()!, 'Enter');
    expect((await selected).detail).to.deep.equal({ key: '2024-01-01/1', table: 'accounts', ids: ['A'] });
    await el.updateComplete;
    expect(cell(el, 0, 1).getAttribute('aria-selected')).to.equal('true');
    expect(cell(el, 0, 1).classList.contains('selected')).to.equal(true);
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    key(active()!, 'Escape');
    expect((await selected).detail).to.deep.equal({ key: null, table: 'accounts', ids: [] });
    await el.updateComplete;
    expect(cell(el, 0, 1).getAttribute('aria-selected')).to.equal('false');

    // Every cell's selection names exactly the accounts cohortMembers gives, as many as it counts.
    for (const g of cells(el)) {
      const row = Number(g.dataset.row);
      const column = Number(g.dataset.column);
      const event = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
      g.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const { detail } = await event;
      const cohort = el.result!.retention.cohorts[row];
      const expected = cohortMembers(table, options, { cohort: cohort?.start ?? null, offset: column });
      expect(detail.ids, `${row}/${column}`).to.deep.equal(expected);
      expect(detail.key).to.equal(cohort ? `${cohort.start}/${column}` : `average/${column}`);
      const count = cohort ? cohort.counts[column] : el.result!.retention.cohorts.reduce((s, c) => s + (c.counts[column] ?? 0), 0);
      expect(detail.ids.length).to.equal(count);
      await el.updateComplete;
      g.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })); // a second click clears
      await el.updateComplete;
    }
  });

  it('hover highlights the cell’s row and column and shows its tooltip; leaving hides both', async () => {
    const el = await cohortsOf(shop, quarter);
    const target = cell(el, 1, 1);
    target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const rowBox = el.shadowRoot!.querySelector('.row-highlight')!;
    const columnBox = el.shadowRoot!.querySelector('.column-highlight')!;
    const rect = target.querySelector('rect')!;
    expect(rowBox.getAttribute('visibility')).to.equal('visible');
    expect(rowBox.getBoundingClientRect().y).to.be.closeTo(rect.getBoundingClientRect().y, 1);
    expect(columnBox.getBoundingClientRect().x).to.be.closeTo(rect.getBoundingClientRect().x, 1);
    expect([...el.shadowRoot!.querySelectorAll('g.row-label')].map((g) => g.classList.contains('highlight'))).to.deep.equal([false, true, false, false]);
    expect([...el.shadowRoot!.querySelectorAll('g.column-labels text')].map((t) => t.classList.contains('highlight'))).to.deep.equal([false, true, false]);
    const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
    expect([...tip.children].map((c) => c.textContent)).to.deep.equal(['Cohort Feb 2024, month 1', '1 of 2 customers active (50%)', 'In Mar 2024']);
    el.shadowRoot!.querySelector('svg')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.equal(null);
    expect(rowBox.getAttribute('visibility')).to.equal('hidden');
    expect(el.shadowRoot!.querySelectorAll('.highlight')).to.have.length(0);
  });

  it('shows the tooltip on keyboard focus, for the average row too', async () => {
    const el = await cohortsOf(shop, quarter);
    cell(el, 3, 1).focus();
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
    expect([...tip.children].map((c) => c.textContent)).to.deep.equal(['Average, month 1', '2 of 4 customers active (50%)', 'Weighted by cohort size, over 2 cohorts']);
  });

  it('account ids and values like markup reach the DOM only as text, and the selection carries them verbatim', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<img src=x onerror="window.pwned=true">';
    const el = await cohortsOf({ orders: [order(evil, '2024-01-05', 10), order(evil, '2024-02-05', 10), { id: 'bad', accountId: evil, at: '2024-02-06', amount: 'x<script>' } as never] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="warning"] li')!.textContent).to.contain('x<script>');
    const selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    cell(el, 0, 1).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await selected).detail.ids).to.deep.equal([evil]);
  });

  it('redraws to its new width; narrow boxes shrink cells, hide figures, then scroll', async () => {
    const el = await cohortsOf(shop, quarter);
    const cellWidth = () => cell(el, 0, 0).querySelector('rect')!.getBoundingClientRect().width;
    const svgWidth = () => Number(el.shadowRoot!.querySelector('svg')!.getAttribute('width'));
    expect(svgWidth()).to.equal(720);
    const wide = cellWidth();
    el.style.width = '300px';
    await waitUntil(() => svgWidth() === 300, 'did not redraw at 300px', { timeout: 5000 });
    expect(cellWidth()).to.be.below(wide);
    expect(figure(cell(el, 0, 0))).to.equal('100%');

    const weekly = await cohortsOf(generateDataset({ seed: 5, accounts: 1500, months: 24 }), 'period=week from=2023-01-02 to=2024-01-01', 400);
    expect(weekly.result!.retention.cohorts.length).to.be.greaterThan(45);
    expect(weekly.result!.retention.average.length).to.equal(52);
    const scroller = weekly.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    expect(scroller.scrollWidth, 'scrolls sideways').to.be.greaterThan(scroller.clientWidth);
    expect(cell(weekly, 0, 0).querySelector('rect')!.getBoundingClientRect().width).to.be.closeTo(12, 0.01); // MIN_CELL
    expect(cells(weekly).every((g) => figure(g) === ''), 'figures hidden').to.equal(true);
    expect(cell(weekly, 0, 3).getAttribute('aria-label'), 'still named').to.match(/^Cohort Jan 2, 2023, week 3: \d+%; \d+ of \d+ customers active/);
  });

  it('max-periods caps the offsets', async () => {
    const el = await cohortsOf(shop, `${quarter} max-periods=2`);
    expect(el.result!.retention.average).to.have.length(2);
    expect(cells(el).filter((g) => g.dataset.row === '0').map(figure)).to.deep.equal(['100%', '50%']);
    expect([...el.shadowRoot!.querySelectorAll('g.column-labels text')].map((t) => t.textContent)).to.deep.equal(['0', '1']);
  });

  it('says in the legend that revenue rates above 100% are clamped, and draws them at the top shade', async () => {
    const growing: DatasetInput = { orders: [order('A', '2024-01-05', 100), order('A', '2024-02-05', 250), order('B', '2024-01-07', 100), order('B', '2024-02-09', 20)] };
    const el = await cohortsOf(growing, 'basis=revenue to=2024-03-01');
    expect(figure(cell(el, 0, 1))).to.equal('135%');
    expect(el.shadowRoot!.querySelector('g.legend-notes')!.textContent).to.contain('Rates above 100% (expansion) are clamped to the 100% shade.');
    expect(cell(el, 0, 1).querySelector('rect')!.getAttribute('fill')).to.equal(cell(el, 0, 0).querySelector('rect')!.getAttribute('fill'));
  });

  it('exports every cell as CSV, and its picture as SVG and PNG', async () => {
    const el = await cohortsOf(shop, quarter);
    const csv = el.toCSV().split('\r\n');
    expect(csv[0]).to.equal('Cohort,Cohort size,Offset (months),Period,Active customers,Rate,Status');
    expect(csv.slice(1, 7)).to.deep.equal([
      '2024-01-01,2,0,2024-01-01,2,1,complete',
      '2024-01-01,2,1,2024-02-01,1,0.5,complete',
      '2024-01-01,2,2,2024-03-01,2,1,complete',
      '2024-02-01,2,0,2024-02-01,2,1,complete',
      '2024-02-01,2,1,2024-03-01,1,0.5,complete',
      '2024-03-01,1,0,2024-03-01,1,1,complete',
    ]);
    expect(csv.slice(7, 10)).to.deep.equal(['Average (weighted by cohort size),5,0,,5,1,complete', 'Average (weighted by cohort size),4,1,,2,0.5,complete', 'Average (weighted by cohort size),2,2,,2,1,complete']);
    const svg = el.toSVG();
    expect(svg).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('Jan 2024');
    expect(svg).to.contain('crm-cohort-hatch');
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe-core violations, ${theme}, in the chart and in the table view`, async () => {
      const el = await cohortsOf(shop, `${quarter} theme=${theme} toolbar`);
      expect(await axeViolations(el)).to.deep.equal([]);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="table"]')).to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('formats months, numbers, money and percentages for its locale', async () => {
    const el = await cohortsOf(shop, `${quarter} locale=de-DE currency=EUR basis=revenue toolbar`);
    expect(rowLabels(el).map((r) => r[0])).to.deep.equal(['Jan. 2024', 'Feb. 2024', 'März 2024', 'Average']);
    expect(figure(cell(el, 0, 2)).replace(/\u00a0/g, ' ')).to.equal('43 %');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
    await el.updateComplete;
    const second = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')][1]!;
    expect([...second.children].map((c) => c.textContent?.replace(/\u00a0/g, ' '))).to.deep.equal(['Jan. 2024', '2', '1', 'Feb. 2024', '10,00 €', '3,3 %', 'complete']);
  });

  it('shows loading while src is fetched, then draws', async () => {
    const el = document.createElement('crm-cohort-churn') as CrmCohortChurn;
    el.src = '/api/slow.json?ms=300';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="loading"]')?.textContent).to.equal('Loading data…');
    // The slow route answers a pipeline of deals without orders: no cohorts to draw.
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="loading"]') === null, 'still loading');
    expect(el.shadowRoot!.querySelector('[part~="empty"]')?.textContent).to.equal('No purchases or subscriptions to group into cohorts.');
    // A URL with orders: loading, then the heatmap.
    const url = URL.createObjectURL(new Blob([JSON.stringify(shop)], { type: 'application/json' }));
    const rendered = oneEvent(el, 'crm-render');
    el.src = url;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="loading"]')?.textContent).to.equal('Loading data…');
    await rendered;
    await el.updateComplete;
    expect(cells(el)).to.have.length(14); // Dec 2023 to Mar 2024: four cohorts (G's December too), ten cells, four averages
    URL.revokeObjectURL(url);
  });

  it('draws the good rows and says which rows were left out', async () => {
    const data = structuredClone(shop) as { orders: Record<string, unknown>[] };
    data.orders.push({ id: 'bad', accountId: 'A', at: 'yesterday', amount: 5 });
    const el = document.createElement('crm-cohort-churn') as CrmCohortChurn;
    el.data = data;
    el.setAttribute('from', '2024-01-01');
    el.setAttribute('to', '2024-04-01');
    const warning = oneEvent(el, 'crm-data-warning');
    document.body.append(el);
    await warning;
    await el.updateComplete;
    const notice = el.shadowRoot!.querySelector('[part="warning"]')!;
    expect(notice.querySelector('summary')?.textContent).to.equal('1 row was left out because of data problems.');
    expect(notice.querySelector('li')?.textContent).to.match(/^orders\[14\]\.at: /);
    expect(el.result!.retention.cohorts.map((c) => c.size)).to.deep.equal([2, 2, 1]);
  });

  it('shows the empty state for filters that match nothing, and a located error for a bad attribute or bad input', async () => {
    const el = await cohortsOf(shop, quarter);
    el.segment = 'Nobody';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="empty"]')?.textContent).to.equal('No customers started in this range or with these filters.');
    el.segment = undefined;
    let error = oneEvent(el, 'crm-error');
    el.setAttribute('period', 'year');
    await error;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain('unknown period for cohort-retention: "year"');
    el.setAttribute('period', 'month');
    error = oneEvent(el, 'crm-error');
    el.setAttribute('layout', 'diagonal');
    await error;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain('unknown layout for crm-cohort-churn: "diagonal"');
    el.setAttribute('layout', 'offset');
    error = oneEvent(el, 'crm-error');
    el.setAttribute('max-periods', 'many');
    await error;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain('invalid max-periods for crm-cohort-churn: "many"');
    el.removeAttribute('max-periods');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    error = oneEvent(el, 'crm-error');
    el.data = { orders: 'not a list' };
    await error;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain('orders: expected a list of rows');
  });

  it('fires crm-render again when redrawn at a new width or display, not on hover or focus', async () => {
    const el = await cohortsOf(shop, quarter);
    let renders = 0;
    el.addEventListener('crm-render', () => renders++);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(renders).to.equal(0);
    cell(el, 0, 1).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    cell(el, 0, 1).focus();
    await el.updateComplete;
    expect(renders).to.equal(0);
    el.display = 'counts';
    await waitUntil(() => renders === 1, 'no crm-render after the display change');
    expect(figure(cell(el, 0, 0))).to.equal('2');
    el.style.width = '500px';
    await waitUntil(() => renders === 2, 'no crm-render after the resize');
  });

  it('refuses a matrix too big to draw, saying how to narrow it', async () => {
    customElements.get('crm-cohort-churn-small') ?? customElements.define('crm-cohort-churn-small', class extends CrmCohortChurn {
      static override maxCells = 5;
    });
    const el = document.createElement('crm-cohort-churn-small') as CrmCohortChurn;
    el.setAttribute('from', '2024-01-01');
    el.setAttribute('to', '2024-04-01');
    el.data = shop;
    const error = oneEvent(el, 'crm-error');
    document.body.append(el);
    expect((await error).detail.message).to.equal('crm-cohort-churn: 3 cohorts by month make 6 cells, more than the 5 a heatmap can draw legibly; set max-periods, narrow from/to, or choose a longer period');
    el.setAttribute('max-periods', '1');
    await el.updateComplete;
    expect(cells(el).map(figure)).to.deep.equal(['100%', '100%', '100%', '100%']);
    el.remove();
  });

  it('registers once: a second copy of the kit defining the tag does not throw', () => {
    const original = customElements.get('crm-cohort-churn');
    expect(() => defineElement('crm-cohort-churn', class SecondCopy extends CrmCohortChurn {})).to.not.throw();
    expect(customElements.get('crm-cohort-churn')).to.equal(original);
  });
});

describe('a large first drawing (cohort-spread.ts)', () => {
  /** 30 monthly cohorts of 2021–2023 with a purchase every month to the end of 2023: 645 cells and a 36-cell average row. */
  function manyCohorts(): DatasetInput {
    const orders: Rows<'orders'>[] = [];
    for (let c = 0; c < 30; c++) {
      for (let m = c; m < 36; m++) {
        const day = `${2021 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-10`;
        orders.push(order(`a${c}`, day, 100), order(`b${c}`, day, 50));
      }
    }
    return { orders };
  }

  it('draws a band of rows per frame; crm-render and updateComplete wait for the whole drawing, which has every cell', async () => {
    const el = document.createElement('crm-cohort-churn');
    el.setAttribute('locale', 'en-US');
    el.style.width = '900px';
    el.data = manyCohorts();
    const seen: number[] = [];
    const renders: number[] = [];
    el.addEventListener('crm-render', () => renders.push(cells(el).length));
    let watching = true;
    const watch = () => {
      if (!watching) return;
      seen.push(cells(el).length);
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    document.body.append(el);
    await waitUntil(() => el.result !== null);
    await el.updateComplete;
    watching = false;
    const retention = el.result!.retention;
    const total = retention.cohorts.reduce((sum, c) => sum + c.counts.length, 0) + retention.average.length;
    expect(total).to.equal(645 + 36);
    expect(cells(el)).to.have.length(total);
    expect(renders).to.deep.equal([total]);
    expect(seen.some((n) => n > 0 && n < total), `cells drawn per frame: ${seen.join(' ')}`).to.equal(true);
    expect(new Set(cells(el).map((g) => g.getAttribute('aria-label'))).size).to.equal(total);
    el.remove();
  });
});
