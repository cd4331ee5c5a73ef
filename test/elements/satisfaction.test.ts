import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/dashboard/define.js';
import '../../src/elements/satisfaction/define.js';
import { CrmSatisfaction } from '../../src/elements/satisfaction/satisfaction.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import type { CrmErrorEvent, CrmRenderEvent, CrmSelectEvent } from '../../src/events/index.js';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { axeViolations } from '../support/axe.js';

/**
 * NPS in January: 10 (a1), 9 (a2), 8 (a3), 3 (a4): 2 promoters, 1 passive, 1 detractor, NPS
 * 100 · (2 − 1) / 4 = 25. None in February. March: 10 (a1), 6 (a5): NPS 0 from 2. Whole range:
 * 3 promoters, 1 passive, 2 detractors of 6, NPS 100 / 6 = 16.7.
 * CES on 1–7: January 5 (a1) and 7 (a2), March 2 (a3): mean 14 / 3 = 4.67 from 3.
 * CSAT on 1–5: January 5 (a1), 4 (a6), 2 (no account); March 3 (a2): 2 of 4 satisfied, 50%.
 * With min-responses 3: too few are NPS in March (2), CES in January (2) and March (1), CSAT in
 * March (1); no whole-range score is short.
 */
const surveys: DatasetInput = {
  accounts: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id, i) => ({ id, createdAt: '2024-01-01', segment: i < 2 ? 'SMB' : 'Enterprise' })),
  surveys: [
    { at: '2024-01-10', kind: 'nps', score: 10, accountId: 'a1' },
    { at: '2024-01-11', kind: 'nps', score: 9, accountId: 'a2' },
    { at: '2024-01-12', kind: 'nps', score: 8, accountId: 'a3' },
    { at: '2024-01-13', kind: 'nps', score: 3, accountId: 'a4' },
    { at: '2024-03-10', kind: 'nps', score: 10, accountId: 'a1' },
    { at: '2024-03-11', kind: 'nps', score: 6, accountId: 'a5' },
    { at: '2024-01-15', kind: 'ces', score: 5, scale: 7, accountId: 'a1' },
    { at: '2024-01-16', kind: 'ces', score: 7, scale: 7, accountId: 'a2' },
    { at: '2024-03-15', kind: 'ces', score: 2, scale: 7, accountId: 'a3' },
    { at: '2024-01-20', kind: 'csat', score: 5, accountId: 'a1' },
    { at: '2024-01-21', kind: 'csat', score: 4, accountId: 'a6' },
    { at: '2024-01-22', kind: 'csat', score: 2 },
    { at: '2024-03-20', kind: 'csat', score: 3, accountId: 'a2' },
  ],
};

