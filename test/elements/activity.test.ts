import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/activity/define.js';
import '../../src/elements/dashboard/define.js';
import { CrmActivity } from '../../src/elements/activity/activity.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import type { CrmSelectEvent } from '../../src/events/index.js';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { axeViolations } from '../support/axe.js';
import { renderedElement } from '../support/rendered-element.js';

type ActivityRow = NonNullable<DatasetInput['activities']>[number];
const act = (id: string, at: string, type: ActivityRow['type'], direction: ActivityRow['direction'], accountId: string, responded?: boolean): ActivityRow => ({
  id, at, type, direction, accountId, ...(responded === undefined ? {} : { responded }),
});

/*
 * By hand (owners come from the accounts: p1 Ana, p2 Ben):
 *   Jan  x1 web in p1 09:00 → x2 email out 09:30 (0.5 h, band <1h; p1 wins Mar 1: converted)
 *        x3 x4 call out p2, x5 email out p2: no answer
 *   Feb  x6 x7 call out p2, no answer (p2: 5 in a row); x8 email in p2, never answered (band none)
 *   Mar  x9 meeting out p1 (answered); x10 chat in p1 Mar 4 10:00 → x11 call out Mar 6 10:00 (48 h, 1–3d; won before: not converted)
 * 11 activities: call 5, email 3, meeting 1, web 1, chat 1; inbound 3, outbound 8; calls made 5, outbound
 * calls 5, inbound email and web inquiries 2; Ben 6, Ana 5; months 5, 3, 3.
 * Engagement: 8 attempts on 2 prospects (4 each), 3 of 8 answered (37.5%), p2 unanswered 5 in a row.
 * Response: 3 inquiries, 2 answered, median (0.5 + 48) / 2 = 24.25 h.
 */
const fixture: DatasetInput = {
  stages: ['Lead'],
  accounts: [
    { id: 'p1', name: 'Acme', owner: 'Ana', segment: 'SMB', createdAt: '2024-01-01' },
    { id: 'p2', name: 'Globex', owner: 'Ben', segment: 'Enterprise', createdAt: '2024-01-01' },
  ],
  deals: [{ id: 'dp1', accountId: 'p1', amount: 1000, createdAt: '2024-01-15', closedAt: '2024-03-01', outcome: 'won', stage: 'Lead' }],
  activities: [
    act('x1', '2024-01-02T09:00:00Z', 'web', 'inbound', 'p1'),
    act('x2', '2024-01-02T09:30:00Z', 'email', 'outbound', 'p1', true),
    act('x3', '2024-01-05T10:00:00Z', 'call', 'outbound', 'p2', false),
    act('x4', '2024-01-06T10:00:00Z', 'call', 'outbound', 'p2', false),
    act('x5', '2024-01-07T10:00:00Z', 'email', 'outbound', 'p2', false),
    act('x6', '2024-02-01T10:00:00Z', 'call', 'outbound', 'p2', false),
    act('x7', '2024-02-02T10:00:00Z', 'call', 'outbound', 'p2', false),
    act('x8', '2024-02-10T10:00:00Z', 'email', 'inbound', 'p2'),
    act('x9', '2024-03-03T10:00:00Z', 'meeting', 'outbound', 'p1', true),
    act('x10', '2024-03-04T10:00:00Z', 'chat', 'inbound', 'p1'),
    act('x11', '2024-03-06T10:00:00Z', 'call', 'outbound', 'p1', true),
  ],
};

const activityOf = (data: unknown, attributes = ''): Promise<CrmActivity> => renderedElement<CrmActivity>('crm-activity', data, attributes, 800);

const shadow = (el: Element) => el.shadowRoot!;
const texts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((n) => n.textContent?.replace(/\s+/g, ' ').trim());
const marks = (el: Element, panel: 'periods' | 'owners' | 'bands') => [...shadow(el).querySelectorAll<SVGGElement>(`g.${panel} g.mark`)];
const key = (type: string) => new KeyboardEvent('keydown', { key: type, bubbles: true, composed: true });
const heights = (mark: SVGGElement) => [...mark.querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('height')));

