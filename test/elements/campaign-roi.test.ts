import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/campaign-roi/define.js';
import '../../src/elements/dashboard/define.js';
import { CrmCampaignRoi } from '../../src/elements/campaign-roi/campaign-roi.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import type { CrmSelectEvent } from '../../src/events/index.js';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { axeViolations } from '../support/axe.js';
import { errorShownAfter, renderedElement } from '../support/rendered-element.js';

/*
 * By hand:
 *   c1 Spring webinar, cost 1000: d1 won 3000, d2 lost → revenue 3000, ROI 2, 2 deals, 1 won, CPA 500, CPS 1000
 *   c2 Search ads, cost 500: d3 won 400, d4 open      → revenue 400, ROI −0.2, 2 deals, 1 won, CPA 250, CPS 500
 *   c3 Trade fair, cost 2000, no deals                → revenue 0, ROI −1, CPA and CPS none
 *   all: cost 3500, revenue 3400, ROI −100 / 3500, 4 deals, 2 won, CPA 875, CPS 1750 (d5 has no campaign)
 * Groups: test a1 (won d1), a2 (lost d2), a3 → 1 of 3 converted, revenue 3000, 1000 per account;
 *         control b1 (won d3), b2 → 1 of 2, revenue 400, 200 per account. Lift −1/6, +800.
 */
const campaigns: DatasetInput = {
  stages: ['Lead', 'Won'],
  campaigns: [
    { id: 'c1', name: 'Spring webinar', channel: 'webinar', cost: 1000, start: '2024-02-01', end: '2024-02-28' },
    { id: 'c2', name: 'Search ads', channel: 'paid-search', cost: 500, start: '2024-03-01', end: '2024-03-31' },
    { id: 'c3', name: 'Trade fair', channel: 'event', cost: 2000, start: '2024-04-01', end: '2024-04-03' },
  ],
  accounts: [
    { id: 'a1', createdAt: '2024-01-10', group: 'test', campaignId: 'c1', segment: 'SMB' },
    { id: 'a2', createdAt: '2024-01-11', group: 'test', campaignId: 'c1', segment: 'SMB' },
    { id: 'a3', createdAt: '2024-01-12', group: 'test', segment: 'Enterprise' },
    { id: 'b1', createdAt: '2024-01-10', group: 'control', segment: 'SMB' },
    { id: 'b2', createdAt: '2024-01-11', group: 'control', segment: 'Enterprise' },
  ],
  deals: [
    { id: 'd1', accountId: 'a1', amount: 3000, createdAt: '2024-02-01', closedAt: '2024-03-01', outcome: 'won', stage: 'Won', campaignId: 'c1' },
    { id: 'd2', accountId: 'a2', amount: 800, createdAt: '2024-02-05', closedAt: '2024-02-20', outcome: 'lost', stage: 'Lead', campaignId: 'c1' },
    { id: 'd3', accountId: 'b1', amount: 400, createdAt: '2024-03-01', closedAt: '2024-04-01', outcome: 'won', stage: 'Won', campaignId: 'c2' },
    { id: 'd4', accountId: 'b2', amount: 900, createdAt: '2024-03-10', outcome: 'open', stage: 'Lead', campaignId: 'c2' },
    { id: 'd5', amount: 9999, createdAt: '2024-03-10', closedAt: '2024-03-11', outcome: 'won', stage: 'Won' },
  ],
};

const roiOf = (data: unknown, attributes = ''): Promise<CrmCampaignRoi> => renderedElement<CrmCampaignRoi>('crm-campaign-roi', data, attributes);

const shadow = (el: Element) => el.shadowRoot!;
const texts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((n) => n.textContent?.replace(/\s+/g, ' ').trim());
/** Each row's cells, joined by one space. */
const rowTexts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((tr) => [...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()).join(' '));
const marks = (el: Element) => [...shadow(el).querySelectorAll<SVGGElement>('g.mark')];
const key = (type: string) => new KeyboardEvent('keydown', { key: type, bubbles: true, composed: true });

