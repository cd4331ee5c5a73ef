import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/dashboard/define.js';
import '../../src/elements/sales-cycle/define.js';
import { CrmSalesCycle } from '../../src/elements/sales-cycle/sales-cycle.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import type { CrmErrorEvent, CrmRenderEvent, CrmSelectEvent } from '../../src/events/index.js';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { axeViolations } from '../support/axe.js';

/**
 * Four won deals of 10, 20, 30 and 50 days (count 4, median 25, mean 27.5, p90 = 30 + 0.7 × 20
 * = 44), a lost and an open deal that have no cycle. Won in January: 10 and 20 days (median
 * 15); none in February; March: 30 and 50 (median 40). Ana won two (10, 30: median 20), Ben
 * one (20), one has no owner (50). January's stays: Lead 3 and 5 days, Qualified 4 and 10,
 * Proposal 3 and 5.
 */
const cycles: DatasetInput = {
  stages: ['Lead', 'Qualified', 'Proposal'],
  deals: [
    { id: 'w1', owner: 'Ana', amount: 100, createdAt: '2024-01-01', closedAt: '2024-01-11', outcome: 'won', stage: 'Proposal', history: [{ stage: 'Lead', at: '2024-01-01' }, { stage: 'Qualified', at: '2024-01-04' }, { stage: 'Proposal', at: '2024-01-08' }] },
    { id: 'w2', owner: 'Ben', amount: 100, createdAt: '2024-01-05', closedAt: '2024-01-25', outcome: 'won', stage: 'Proposal', history: [{ stage: 'Lead', at: '2024-01-05' }, { stage: 'Qualified', at: '2024-01-10' }, { stage: 'Proposal', at: '2024-01-20' }] },
    { id: 'w3', owner: 'Ana', amount: 100, createdAt: '2024-02-01', closedAt: '2024-03-02', outcome: 'won', stage: 'Proposal', history: [{ stage: 'Lead', at: '2024-02-01' }, { stage: 'Proposal', at: '2024-02-21' }] },
    { id: 'w4', amount: 100, createdAt: '2024-02-10', closedAt: '2024-03-31', outcome: 'won', stage: 'Proposal' },
    { id: 'l1', owner: 'Ben', amount: 100, createdAt: '2024-01-02', closedAt: '2024-02-01', outcome: 'lost', stage: 'Lead' },
    { id: 'o1', owner: 'Ana', amount: 100, createdAt: '2024-03-01', outcome: 'open', stage: 'Lead' },
  ],
};

