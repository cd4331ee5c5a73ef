import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/service/define.js';
import '../../src/elements/dashboard/define.js';
import { CrmService, type ServiceSelectDetail } from '../../src/elements/service/service.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { axeViolations } from '../support/axe.js';
import { renderedElement } from '../support/rendered-element.js';

const at = (day: string, hours = 0) => new Date(Date.parse(`${day}T00:00:00Z`) + hours * 3_600_000).toISOString();
type TicketRow = NonNullable<DatasetInput['tickets']>[number];
const ticket = (id: string, openedAt: string, extra: Partial<TicketRow> = {}): TicketRow => ({ id, openedAt, contacts: 1, ...extra });

/*
 * By hand, for January 2024 (from 2024-01-01 to 2024-02-01; the queue as of Feb 1) — the worked
 * example of test/metrics/service/help-desk.test.ts:
 * - opened in range: t1 t2 t3 t4 t5 t6 t9 (7).
 * - first response, hours: [1, 2, 2, 4, 6] → median 2, mean 3. Resolution: [5, 10, 48, 216] → median 29, mean 69.75 (2.9 days).
 * - resolved in range: t1 (1 contact), t2 (2), t4 (1), t7 (1) → FCR of resolved 3 / 4.
 *   Of all opened: t1, t4, t9 resolved with one contact (t9 after the range) → 3 / 7.
 * - open on Feb 1: t6 12 h (< 1 day), t5 1 day (1–3), t3 22 days and t9 7 days (7–30), t8 92 days (30+).
 * - Ann: 4 opened, 2 resolved (FCR 50%), 3 open, median first response 3 h, resolution 48 h;
 *   Bo: 2, 2 (100%), 1 open, 1 h, 5 h; Unassigned: t6 only.
 */
const desk: DatasetInput = {
  accounts: [
    { id: 'x', name: 'Acme', segment: 'SMB', owner: 'Kim', createdAt: '2023-01-01' },
    { id: 'y', name: 'Globex', segment: 'Enterprise', owner: 'Lee', createdAt: '2023-01-01' },
  ],
  tickets: [
    ticket('t1', at('2024-01-02'), { agent: 'Ann', firstResponseAt: at('2024-01-02', 2), resolvedAt: at('2024-01-02', 10), accountId: 'x' }),
    ticket('t2', at('2024-01-03'), { agent: 'Ann', firstResponseAt: at('2024-01-03', 4), resolvedAt: at('2024-01-05'), contacts: 2, accountId: 'x' }),
    ticket('t3', at('2024-01-10'), { agent: 'Ann', firstResponseAt: at('2024-01-10', 6), accountId: 'x' }),
    ticket('t4', at('2024-01-20'), { agent: 'Bo', firstResponseAt: at('2024-01-20', 1), resolvedAt: at('2024-01-20', 5), accountId: 'y' }),
    ticket('t5', at('2024-01-31'), { agent: 'Bo', accountId: 'y' }),
    ticket('t6', at('2024-01-31', 12)),
    ticket('t7', at('2023-12-01'), { agent: 'Bo', firstResponseAt: at('2023-12-01', 3), resolvedAt: at('2024-01-15'), accountId: 'x' }),
    ticket('t8', at('2023-11-01'), { agent: 'Ann', accountId: 'y' }),
    ticket('t9', at('2024-01-25'), { agent: 'Ann', firstResponseAt: at('2024-01-25', 2), resolvedAt: at('2024-02-03'), accountId: 'y' }),
    ticket('t10', at('2024-02-05'), { agent: 'Bo' }),
  ],
};
const JANUARY = 'from=2024-01-01 to=2024-02-01';
const january = { from: '2024-01-01', to: '2024-02-01' };

const serviceOf = (data: unknown, attributes = ''): Promise<CrmService> => renderedElement<CrmService>('crm-service', data, attributes, 900);

