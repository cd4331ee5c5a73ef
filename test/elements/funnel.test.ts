import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/funnel/define.js';
import { CrmFunnel } from '../../src/elements/funnel/funnel.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import type { CrmRenderEvent, CrmSelectEvent } from '../../src/events/index.js';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { axeViolations } from '../support/axe.js';

const pipeline: DatasetInput = {
  stages: ['Lead', 'Qualified', 'Proposal'],
  deals: [
    { id: 'd1', amount: 1000, createdAt: '2024-01-01', closedAt: '2024-02-01', outcome: 'won', stage: 'Proposal', history: [{ stage: 'Lead', at: '2024-01-01' }, { stage: 'Qualified', at: '2024-01-05' }, { stage: 'Proposal', at: '2024-01-20' }] },
    { id: 'd2', amount: 2000, createdAt: '2024-01-02', closedAt: '2024-01-30', outcome: 'lost', stage: 'Qualified', history: [{ stage: 'Lead', at: '2024-01-02' }, { stage: 'Qualified', at: '2024-01-12' }] },
    { id: 'd3', amount: 500, createdAt: '2024-01-03', outcome: 'open', stage: 'Lead', history: [{ stage: 'Lead', at: '2024-01-03' }] },
    { id: 'd4', amount: 700, createdAt: '2024-01-04', closedAt: '2024-01-10', outcome: 'lost', stage: 'Lead', history: [{ stage: 'Lead', at: '2024-01-04' }] },
  ],
};

async function funnelOf(data: DatasetInput, attributes = ''): Promise<CrmFunnel> {
  const el = document.createElement('crm-funnel');
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of attributes.split(' ').filter(Boolean).map((a) => a.split('='))) el.setAttribute(name as string, value ?? '');
  el.style.width = '640px';
  el.data = data;
  const rendered = oneEvent(el, 'crm-render') as Promise<CrmRenderEvent>;
  document.body.append(el);
  await rendered;
  await el.updateComplete;
  return el;
}