async function cycleOf(data: unknown, attributes: Record<string, string | boolean> = {}): Promise<CrmSalesCycle> {
  const el = document.createElement('crm-sales-cycle');
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of Object.entries<string | boolean>({ period: 'month', ...attributes })) {
    if (value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  el.style.width = '640px';
  el.data = data;
  const drawn = Promise.race([oneEvent(el, 'crm-render'), oneEvent(el, 'crm-error')]);
  document.body.append(el);
  await drawn;
  await el.updateComplete;
  return el;
}

const all = <T extends Element = Element>(el: CrmSalesCycle, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const marks = (el: CrmSalesCycle) => all<SVGRectElement>(el, 'rect.mark');
const labels = (el: CrmSalesCycle) => marks(el).map((m) => m.getAttribute('aria-label'));
const texts = (el: CrmSalesCycle, selector: string) => all(el, selector).map((t) => t.textContent);

async function showPanel(el: CrmSalesCycle, name: string): Promise<void> {
  const button = all<HTMLButtonElement>(el, '[part="panels"] button').find((b) => b.textContent === name)!;
  button.click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('<crm-sales-cycle>', () => {
  afterEach(() => document.querySelectorAll('crm-sales-cycle, crm-dashboard').forEach((el) => el.remove()));

  it('draws exactly what computeMetric("sales-cycle") returns: histogram and its three rules', async () => {
    const el = await cycleOf(cycles);
    const expected = computeMetric('sales-cycle', parseDataset(cycles).dataset, { period: 'month' });
    expect(el.result).to.deep.equal(expected);
    expect(el.result).to.deep.include({ count: 4, median: 25, mean: 27.5 });
    expect(el.result!.p90).to.be.closeTo(44, 1e-9);
    const headline = all(el, '[part="headline"] div').map((d) => `${d.querySelector('dt')!.textContent}: ${d.querySelector('dd')!.textContent}`);
    expect(headline).to.deep.equal(['Won deals: 4', 'Median: 25 days', 'Mean: 27.5 days', '90th percentile: 44 days']);
    // Width 5 days from 10 to 55: 1 · 0 · 1 · 0 · 1 · 0 · 0 · 0 · 1.
    expect(labels(el)).to.deep.equal([
      '10 to 15 days: 1 won deal (25%)',
      '15 to 20 days: 0 won deals (0%)',
      '20 to 25 days: 1 won deal (25%)',
      '25 to 30 days: 0 won deals (0%)',
      '30 to 35 days: 1 won deal (25%)',
      '35 to 40 days: 0 won deals (0%)',
      '40 to 45 days: 0 won deals (0%)',
      '45 to 50 days: 0 won deals (0%)',
      '50 to 55 days: 1 won deal (25%)',
    ]);
    const heights = all(el, 'rect.bar').map((b) => Number(b.getAttribute('height')));
    expect(heights.map((h) => (h > 0 ? 1 : 0))).to.deep.equal([1, 0, 1, 0, 1, 0, 0, 0, 1]);
    expect(texts(el, '.rule text')).to.deep.equal(['Median 25 days', 'Mean 27.5 days', '90th percentile 44 days']);
    // The rules stand where the values are on the days axis: median 25 is half way from 20 to 30.
    const x = (kind: string) => Number(el.shadowRoot!.querySelector(`.rule.${kind} line`)!.getAttribute('x1'));
    const binX = (i: number) => Number(marks(el)[i]!.getAttribute('x'));
    expect(x('median')).to.be.closeTo(binX(3), 0.01); // the bin that starts at 25
    expect((x('mean') - binX(3)) / (binX(4) - binX(3))).to.be.closeTo(0.5, 0.01); // 27.5
  });

  it('draws the median by period, time in stage by period, and the cycle by owner', async () => {
    const el = await cycleOf(cycles);
    await showPanel(el, 'Median by period');
    expect(el.getAttribute('panel')).to.equal('trend');
    expect(labels(el)).to.deep.equal(['Jan 2024: median 15 days, mean 15 days, 2 won deals', 'Feb 2024: no won deals', 'Mar 2024: median 40 days, mean 40 days, 2 won deals']);
    // The median line joins January and March over February's gap: two runs, no zero.
    const median = el.shadowRoot!.querySelector('g.series path.line')!.getAttribute('d')!;
    expect(median.match(/M/g)).to.have.length(2);
    await showPanel(el, 'Time in stage');
    expect(labels(el)[0]).to.equal('Jan 2024: Lead 4 days, Qualified 7 days, Proposal 4 days');
    expect(labels(el)[1]).to.equal('Feb 2024: no finished stays');
    expect(labels(el)[2]).to.equal('Mar 2024: Lead 20 days, Qualified —, Proposal 10 days');
    expect(texts(el, '[part="legend"] li')).to.deep.equal(['Lead', 'Qualified', 'Proposal']);
    await showPanel(el, 'By owner');
    expect(labels(el)).to.deep.equal(['Ana: median 20 days, mean 20 days, 2 won deals', 'Ben: median 20 days, mean 20 days, 1 won deal', '(no owner): median 50 days, mean 50 days, 1 won deal']);
    expect(texts(el, '.bar-label')).to.deep.equal(['20 days · 2 deals', '20 days · 1 deal', '50 days · 1 deal']);
    const widths = all(el, 'rect.bar').map((b) => Number(b.getAttribute('width')));
    expect(widths[2]! / widths[0]!).to.be.closeTo(50 / 20, 0.01);
  });

  it('emits crm-select with the won deals of a bin, a period and an owner; Escape and another panel clear', async () => {
    const el = await cycleOf(cycles, { bins: '4' });
    // Four bins at most: 20-day bins, [0, 20) · [20, 40) · [40, 60).
    expect(labels(el)).to.deep.equal(['0 to 20 days: 1 won deal (25%)', '20 to 40 days: 2 won deals (50%)', '40 to 60 days: 1 won deal (25%)']);
    let selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    marks(el)[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: '20-40', table: 'deals', ids: ['w2', 'w3'] });
    await el.updateComplete;
    expect(marks(el)[1]!.getAttribute('aria-pressed')).to.equal('true');
    expect(all(el, 'rect.bar')[1]!.classList.contains('selected')).to.equal(true);

    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    await showPanel(el, 'Median by period');
    expect((await selected).detail).to.deep.equal({ key: null, table: 'deals', ids: [] });
    marks(el)[0]!.focus();
    marks(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[2]);
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    marks(el)[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: '2024-03-01', table: 'deals', ids: ['w3', 'w4'] });
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    marks(el)[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: null, table: 'deals', ids: [] });

    await showPanel(el, 'By owner');
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    marks(el)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: '(no owner)', table: 'deals', ids: ['w4'] });
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    marks(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: 'Ana', table: 'deals', ids: ['w1', 'w3'] });
  });

  it('moves with arrow keys, Home and End, and shows the focused mark in a tooltip', async () => {
    const el = await cycleOf(cycles);
    marks(el)[0]!.focus();
    await el.updateComplete;
    expect(all(el, '[part="tooltip"] > *').map((n) => n.textContent)).to.deep.equal(['10 to 15 days', '1 won deal (25% of 4)']);
    marks(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[1]);
    marks(el)[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[8]);
    expect(marks(el).map((m) => m.getAttribute('tabindex')).filter((t) => t === '0')).to.have.length(1);
    marks(el)[3]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(all(el, '[part="tooltip"] > *').map((n) => n.textContent)).to.deep.equal(['25 to 30 days', '0 won deals (0% of 4)', 'Median (25 days) falls here', 'Mean (27.5 days) falls here']);
  });

  it('summarises the figures for screen readers and is a labelled figure', async () => {
    const el = await cycleOf(cycles);
    expect(el.getAttribute('role')).to.equal('figure');
    expect(el.getAttribute('aria-label')).to.equal('Sales cycle');
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).to.equal('Sales cycle: 4 won deals; median 25 days, mean 27.5 days, 90th percentile 44 days. Showing distribution.');
  });

  it('renders an owner named like markup as text and runs nothing', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<img src=x onerror="window.pwned=true">';
    const data = structuredClone(cycles) as { deals: Record<string, unknown>[] };
    data.deals[0]!.owner = evil;
    const el = await cycleOf(data, { panel: 'owners' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(labels(el)).to.include(`${evil}: median 10 days, mean 10 days, 1 won deal`);
    expect(texts(el, '.y-tick').some((t) => t?.startsWith('<img'))).to.equal(true);
  });

  it('redraws to its new width when its box changes', async () => {
    const el = await cycleOf(cycles);
    const width = () => Number(el.shadowRoot!.querySelector('svg[part~="chart"]')!.getAttribute('width'));
    expect(width()).to.equal(640);
    el.style.width = '420px';
    await waitUntil(() => width() === 420, 'did not redraw at 420px', { timeout: 5000 });
  });

  it('exports the numbers of the panel shown as CSV, and its picture as SVG and PNG', async () => {
    const el = await cycleOf(cycles);
    let csv = el.toCSV().split('\r\n');
    expect(csv[0]).to.equal('Days to won,Days,To (excluded),Won deals,Share');
    expect(csv[1]).to.equal('10 to 15 days,10,15,1,0.25');
    expect(csv.slice(10, 13)).to.deep.equal(['Median,25,,,', 'Mean,27.5,,,', `90th percentile,${el.result!.p90},,,`]);
    el.panel = 'trend';
    await el.updateComplete;
    csv = el.toCSV().split('\r\n');
    expect(csv.slice(0, 4)).to.deep.equal(['Period,Starts,Won deals,Median days,Mean days', 'Jan 2024,2024-01-01,2,15,15', 'Feb 2024,2024-02-01,0,,', 'Mar 2024,2024-03-01,2,40,40']);
    el.panel = 'stages';
    await el.updateComplete;
    csv = el.toCSV().split('\r\n');
    expect(csv.slice(0, 2)).to.deep.equal(['Period,Starts,Lead (median days),Qualified (median days),Proposal (median days)', 'Jan 2024,2024-01-01,4,7,4']);
    el.panel = 'owners';
    await el.updateComplete;
    expect(el.toCSV().split('\r\n').slice(0, 4)).to.deep.equal(['Owner,Won deals,Median days,Mean days', 'Ana,2,20,20', 'Ben,1,20,20', '(no owner),1,50,50']);
    const svg = el.toSVG();
    expect(svg).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('Ana').and.contain('20 days · 2 deals');
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe-core violations, ${theme}, in every panel and in the table view`, async () => {
      const el = await cycleOf(cycles, { theme, toolbar: true });
      for (const panel of ['distribution', 'trend', 'stages', 'owners'] as const) {
        el.panel = panel;
        await el.updateComplete;
        expect(await axeViolations(el), panel).to.deep.equal([]);
      }
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="table"]')).to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('formats days and periods for its locale', async () => {
    const el = await cycleOf(cycles, { locale: 'de-DE', toolbar: true, panel: 'trend' });
    expect(all(el, '[part="headline"] dd').map((d) => d.textContent)).to.deep.equal(['4', '25 Tage', '27,5 Tage', '44 Tage']);
    expect(labels(el)[0]).to.equal('Jan. 2024: median 15 Tage, mean 15 Tage, 2 won deals');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
    await el.updateComplete;
    const first = all(el, '[part="table"] tbody tr')[0]!;
    expect([...first.children].map((c) => c.textContent)).to.deep.equal(['Jan. 2024', '2024-01-01', '2', '15', '15']);
  });

  it('refuses an unknown panel or period, saying which are valid', async () => {
    const el = await cycleOf(cycles, { panel: 'pie' });
    expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain('panel: "pie" is not one of distribution, trend, stages, owners');
    const error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    el.panel = 'trend';
    el.period = 'fortnight' as 'month';
    expect((await error).detail.message).to.equal('period: "fortnight" is not one of day, week, month, quarter, year');
  });

  it('shows loading while src is fetched, then the empty state for a dataset without won deals', async () => {
    const el = document.createElement('crm-sales-cycle') as CrmSalesCycle;
    el.src = '/api/slow.json?ms=300';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="loading"]')?.textContent).to.equal('Loading data…');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="empty"]'), 'no empty state');
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.equal('No won deals to show.');
    el.data = cycles;
    el.src = null;
    const rendered = (await oneEvent(el, 'crm-render')) as CrmRenderEvent;
    expect((rendered.detail.result as CrmSalesCycle['result'])?.count).to.equal(4);
    el.owner = 'Nobody';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.equal('No won deals match these filters.');
  });

  it('draws the good rows and says which rows were left out', async () => {
    const data = structuredClone(cycles) as { deals: Record<string, unknown>[] };
    data.deals.push({ id: 'bad', amount: 5, createdAt: '2024-02-01', closedAt: '2024-01-01', outcome: 'won', stage: 'Lead' });
    const el = await cycleOf(data);
    const notice = el.shadowRoot!.querySelector('[part="warning"]')!;
    expect(notice.querySelector('summary')?.textContent).to.equal('1 row was left out because of data problems.');
    expect(notice.querySelector('li')?.textContent).to.contain('deals[6].closedAt');
    expect(el.result?.count).to.equal(4);
  });

  it('inside a dashboard, takes its data, filters and period; its own period wins', async () => {
    const dashboard = document.createElement('crm-dashboard');
    dashboard.setAttribute('owner', 'Ana');
    dashboard.setAttribute('period', 'quarter');
    const el = document.createElement('crm-sales-cycle');
    dashboard.append(el);
    dashboard.data = cycles;
    const rendered = oneEvent(el, 'crm-render');
    document.body.append(dashboard);
    await rendered;
    await el.updateComplete;
    expect(el.result).to.deep.equal(computeMetric('sales-cycle', parseDataset(cycles).dataset, { owner: 'Ana', period: 'quarter' }));
    expect(el.result?.series?.map((p) => p.start)).to.deep.equal(['2024-01-01']);
    dashboard.period = 'month';
    await waitUntil(() => el.result?.series?.length === 3, 'did not follow the dashboard period');
    el.period = 'year';
    await el.updateComplete;
    expect(el.result?.series?.map((p) => p.start)).to.deep.equal(['2024-01-01']);
  });

  it('registers once: a second copy of the kit defining the tag does not throw', () => {
    const original = customElements.get('crm-sales-cycle');
    expect(() => defineElement('crm-sales-cycle', class SecondCopy extends CrmSalesCycle {})).to.not.throw();
    expect(customElements.get('crm-sales-cycle')).to.equal(original);
  });
});