describe('<crm-activity>', () => {
  afterEach(() => document.querySelectorAll('crm-activity').forEach((el) => el.remove()));

  it('draws exactly what computeMetric returns for activity-volume, engagement and response-time (hand-computed)', async () => {
    const el = await activityOf(fixture);
    const dataset = parseDataset(fixture).dataset;
    const r = el.result!;
    expect(r.volume).to.deep.equal(computeMetric('activity-volume', dataset));
    expect(r.engagement).to.deep.equal(computeMetric('engagement', dataset));
    expect(r.response).to.deep.equal(computeMetric('response-time', dataset));
    expect(r.periods.map((p) => p.value)).to.deep.equal(computeMetric('activity-volume', dataset, { period: 'month' }).series!.map((p) => p.value));
    expect(r.periods.map((p) => [p.start, p.value, p.byType.call, p.byType.email, p.byDirection.inbound])).to.deep.equal([
      ['2024-01-01', 5, 2, 2, 1],
      ['2024-02-01', 3, 2, 1, 1],
      ['2024-03-01', 3, 1, 0, 1],
    ]);
    expect(r.volume).to.deep.include({ value: 11, callsMade: 5, outboundCalls: 5, inboundInquiries: 2 });
    expect(r.volume.byOwner).to.deep.equal([{ owner: 'Ben', count: 6 }, { owner: 'Ana', count: 5 }]);
    expect(r.engagement).to.deep.include({ prospects: 2, attempts: 8, attemptsPerProspect: 4 });
    expect(r.engagement.replyRate.value).to.equal(3 / 8);
    expect(r.response).to.deep.include({ count: 3, answered: 2, medianHours: 24.25 });

    const headline = [...shadow(el).querySelectorAll('[part="headline"] div')].map((d) => `${d.querySelector('dt')!.textContent}: ${d.querySelector('dd')!.textContent}`);
    expect(headline).to.deep.equal([
      'Activities: 11', 'Calls made: 5', 'Outbound calls: 5', 'Inbound email and web inquiries: 2',
      'Attempts per prospect: 4', 'Reply rate (of known answers): 37.5%', 'Median response to an inquiry: 24.3 hours',
    ]);
    // Columns: one per month, stacked by type in the fixed order call, email, meeting, web, chat.
    expect(marks(el, 'periods').map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      'Jan 2024: 5 activities; calls 2, emails 2, meetings 0, web 1, chats 0',
      'Feb 2024: 3 activities; calls 2, emails 1, meetings 0, web 0, chats 0',
      'Mar 2024: 3 activities; calls 1, emails 0, meetings 1, web 0, chats 1',
    ]);
    const jan = heights(marks(el, 'periods')[0]!);
    expect(jan[0]).to.be.closeTo(jan[1]!, 1e-9);
    expect(jan[3]! * 2).to.be.closeTo(jan[0]!, 1e-9);
    expect(heights(marks(el, 'periods')[1]!).reduce((a, b) => a + b) / jan.reduce((a, b) => a + b)).to.be.closeTo(3 / 5, 1e-9);
    expect(texts(el, '[part="legend"] li')).to.deep.equal(['Calls', 'Emails', 'Meetings', 'Web', 'Chats']);
    expect(marks(el, 'owners').map((m) => m.getAttribute('aria-label'))).to.deep.equal(['Ben: 6 activities (54.5%)', 'Ana: 5 activities (45.5%)']);
    expect(marks(el, 'bands').map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      'Inquiries answered within an hour: 1, 1 converted (100%)',
      'Inquiries answered in 1 to 24 hours: 0, 0 converted (—)',
      'Inquiries answered in 1 to 3 days: 1, 0 converted (0%)',
      'Inquiries answered after more than 3 days: 0, 0 converted (—)',
      'Inquiries never answered: 1, 0 converted (0%)',
    ]);
    expect(texts(el, 'g.bands text.figure')).to.deep.equal(['100%', '—', '0%', '—', '0%']);
    expect(texts(el, '[part="prospects"] caption')).to.deep.equal(['Prospects with 5 or more unanswered attempts in a row (1)']);
    expect(texts(el, '[part="prospects"] tbody tr')).to.deep.equal(['Globex 5 Feb 2, 2024']);
  });

  it('summarises the figures for screen readers and is a labelled figure', async () => {
    const el = await activityOf(fixture);
    expect(el.getAttribute('role')).to.equal('figure');
    expect(el.getAttribute('aria-label')).to.equal('Sales activity');
    expect(shadow(el).querySelector('#summary')?.textContent).to.equal(
      'Sales activity: 11 activities, 5 calls (5 outbound), 2 inbound email and web inquiries; most by Ben (6). 4 attempts per prospect, reply rate 37.5%, 1 prospect with 5 or more unanswered in a row. Median response to an inquiry 24.3 hours.',
    );
  });

  it('stacks by direction and groups by quarter when asked', async () => {
    const el = await activityOf(fixture, 'stack=direction period=quarter');
    expect(texts(el, '[part="legend"] li')).to.deep.equal(['Inbound', 'Outbound']);
    expect(marks(el, 'periods').map((m) => m.getAttribute('aria-label'))).to.deep.equal(['Q1 2024: 11 activities; inbound 3, outbound 8']);
    const [inbound, outbound] = heights(marks(el, 'periods')[0]!);
    expect(outbound! / inbound!).to.be.closeTo(8 / 3, 1e-9);
    expect(el.result!.periods).to.have.length(1);
  });

  it('lists prospects by the streak option, and shows the engine’s error for a bad one', async () => {
    const el = await activityOf(fixture, 'streak=6');
    expect(texts(el, 'p[part="prospects"]')).to.deep.equal(['Prospects with 6 or more unanswered attempts in a row: none.']);
    el.streak = 3;
    await el.updateComplete;
    expect(el.result!.engagement.unanswered.map((p) => [p.accountId, p.streak])).to.deep.equal([['p2', 5]]);
    const error = oneEvent(el, 'crm-error');
    el.streak = 0;
    await error;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="error"]')?.textContent).to.contain('invalid streak for engagement: 0');
    el.streak = 5;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="error"]')).to.equal(null);
    for (const [name, value, message] of [['stack', 'owner', 'unknown stack for crm-activity: "owner" (expected one of "type", "direction")'], ['period', 'decade', 'unknown period: "decade"'], ['response-definition', 'fast', 'unknown definition for response-time: "fast"']]) {
      const failed = oneEvent(el, 'crm-error');
      el.setAttribute(name!, value!);
      await failed;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="error"]')?.textContent).to.contain(message);
      el.removeAttribute(name!);
    }
  });

  it('shows the first prospects and all of them on request', async () => {
    const raw = generateDataset({ seed: 7, accounts: 800 });
    const el = await activityOf(raw, 'list-limit=4');
    const total = el.result!.engagement.unanswered.length;
    expect(total).to.be.greaterThan(4);
    expect(shadow(el).querySelectorAll('[part="prospects"] tbody tr')).to.have.length(4);
    const more = shadow(el).querySelector<HTMLButtonElement>('[part="prospects"] button.more')!;
    expect(more.textContent).to.equal(`Show all ${total}`);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part="prospects"] tbody tr')).to.have.length(total);
  });

  it('on generated data: every number is the engine’s, and the periods add up to the total by type', async () => {
    const raw = generateDataset({ seed: 7, accounts: 800 });
    const el = await activityOf(raw, 'response-definition=new-inquiries');
    const dataset = parseDataset(raw).dataset;
    const r = el.result!;
    expect(r.volume).to.deep.equal(computeMetric('activity-volume', dataset));
    expect(r.engagement).to.deep.equal(computeMetric('engagement', dataset));
    expect(r.response).to.deep.equal(computeMetric('response-time', dataset, { definition: 'new-inquiries' }));
    const series = computeMetric('activity-volume', dataset, { period: 'month' }).series!;
    expect(r.periods.map((p) => [p.start, p.value])).to.deep.equal(series.map((p) => [p.start, p.value]));
    for (const type of Object.keys(r.volume.byType) as (keyof typeof r.volume.byType)[]) {
      expect(r.periods.reduce((sum, p) => sum + p.byType[type], 0), type).to.equal(r.volume.byType[type]);
    }
    expect(r.periods.reduce((sum, p) => sum + p.byDirection.outbound, 0)).to.equal(r.volume.byDirection.outbound);
    expect(marks(el, 'periods')).to.have.length(series.length);
    expect(marks(el, 'owners')).to.have.length(Math.min(12, r.volume.byOwner.length));
    expect(marks(el, 'bands')).to.have.length(5);
  });

  it('emits crm-select with the accounts behind a period, an owner, a band and a prospect; Escape clears', async () => {
    const el = await activityOf(fixture);
    const next = () => oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    let selected = next();
    marks(el, 'periods')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: 'Jan 2024', table: 'accounts', ids: ['p1', 'p2'] });
    await el.updateComplete;
    expect(marks(el, 'periods')[0]!.getAttribute('aria-pressed')).to.equal('true');

    marks(el, 'periods')[0]!.focus();
    marks(el, 'periods')[0]!.dispatchEvent(key('End'));
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(marks(el, 'periods')[2]);
    selected = next();
    marks(el, 'periods')[2]!.dispatchEvent(key('Enter'));
    expect((await selected).detail).to.deep.equal({ key: 'Mar 2024', table: 'accounts', ids: ['p1'] });

    selected = next();
    marks(el, 'owners')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: 'Ben', table: 'accounts', ids: ['p2'] });
    await el.updateComplete;
    // One selection at a time: the period is no longer pressed.
    expect(marks(el, 'periods').map((m) => m.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false']);

    selected = next();
    marks(el, 'bands')[4]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: 'Response No reply', table: 'accounts', ids: ['p2'] });
    selected = next();
    marks(el, 'bands')[4]!.dispatchEvent(key('Escape'));
    expect((await selected).detail).to.deep.equal({ key: null, table: 'accounts', ids: [] });

    const prospect = () => shadow(el).querySelector<HTMLButtonElement>('[part="prospects"] tbody button')!;
    selected = next();
    prospect().click();
    expect((await selected).detail).to.deep.equal({ key: 'Globex', table: 'accounts', ids: ['p2'] });
    await el.updateComplete;
    expect(prospect().getAttribute('aria-pressed')).to.equal('true');
    selected = next();
    prospect().dispatchEvent(key('Escape'));
    expect((await selected).detail.key).to.equal(null);
    await el.updateComplete;
    expect(prospect().getAttribute('aria-pressed')).to.equal('false');
  });

  it('has one tab stop per panel, and a tooltip on keyboard focus', async () => {
    const el = await activityOf(fixture);
    expect(['periods', 'owners', 'bands'].map((p) => marks(el, p as 'periods').filter((m) => m.getAttribute('tabindex') === '0').length)).to.deep.equal([1, 1, 1]);
    marks(el, 'periods')[1]!.focus();
    await el.updateComplete;
    expect([...shadow(el).querySelector('[part="tooltip"]')!.children].map((c) => c.textContent)).to.deep.equal([
      'Feb 2024', '3 activities', 'Calls 2 · Emails 1 · Meetings 0 · Web 0 · Chats 0', 'Inbound 1 · Outbound 2',
    ]);
    marks(el, 'bands')[0]!.focus();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).to.contain('Inquiries answered within an hour');
  });

  it('renders names like markup as text and runs nothing', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<img src=x onerror="window.pwned=true">';
    const data = structuredClone(fixture) as { accounts: { name: string; owner: string }[] };
    data.accounts[1]!.name = evil;
    data.accounts[1]!.owner = evil;
    const el = await activityOf(data);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('[part="prospects"] tbody button')?.textContent).to.equal(evil);
    expect(marks(el, 'owners')[0]!.getAttribute('aria-label')).to.equal(`${evil}: 6 activities (54.5%)`);
  });

  it('redraws to its new width, side by side or stacked', async () => {
    const el = await activityOf(fixture);
    const svg = () => shadow(el).querySelector('svg')!;
    const bandsX = () => Number(/translate\(([\d.]+),/.exec(shadow(el).querySelector('g.bands')!.getAttribute('transform')!)![1]);
    expect(Number(svg().getAttribute('width'))).to.equal(800);
    expect(bandsX()).to.be.greaterThan(300);
    el.style.width = '420px';
    await waitUntil(() => Number(svg().getAttribute('width')) === 420, 'did not redraw at 420px', { timeout: 5000 });
    expect(bandsX()).to.equal(0);
  });

  it('exports its numbers as CSV and its picture as SVG and PNG', async () => {
    const el = await activityOf(fixture);
    const csv = el.toCSV().split('\r\n');
    expect(csv.slice(0, 6)).to.deep.equal([
      'Section,Item,Measure,Value',
      'Total,All activities,Activities,11',
      'Total,All activities,Calls made,5',
      'Total,All activities,Outbound calls,5',
      'Total,All activities,Inbound email and web inquiries,2',
      'By month,Jan 2024,Activities,5',
    ]);
    expect(csv).to.include('By owner,Ben,Activities,6');
    expect(csv).to.include('Engagement,Prospects,Reply rate,0.375');
    expect(csv).to.include('Unanswered 5+ in a row,Globex,Unanswered in a row,5');
    expect(csv).to.include('Response time,Answered inquiries,Median hours,24.25');
    expect(csv).to.include('Response time,< 1 h,Conversion,1');
    expect(csv).to.include('Response time,1–24 h,Conversion,');
    const svg = el.toSVG();
    expect(svg).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('Conversion by response time');
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe-core violations, ${theme}, in the chart and in the table view`, async () => {
      const el = await activityOf(fixture, `theme=${theme} toolbar`);
      expect(await axeViolations(el)).to.deep.equal([]);
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="table"]')).to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('formats numbers, hours and dates for its locale', async () => {
    const el = await activityOf(fixture, 'locale=de-DE');
    const dd = texts(el, '[part="headline"] dd').map((t) => t?.replace(/\u00a0/g, ' '));
    expect(dd.slice(4)).to.deep.equal(['4', '37,5 %', '24,3 Stunden']);
    expect(marks(el, 'periods')[1]!.getAttribute('aria-label')).to.match(/^Feb\.? 2024: 3 activities/);
    expect(texts(el, '[part="prospects"] tbody td')[1]).to.equal('02.02.2024');
  });

  it('shows loading while src is fetched, then the empty state for data without activities', async () => {
    const el = document.createElement('crm-activity') as CrmActivity;
    el.src = '/api/slow.json?ms=300';
    document.body.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="loading"]')?.textContent).to.equal('Loading data…');
    await waitUntil(() => shadow(el).querySelector('[part~="empty"]'), 'no empty state after loading');
    expect(shadow(el).querySelector('[part~="empty"]')?.textContent).to.equal('No activities to show.');
  });

  it('draws the good rows and says which rows were left out', async () => {
    const data = structuredClone(fixture) as { activities: Record<string, unknown>[] };
    data.activities.push({ id: 'bad', at: '2024-01-03', type: 'fax', direction: 'inbound', accountId: 'p1' });
    const el = document.createElement('crm-activity') as CrmActivity;
    el.data = data;
    const warning = oneEvent(el, 'crm-data-warning');
    document.body.append(el);
    await warning;
    await el.updateComplete;
    const notice = shadow(el).querySelector('[part="warning"]')!;
    expect(notice.querySelector('summary')?.textContent).to.equal('1 row was left out because of data problems.');
    expect(notice.querySelector('li')?.textContent).to.match(/^activities\[11\]\.type: /);
    expect(el.result?.volume.value).to.equal(11);
  });

  it('shows the empty state for filters that match nothing, and an error for bad input', async () => {
    const el = await activityOf(fixture);
    el.owner = 'Nobody';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="empty"]')?.textContent).to.equal('No activities match these filters.');
    el.owner = 'Ana';
    await el.updateComplete;
    expect(el.result?.volume.value).to.equal(5);
    const error = oneEvent(el, 'crm-error');
    el.data = { activities: 'not a list' };
    await error;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="error"]')?.textContent).to.contain('activities: expected a list of rows');
  });

  it('inside a <crm-dashboard>: takes its data, filters, period and locale, and its selection can be dropped there', async () => {
    const dashboard = document.createElement('crm-dashboard');
    for (const [name, value] of [['period', 'quarter'], ['from', '2024-01-05'], ['owner', 'Ben'], ['locale', 'de-DE']]) dashboard.setAttribute(name!, value!);
    const el = document.createElement('crm-activity');
    dashboard.append(el);
    dashboard.data = fixture;
    const rendered = oneEvent(el, 'crm-render');
    document.body.append(dashboard);
    await rendered;
    await el.updateComplete;
    try {
      const dataset = parseDataset(fixture).dataset;
      expect(el.result!.volume).to.deep.equal(computeMetric('activity-volume', dataset, { from: '2024-01-05', owner: 'Ben' }));
      expect(el.result!.volume.value).to.equal(6);
      expect(el.result!.periods.map((p) => [p.start, p.value])).to.deep.equal([['2024-01-01', 6]]);
      expect(shadow(el).querySelector('[part="headline"] dd:nth-of-type(1)')?.textContent).to.equal('6');
      expect(texts(el, '[part="headline"] dd')[5]?.replace(/\u00a0/g, ' ')).to.equal('0 %');
      dashboard.setAttribute('period', 'month');
      await waitUntil(() => el.result?.period === 'month', 'the dashboard period did not reach the element');
      expect(el.result!.periods.map((p) => p.value)).to.deep.equal([3, 3, 0]);
      // A selection made here is the dashboard's cross-filter; removing it there clears the mark.
      marks(el, 'owners')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      expect((dashboard as unknown as { selection: { key: string } | null }).selection?.key).to.equal('Ben');
      (dashboard as unknown as { clearSelection(): void }).clearSelection();
      await waitUntil(() => marks(el, 'owners')[0]!.getAttribute('aria-pressed') === 'false', 'the selection was not cleared');
    } finally {
      dashboard.remove();
    }
  });

  it('registers once: a second copy of the kit defining the tag does not throw', () => {
    const original = customElements.get('crm-activity');
    expect(() => defineElement('crm-activity', class SecondCopy extends CrmActivity {})).to.not.throw();
    expect(customElements.get('crm-activity')).to.equal(original);
  });
});