describe('<crm-funnel>', () => {
  afterEach(() => document.querySelectorAll('crm-funnel').forEach((el) => el.remove()));

  it('draws exactly what computeMetric("funnel") returns', async () => {
    const el = await funnelOf(pipeline);
    const expected = computeMetric('funnel', parseDataset(pipeline).dataset, { mode: 'reached', definition: 'won-over-closed' });
    expect(el.result).to.deep.equal(expected);
    const stages = [...el.shadowRoot!.querySelectorAll('g.stage-row')];
    expect(stages.map((g) => g.querySelector('.label')?.textContent)).to.deep.equal(['Lead', 'Qualified', 'Proposal']);
    expect([...el.shadowRoot!.querySelectorAll('g.stage')].map((g) => g.getAttribute('aria-label')?.split(',')[0])).to.deep.equal(['Lead: 4 deals', 'Qualified: 2 deals', 'Proposal: 1 deal']);
    expect(stages.map((g) => g.querySelector('.figure')?.textContent?.split(' ')[0])).to.deep.equal(['4', '2', '1']);
    expect(stages[1]?.querySelector('.conversion')?.textContent).to.equal('50% of previous · 50% of first · 2 dropped');
    const headline = [...el.shadowRoot!.querySelectorAll('[part="headline"] div')].map((d) => `${d.querySelector('dt')!.textContent}: ${d.querySelector('dd')!.textContent}`);
    expect(headline).to.deep.equal(['Deals: 4', 'Won · lost · open: 1 · 2 · 1', 'Close rate (won / created): 25%', 'Win rate (won / (won + lost)): 33.3%']);
  });

  it('summarises the figures for screen readers and is a labelled figure', async () => {
    const el = await funnelOf(pipeline);
    expect(el.getAttribute('role')).to.equal('figure');
    expect(el.getAttribute('aria-label')).to.equal('Pipeline funnel');
    const summary = el.shadowRoot!.querySelector('#summary')!.textContent;
    expect(summary).to.match(/^Pipeline funnel: 4 deals; win rate 33.3%; slowest stage (Lead|Qualified), median [\d.]+ days\.$/);
  });

  it('emits crm-select with the stage and its deal ids on click, Enter, and clears on Escape', async () => {
    const el = await funnelOf(pipeline);
    const stages = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.stage')];
    let selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    stages()[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: 'Qualified', table: 'deals', ids: ['d1', 'd2'] });
    await el.updateComplete;
    expect(stages()[1]!.getAttribute('aria-pressed')).to.equal('true');

    stages()[0]!.focus();
    stages()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(stages()[1]);
    stages()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await el.updateComplete;
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    stages()[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: 'Proposal', table: 'deals', ids: ['d1'] });
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    stages()[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: null, table: 'deals', ids: [] });
  });

  it('shows a tooltip inside its shadow root on keyboard focus', async () => {
    const el = await funnelOf(pipeline);
    el.shadowRoot!.querySelector<SVGGElement>('g.stage')!.focus();
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[part="tooltip"]');
    expect(tip?.textContent).to.contain('Lead');
    expect(tip?.textContent).to.contain('4 deals');
  });

  it('renders a stage named like markup as text and runs nothing', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<img src=x onerror="window.pwned=true">';
    const el = await funnelOf({ stages: [evil], deals: [{ id: 'x', amount: 1, createdAt: '2024-01-01', outcome: 'open', stage: evil }] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.label')?.textContent).to.equal(evil);
  });

  it('redraws to its new width when its box changes', async () => {
    const el = await funnelOf(pipeline);
    const width = () => Number(el.shadowRoot!.querySelector('svg')!.getAttribute('width'));
    expect(width()).to.equal(640);
    el.style.width = '400px';
    await waitUntil(() => width() === 400, 'did not redraw at 400px', { timeout: 5000 });
  });

  it('exports its numbers as CSV and its picture as SVG', async () => {
    const el = await funnelOf(pipeline);
    const csv = el.toCSV().split('\r\n');
    expect(csv[0]).to.equal('Stage,Deals,Value,From previous,From first,Dropped,Median days,Mean days');
    expect(csv[1]).to.match(/^Lead,4,4200,,1,0,/);
    expect(csv[3]).to.match(/^Proposal,1,1000,0.5,0.25,1,/);
    const svg = el.toSVG();
    expect(svg).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('Qualified');
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe-core violations, ${theme}, in the chart and in the table view`, async () => {
      const el = await funnelOf(pipeline, `theme=${theme} toolbar`);
      expect(await axeViolations(el)).to.deep.equal([]);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="table"]')).to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('formats numbers, money and percentages for its locale and currency', async () => {
    const el = await funnelOf(pipeline, 'locale=de-DE currency=EUR toolbar');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
    await el.updateComplete;
    const first = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')][1]!;
    const cells = [...first.children].map((c) => c.textContent?.replace(/\u00a0/g, ' '));
    expect(cells.slice(0, 5)).to.deep.equal(['Qualified', '2', '3.000 €', '50 %', '50 %']);
  });

  it('shows loading while src is fetched, then draws', async () => {
    const el = document.createElement('crm-funnel') as CrmFunnel;
    el.src = '/api/slow.json?ms=300';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="loading"]')?.textContent).to.equal('Loading data…');
    await oneEvent(el, 'crm-render');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('g.stage')).to.have.length(1);
  });

  it('draws the good rows and says which rows were left out', async () => {
    const data = structuredClone(pipeline) as { deals: Record<string, unknown>[] };
    data.deals.push({ id: 'bad', amount: -5, createdAt: '2024-01-01', outcome: 'open', stage: 'Lead' });
    const el = document.createElement('crm-funnel') as CrmFunnel;
    el.data = data;
    const warning = oneEvent(el, 'crm-data-warning');
    document.body.append(el);
    await warning;
    await el.updateComplete;
    const notice = el.shadowRoot!.querySelector('[part="warning"]')!;
    expect(notice.querySelector('summary')?.textContent).to.equal('1 row was left out because of data problems.');
    expect(notice.querySelector('li')?.textContent).to.equal('deals[4].amount: negative money where money cannot be negative (got -5)');
    expect(el.result, el.shadowRoot!.textContent ?? '').to.not.equal(null);
    expect(el.result?.stages[0]?.count).to.equal(4);
  });

  it('registers once: a second copy of the kit defining the tag does not throw', () => {
    const original = customElements.get('crm-funnel');
    expect(() => defineElement('crm-funnel', class SecondCopy extends CrmFunnel {})).to.not.throw();
    expect(customElements.get('crm-funnel')).to.equal(original);
  });

  it('draws bars by value, side by side, when asked', async () => {
    const el = await funnelOf(pipeline, 'measure=value orientation=horizontal');
    const bars = [...el.shadowRoot!.querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('height')));
    // Heights follow stage values 4,200 : 3,000 : 1,000 (not counts 4 : 2 : 1).
    expect(bars[1]! / bars[0]!).to.be.closeTo(3000 / 4200, 0.01);
    expect(bars[2]! / bars[0]!).to.be.closeTo(1000 / 4200, 0.01);
  });

  it('Home and End jump to the first and last stage', async () => {
    const el = await funnelOf(pipeline);
    const stages = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.stage')];
    stages()[0]!.focus();
    stages()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(stages()[2]);
    expect(stages().map((g) => g.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0']);
    stages()[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(stages()[0]);
  });

  it('fires crm-render again when redrawn at a new width, not on hover', async () => {
    const el = await funnelOf(pipeline);
    let renders = 0;
    el.addEventListener('crm-render', () => renders++);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the first resize observation: same width, no new draw
    expect(renders).to.equal(0);
    el.shadowRoot!.querySelector('g.stage')!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(renders).to.equal(0);
    el.style.width = '500px';
    await waitUntil(() => renders === 1, 'no crm-render after the resize');
  });

  it('refuses to draw more than 100 stages, saying why, and draws 100', async () => {
    const stagesOf = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `d${i}`, amount: 1, createdAt: '2024-01-01', outcome: 'open' as const, stage: `Stage ${i}` }));
    const many = document.createElement('crm-funnel');
    const error = oneEvent(many, 'crm-error');
    many.data = { deals: stagesOf(101) };
    document.body.append(many);
    await error;
    await many.updateComplete;
    expect(many.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain('crm-funnel: 101 pipeline stages are more than the 100 a funnel can draw legibly');
    const hundred = await funnelOf({ deals: stagesOf(100) });
    expect(hundred.result!.stages).to.have.length(100);
    many.remove();
  });

  it('shows the empty state for filters that match nothing, and an error for bad input', async () => {
    const el = await funnelOf(pipeline);
    el.segment = 'Nobody';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="empty"]')?.textContent).to.equal('No deals match these filters.');
    const error = oneEvent(el, 'crm-error');
    el.data = { deals: 'not a list' };
    await error;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain('deals: expected a list of rows');
  });
});