const shadow = (el: Element) => el.shadowRoot!;
const clean = (t: string | null | undefined) => t?.replace(/\s+/g, ' ').trim();
const texts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((n) => clean(n.textContent));
const rowTexts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((tr) => [...tr.children].map((c) => clean(c.textContent)).join(' '));
const marks = (el: Element, panel: 'queue' | 'periods') => [...shadow(el).querySelectorAll<SVGGElement>(`g.${panel} g.mark`)];
const key = (type: string) => new KeyboardEvent('keydown', { key: type, bubbles: true, composed: true });
/** "term: value (note)" for each headline figure. */
const headline = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="headline"] div')].map((d) => {
    const dd = d.querySelector('dd')!.cloneNode(true) as HTMLElement;
    const note = dd.querySelector('small');
    note?.remove();
    return `${d.querySelector('dt')!.textContent}: ${clean(dd.textContent)}${note ? ` (${clean(note.textContent)})` : ''}`;
  });
const selectOf = (el: Element) => oneEvent(el, 'crm-select') as Promise<CustomEvent<ServiceSelectDetail>>;
const agentButton = (el: Element, name: string) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="agents"] tbody th button')].find((b) => b.textContent === name)!;

describe('<crm-service>', () => {
  afterEach(() => document.querySelectorAll('crm-service, crm-dashboard').forEach((el) => el.remove()));

  it('draws exactly what computeMetric returns for help-desk and first-contact-resolution (hand-computed)', async () => {
    const el = await serviceOf(desk, JANUARY);
    const dataset = parseDataset(desk).dataset;
    expect(el.result).to.deep.equal({
      desk: computeMetric('help-desk', dataset, january),
      fcr: computeMetric('first-contact-resolution', dataset, january),
      period: null,
      periods: [],
    });
    const r = el.result!;
    expect([r.desk.opened, r.desk.open.count, r.desk.firstResponseHours.median, r.desk.firstResponseHours.mean, r.desk.resolutionHours.median, r.desk.resolutionHours.mean]).to.deep.equal([7, 5, 2, 3, 29, 69.75]);
    expect(r.fcr).to.deep.include({ value: 0.75, numerator: 3, denominator: 4, definition: 'over-resolved' });

    expect(headline(el)).to.deep.equal([
      'First-contact resolution: 75% (3 of 4 resolved tickets)',
      'Open tickets: 5 (as of Feb 1, 2024)',
      'Tickets opened: 7',
      'Median first response: 2 hours (mean 3 hours)',
      'Median resolution: 29 hours (mean 2.9 days)',
    ]);
    expect(marks(el, 'queue').map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      'Open < 1 day: 1 ticket (20% of the queue)',
      'Open 1–3 days: 1 ticket (20% of the queue)',
      'Open 3–7 days: 0 tickets (0% of the queue)',
      'Open 7–30 days: 2 tickets (40% of the queue)',
      'Open 30+ days: 1 ticket (20% of the queue)',
    ]);
    // Bar lengths follow the counts on one scale.
    const widths = marks(el, 'queue').map((m) => Number(m.querySelector('rect.bar')!.getAttribute('width')));
    expect(widths[3]! / widths[0]!).to.be.closeTo(2, 1e-9);
    expect([widths[1], widths[4], widths[2]]).to.deep.equal([widths[0], widths[0], 0]);
    expect(texts(el, 'g.queue g.words text.figure')).to.deep.equal(['1 (20%)', '1 (20%)', '0 (0%)', '2 (40%)', '1 (20%)']);
    expect(shadow(el).querySelector('g.periods')).to.equal(null);

    expect(rowTexts(el, '[part="agents"] tbody tr')).to.deep.equal(['Ann 4 2 50% 3 3 hours 2 days', 'Bo 2 2 100% 1 1 hour 5 hours', 'Unassigned 1 0 — 1 — —']);
    expect(shadow(el).querySelector('#summary')?.textContent).to.equal(
      'Service desk: 7 tickets opened; first-contact resolution 75% of resolved tickets (3 of 4). 5 open as of Feb 1, 2024, 1 of them for 30 days or more. Median first response 2 hours (mean 3 hours), median resolution 29 hours (mean 2.9 days). Most tickets: Ann, 4.',
    );
  });

  it('switches the FCR definition, names it, and computes it as the engine does', async () => {
    const el = await serviceOf(desk, JANUARY);
    const buttons = () => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="definition"] button')];
    expect(buttons().map((b) => [b.textContent, b.getAttribute('aria-pressed')])).to.deep.equal([['Of resolved tickets', 'true'], ['Of all tickets opened', 'false']]);
    const rendered = oneEvent(el, 'crm-render');
    buttons()[1]!.click();
    await rendered;
    await el.updateComplete;
    expect(el.fcrDefinition).to.equal('over-all');
    const dataset = parseDataset(desk).dataset;
    expect(el.result!.fcr).to.deep.equal(computeMetric('first-contact-resolution', dataset, { ...january, definition: 'over-all' }));
    expect(el.result!.fcr).to.deep.include({ numerator: 3, denominator: 7 });
    expect(headline(el)[0]).to.equal('First-contact resolution: 42.9% (3 of 7 tickets opened)');
    expect(buttons().map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
    expect(shadow(el).querySelector('#summary')?.textContent).to.contain('first-contact resolution 42.9% of all tickets opened (3 of 7)');
    // The agents' rate stays over resolved tickets, as its header says.
    expect(texts(el, '[part="agents"] thead th')[3]).to.equal('FCR (of resolved)');
    el.setAttribute('fcr-definition', 'over-resolved');
    await el.updateComplete;
    expect(headline(el)[0]).to.equal('First-contact resolution: 75% (3 of 4 resolved tickets)');
  });

  it('with a period: per-period FCR, median and mean times, each the engine’s over that period', async () => {
    const el = await serviceOf(desk, 'from=2023-12-01 to=2024-02-01 period=month fcr-definition=over-all');
    const dataset = parseDataset(desk).dataset;
    const r = el.result!;
    expect(r.period).to.equal('month');
    expect(r.periods.map((p) => p.start)).to.deep.equal(['2023-12-01', '2024-01-01']);
    for (const p of r.periods) {
      const window = { from: p.from, to: p.to };
      const d = computeMetric('help-desk', dataset, window);
      expect([p.opened, p.open, p.firstResponseHours, p.resolutionHours]).to.deep.equal([d.opened, d.open.count, d.firstResponseHours, d.resolutionHours]);
      expect(p.fcr).to.deep.equal(computeMetric('first-contact-resolution', dataset, { ...window, definition: 'over-all' }));
    }
    // The medians are the engine's own series; the FCR series in the chosen definition too.
    const series = computeMetric('help-desk', dataset, { from: '2023-12-01', to: '2024-02-01', period: 'month' }).series!;
    expect(r.periods.map((p) => [p.firstResponseHours.median, p.resolutionHours.median, p.open])).to.deep.equal(series.map((s) => [s.medianFirstResponseHours, s.medianResolutionHours, s.open]));
    const fcrSeries = computeMetric('first-contact-resolution', dataset, { from: '2023-12-01', to: '2024-02-01', period: 'month', definition: 'over-all' }).series!;
    expect(r.periods.map((p) => p.fcr.value)).to.deep.equal(fcrSeries.map((s) => s.value));

    expect(marks(el, 'periods').map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      'Dec 2023: first-contact resolution 100% of all tickets opened; first response median 3 hours, mean 3 hours; resolution median 45 days, mean 45 days; 1 ticket opened',
      'Jan 2024: first-contact resolution 42.9% of all tickets opened; first response median 2 hours, mean 3 hours; resolution median 29 hours, mean 2.9 days; 7 tickets opened',
    ]);
    // Column heights: FCR 1 against 3/7; resolution in days on one scale (45 days against 29 hours).
    const heights = (m: SVGGElement) => [...m.querySelectorAll('rect.bar')].map((b) => Number(b.getAttribute('height')));
    const [dec, jan] = marks(el, 'periods').map(heights);
    expect(jan![0]! / dec![0]!).to.be.closeTo(3 / 7, 1e-9);
    expect(jan![3]! / dec![3]!).to.be.closeTo(29 / 1080, 1e-9);
    expect(jan![4]! / dec![4]!).to.be.closeTo(69.75 / 1080, 1e-9);
    expect(texts(el, 'g.periods text.title')).to.deep.equal(['First-contact resolution by month, of all tickets opened', 'First response by month (hours)', 'Resolution by month (days)']);
    expect(texts(el, '[part="legend"] li')).to.deep.equal(['First-contact resolution', 'Median time', 'Mean time']);
  });

  it('on generated data: every number is the engine’s, and the period openings add up to the total', async () => {
    const raw = generateDataset({ seed: 11, accounts: 600 });
    const options = { from: '2023-01-01', to: '2024-01-01' };
    const el = await serviceOf(raw, 'from=2023-01-01 to=2024-01-01 period=quarter');
    const dataset = parseDataset(raw).dataset;
    const r = el.result!;
    expect(r.desk).to.deep.equal(computeMetric('help-desk', dataset, options));
    expect(r.fcr).to.deep.equal(computeMetric('first-contact-resolution', dataset, options));
    expect(r.desk.opened).to.be.greaterThan(50);
    expect(r.periods).to.have.length(4);
    expect(r.periods.reduce((sum, p) => sum + p.opened, 0)).to.equal(r.desk.opened);
    expect(r.periods.reduce((sum, p) => sum + (p.fcr.denominator ?? 0), 0)).to.equal(r.fcr.denominator);
    expect(r.periods[3]!.open).to.equal(r.desk.open.count);
    expect(shadow(el).querySelectorAll('[part="agents"] tbody tr')).to.have.length(r.desk.byAgent.length);
    expect(marks(el, 'periods')).to.have.length(4);
  });

  it('sorts the agents by a column header button, with aria-sort; a missing value goes last', async () => {
    const el = await serviceOf(desk, JANUARY);
    const header = (name: string) => [...shadow(el).querySelectorAll<HTMLTableCellElement>('[part="agents"] thead th')].find((th) => th.textContent?.replace(/[▲▼]/g, '').trim() === name)!;
    const order = () => texts(el, '[part="agents"] tbody th');
    const click = async (name: string) => {
      header(name).querySelector('button')!.click();
      await el.updateComplete;
    };
    expect(shadow(el).querySelectorAll('[aria-sort]')).to.have.length(0);
    const computed = el.result;
    await click('Open');
    expect(el.result, 'a sort reorders the rows without computing again').to.equal(computed);
    expect(header('Open').getAttribute('aria-sort')).to.equal('descending');
    expect(order()).to.deep.equal(['Ann', 'Bo', 'Unassigned']);
    await click('Open');
    expect(header('Open').getAttribute('aria-sort')).to.equal('ascending');
    expect(order()).to.deep.equal(['Bo', 'Unassigned', 'Ann']);
    expect(shadow(el).querySelector('[part="agents"] caption')?.textContent).to.equal('Agents, sorted by Open, lowest first');
    await click('Median first response');
    expect(order()).to.deep.equal(['Ann', 'Bo', 'Unassigned']);
    await click('Median first response');
    expect(order()).to.deep.equal(['Bo', 'Ann', 'Unassigned']);
    await click('Agent');
    expect(header('Agent').getAttribute('aria-sort')).to.equal('ascending');
    expect(order()).to.deep.equal(['Ann', 'Bo', 'Unassigned']);
    await click('Agent');
    expect(order()).to.deep.equal(['Bo', 'Ann', 'Unassigned']);
    expect(shadow(el).querySelectorAll('[aria-sort]')).to.have.length(1);
    el.setAttribute('sort', 'fcr');
    el.setAttribute('sort-direction', 'ascending');
    await el.updateComplete;
    expect(order()).to.deep.equal(['Ann', 'Bo', 'Unassigned']);
    expect(header('FCR (of resolved)').getAttribute('aria-sort')).to.equal('ascending');
  });

  it('emits crm-select with an age band’s tickets on click and Enter, and clears on Escape', async () => {
    const el = await serviceOf(desk, JANUARY);
    let selected = selectOf(el);
    marks(el, 'queue')[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: 'Open 7–30 days', table: 'accounts', ids: ['x', 'y'], tickets: ['t3', 't9'] });
    await el.updateComplete;
    expect(marks(el, 'queue')[3]!.getAttribute('aria-pressed')).to.equal('true');

    marks(el, 'queue')[0]!.focus();
    marks(el, 'queue')[0]!.dispatchEvent(key('ArrowDown'));
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(marks(el, 'queue')[1]);
    selected = selectOf(el);
    marks(el, 'queue')[1]!.dispatchEvent(key('Enter'));
    expect((await selected).detail).to.deep.equal({ key: 'Open 1–3 days', table: 'accounts', ids: ['y'], tickets: ['t5'] });
    await el.updateComplete;
    expect(marks(el, 'queue').map((m) => m.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false', 'false', 'false']);
    selected = selectOf(el);
    marks(el, 'queue')[1]!.dispatchEvent(key('Escape'));
    expect((await selected).detail).to.deep.equal({ key: null, table: 'accounts', ids: [], tickets: [] });
  });

  it('emits crm-select with an agent’s tickets from the table, and with a period’s openings', async () => {
    const el = await serviceOf(desk, `${JANUARY} period=month`);
    let selected = selectOf(el);
    agentButton(el, 'Ann').click();
    // Ann's row counts t1 t2 t9 (opened), t3 and t8 (open).
    expect((await selected).detail).to.deep.equal({ key: 'Ann', table: 'accounts', ids: ['x', 'y'], tickets: ['t1', 't2', 't3', 't8', 't9'] });
    await el.updateComplete;
    expect(agentButton(el, 'Ann').getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(el).querySelector('[part="agents"] tbody tr.selected th')?.textContent).to.equal('Ann');
    selected = selectOf(el);
    agentButton(el, 'Bo').click();
    expect((await selected).detail).to.deep.equal({ key: 'Bo', table: 'accounts', ids: ['y', 'x'], tickets: ['t4', 't5', 't7'] });
    selected = selectOf(el);
    agentButton(el, 'Unassigned').click();
    expect((await selected).detail).to.deep.equal({ key: 'Unassigned', table: 'accounts', ids: [], tickets: ['t6'] });
    selected = selectOf(el);
    agentButton(el, 'Unassigned').dispatchEvent(key('Escape'));
    expect((await selected).detail.key).to.equal(null);
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part="agents"] [aria-pressed="true"]')).to.have.length(0);

    selected = selectOf(el);
    marks(el, 'periods')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: 'Opened Jan 2024', table: 'accounts', ids: ['x', 'y'], tickets: ['t1', 't2', 't3', 't4', 't5', 't6', 't9'] });
    // A second click clears.
    await el.updateComplete;
    selected = selectOf(el);
    marks(el, 'periods')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail.key).to.equal(null);
  });

  it('shows tooltips with a band’s and a period’s figures on keyboard focus', async () => {
    const el = await serviceOf(desk, `${JANUARY} period=month`);
    const tip = () => [...shadow(el).querySelector('[part="tooltip"]')!.children].map((c) => c.textContent);
    marks(el, 'queue')[3]!.focus();
    await el.updateComplete;
    expect(tip()).to.deep.equal(['Open 7–30 days', '2 tickets (40% of 5 open)', 'Age as of Feb 1, 2024']);
    marks(el, 'periods')[0]!.focus();
    await el.updateComplete;
    expect(tip()).to.deep.equal([
      'Jan 2024',
      '7 tickets opened · 5 open at the end',
      'First-contact resolution 75% (3 of 4 resolved tickets)',
      'First response: median 2 hours, mean 3 hours',
      'Resolution: median 29 hours, mean 2.9 days',
    ]);
  });

  it('renders an agent named like markup as text and runs nothing', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<img src=x onerror="window.pwned=true">';
    const data = structuredClone(desk) as { tickets: TicketRow[] };
    data.tickets[0]!.agent = evil;
    data.tickets[1]!.agent = evil;
    const el = await serviceOf(data, JANUARY);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(texts(el, '[part="agents"] tbody th')).to.include(evil);
    expect(el.toCSV()).to.contain('By agent,"<img src=x onerror=""window.pwned=true"">",Opened,2');
  });

  it('redraws to its new width when its box changes, and fires crm-render for it', async () => {
    const el = await serviceOf(desk, `${JANUARY} period=month`);
    const width = () => Number(shadow(el).querySelector('svg')!.getAttribute('width'));
    expect(width()).to.equal(900);
    // Wide: the periods beside the queue; narrow: below it.
    const periodsAt = () => shadow(el).querySelector('g.periods')!.getAttribute('transform');
    expect(periodsAt()).to.match(/^translate\([1-9]\d*,0\)$/);
    let renders = 0;
    el.addEventListener('crm-render', () => renders++);
    el.style.width = '420px';
    // A loaded CI machine can take over a second to deliver the ResizeObserver callback.
    await waitUntil(() => width() === 420 && renders >= 1, 'did not redraw at 420px', { timeout: 5000 });
    expect(periodsAt()).to.match(/^translate\(0,[1-9]\d*\)$/);
  });

  it('exports its numbers as CSV and its picture as SVG and PNG', async () => {
    const el = await serviceOf(desk, `${JANUARY} period=month`);
    const csv = el.toCSV().split('\r\n');
    expect(csv.slice(0, 6)).to.deep.equal([
      'Section,Item,Measure,Value',
      'Total,All tickets,Opened,7',
      'Total,All tickets,Open,5',
      'Total,All tickets,First-contact resolution (of resolved tickets),0.75',
      'Total,All tickets,Resolved at first contact,3',
      'Total,All tickets,Base (resolved tickets),4',
    ]);
    expect(csv).to.include.members(['Total,Resolution,Mean hours,69.75', 'Open queue by age,7–30 days,Open,2', 'By month,Jan 2024,Median resolution hours,29', 'By agent,Ann,First-contact resolution (of resolved tickets),0.5', 'By agent,Unassigned,Median first response hours,']);
    const svg = el.toSVG();
    expect(svg).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('Open queue by age');
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe-core violations, ${theme}, in the chart and in the table view`, async () => {
      const el = await serviceOf(desk, `${JANUARY} period=month theme=${theme} toolbar`);
      expect(await axeViolations(el)).to.deep.equal([]);
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="table"]')).to.exist;
      expect(rowTexts(el, '[part="table"] tbody tr')).to.include.members(['Total Resolution Mean hours 69.8 hours', 'By month Jan 2024 Opened 7', 'By agent Ann Median resolution hours 48 hours']);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('formats numbers, durations and dates for its locale', async () => {
    const el = await serviceOf(desk, `${JANUARY} locale=de-DE`);
    expect(headline(el).map((h) => h.replace(/\u00a0/g, ' '))).to.deep.equal([
      'First-contact resolution: 75 % (3 of 4 resolved tickets)',
      'Open tickets: 5 (as of 01.02.2024)',
      'Tickets opened: 7',
      'Median first response: 2 Stunden (mean 3 Stunden)',
      'Median resolution: 29 Stunden (mean 2,9 Tage)',
    ]);
    expect(rowTexts(el, '[part="agents"] tbody tr')[0]?.replace(/\u00a0/g, ' ')).to.equal('Ann 4 2 50 % 3 3 Stunden 2 Tage');
  });

  it('shows loading while src is fetched, then the empty state for data without tickets', async () => {
    const el = document.createElement('crm-service') as CrmService;
    el.src = '/api/slow.json?ms=300';
    document.body.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="loading"]')?.textContent).to.equal('Loading data…');
    await waitUntil(() => shadow(el).querySelector('[part~="empty"]'), 'no empty state after loading');
    expect(shadow(el).querySelector('[part~="empty"]')?.textContent).to.equal('No tickets to show.');
  });

  it('draws the good rows and says which rows were left out', async () => {
    const data = structuredClone(desk) as { tickets: Record<string, unknown>[] };
    data.tickets.push({ id: 'bad', openedAt: 'last week', contacts: 1 });
    const el = document.createElement('crm-service') as CrmService;
    el.setAttribute('from', '2024-01-01');
    el.setAttribute('to', '2024-02-01');
    el.data = data;
    const warning = oneEvent(el, 'crm-data-warning');
    document.body.append(el);
    await warning;
    await el.updateComplete;
    const notice = shadow(el).querySelector('[part="warning"]')!;
    expect(notice.querySelector('summary')?.textContent).to.equal('1 row was left out because of data problems.');
    expect(notice.querySelector('li')?.textContent).to.match(/^tickets\[10\]\.openedAt: /);
    expect(el.result?.desk.opened).to.equal(7);
  });

  it('shows the empty state for filters that match nothing, errors for bad input and bad attributes, and recovers', async () => {
    const el = await serviceOf(desk, JANUARY);
    el.segment = 'Nobody';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="empty"]')?.textContent).to.equal('No tickets match these filters.');
    el.segment = undefined;
    for (const [name, value, message] of [
      ['fcr-definition', 'first', 'unknown fcr-definition for crm-service: "first" (expected one of "over-resolved", "over-all")'],
      ['sort', 'speed', 'unknown sort for crm-service: "speed" (expected one of "agent", "opened"'],
      ['period', 'decade', 'unknown period: "decade"'],
    ]) {
      const error = oneEvent(el, 'crm-error');
      el.setAttribute(name!, value!);
      await error;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="error"]')?.textContent).to.contain(message);
      el.removeAttribute(name!);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="error"]'), `recovers from ${name}`).to.equal(null);
    }
    const error = oneEvent(el, 'crm-error');
    el.data = { tickets: 'not a list' };
    await error;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="error"]')?.textContent).to.contain('tickets: expected a list of rows');
  });

  it('filters by segment through the tickets’ accounts, like the metrics', async () => {
    const el = await serviceOf(desk, `${JANUARY} segment=SMB`);
    const dataset = parseDataset(desk).dataset;
    const options = { ...january, segment: 'SMB' };
    expect(el.result!.desk).to.deep.equal(computeMetric('help-desk', dataset, options));
    expect(el.result!.fcr).to.deep.equal(computeMetric('first-contact-resolution', dataset, options));
    // SMB is account x: t1 t2 t3 opened; t7 resolved in range; t3 open.
    expect(rowTexts(el, '[part="agents"] tbody tr')).to.deep.equal(['Ann 3 2 50% 1 4 hours 29 hours', 'Bo 0 1 100% 0 — —']);
  });

  it('inside a <crm-dashboard>: takes its data, filters and period; its selection becomes the cross-filter', async () => {
    const dashboard = document.createElement('crm-dashboard');
    for (const [name, value] of [['from', '2024-01-01'], ['to', '2024-02-01'], ['period', 'month'], ['locale', 'en-US']]) dashboard.setAttribute(name!, value!);
    const el = document.createElement('crm-service');
    dashboard.append(el);
    dashboard.data = desk;
    const rendered = oneEvent(el, 'crm-render');
    document.body.append(dashboard);
    await rendered;
    await el.updateComplete;
    const dataset = parseDataset(desk).dataset;
    expect(el.result!.desk).to.deep.equal(computeMetric('help-desk', dataset, january));
    expect(el.result!.period).to.equal('month');
    expect(marks(el, 'periods')).to.have.length(1);
    agentButton(el, 'Bo').click();
    await el.updateComplete;
    const selection = (dashboard as unknown as { selection: { key: string; table: string; ids: string[] } | null }).selection;
    expect([selection?.key, selection?.table, selection?.ids]).to.deep.equal(['Bo', 'accounts', ['y', 'x']]);
    (dashboard as unknown as { clearSelection(): void }).clearSelection();
    await waitUntil(() => agentButton(el, 'Bo').getAttribute('aria-pressed') === 'false', 'the selection was not cleared');
  });

  it('registers once: a second copy of the kit defining the tag does not throw', () => {
    const original = customElements.get('crm-service');
    expect(() => defineElement('crm-service', class SecondCopy extends CrmService {})).to.not.throw();
    expect(customElements.get('crm-service')).to.equal(original);
  });
});
