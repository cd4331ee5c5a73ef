import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/dashboard/define.js';
import '../../src/elements/kpi/define.js';
import { CrmKpi } from '../../src/elements/kpi/kpi.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import type { CrmErrorEvent, CrmRenderEvent } from '../../src/events/index.js';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { axeViolations } from '../support/axe.js';

/**
 * Deals closed in September 2024: 2 won of 4 (50%); in October: 3 won of 4 (75%); none in July
 * or August. The latest time is 2024-10-31, so without from/to the tile reports October against
 * September. Costs over order revenue: September 500 / 1,000 (50%), October 300 / 1,000 (30%).
 */
const deal = (id: string, createdAt: string, closedAt: string, outcome: 'won' | 'lost') => ({ id, amount: 1000, createdAt, closedAt, outcome, stage: 'Lead' });
const months: DatasetInput = {
  stages: ['Lead'],
  deals: [
    deal('d1', '2024-07-01', '2024-09-05', 'won'),
    deal('d2', '2024-07-10', '2024-09-10', 'lost'),
    deal('d3', '2024-08-01', '2024-09-20', 'lost'),
    deal('d4', '2024-08-15', '2024-09-25', 'won'),
    deal('d5', '2024-09-01', '2024-10-03', 'won'),
    deal('d6', '2024-09-02', '2024-10-12', 'won'),
    deal('d7', '2024-09-03', '2024-10-20', 'won'),
    deal('d8', '2024-09-04', '2024-10-31T12:00:00Z', 'lost'),
  ],
  orders: [
    { id: 'o1', accountId: 'a1', at: '2024-09-10', amount: 1000 },
    { id: 'o2', accountId: 'a1', at: '2024-10-10', amount: 1000 },
  ],
  accounts: [{ id: 'a1', createdAt: '2024-07-01' }],
  costs: [
    { at: '2024-09-15', category: 'sales', amount: 500 },
    { at: '2024-10-15', category: 'sales', amount: 300 },
  ],
};