async function satisfactionOf(data: unknown, attributes: Record<string, string | boolean> = {}): Promise<CrmSatisfaction> {
  const el = document.createElement('crm-satisfaction');
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of Object.entries<string | boolean>({ 'min-responses': '3', ...attributes })) {
    if (value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  el.style.width = '720px';
  el.data = data;
  const drawn = Promise.race([oneEvent(el, 'crm-render'), oneEvent(el, 'crm-error')]);
  document.body.append(el);
  await drawn;
  await el.updateComplete;
  return el;
}

const all = <T extends Element = Element>(el: CrmSatisfaction, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const marks = (el: CrmSatisfaction, panel: string) => all<SVGGElement>(el, `g.${panel} g.mark`);
const labels = (el: CrmSatisfaction, panel: string) => marks(el, panel).map((m) => m.getAttribute('aria-label'));
const tooltip = (el: CrmSatisfaction) => all(el, '[part="tooltip"] > *').map((n) => n.textContent);
const num = (node: Element, name: string) => Number(node.getAttribute(name));

async function key(el: CrmSatisfaction, target: Element, name: string): Promise<void> {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  await el.updateComplete;
  await el.updateComplete;
}

describe('<crm-satisfaction>', () => {
  afterEach(() => document.querySelectorAll('crm-satisfaction, crm-dashboard').forEach((el) => el.remove()));

  it('draws exactly what computeMetric returns for nps, ces and csat, with the response counts', async () => {
    const el = await satisfactionOf(surveys);
    const dataset = parseDataset(surveys).dataset;
    const view = el.result!;
    expect(view.nps).to.deep.equal(computeMetric('nps', dataset, {}));
    expect(view.ces).to.deep.equal(computeMetric('ces', dataset, {}));
    expect(view.csat).to.deep.equal(computeMetric('csat', dataset, {}));
    expect(view.nps).to.deep.include({ responses: 6, promoters: 3, passives: 1, detractors: 2 });
    expect(view.nps.value).to.be.closeTo(100 / 6, 1e-9);
    expect(view.ces.value).to.be.closeTo(14 / 3, 1e-9);
    expect(view.csat.value).to.equal(0.5);
    const headline = all(el, '[part="headline"] div').map((d) => [...d.children].map((c) => c.textContent).join(' | '));
    expect(headline).to.deep.equal(['NPS | +16.7 | 6 responses', 'CES (1–7) | 4.7 | 3 responses', 'CSAT (top two boxes) | 50% | 4 responses']);
    // Each period is the metric's own series point.
    for (const kind of ['nps', 'ces', 'csat'] as const) {
      const series = computeMetric(kind, dataset, { period: 'month' }).series!;
      expect(view.periods.map((p) => [p.start, p[kind].value, p[kind].denominator]), kind).to.deep.equal(series.map((p) => [p.start, p.value, p.denominator]));
    }
    expect(view.periods.map((p) => p.nps.value)).to.deep.equal([25, null, 0]);
  });

  it('draws the NPS as a diverging bar: passives across zero, detractors left, promoters right', async () => {
    const el = await satisfactionOf(surveys);
    expect(labels(el, 'nps')).to.deep.equal(['Detractors (0–6): 33.3%, 2 responses', 'Passives (7–8): 16.7%, 1 response', 'Promoters (9–10): 50%, 3 responses']);
    const [d, p, pr] = all(el, 'g.nps rect.bar');
    const width = (r: Element) => num(r, 'width');
    expect(width(d!) / width(pr!)).to.be.closeTo(2 / 3, 1e-9);
    expect(width(p!) / width(pr!)).to.be.closeTo(1 / 3, 1e-9);
    // Touching in order, passives centred on the middle of the 720 px panel.
    expect(num(d!, 'x') + width(d!)).to.be.closeTo(num(p!, 'x'), 1e-9);
    expect(num(p!, 'x') + width(p!)).to.be.closeTo(num(pr!, 'x'), 1e-9);
    expect(num(p!, 'x') + width(p!) / 2).to.be.closeTo(360, 1e-9);
    // The lean right of centre is half the score: (promoters − detractors) / 2 of a side.
    const lean = (num(pr!, 'x') + width(pr!) + num(d!, 'x')) / 2 - 360;
    expect(lean / (360 - 2)).to.be.closeTo(100 / 6 / 100 / 2, 1e-9);
    expect(all(el, 'g.nps text.title')[0]!.textContent).to.equal('Net Promoter Score +16.7 · 6 responses');
    expect(all(el, 'g.nps text.figure').map((t) => t.textContent)).to.deep.equal(['33.3% · 2', '16.7% · 1', '50% · 3']);
  });

  it('draws the NPS by period over its responses and flags the periods with too few', async () => {
    const el = await satisfactionOf(surveys);
    expect(labels(el, 'trend')).to.deep.equal(['Jan 2024: NPS +25 from 4 responses', 'Feb 2024: no NPS responses', 'Mar 2024: NPS 0 from 2 responses, too few to trust']);
    const bars = marks(el, 'trend').map((m) => [...m.querySelectorAll('rect.bar')].map((r) => r.getAttribute('class')));
    // January: a score bar and its count bar; February: a count bar of nothing; March: both, faded and in warning colour.
    expect(bars).to.deep.equal([['bar s3', 'bar s7'], ['bar s7'], ['bar s5', 'bar s9']]);
    const counts = marks(el, 'trend').map((m) => m.querySelectorAll('rect.bar')[m.querySelectorAll('rect.bar').length - 1]!);
    expect(num(counts[0]!, 'height') / num(counts[2]!, 'height')).to.be.closeTo(2, 1e-9);
    // The threshold line stands at 3 on the counts' axis: between 2 (March) and 4 (January).
    const threshold = all(el, 'g.trend .grid line').pop()!;
    const top = (r: Element) => num(r, 'y');
    expect(num(threshold, 'y1')).to.be.below(top(counts[2]!)).and.above(top(counts[0]!));
    const notice = el.shadowRoot!.querySelector('[part="low-responses"]')!;
    expect(notice.getAttribute('role')).to.equal('note');
    expect(notice.textContent).to.equal('⚠ Too few responses to trust (fewer than 3): NPS in Mar 2024 (2); CES in Jan 2024 (2), Mar 2024 (1); CSAT in Mar 2024 (1).');
  });

  it('flags the whole range too, at the default of 30 responses, and says so in the summary', async () => {
    const el = await satisfactionOf(surveys, { 'min-responses': false });
    expect(el.minResponses).to.equal(30);
    expect(el.result!.minResponses).to.equal(30);
    const notice = el.shadowRoot!.querySelector('[part="low-responses"]')!.textContent!;
    expect(notice).to.contain('NPS in the whole range (6), Jan 2024 (4), Mar 2024 (2);');
    expect(all(el, 'g.nps text.warn')[0]!.textContent).to.equal('⚠ Only 6 responses: too few to trust (fewer than 30)');
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).to.contain(notice.slice(2));
    el.minResponses = 2;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="low-responses"]')!.textContent).to.equal('⚠ Too few responses to trust (fewer than 2): CES in Mar 2024 (1); CSAT in Mar 2024 (1).');
    el.minResponses = 1;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="low-responses"]')).to.equal(null);
    expect(all(el, '.warn')).to.have.length(0);
  });

  it('draws CES on its 1–7 scale with the responses per point and the mean, and CSAT as a share', async () => {
    const el = await satisfactionOf(surveys);
    expect(labels(el, 'ces')).to.deep.equal([1, 2, 3, 4, 5, 6, 7].map((s) => `CES ${s} of 7: ${[2, 5, 7].includes(s) ? '1 response (33.3%)' : '0 responses (0%)'}`));
    const mean = all(el, 'g.ces rect.s10')[0]!;
    const centre = (i: number) => {
      const r = marks(el, 'ces')[i]!.querySelector('rect.s8')!;
      return num(r, 'x') + num(r, 'width') / 2;
    };
    // The mean 4.67 sits two thirds of the way from the centre of 4 to the centre of 5.
    expect((num(mean, 'x') + 1 - centre(3)) / (centre(4) - centre(3))).to.be.closeTo(2 / 3, 1e-9);
    expect(all(el, 'g.ces text.title')[0]!.textContent).to.equal('Effort (CES): 4.7 of 7 · 3 responses');
    expect(labels(el, 'csat')).to.deep.equal(['CSAT satisfied (top two boxes): 50%, 2 responses', 'CSAT not satisfied: 50%, 2 responses']);
    const [yes, no] = all(el, 'g.csat rect.bar');
    expect(num(yes!, 'width')).to.be.closeTo(num(no!, 'width'), 1e-9);
  });

  it('puts CES on another scale when asked, rescaling the responses (no per-point counts then)', async () => {
    const el = await satisfactionOf(surveys, { 'ces-scale': '5', 'ces-easy': 'low' });
    expect(el.result!.ces).to.deep.equal(computeMetric('ces', parseDataset(surveys).dataset, { scale: 5 }));
    expect(el.result!.ces.distribution).to.equal(null);
    expect(labels(el, 'ces')).to.deep.equal([`CES mean ${el.result!.ces.value!.toFixed(1)} of 5 from 3 responses, some rescaled from other scales`]);
    expect(all(el, 'g.ces text.tick').slice(-2).map((t) => t.textContent)).to.deep.equal(['easy', 'hard']);
    const selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    marks(el, 'ces')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: 'ces:all', table: 'accounts', ids: ['a1', 'a2', 'a3'] });
  });

  it('emits crm-select with the accounts behind an NPS group, a period, a CES point and a CSAT part', async () => {
    const el = await satisfactionOf(surveys);
    const pick = async (panel: string, index: number) => {
      const selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
      marks(el, panel)[index]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const { detail } = await selected;
      await el.updateComplete;
      return detail;
    };
    expect(await pick('nps', 2)).to.deep.equal({ key: 'nps:promoters', table: 'accounts', ids: ['a1', 'a2'] });
    expect(marks(el, 'nps')[2]!.getAttribute('aria-pressed')).to.equal('true');
    expect(await pick('nps', 0)).to.deep.equal({ key: 'nps:detractors', table: 'accounts', ids: ['a4', 'a5'] });
    expect(marks(el, 'nps')[2]!.getAttribute('aria-pressed')).to.equal('false');
    expect(await pick('trend', 2)).to.deep.equal({ key: '2024-03-01', table: 'accounts', ids: ['a1', 'a5'] });
    // One selection at a time, across panels.
    expect(all(el, 'g[aria-pressed="true"]')).to.have.length(1);
    expect(await pick('trend', 2)).to.deep.equal({ key: null, table: 'accounts', ids: [] });
    expect(await pick('ces', 6)).to.deep.equal({ key: 'ces:7', table: 'accounts', ids: ['a2'] });
    expect(await pick('csat', 0)).to.deep.equal({ key: 'csat:satisfied', table: 'accounts', ids: ['a1', 'a6'] });
    // The response without an account counts, but has no account to hand on.
    expect(await pick('csat', 1)).to.deep.equal({ key: 'csat:other', table: 'accounts', ids: ['a2'] });
  });

  it('moves with arrow keys, Home and End, selects with Enter, clears with Escape, and shows tooltips', async () => {
    const el = await satisfactionOf(surveys);
    const nps = marks(el, 'nps');
    expect(nps.map((m) => m.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
    nps[0]!.focus();
    await el.updateComplete;
    expect(tooltip(el)).to.deep.equal(['Detractors (scores 0–6)', '2 responses, 33.3% of 6', 'NPS +16.7 = 50% promoters − 33.3% detractors', '95% margin of error ±71.8 points']);
    await key(el, nps[0]!, 'ArrowRight');
    expect(el.shadowRoot!.activeElement).to.equal(marks(el, 'nps')[1]);
    await key(el, marks(el, 'nps')[1]!, 'End');
    expect(el.shadowRoot!.activeElement).to.equal(marks(el, 'nps')[2]);
    expect(marks(el, 'nps').map((m) => m.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0']);
    let selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    await key(el, marks(el, 'nps')[2]!, 'Enter');
    expect((await selected).detail.key).to.equal('nps:promoters');
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    await key(el, marks(el, 'nps')[2]!, 'Escape');
    expect((await selected).detail).to.deep.equal({ key: null, table: 'accounts', ids: [] });
    await key(el, marks(el, 'nps')[2]!, 'Home');
    expect(el.shadowRoot!.activeElement).to.equal(marks(el, 'nps')[0]);

    marks(el, 'trend')[2]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(tooltip(el)).to.deep.equal(['Mar 2024', 'NPS 0 from 2 responses', 'Promoters 1 · passives 0 · detractors 1', '95% margin of error ±138.6 points', 'Too few responses to trust (fewer than 3)']);
    marks(el, 'csat')[0]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(tooltip(el)).to.deep.equal(['Satisfied: the top two points of the scale', '2 responses, 50% of 4', '95% margin of error ±49 percentage points']);
    marks(el, 'ces')[4]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(tooltip(el)).to.deep.equal(['CES 5 of 7', '1 response, 33.3% of 3', 'Mean 4.7 of 7']);
  });

  it('summarises the figures for screen readers and is a labelled figure', async () => {
    const el = await satisfactionOf(surveys);
    expect(el.getAttribute('role')).to.equal('figure');
    expect(el.getAttribute('aria-label')).to.equal('Customer satisfaction');
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).to.equal(
      'Customer satisfaction: NPS +16.7 from 6 responses (50% promoters, 16.7% passives, 33.3% detractors); CES 4.7 on 1–7 from 3 responses; CSAT 50% satisfied from 4 responses. ' +
        'Too few responses to trust (fewer than 3): NPS in Mar 2024 (2); CES in Jan 2024 (2), Mar 2024 (1); CSAT in Mar 2024 (1).',
    );
  });

  it('renders text from the page and the data as text and runs nothing', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<img src=x onerror="window.pwned=true">';
    // The account a1 renamed to markup, in the accounts and in its responses.
    const data = JSON.parse(JSON.stringify(surveys).replaceAll('"a1"', JSON.stringify(evil))) as DatasetInput;
    const el = await satisfactionOf(data, { heading: evil });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(evil);
    const selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    marks(el, 'nps')[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail.ids).to.include(evil);
  });

  it('redraws to its new width when its box changes, and stacks CES under NPS when narrow', async () => {
    const el = await satisfactionOf(surveys);
    const width = () => Number(el.shadowRoot!.querySelector('svg[part~="chart"]')!.getAttribute('width'));
    const panelAt = (panel: string) => el.shadowRoot!.querySelector(`g.${panel}`)!.getAttribute('transform');
    expect(width()).to.equal(720);
    expect(panelAt('csat')).to.match(/^translate\(376,/);
    el.style.width = '420px';
    await waitUntil(() => width() === 420, 'did not redraw at 420px', { timeout: 5000 });
    expect(panelAt('csat')).to.match(/^translate\(0,/);
  });

  it('exports every figure as CSV, and its picture as SVG and PNG', async () => {
    const el = await satisfactionOf(surveys);
    const csv = el.toCSV().split('\r\n');
    expect(csv.slice(0, 5)).to.deep.equal([
      'Period,Starts,NPS,NPS ± (95%),NPS responses,Promoters,Passives,Detractors,CES (1–7),CES responses,CSAT,CSAT responses,Fewer than 3 responses',
      `All,,${100 / 6},${1.96 * 100 * Math.sqrt((0.5 + 1 / 3 - (0.5 - 1 / 3) ** 2) / 6)},6,3,1,2,${14 / 3},3,0.5,4,`,
      `Jan 2024,2024-01-01,25,${1.96 * 100 * Math.sqrt((0.5 + 0.25 - 0.25 ** 2) / 4)},4,2,1,1,6,2,0.6666666666666666,3,CES`,
      'Feb 2024,2024-02-01,,,0,0,0,0,,0,,0,',
      `Mar 2024,2024-03-01,0,${1.96 * 100 * Math.sqrt(1 / 2)},2,1,0,1,2,1,0,1,NPS CES CSAT`,
    ]);
    const svg = el.toSVG();
    expect(svg).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('Net Promoter Score +16.7').and.contain('Promoters 9–10');
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe-core violations, ${theme}, in the chart and in the table view`, async () => {
      const el = await satisfactionOf(surveys, { theme, toolbar: true });
      expect(await axeViolations(el)).to.deep.equal([]);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="table"]')).to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('formats scores, shares and periods for its locale', async () => {
    const el = await satisfactionOf(surveys, { locale: 'de-DE', toolbar: true });
    expect(all(el, '[part="headline"] dd').map((d) => d.textContent)).to.deep.equal(['+16,7', '6 responses', '4,7', '3 responses', '50\u00a0%', '4 responses']);
    expect(labels(el, 'trend')[0]).to.equal('Jan. 2024: NPS +25 from 4 responses');
    expect(labels(el, 'nps')[0]).to.equal('Detractors (0–6): 33,3\u00a0%, 2 responses');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
    await el.updateComplete;
    const first = all(el, '[part="table"] tbody tr')[1]!;
    expect([...first.children].map((c) => c.textContent)).to.deep.equal(['Jan. 2024', '2024-01-01', '+25', '±81,3', '4', '2', '1', '1', '6', '2', '66,7\u00a0%', '3', 'CES']);
  });

  it('refuses a bad period, min-responses or ces-easy, saying which values are valid', async () => {
    const el = await satisfactionOf(surveys, { period: 'fortnight' });
    expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain('period: "fortnight" is not one of day, week, month, quarter, year');
    let error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    el.period = 'month';
    el.setAttribute('min-responses', 'many');
    expect((await error).detail.message).to.equal('invalid min-responses for crm-satisfaction: "many" (expected a number from 1 to Infinity)');
    error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    el.minResponses = 2.5;
    expect((await error).detail.message).to.equal('invalid min-responses for crm-satisfaction: 2.5 (expected a whole number)');
    error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    el.minResponses = 3;
    el.cesEasy = 'sideways' as 'low';
    expect((await error).detail.message).to.equal('unknown ces-easy for crm-satisfaction: "sideways" (expected one of "high", "low")');
    error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    el.cesEasy = 'high';
    el.cesScale = 1;
    expect((await error).detail.message).to.match(/invalid scale for ces: 1/);
  });

  it('shows loading while src is fetched, then the empty state for a dataset without surveys', async () => {
    const el = document.createElement('crm-satisfaction') as CrmSatisfaction;
    el.src = '/api/slow.json?ms=300';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="loading"]')?.textContent).to.equal('Loading data…');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="empty"]'), 'no empty state');
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.equal('No survey responses to show.');
    el.data = surveys;
    el.src = null;
    const rendered = (await oneEvent(el, 'crm-render')) as CrmRenderEvent;
    expect((rendered.detail.result as CrmSatisfaction['result'])?.nps.responses).to.equal(6);
    el.segment = 'Nobody';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.equal('No survey responses match these filters.');
  });

  it('says when a kind has no responses instead of drawing an empty panel', async () => {
    const data = { surveys: (surveys.surveys as { kind: string }[]).filter((s) => s.kind === 'csat') };
    const el = await satisfactionOf(data);
    expect(marks(el, 'nps')).to.have.length(0);
    expect(all(el, 'g.nps text').map((t) => t.textContent)).to.deep.equal(['Net Promoter Score', 'No NPS responses in this range.']);
    expect(all(el, 'g.ces text').map((t) => t.textContent)).to.deep.equal(['Effort (CES)', 'No CES responses in this range.']);
    expect(marks(el, 'csat')).to.have.length(2);
    expect(all(el, '[part="headline"] dd').map((d) => d.textContent)).to.deep.equal(['—', '0 responses', '—', '0 responses', '50%', '4 responses']);
  });

  it('draws the good rows and says which rows were left out', async () => {
    const data = structuredClone(surveys) as { surveys: Record<string, unknown>[] };
    data.surveys.push({ at: '2024-02-01', kind: 'nps', score: 11 });
    const el = await satisfactionOf(data);
    const notice = el.shadowRoot!.querySelector('[part="warning"]')!;
    expect(notice.querySelector('summary')?.textContent).to.equal('1 row was left out because of data problems.');
    expect(notice.querySelector('li')?.textContent).to.contain('surveys[13].score');
    expect(el.result?.nps.responses).to.equal(6);
  });

  it('inside a dashboard, takes its data, filters and period; its own period wins', async () => {
    const dashboard = document.createElement('crm-dashboard');
    dashboard.setAttribute('segment', 'SMB');
    dashboard.setAttribute('period', 'quarter');
    const el = document.createElement('crm-satisfaction');
    dashboard.append(el);
    dashboard.data = surveys;
    const rendered = oneEvent(el, 'crm-render');
    document.body.append(dashboard);
    await rendered;
    await el.updateComplete;
    const dataset = parseDataset(surveys).dataset;
    expect(el.result!.nps).to.deep.equal(computeMetric('nps', dataset, { segment: 'SMB' }));
    expect(el.result!.nps.responses).to.equal(3);
    expect(el.result!.periods.map((p) => p.start)).to.deep.equal(['2024-01-01']);
    dashboard.period = 'month';
    await waitUntil(() => el.result?.periods.length === 3, 'did not follow the dashboard period');
    el.period = 'year';
    await el.updateComplete;
    expect(el.result!.period).to.equal('year');
  });

  it('equals the metrics on generated data, over a range, by quarter', async () => {
    const data = generateDataset({ seed: 11, accounts: 600 });
    const el = await satisfactionOf(data, { from: '2023-01-01', to: '2024-07-01', period: 'quarter', 'min-responses': false });
    const dataset = parseDataset(data).dataset;
    const options = { from: '2023-01-01', to: '2024-07-01' };
    for (const kind of ['nps', 'ces', 'csat'] as const) {
      const metric = computeMetric(kind, dataset, { ...options, period: 'quarter' });
      const { series, ...whole } = metric;
      expect(el.result![kind], kind).to.deep.equal(whole);
      expect(el.result!.periods.map((p) => [p[kind].value, p[kind].denominator])).to.deep.equal(series!.map((p) => [p.value, p.denominator]));
    }
    expect(el.result!.periods).to.have.length(6);
    const promoters = marks(el, 'nps')[2]!.getAttribute('aria-label')!;
    expect(promoters).to.contain(`${el.result!.nps.promoters} responses`);
    const low = el.result!.periods.filter((p) => p.nps.responses > 0 && p.nps.responses < 30).map((p) => p.start);
    expect(el.result!.low.filter((l) => l.kind === 'nps' && l.start).map((l) => l.start)).to.deep.equal(low);
  });

  it('registers once: a second copy of the kit defining the tag does not throw', () => {
    const original = customElements.get('crm-satisfaction');
    expect(() => defineElement('crm-satisfaction', class SecondCopy extends CrmSatisfaction {})).to.not.throw();
    expect(customElements.get('crm-satisfaction')).to.equal(original);
  });
});