describe('<crm-campaign-roi>', () => {
  afterEach(() => document.querySelectorAll('crm-campaign-roi').forEach((el) => el.remove()));

  it('draws exactly what computeMetric returns for campaign-roi and control-lift (hand-computed)', async () => {
    const el = await roiOf(campaigns);
    const dataset = parseDataset(campaigns).dataset;
    expect(el.result).to.deep.equal({ roi: computeMetric('campaign-roi', dataset), lift: computeMetric('control-lift', dataset) });
    const { roi, lift } = el.result!;
    expect(roi.campaigns.map((c) => [c.id, c.cost, c.revenue, c.roi, c.deals, c.won, c.cpa, c.cps])).to.deep.equal([
      ['c1', 1000, 3000, 2, 2, 1, 500, 1000],
      ['c2', 500, 400, -0.2, 2, 1, 250, 500],
      ['c3', 2000, 0, -1, 0, 0, null, null],
    ]);
    expect(roi.total).to.deep.include({ cost: 3500, revenue: 3400, deals: 4, won: 2, cpa: 875, cps: 1750 });
    expect(roi.total.roi).to.be.closeTo(-100 / 3500, 1e-12);
    expect(lift.test).to.deep.equal({ accounts: 3, converted: 1, conversion: 1 / 3, revenue: 3000, revenuePerAccount: 1000 });
    expect(lift.control).to.deep.equal({ accounts: 2, converted: 1, conversion: 0.5, revenue: 400, revenuePerAccount: 200 });

    expect(marks(el).map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      'Spring webinar: cost $1,000, revenue $3,000, ROI 200%, 2 deals, 1 won',
      'Search ads: cost $500, revenue $400, ROI -20%, 2 deals, 1 won',
      'Trade fair: cost $2,000, revenue $0.00, ROI -100%, 0 deals, 0 won',
    ]);
    // Bar lengths: one money scale for cost and revenue (revenue 3000 is three times cost 1000).
    const widths = marks(el).map((m) => [...m.querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('width'))));
    expect(widths[0]![0]! / widths[0]![1]!).to.be.closeTo(3, 1e-9);
    expect(widths[2]![1]! / widths[0]![1]!).to.be.closeTo(2, 1e-9);
    expect(widths[2]![0]).to.equal(0);
    expect(texts(el, 'g.words text.figure')).to.deep.equal(['ROI 200%', 'ROI -20%', 'ROI -100%']);
    expect(shadow(el).querySelector('g.row:nth-of-type(3) text.figure')?.classList.contains('negative')).to.equal(true);

    const headline = [...shadow(el).querySelectorAll('[part="headline"] div')].map((d) => `${d.querySelector('dt')!.textContent}: ${d.querySelector('dd')!.textContent}`);
    expect(headline).to.deep.equal(['Campaign cost: $3,500', 'Won revenue: $3,400', 'ROI ((revenue − cost) / cost): -2.9%', 'CPA (per deal): $875', 'CPS (per won deal): $1,750']);
    expect(rowTexts(el, '[part="campaigns"] tbody tr')).to.deep.equal([
      'Spring webinar webinar $1,000 $3,000 200% 2 1 $500 $1,000',
      'Search ads paid-search $500 $400 -20% 2 1 $250 $500',
      'Trade fair event $2,000 $0.00 -100% 0 0 — —',
    ]);
    expect(rowTexts(el, '[part="campaigns"] tfoot tr')).to.deep.equal(['All campaigns  $3,500 $3,400 -2.9% 4 2 $875 $1,750']);
    expect(rowTexts(el, '[part="lift"] tbody tr')).to.deep.equal(['Test 3 1 33.3% $1,000', 'Control 2 1 50% $200']);
    expect(rowTexts(el, '[part="lift"] tfoot tr')).to.deep.equal(['Lift   −16.7 pts (−33.3% relative) +$800']);
  });

  it('says which group is too small to trust, by the stated rule', async () => {
    const el = await roiOf(campaigns);
    expect(texts(el, '.caution')).to.deep.equal([
      'Too small to trust. Test group: 3 accounts, under 30; Control group: 2 accounts, under 30. Each group needs at least 30 accounts, 5 converted and 5 not converted.',
    ]);
    el.minGroupSize = 2;
    await el.updateComplete;
    expect(texts(el, '.caution')[0]).to.contain('Test group: 1 converted, under 5; Control group: 1 converted, under 5.');
    expect(shadow(el).querySelector('#summary')?.textContent).to.contain('(too small to trust)');
  });

  it('on generated data: the same numbers as the engine, trusted groups and the 95% interval of the lift', async () => {
    const raw = generateDataset({ seed: 7, accounts: 800 });
    const el = await roiOf(raw);
    const dataset = parseDataset(raw).dataset;
    const roi = computeMetric('campaign-roi', dataset);
    const lift = computeMetric('control-lift', dataset);
    expect(el.result).to.deep.equal({ roi, lift });
    expect(marks(el)).to.have.length(roi.campaigns.length);
    expect(shadow(el).querySelectorAll('[part="campaigns"] tbody tr')).to.have.length(roi.campaigns.length);
    expect(shadow(el).querySelector('.caution')).to.equal(null);
    const { test: t, control: c } = lift;
    const p1 = t.converted / t.accounts;
    const p2 = c.converted / c.accounts;
    const half = 1.959963984540054 * Math.sqrt((p1 * (1 - p1)) / t.accounts + (p2 * (1 - p2)) / c.accounts);
    const pts = (d: number) => `${d < 0 ? '−' : '+'}${(Math.abs(d) * 100).toFixed(1).replace(/\.0$/, '')} pts`;
    expect(texts(el, '[part="lift"] .note')[0]).to.equal(`95% interval of the conversion lift: ${pts(p1 - p2 - half)} to ${pts(p1 - p2 + half)}${p1 - p2 - half > 0 ? ', so the test group converts better' : ', which includes no lift'}.`);
  });

  it('sorts the table by a column header button, with aria-sort, and the bars follow', async () => {
    const el = await roiOf(campaigns);
    const header = (name: string) => [...shadow(el).querySelectorAll<HTMLTableCellElement>('[part="campaigns"] thead th')].find((th) => th.textContent?.trim().startsWith(name))!;
    const order = () => texts(el, '[part="campaigns"] tbody th');
    const barOrder = () => marks(el).map((m) => m.getAttribute('aria-label')!.split(':')[0]);
    expect(header('ROI').hasAttribute('aria-sort')).to.equal(false);
    header('ROI').querySelector('button')!.click();
    await el.updateComplete;
    expect(header('ROI').getAttribute('aria-sort')).to.equal('descending');
    expect(order()).to.deep.equal(['Spring webinar', 'Search ads', 'Trade fair']);
    header('ROI').querySelector('button')!.click();
    await el.updateComplete;
    expect(header('ROI').getAttribute('aria-sort')).to.equal('ascending');
    expect(order()).to.deep.equal(['Trade fair', 'Search ads', 'Spring webinar']);
    expect(barOrder()).to.deep.equal(order());
    expect(shadow(el).querySelector('[part="campaigns"] caption')?.textContent).to.equal('Campaigns, sorted by ROI, lowest first');
    // A missing CPS (no won deal) goes last both ways.
    header('CPS').querySelector('button')!.click();
    await el.updateComplete;
    expect(order()).to.deep.equal(['Spring webinar', 'Search ads', 'Trade fair']);
    header('CPS').querySelector('button')!.click();
    await el.updateComplete;
    expect(order()).to.deep.equal(['Search ads', 'Spring webinar', 'Trade fair']);
    header('Campaign').querySelector('button')!.click();
    await el.updateComplete;
    expect(header('Campaign').getAttribute('aria-sort')).to.equal('ascending');
    expect(order()).to.deep.equal(['Search ads', 'Spring webinar', 'Trade fair']);
    expect(shadow(el).querySelectorAll('[aria-sort]')).to.have.length(1);
    // The sort buttons are in the tab order, and the sort attribute works as well.
    expect(header('Cost').querySelector('button')!.tabIndex).to.equal(0);
    el.setAttribute('sort', 'cost');
    el.setAttribute('sort-direction', 'ascending');
    await el.updateComplete;
    expect(order()).to.deep.equal(['Search ads', 'Spring webinar', 'Trade fair']);
  });

  it('emits crm-select with a campaign’s deals on click and Enter, a group’s accounts, and clears on Escape', async () => {
    const el = await roiOf(campaigns);
    let selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    marks(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: 'Spring webinar', table: 'deals', ids: ['d1', 'd2'] });
    await el.updateComplete;
    expect(marks(el)[0]!.getAttribute('aria-pressed')).to.equal('true');

    marks(el)[0]!.focus();
    marks(el)[0]!.dispatchEvent(key('ArrowDown'));
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(marks(el)[1]);
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    marks(el)[1]!.dispatchEvent(key('Enter'));
    expect((await selected).detail).to.deep.equal({ key: 'Search ads', table: 'deals', ids: ['d3', 'd4'] });
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    marks(el)[1]!.dispatchEvent(key('Escape'));
    expect((await selected).detail).to.deep.equal({ key: null, table: 'deals', ids: [] });

    const groupButton = (i: number) => shadow(el).querySelectorAll<HTMLButtonElement>('[part="lift"] tbody th button')[i]!;
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    groupButton(0).click();
    expect((await selected).detail).to.deep.equal({ key: 'Test group', table: 'accounts', ids: ['a1', 'a2', 'a3'] });
    await el.updateComplete;
    expect(groupButton(0).getAttribute('aria-pressed')).to.equal('true');
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    groupButton(1).click();
    expect((await selected).detail).to.deep.equal({ key: 'Control group', table: 'accounts', ids: ['b1', 'b2'] });
    await el.updateComplete;
    expect([groupButton(0), groupButton(1)].map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    groupButton(1).dispatchEvent(key('Escape'));
    expect((await selected).detail.key).to.equal(null);
  });

  it('keeps the selected campaign selected when the table is sorted', async () => {
    const el = await roiOf(campaigns);
    marks(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    el.sort = 'roi';
    el.sortDirection = 'ascending';
    await el.updateComplete;
    expect(marks(el).map((m) => m.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'true']);
  });

  it('shows a tooltip with the campaign’s figures on keyboard focus', async () => {
    const el = await roiOf(campaigns);
    marks(el)[1]!.focus();
    await el.updateComplete;
    const tip = shadow(el).querySelector('[part="tooltip"]');
    expect([...tip!.children].map((c) => c.textContent)).to.deep.equal([
      'Search ads',
      'Channel: paid-search',
      'Cost $500 · won revenue $400',
      'ROI -20% = (revenue − cost) / cost',
      '2 deals created · CPA $250',
      '1 won · CPS $500',
    ]);
  });

  it('renders a campaign named like markup as text and runs nothing', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<img src=x onerror="window.pwned=true">';
    const data = structuredClone(campaigns) as { campaigns: { name: string }[] };
    data.campaigns[0]!.name = evil;
    const el = await roiOf(data);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('[part="campaigns"] tbody th')?.textContent).to.equal(evil);
    expect(marks(el)[0]!.getAttribute('aria-label')).to.match(/^<img src=x onerror="window.pwned=true">: cost/);
  });

  it('redraws to its new width when its box changes, and fires crm-render for it', async () => {
    const el = await roiOf(campaigns);
    const width = () => Number(shadow(el).querySelector('svg')!.getAttribute('width'));
    expect(width()).to.equal(720);
    let renders = 0;
    el.addEventListener('crm-render', () => renders++);
    el.style.width = '420px';
    // A loaded CI machine can take over a second to deliver the ResizeObserver callback.
    await waitUntil(() => width() === 420 && renders >= 1, 'did not redraw at 420px', { timeout: 5000 });
  });

  it('exports its numbers as CSV and its picture as SVG and PNG', async () => {
    const el = await roiOf(campaigns);
    const csv = el.toCSV().split('\r\n');
    expect(csv[0]).to.equal('Campaign,Channel,Cost,Revenue,ROI,Deals,Won,CPA,CPS,Accounts,Converted,Conversion,Revenue per account');
    expect(csv[1]).to.equal('Spring webinar,webinar,1000,3000,2,2,1,500,1000,,,,');
    expect(csv[3]).to.equal('Trade fair,event,2000,0,-1,0,0,,,,,,');
    expect(csv[4]).to.match(/^All campaigns,,3500,3400,-0\.0285714\d*,4,2,875,1750,,,,$/);
    expect(csv[5]).to.match(/^Test group,,,3000,,,,,,3,1,0\.333\d*,1000$/);
    expect(csv[6]).to.equal('Control group,,,400,,,,,,2,1,0.5,200');
    expect(csv[7]).to.match(/^Lift \(test − control\),,,,,,,,,,,-0\.1666\d*,800$/);
    const svg = el.toSVG();
    expect(svg).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('Spring webinar');
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe-core violations, ${theme}, in the chart and in the table view`, async () => {
      const el = await roiOf(campaigns, `theme=${theme} toolbar`);
      expect(await axeViolations(el)).to.deep.equal([]);
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="table"]')).to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('formats money and percentages for its locale and currency', async () => {
    const el = await roiOf(campaigns, 'locale=de-DE currency=EUR');
    const cells = texts(el, '[part="campaigns"] tbody tr:first-child > *').map((t) => t?.replace(/\u00a0/g, ' '));
    expect(cells).to.deep.equal(['Spring webinar', 'webinar', '1.000 €', '3.000 €', '200 %', '2', '1', '500 €', '1.000 €']);
    expect(texts(el, '[part="lift"] tfoot td')[2]?.replace(/\u00a0/g, ' ')).to.equal('−16,7 pts (−33,3 % relative)');
  });

  it('shows loading while src is fetched, then the empty state for data without campaigns', async () => {
    const el = document.createElement('crm-campaign-roi') as CrmCampaignRoi;
    el.src = '/api/slow.json?ms=300';
    document.body.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="loading"]')?.textContent).to.equal('Loading data…');
    await waitUntil(() => shadow(el).querySelector('[part~="empty"]'), 'no empty state after loading');
    expect(shadow(el).querySelector('[part~="empty"]')?.textContent).to.equal('No campaigns or test groups to show.');
    expect(el.result).to.deep.include({ roi: { campaigns: [], total: { cost: 0, revenue: 0, roi: null, cpa: null, cps: null, deals: 0, won: 0 } } });
  });

  it('draws the good rows and says which rows were left out', async () => {
    const data = structuredClone(campaigns) as { campaigns: Record<string, unknown>[] };
    data.campaigns.push({ id: 'bad', name: 'Broken', cost: -5 });
    const el = document.createElement('crm-campaign-roi') as CrmCampaignRoi;
    el.data = data;
    const warning = oneEvent(el, 'crm-data-warning');
    document.body.append(el);
    await warning;
    await el.updateComplete;
    const notice = shadow(el).querySelector('[part="warning"]')!;
    expect(notice.querySelector('summary')?.textContent).to.equal('1 row was left out because of data problems.');
    expect(notice.querySelector('li')?.textContent).to.equal('campaigns[3].cost: negative money where money cannot be negative (got -5)');
    expect(el.result?.roi.campaigns.map((c) => c.id)).to.deep.equal(['c1', 'c2', 'c3']);
  });

  it('shows the empty state for filters that match nothing, an error for bad input and for a bad URL', async () => {
    const el = await roiOf(campaigns);
    // A segment narrows deals and groups, never a campaign's cost: a range without campaigns is empty.
    el.from = '2030-01-01';
    el.to = '2031-01-01';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="empty"]')?.textContent).to.equal('No campaigns or test groups match these filters.');
    expect(await errorShownAfter(el, () => (el.data = { campaigns: 'not a list' }))).to.contain('campaigns: expected a list of rows');
    expect(await errorShownAfter(el, () => {
      el.data = undefined;
      el.src = '/api/missing.json';
    })).to.contain('/api/missing.json');
  });

  it('shows an error that names a bad sort or group size, and recovers', async () => {
    const el = await roiOf(campaigns);
    expect(await errorShownAfter(el, () => el.setAttribute('sort', 'profit'))).to.contain('unknown sort for crm-campaign-roi: "profit" (expected one of "name", "channel", "cost"');
    el.setAttribute('sort', 'won');
    await el.updateComplete;
    expect(rowTexts(el, '[part="campaigns"] tbody tr').map((r) => r.split(' ')[0])).to.deep.equal(['Spring', 'Search', 'Trade']);
    expect(await errorShownAfter(el, () => el.setAttribute('min-group-size', 'many'))).to.contain('invalid min-group-size for crm-campaign-roi: "many" (expected a number from 1 to Infinity)');
  });

  it('filters by range and segment like the metrics do', async () => {
    const el = await roiOf(campaigns, 'from=2024-03-01 to=2024-04-01 segment=SMB');
    const dataset = parseDataset(campaigns).dataset;
    const options = { from: '2024-03-01', to: '2024-04-01', segment: 'SMB' };
    expect(el.result).to.deep.equal({ roi: computeMetric('campaign-roi', dataset, options), lift: computeMetric('control-lift', dataset, options) });
    // March: d1 (SMB) won for c1; d3 (SMB) created for c2; the fair ran in April.
    expect(el.result!.roi.campaigns.map((c) => [c.id, c.deals, c.won, c.revenue])).to.deep.equal([['c1', 0, 1, 3000], ['c2', 1, 0, 0]]);
  });

  it('inside a <crm-dashboard>: takes its data, filters and currency; its selection becomes the cross-filter', async () => {
    const dashboard = document.createElement('crm-dashboard');
    for (const [name, value] of [['from', '2024-03-01'], ['to', '2024-04-01'], ['currency', 'EUR'], ['locale', 'en-US']]) dashboard.setAttribute(name!, value!);
    const el = document.createElement('crm-campaign-roi');
    dashboard.append(el);
    dashboard.data = campaigns;
    const rendered = oneEvent(el, 'crm-render');
    document.body.append(dashboard);
    await rendered;
    await el.updateComplete;
    try {
      const dataset = parseDataset(campaigns).dataset;
      const options = { from: '2024-03-01', to: '2024-04-01' };
      expect(el.result).to.deep.equal({ roi: computeMetric('campaign-roi', dataset, options), lift: computeMetric('control-lift', dataset, options) });
      expect(shadow(el).querySelector('[part="headline"] dd')?.textContent).to.equal('€1,500');
      marks(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      const selection = (dashboard as unknown as { selection: { key: string; ids: string[] } | null }).selection;
      expect([selection?.key, selection?.ids]).to.deep.equal(['Spring webinar', ['d1']]);
      (dashboard as unknown as { clearSelection(): void }).clearSelection();
      await waitUntil(() => marks(el)[0]!.getAttribute('aria-pressed') === 'false', 'the selection was not cleared');
    } finally {
      dashboard.remove();
    }
  });

  it('registers once: a second copy of the kit defining the tag does not throw', () => {
    const original = customElements.get('crm-campaign-roi');
    expect(() => defineElement('crm-campaign-roi', class SecondCopy extends CrmCampaignRoi {})).to.not.throw();
    expect(customElements.get('crm-campaign-roi')).to.equal(original);
  });
});