async function kpiOf(data: unknown, attributes: Record<string, string | boolean> = {}): Promise<CrmKpi> {
  const el = document.createElement('crm-kpi');
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of Object.entries<string | boolean>({ metric: 'win-rate', ...attributes })) {
    if (value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  el.style.width = '360px';
  el.data = data;
  const drawn = Promise.race([oneEvent(el, 'crm-render'), oneEvent(el, 'crm-error')]);
  document.body.append(el);
  await drawn;
  await el.updateComplete;
  return el;
}

const part = (el: CrmKpi, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const text = (el: CrmKpi, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<crm-kpi>', () => {
  afterEach(() => document.querySelectorAll('crm-kpi, crm-dashboard').forEach((el) => el.remove()));

  it('shows computeMetric over the last full month against the month before', async () => {
    const el = await kpiOf(months);
    const { dataset } = parseDataset(months);
    expect(el.result?.current).to.deep.equal(computeMetric('win-rate', dataset, { from: '2024-10-01', to: '2024-11-01' }));
    expect(el.result?.previous).to.deep.equal(computeMetric('win-rate', dataset, { from: '2024-09-01', to: '2024-10-01' }));
    expect(el.result?.current).to.deep.include({ value: 0.75, numerator: 3, denominator: 4 });
    expect(el.result?.previous).to.deep.include({ value: 0.5, numerator: 2, denominator: 4 });
    expect(text(el, 'label')).to.equal('Win rate');
    expect(text(el, 'range')).to.equal('Oct 2024');
    expect(text(el, 'value')).to.equal('75%');
    expect(text(el, 'delta')).to.equal('▲ +25 pts better than Sep 2024 (50%)');
    expect(part(el, 'delta')!.classList.contains('better')).to.equal(true);
    expect(part(el, 'delta')!.querySelector('.arrow')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(el, 'definition')).to.equal('Won ÷ (won + lost) among deals closed in the range');
    expect(part(el, 'sparkline')).to.equal(null);
  });

  it('knows that down is good for a cost ratio: lower is better, in the good colour', async () => {
    const el = await kpiOf(months, { metric: 'expense-to-revenue' });
    expect(el.result?.current).to.deep.include({ value: 0.3, numerator: 300, denominator: 1000 });
    expect(text(el, 'delta')).to.equal('▼ \u221220 pts better than Sep 2024 (50%)');
    const change = part(el, 'delta')!.querySelector('.change')!;
    expect(getComputedStyle(change).color).to.equal('rgb(26, 127, 55)');
    el.metric = 'win-rate';
    el.from = '2024-09-01';
    el.to = '2024-10-01';
    await el.updateComplete;
    // September (50%) against August (no deal closed): no comparison, and it says why.
    expect(text(el, 'delta')).to.equal('no comparison: no deals closed in Aug 2024');
  });

  it('shows an em dash with the reason where the metric has no base, never 0', async () => {
    const el = await kpiOf(months, { from: '2024-08-01', to: '2024-09-01' });
    expect(el.result?.current?.value).to.equal(null);
    expect(text(el, 'value')).to.equal('—');
    expect(text(el, 'reason')).to.equal('No deals closed in Aug 2024.');
    expect(text(el, 'delta')).to.equal('no comparison');
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).to.equal('Win rate, Aug 2024: no value (no deals closed in Aug 2024); no comparison.');
  });

  it('draws a sparkline by period, with gaps and their reasons where a period has no value', async () => {
    const el = await kpiOf(months, { period: 'month', points: '4' });
    const { dataset } = parseDataset(months);
    const expected = computeMetric('win-rate', dataset, { from: '2024-07-01', to: '2024-11-01', period: 'month' }).series;
    expect(el.result?.series).to.deep.equal(expected);
    const points = [...el.shadowRoot!.querySelectorAll('g.point')];
    expect(points.map((p) => p.getAttribute('aria-label'))).to.deep.equal([
      'Jul 2024: — (no deals closed in this period)',
      'Aug 2024: — (no deals closed in this period)',
      'Sep 2024: 50% (2 / 4)',
      'Oct 2024: 75% (3 / 4)',
    ]);
    expect(points.map((p) => p.classList.contains('missing'))).to.deep.equal([true, true, false, false]);
    expect(points.map((p) => p.classList.contains('current'))).to.deep.equal([false, false, false, true]);
    // One unbroken run, September to October: the missing months are a gap, not zeros.
    const line = el.shadowRoot!.querySelector('path.line')!.getAttribute('d')!;
    expect(line.match(/M/g)).to.have.length(1);
    expect(line.match(/L/g)).to.have.length(1);
    const dots = points.map((p) => Number(p.querySelector('circle')!.getAttribute('cy')));
    expect(dots[3]).to.be.lessThan(dots[2]!); // 75% above 50%
  });

  it('moves over the sparkline with the keyboard and shows each period in a tooltip', async () => {
    const el = await kpiOf(months, { period: 'month', points: '4' });
    const points = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.point')];
    expect(points().map((p) => p.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1']);
    points()[0]!.focus();
    await el.updateComplete;
    expect([...part(el, 'tooltip')!.children].map((c) => c.textContent)).to.deep.equal(['Jul 2024', '— (no deals closed in this period)']);
    points()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(points()[3]);
    await el.updateComplete;
    expect([...part(el, 'tooltip')!.children].map((c) => c.textContent)).to.deep.equal(['Oct 2024', '75% (3 / 4)', 'In the reported range']);
    points()[3]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(points()[2]);
  });

  it('shows progress towards a target as a meter with its values', async () => {
    const el = await kpiOf(months, { target: '80%' });
    const meter = part(el, 'meter')!;
    expect(meter.getAttribute('role')).to.equal('meter');
    expect([meter.getAttribute('aria-valuemin'), meter.getAttribute('aria-valuemax'), meter.getAttribute('aria-valuenow')]).to.deep.equal(['0', '0.8', '0.75']);
    expect(meter.getAttribute('aria-valuetext')).to.equal('75%; Target 80% · 94% of target');
    expect(text(el, 'target')).to.equal('Target 80% · 94% of target');
    el.target = '0.5';
    await el.updateComplete;
    expect(text(el, 'target')).to.equal('Target 50% · met, 150% of target');
    expect(part(el, 'meter')!.querySelector('.fill')!.classList.contains('met')).to.equal(true);
    el.metric = 'expense-to-revenue';
    el.target = '0.25';
    await el.updateComplete;
    expect(text(el, 'target')).to.equal('Target ≤ 25% · +5 pts over');
    el.metric = 'nps';
    el.target = '-10';
    await el.updateComplete;
    expect(text(el, 'target')).to.equal('Target -10 · no NPS responses in this range');
    expect(part(el, 'meter')).to.equal(null);
  });

  it('refuses a target that is not in the metric units, a rich metric and an unknown one, saying why', async () => {
    const el = await kpiOf(months, { target: '80' });
    expect(text(el, 'error')).to.contain('target: "80" for a percentage; write a fraction (0.8) or 80%');
    let error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    el.target = undefined;
    el.metric = 'funnel';
    expect((await error).detail.message).to.contain('metric: "funnel" is not a scalar metric of the catalog; <crm-kpi> shows one of activity-volume, cac, ces, churn-rate');
    error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    el.metric = undefined;
    expect((await error).detail.message).to.match(/^metric: required; one of activity-volume, cac, /);
    error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    el.metric = 'win-rate';
    el.definition = 'won-over-everything';
    expect((await error).detail.message).to.contain('unknown definition for win-rate: "won-over-everything"');
  });

  it('renders markup in its inputs as text and runs nothing', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<img src=x onerror="window.pwned=true">';
    const el = await kpiOf(months, { metric: evil });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el, 'error')).to.contain('metric: "<img src=x onerror=');
  });

  it('takes the metric options as JSON and refuses bad JSON with its place', async () => {
    const el = await kpiOf(months, { metric: 'churn-rate', options: '{"inactiveDays": 30}' });
    expect(el.result?.definition).to.equal('inactivity');
    const error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    el.metricOptions = '{inactiveDays: 30}';
    expect((await error).detail.message).to.match(/^options: not JSON/);
    el.metricOptions = '{"from": "2024-01-01"}';
    await el.updateComplete;
    expect(text(el, 'error')).to.contain('options: "from" is set by the tile\'s own attribute, not in options');
  });

  it('redraws the sparkline to its new width when its box changes', async () => {
    const el = await kpiOf(months, { period: 'month', points: '4' });
    const width = () => el.shadowRoot!.querySelector('svg.sparkline')!.getAttribute('viewBox')!.split(' ')[2];
    expect(width()).to.equal('360');
    el.style.width = '240px';
    await waitUntil(() => width() === '240', 'did not redraw at 240px', { timeout: 5000 });
  });

  it('exports its numbers as CSV and the tile as SVG and PNG', async () => {
    const el = await kpiOf(months, { period: 'month', points: '4', target: '0.8' });
    const csv = el.toCSV().split('\r\n');
    expect(csv[0]).to.equal('Row,From,To (excluded),Value,Numerator,Denominator,Note');
    expect(csv[1]).to.equal('Current (Oct 2024),2024-10-01T00:00:00.000Z,2024-11-01T00:00:00.000Z,0.75,3,4,Won ÷ (won + lost) among deals closed in the range');
    expect(csv[2]).to.equal('Previous (Sep 2024),2024-09-01T00:00:00.000Z,2024-10-01T00:00:00.000Z,0.5,2,4,');
    expect(csv[3]).to.equal('Change,,,0.25,,,better than Sep 2024 (50%)');
    expect(csv[4]).to.equal('Target,,,0.8,,,Target 80% · 94% of target');
    expect(csv[5]).to.equal('Jul 2024,2024-07-01T00:00:00.000Z,2024-08-01T00:00:00.000Z,,0,0,No deals closed in this period');
    expect(csv[8]).to.equal('Oct 2024,2024-10-01T00:00:00.000Z,2024-11-01T00:00:00.000Z,0.75,3,4,');
    const svg = el.toSVG();
    expect(svg).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('Win rate · Oct 2024').and.contain('>75%<').and.contain('▲ +25 pts better than Sep 2024 (50%)').and.contain('class="line"');
    expect(el.shadowRoot!.querySelector('svg.picture'), 'the picture is removed after export').to.equal(null);
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe-core violations, ${theme}, in the tile and in the table view`, async () => {
      const el = await kpiOf(months, { theme, toolbar: true, period: 'month', points: '4', target: '0.8' });
      expect(await axeViolations(el)).to.deep.equal([]);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await el.updateComplete;
      expect(part(el, 'table')).to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('formats for its locale and currency', async () => {
    const el = await kpiOf(months, { metric: 'order-value', locale: 'de-DE', currency: 'EUR' });
    expect(text(el, 'value')?.replace(/\u00a0/g, ' ')).to.equal('1.000 €');
    expect(text(el, 'range')).to.equal('Okt. 2024');
    el.metric = 'win-rate';
    await el.updateComplete;
    expect(text(el, 'value')?.replace(/\u00a0/g, ' ')).to.equal('75 %');
  });

  it('is a smaller tile with compact: no definition, a short comparison', async () => {
    const el = await kpiOf(months, { compact: true, period: 'month', points: '4' });
    expect(part(el, 'definition')).to.equal(null);
    expect(text(el, 'delta')).to.equal('▲ +25 pts better, was 50%');
    expect(el.shadowRoot!.querySelector('svg.sparkline')!.getAttribute('height')).to.equal('28');
  });

  it('summarises the figure for screen readers and is a labelled figure', async () => {
    const el = await kpiOf(months, { target: '0.8' });
    expect(el.getAttribute('role')).to.equal('figure');
    expect(el.getAttribute('aria-label')).to.equal('Win rate');
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).to.equal('Win rate, Oct 2024: 75%; +25 pts, better than Sep 2024 (50%). Target 80% · 94% of target.');
    el.metric = 'nps';
    await el.updateComplete;
    expect(el.getAttribute('aria-label')).to.equal('Net Promoter Score');
  });

  it('matches computeMetric on generated data for every scalar metric of the catalog', async () => {
    const raw = generateDataset({ seed: 11, accounts: 300 });
    const { dataset } = parseDataset(raw);
    const el = await kpiOf(raw, { from: '2024-04-01', to: '2024-07-01', period: 'quarter', points: '4' });
    for (const metric of ['close-rate', 'win-rate', 'activity-volume', 'new-revenue', 'upsell-rate', 'order-value', 'cac', 'churn-rate', 'retention-rate', 'renewal-rate', 'clv-cac-ratio', 'nps', 'ces', 'csat', 'first-contact-resolution', 'expense-to-revenue'] as const) {
      el.metric = metric;
      await el.updateComplete;
      expect(el.result?.current, metric).to.deep.equal(computeMetric(metric, dataset, { from: '2024-04-01', to: '2024-07-01' }));
      expect(el.result?.previous, metric).to.deep.equal(computeMetric(metric, dataset, { from: '2024-01-01', to: '2024-04-01' }));
      expect(el.result?.series, metric).to.deep.equal(computeMetric(metric, dataset, { from: '2023-07-01', to: '2024-07-01', period: 'quarter' }).series);
      expect(text(el, 'value'), metric).to.not.equal('');
    }
  });

  it('shows loading while src is fetched, then draws', async () => {
    const el = document.createElement('crm-kpi') as CrmKpi;
    el.metric = 'close-rate';
    el.src = '/api/slow.json?ms=300';
    document.body.append(el);
    await el.updateComplete;
    expect(text(el, 'loading')).to.equal('Loading data…');
    const rendered = (await oneEvent(el, 'crm-render')) as CrmRenderEvent;
    await el.updateComplete;
    expect(part(el, 'loading')).to.equal(null);
    // The one deal was created 2024-03-01: the data ends that day, so February is reported, empty.
    expect((rendered.detail.result as CrmKpi['result'])?.current?.value).to.equal(null);
    expect(text(el, 'reason')).to.equal('No deals created in Feb 2024.');
  });

  it('draws the good rows and says which rows were left out; empty without dates', async () => {
    const data = structuredClone(months) as { deals: Record<string, unknown>[] };
    data.deals.push({ id: 'bad', amount: -5, createdAt: '2024-09-01', outcome: 'open', stage: 'Lead' });
    const el = await kpiOf(data);
    expect(text(el, 'warning')).to.contain('1 row was left out because of data problems.');
    expect(text(el, 'value')).to.equal('75%');
    el.data = { stages: ['Lead'] };
    await el.updateComplete;
    expect(text(el, 'empty')).to.equal('The data has no dates to report a period from: set from and to.');
  });

  it('inside a dashboard, takes its data, range, period and locale; its own attributes win', async () => {
    const dashboard = document.createElement('crm-dashboard');
    dashboard.setAttribute('locale', 'de-DE');
    dashboard.setAttribute('period', 'month');
    const el = document.createElement('crm-kpi');
    el.setAttribute('metric', 'win-rate');
    dashboard.append(el);
    dashboard.data = months;
    const rendered = oneEvent(el, 'crm-render');
    document.body.append(dashboard);
    await rendered;
    await el.updateComplete;
    expect(el.result?.current?.value).to.equal(0.75);
    expect(text(el, 'value')?.replace(/\u00a0/g, ' ')).to.equal('75 %');
    expect(el.result?.period).to.equal('month');
    expect(el.result?.series?.map((p) => p.start)).to.deep.equal(['2024-07-01', '2024-08-01', '2024-09-01', '2024-10-01']);
    dashboard.from = '2024-09-01';
    dashboard.to = '2024-11-01';
    dashboard.period = 'quarter';
    await waitUntil(() => el.result?.period === 'quarter', 'did not follow the dashboard period');
    const { dataset } = parseDataset(months);
    expect(el.result?.current).to.deep.equal(computeMetric('win-rate', dataset, { from: '2024-09-01', to: '2024-11-01' }));
    expect(el.result?.previous).to.deep.equal(computeMetric('win-rate', dataset, { from: '2024-07-01', to: '2024-09-01' }));
    el.period = 'month';
    await el.updateComplete;
    expect(el.result?.period).to.equal('month');
  });

  it('registers once: a second copy of the kit defining the tag does not throw', () => {
    const original = customElements.get('crm-kpi');
    expect(() => defineElement('crm-kpi', class SecondCopy extends CrmKpi {})).to.not.throw();
    expect(customElements.get('crm-kpi')).to.equal(original);
  });
});
