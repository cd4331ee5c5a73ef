import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/relationship-grid/define.js';
import { pointStyle } from '../../src/elements/relationship-grid/grid-chart-layout.js';
import { CrmRelationshipGrid, SVG_POINT_LIMIT, TABLE_ROWS } from '../../src/elements/relationship-grid/relationship-grid.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import type { CrmRenderEvent, CrmSelectEvent, CrmThresholdChangeEvent } from '../../src/events/index.js';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { axeViolations } from '../support/axe.js';

/**
 * Six customers, by hand (orders without cost, so profitability is revenue):
 *
 * | customer | orders                    | tenure (days) | revenue | group (split 4.48 months, $400) |
 * | A        | Jan 1 $100, Jul 1 $100    | 182           | 200     | barnacles                       |
 * | B        | Jan 1 $1,000              | 0             | 1,000   | butterflies                     |
 * | C        | Jan 1 $50, Dec 1 $50      | 335           | 100     | barnacles                       |
 * | D        | Feb 1 $2,000, Nov 1 $500  | 274           | 2,500   | true friends                    |
 * | E        | Mar 1 $20                 | 0             | 20      | strangers                       |
 * | F        | Jan 15 $300, Apr 15 $300  | 91            | 600     | butterflies                     |
 *
 * Tenure in months = days / 30.436875. Median tenure = (91 + 182) / 2 days = 4.4847 months;
 * median revenue = (200 + 600) / 2 = $400. Total revenue $4,420.
 */
const order = (id: string, accountId: string, at: string, amount: number) => ({ id, accountId, at, amount });
const customers: DatasetInput = {
  orders: [
    order('o1', 'A', '2024-01-01', 100),
    order('o2', 'A', '2024-07-01', 100),
    order('o3', 'B', '2024-01-01', 1000),
    order('o4', 'C', '2024-01-01', 50),
    order('o5', 'C', '2024-12-01', 50),
    order('o6', 'D', '2024-02-01', 2000),
    order('o7', 'D', '2024-11-01', 500),
    order('o8', 'E', '2024-03-01', 20),
    order('o9', 'F', '2024-01-15', 300),
    order('o10', 'F', '2024-04-15', 300),
  ],
};
const MONTH = 30.436875;
const TENURE = { A: 182 / MONTH, B: 0, C: 335 / MONTH, D: 274 / MONTH, E: 0, F: 91 / MONTH };
const REVENUE = { A: 200, B: 1000, C: 100, D: 2500, E: 20, F: 600 };

/** `n` customers with two orders each, spread over a year and over amounts (deterministic). */
function manyCustomers(n: number): DatasetInput {
  const day = (i: number) => String(1 + (i % 28)).padStart(2, '0');
  const month = (i: number) => String(2 + ((i * 7) % 11)).padStart(2, '0');
  return {
    orders: Array.from({ length: n }, (_, i) => [order(`a${i}`, `c${i}`, `2024-01-${day(i)}`, 10 + ((i * 37) % 997)), order(`b${i}`, `c${i}`, `2024-${month(i)}-${day(i * 3)}`, 5 + ((i * 53) % 331))]).flat(),
  };
}

async function gridOf(data: unknown, attributes = '', width = 900): Promise<CrmRelationshipGrid> {
  const el = document.createElement('crm-relationship-grid');
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

const $ = <E extends Element = Element>(el: CrmRelationshipGrid, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = Element>(el: CrmRelationshipGrid, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];

/** The panel's figures per group: name → [customers, revenue, share]. */
function panel(el: CrmRelationshipGrid): Record<string, string[]> {
  return Object.fromEntries(
    $$(el, '[part="group"]').map((card) => [card.querySelector('.name')!.textContent!.trim(), [...card.querySelectorAll('dd')].map((dd) => dd.textContent!.replace(/\u00a0/g, ' '))]),
  );
}

/** Client coordinates of a pixel of the chart. */
function client(el: CrmRelationshipGrid, x: number, y: number): { clientX: number; clientY: number } {
  const box = $(el, 'svg[part~="chart"]')!.getBoundingClientRect();
  return { clientX: box.left + x, clientY: box.top + y };
}

/** Each customer's drawn centre, read from its SVG circle. */
function centres(el: CrmRelationshipGrid): Map<string, { x: number; y: number; cls: string }> {
  const ids = el.result!.customers.map((c) => c.accountId);
  return new Map($$<SVGCircleElement>(el, 'circle.point').map((c, i) => [ids[i]!, { x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')), cls: c.getAttribute('class')! }]));
}

function pointer(target: Element, type: string, at: { clientX: number; clientY: number }): void {
  target.dispatchEvent(new PointerEvent(type, { ...at, bubbles: true, composed: true, pointerId: 7, button: 0, isPrimary: true }));
}

function key(target: Element, type: 'keydown' | 'keyup', name: string): void {
  target.dispatchEvent(new KeyboardEvent(type, { key: name, bubbles: true, composed: true, cancelable: true }));
}

describe('<crm-relationship-grid>', () => {
  afterEach(() => document.querySelectorAll('crm-relationship-grid').forEach((el) => el.remove()));

  it('draws exactly what computeMetric("relationship-groups") returns: the hand-computed split, groups and figures', async () => {
    const el = await gridOf(customers);
    const expected = computeMetric('relationship-groups', parseDataset(customers).dataset);
    expect(el.result).to.deep.equal(expected);
    expect(expected.thresholds.loyalty).to.be.closeTo((91 + 182) / 2 / MONTH, 1e-12);
    expect(expected.thresholds.profitability).to.equal(400);
    expect(expected.axes).to.deep.equal({ loyalty: 'tenure', profitability: 'revenue', per: 'total' });
    expect(Object.fromEntries(expected.customers.map((c) => [c.accountId, c.group]))).to.deep.equal({ A: 'barnacles', B: 'butterflies', C: 'barnacles', D: 'true-friends', E: 'strangers', F: 'butterflies' });
    for (const c of expected.customers) expect([c.loyalty, c.profitability]).to.deep.equal([TENURE[c.accountId as keyof typeof TENURE], REVENUE[c.accountId as keyof typeof REVENUE]]);

    expect(panel(el)).to.deep.equal({
      'True friends': ['1', '$2,500', '56.6%'],
      Butterflies: ['2', '$1,600', '36.2%'],
      Barnacles: ['2', '$300', '6.8%'],
      Strangers: ['1', '$20.00', '0.5%'],
    });
    expect($(el, '.split')!.textContent).to.equal('Split at 4.5 months of tenure (median) and $400 revenue (median).');
    expect($$(el, '.quadrant-label').map((t) => t.textContent)).to.deep.equal(['Strangers · 1', 'Butterflies · 2', 'Barnacles · 2', 'True friends · 1']);
    expect($$(el, '[part="group"] .strategy').map((p) => p.textContent)).to.deep.equal(['true-friends', 'butterflies', 'barnacles', 'strangers'].map((g) => expected.groups[g as 'strangers'].strategy));
    // Each point where the scales put it, in its group's colour class, thresholds at the medians.
    const drawn = centres(el);
    expect([...drawn.keys()]).to.deep.equal(['A', 'B', 'C', 'D', 'E', 'F']);
    expect([...drawn.values()].map((c) => c.cls)).to.deep.equal(['point g2', 'point g1', 'point g2', 'point g3', 'point g0', 'point g1']);
    const sliders = $$(el, '[role="slider"]');
    expect(sliders.map((s) => [s.getAttribute('aria-label'), Number(s.getAttribute('aria-valuenow')), s.getAttribute('aria-valuetext')])).to.deep.equal([
      ['Tenure threshold', Number(expected.thresholds.loyalty!.toPrecision(6)), '4.5 months of tenure (median)'],
      ['Revenue threshold', 400, '$400 revenue (median)'],
    ]);
    const line = $(el, '.threshold.loyalty line.rule')!;
    const x = (v: number) => 68 + (v / 12) * (578 - 68); // plot 68…578 px for 0…12 months
    expect(Number(line.getAttribute('x1'))).to.be.closeTo(x(expected.thresholds.loyalty!), 1e-6);
    expect(drawn.get('D')!.x).to.be.closeTo(x(TENURE.D), 1e-3);
  });

  it('summarises the figures for screen readers and is a labelled figure', async () => {
    const el = await gridOf(customers);
    expect(el.getAttribute('role')).to.equal('figure');
    expect(el.getAttribute('aria-label')).to.equal('Customer relationship grid');
    expect($(el, '#summary')!.textContent).to.equal(
      'Customer relationship grid: 6 customers, split at 4.5 months of tenure (median) and $400 revenue (median): 1 true friends (56.6% of revenue), 2 butterflies (36.2% of revenue), 2 barnacles (6.8% of revenue), 1 strangers (0.5% of revenue).',
    );
  });

  it(`draws SVG circles up to ${SVG_POINT_LIMIT} customers and a canvas beyond`, async () => {
    const svg = await gridOf(manyCustomers(SVG_POINT_LIMIT));
    expect($$(svg, 'circle.point')).to.have.length(SVG_POINT_LIMIT);
    expect($(svg, 'canvas')).to.equal(null);
    svg.remove();
    const canvas = await gridOf(manyCustomers(SVG_POINT_LIMIT + 1));
    expect($$(canvas, 'circle.point')).to.have.length(0);
    const drawn = $<HTMLCanvasElement>(canvas, 'canvas[part="canvas"]')!;
    expect([drawn.width, drawn.height]).to.deep.equal([604 * devicePixelRatio, 374 * devicePixelRatio]);
    // The points are drawn: many pixels are not the surface, in many shades of the four colours.
    const pixels = drawn.getContext('2d')!.getImageData(0, 0, drawn.width, drawn.height).data;
    const distinct = new Set<number>();
    let painted = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const rgb = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
      distinct.add(rgb);
      if (rgb !== 0xffffff) painted++;
    }
    expect(painted).to.be.greaterThan(20_000);
    expect(distinct.size).to.be.greaterThan(50);
  });

  it('looks the same in SVG and on canvas: the same colour at every point, in light and dark', async () => {
    const centreColours = async (el: CrmRelationshipGrid, at: { x: number; y: number }[]) => {
      const bitmap = await createImageBitmap(await el.toPNG(1));
      const c = document.createElement('canvas');
      c.width = bitmap.width;
      c.height = bitmap.height;
      const context = c.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return at.map((p) => [...context.getImageData(Math.floor(p.x), Math.floor(p.y), 1, 1).data.slice(0, 3)]);
    };
    const svg = await gridOf(customers, 'renderer=svg');
    const points = [...centres(svg).values()];
    const fills = Object.fromEntries([0, 1, 2, 3].map((g) => [g, getComputedStyle($(svg, `circle.point.g${g}`)!).fill]));
    const fromSvg = await centreColours(svg, points);
    svg.remove();
    const canvas = await gridOf(customers, 'renderer=canvas');
    const fromCanvas = await centreColours(canvas, points);
    for (let i = 0; i < points.length; i++) {
      for (let ch = 0; ch < 3; ch++) expect(Math.abs(fromCanvas[i]![ch]! - fromSvg[i]![ch]!), `point ${i} channel ${ch}: svg ${fromSvg[i]} canvas ${fromCanvas[i]}`).to.be.at.most(4);
    }
    // On the canvas itself (no grid lines there): each centre is exactly its group's colour over the surface.
    const check = (theme: string) => {
      const style = getComputedStyle(canvas);
      const surface = style.getPropertyValue('--_crm-color-surface').trim();
      const weight = Math.round(pointStyle(6).opacity * 256);
      const context = $<HTMLCanvasElement>(canvas, 'canvas')!.getContext('2d')!;
      points.forEach((p, i) => {
        const group = Number(p.cls.slice(-1));
        const colour = style.getPropertyValue(`--_g${group}`).trim();
        const rgb = (c: string) => (c.match(/[0-9a-f]{2}/gi) ?? []).map((h) => parseInt(h, 16));
        const expected = rgb(colour).map((c, ch) => (c * weight + rgb(surface)[ch]! * (256 - weight)) >> 8);
        const ix = Math.round(p.x * devicePixelRatio - 0.5);
        const iy = Math.round(p.y * devicePixelRatio - 0.5);
        expect([...context.getImageData(ix, iy, 1, 1).data.slice(0, 3)], `${theme} point ${i} in ${colour}`).to.deep.equal(expected);
      });
    };
    expect(fills[3]).to.equal('rgb(0, 158, 115)'); // --crm-palette-3, light
    check('light');
    canvas.theme = 'dark';
    await canvas.updateComplete;
    expect(getComputedStyle(canvas).getPropertyValue('--_g3').trim()).to.equal('#4fd1a5');
    check('dark');
  });

  it('hovers the nearest customer through the index and shows its figures and strategy', async () => {
    const el = await gridOf(customers);
    const d = centres(el).get('D')!;
    const region = $(el, 'rect.region')!;
    pointer(region, 'pointermove', client(el, d.x + 4, d.y + 3));
    await el.updateComplete;
    const tip = $(el, '[part="tooltip"]')!;
    expect(tip.querySelector('strong')!.textContent).to.equal('D');
    expect([...tip.querySelectorAll('div')].map((l) => l.textContent)).to.deep.equal([
      'True friends: loyal and profitable',
      'Tenure: 9 months',
      'Revenue: $2,500',
      'Strategy: Keep investing: turn them into true believers.',
    ]);
    const hover = $(el, 'g.overlay circle.hover')!;
    expect([Number(hover.getAttribute('cx')), Number(hover.getAttribute('cy'))]).to.deep.equal([d.x, d.y]);
    pointer(region, 'pointermove', client(el, d.x + 40, d.y + 60));
    await el.updateComplete;
    expect($(el, '[part="tooltip"]')).to.equal(null);
    expect($(el, 'g.overlay circle.hover')).to.equal(null);
  });

  it('moves a threshold with the keyboard: re-classifies while the key is down, commits on release with the engine\'s counts', async () => {
    const el = await gridOf(customers);
    const slider = $<SVGGElement>(el, '.threshold.loyalty')!;
    slider.focus();
    const median = el.result!.thresholds.loyalty!;
    key(slider, 'keydown', 'ArrowRight');
    await el.updateComplete;
    // 1% of the 510 px axis (0…12 months) is 0.12 months.
    expect(Number(slider.getAttribute('aria-valuenow'))).to.be.closeTo(median + 0.12, 1e-4);
    key(slider, 'keydown', 'PageUp');
    key(slider, 'keydown', 'PageUp');
    await el.updateComplete;
    // At 4.48 + 0.12 + 2.4 = 7.0 months, A (6.0 months) is no longer loyal: a stranger now, before any release.
    expect(el.result!.thresholds.loyalty).to.equal(median);
    expect(panel(el).Strangers).to.deep.equal(['2', '$220', '5%']);
    expect(panel(el).Barnacles).to.deep.equal(['1', '$100', '2.3%']);
    expect(slider.getAttribute('aria-valuetext')).to.equal('7 months of tenure');
    const changed = oneEvent(el, 'crm-threshold-change') as Promise<CrmThresholdChangeEvent>;
    key(slider, 'keyup', 'PageUp');
    const { detail } = await changed;
    expect(detail.axis).to.equal('loyalty');
    expect(detail.value).to.be.closeTo(median + 2.52, 1e-9);
    expect(detail.counts).to.deep.equal({ strangers: 2, butterflies: 2, barnacles: 1, 'true-friends': 1 });
    await el.updateComplete;
    expect(el.loyaltyThreshold).to.equal(detail.value);
    const engine = computeMetric('relationship-groups', parseDataset(customers).dataset, { loyaltyThreshold: detail.value });
    expect(el.result).to.deep.equal(engine);
    expect(Object.fromEntries(Object.entries(engine.groups).map(([g, v]) => [g, v.count]))).to.deep.equal(detail.counts);
    expect(panel(el).Strangers).to.deep.equal(['2', '$220', '5%']);

    // Home and End go to the axis's ends; Escape drops a move that was not released.
    key(slider, 'keydown', 'Home');
    const home = oneEvent(el, 'crm-threshold-change') as Promise<CrmThresholdChangeEvent>;
    key(slider, 'keyup', 'Home');
    expect((await home).detail).to.deep.equal({ axis: 'loyalty', value: 0, counts: { strangers: 0, butterflies: 0, barnacles: 3, 'true-friends': 3 } });
    await el.updateComplete;
    key(slider, 'keydown', 'End');
    await el.updateComplete;
    expect(Number(slider.getAttribute('aria-valuenow'))).to.equal(12);
    key(slider, 'keydown', 'Escape');
    await el.updateComplete;
    expect(Number(slider.getAttribute('aria-valuenow'))).to.equal(0);
    expect(panel(el)['True friends']![0]).to.equal('3');
  });

  it('drags a threshold with the pointer (pointer events, captured): live figures, then crm-threshold-change on release', async () => {
    const el = await gridOf(customers);
    const handle = $<SVGGElement>(el, '.threshold.profitability')!;
    // Revenue axis 0…$2,500 over plot pixels 328 (bottom) … 22 (top).
    const y = (v: number) => 328 - (v / 2500) * 306;
    expect(Number(handle.querySelector('line.rule')!.getAttribute('y1'))).to.be.closeTo(y(400), 1e-6);
    pointer(handle.querySelector('rect.knob')!, 'pointerdown', client(el, 590, y(400)));
    pointer(handle, 'pointermove', client(el, 590, y(800)));
    await el.updateComplete;
    expect(handle.classList.contains('dragging')).to.equal(true);
    expect(panel(el).Butterflies![0]).to.equal('1'); // F ($600) fell below $800
    pointer(handle, 'pointermove', client(el, 590, y(1200)));
    await el.updateComplete;
    expect(panel(el).Strangers).to.deep.equal(['3', '$1,620', '36.7%']);
    const changed = oneEvent(el, 'crm-threshold-change') as Promise<CrmThresholdChangeEvent>;
    pointer(handle, 'pointerup', client(el, 590, y(1200)));
    const { detail } = await changed;
    expect(detail.axis).to.equal('profitability');
    expect(detail.value).to.be.closeTo(1200, 0.5);
    expect(detail.counts).to.deep.equal({ strangers: 3, butterflies: 0, barnacles: 2, 'true-friends': 1 });
    await el.updateComplete;
    expect(el.profitabilityThreshold).to.equal(detail.value);
    expect(el.result!.thresholds.profitability).to.equal(detail.value);
    expect(Object.fromEntries(Object.entries(el.result!.groups).map(([g, v]) => [g, v.count]))).to.deep.equal(detail.counts);
    expect(handle.classList.contains('dragging')).to.equal(false);

    // A cancelled drag puts the line back and fires nothing.
    let fired = 0;
    el.addEventListener('crm-threshold-change', () => fired++);
    pointer(handle, 'pointerdown', client(el, 590, y(1200)));
    pointer(handle, 'pointermove', client(el, 590, y(100)));
    pointer(handle, 'pointercancel', client(el, 590, y(100)));
    await el.updateComplete;
    expect(Number(handle.getAttribute('aria-valuenow'))).to.be.closeTo(1200, 0.5);
    expect(fired).to.equal(0);
  });

  it('emits crm-select with a quadrant\'s customers (click, Enter), one customer on a point click, and clears on Escape', async () => {
    const el = await gridOf(customers);
    const regions = () => $$<SVGRectElement>(el, 'rect.region');
    let selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    regions()[1]!.dispatchEvent(new MouseEvent('click', { ...client(el, 90, 60), bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: 'butterflies', table: 'accounts', ids: ['B', 'F'] });
    await el.updateComplete;
    expect(regions()[1]!.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '[part="group"][aria-current="true"] .name')!.textContent!.trim()).to.equal('Butterflies');

    const d = centres(el).get('D')!;
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    regions()[3]!.dispatchEvent(new MouseEvent('click', { ...client(el, d.x + 2, d.y + 2), bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: 'D', table: 'accounts', ids: ['D'] });
    await el.updateComplete;
    expect(regions()[1]!.getAttribute('aria-pressed')).to.equal('false');
    expect(Number($(el, 'g.overlay circle.selected-point')!.getAttribute('cx'))).to.equal(d.x);
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    key(regions()[3]!, 'keydown', 'Escape');
    expect((await selected).detail).to.deep.equal({ key: null, table: 'accounts', ids: [] });
    await el.updateComplete;
    expect($(el, 'g.overlay circle.selected-point')).to.equal(null);

    // Keyboard: one tab stop; arrows move as the quadrants lie (up: more profitable, right: more loyal).
    expect(regions().map((r) => r.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1', '-1']); // the quadrant selected last
    regions()[0]!.focus();
    key(regions()[0]!, 'keydown', 'ArrowUp');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(regions()[1]);
    expect($(el, '[part="tooltip"] strong')!.textContent).to.equal('Butterflies');
    key(regions()[1]!, 'keydown', 'ArrowRight');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(regions()[3]);
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    key(regions()[3]!, 'keydown', 'Enter');
    expect((await selected).detail).to.deep.equal({ key: 'true-friends', table: 'accounts', ids: ['D'] });
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    key(regions()[3]!, 'keydown', 'Escape');
    expect((await selected).detail).to.deep.equal({ key: null, table: 'accounts', ids: [] });
  });

  it('renders an account id written like markup as text and runs nothing', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<img src=x onerror="window.pwned=true">';
    const el = await gridOf({ orders: [order('o1', evil, '2024-01-01', 50), order('o2', 'ok', '2024-01-01', 80)] }, 'toolbar');
    const p = centres(el).get(evil)!;
    pointer($(el, 'rect.region')!, 'pointermove', client(el, p.x, p.y));
    await el.updateComplete;
    expect($(el, '[part="tooltip"] strong')!.textContent).to.equal(evil);
    $<HTMLButtonElement>(el, '[part="toolbar"] button')!.click();
    await el.updateComplete;
    expect($$(el, '[part="table"] tbody th').map((th) => th.textContent)).to.include(evil);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect($(el, 'img')).to.equal(null);
  });

  it('redraws to its box: the panel moves under the plot when narrow; crm-render again on resize, not on hover', async () => {
    const el = await gridOf(customers);
    const width = () => Number($(el, 'svg[part~="chart"]')!.getAttribute('width'));
    expect(width()).to.equal(900 - 280 - 16);
    expect($(el, '.layout')!.classList.contains('wide')).to.equal(true);
    let renders = 0;
    el.addEventListener('crm-render', () => renders++);
    await new Promise((resolve) => setTimeout(resolve, 100));
    pointer($(el, 'rect.region')!, 'pointermove', client(el, 100, 100));
    await el.updateComplete;
    expect(renders).to.equal(0);
    el.style.width = '520px';
    await waitUntil(() => width() === 520, 'did not redraw at 520px', { timeout: 5000 });
    expect($(el, '.layout')!.classList.contains('wide')).to.equal(false);
    await waitUntil(() => renders === 1, 'no crm-render after the resize', { timeout: 5000 });
    // Too narrow for "Butterflies · 2" beside "True friends · 1": names and counts on two lines.
    expect([...$(el, '.quadrant-label.g3')!.querySelectorAll('tspan')].map((t) => t.textContent)).to.deep.equal(['True friends · 1']);
    el.style.width = '360px';
    await waitUntil(() => width() === 360, 'did not redraw at 360px', { timeout: 5000 });
    expect([...$(el, '.quadrant-label.g3')!.querySelectorAll('tspan')].map((t) => t.textContent)).to.deep.equal(['True friends', '1']);
  });

  it('exports every customer as CSV (the table view shows the first rows and says so), and its picture as SVG and PNG', async () => {
    const el = await gridOf(customers);
    const csv = el.toCSV().split('\r\n');
    expect(csv[0]).to.equal('Account,Group,Tenure (months),Revenue');
    expect(csv.slice(1, 7)).to.deep.equal(['A', 'B', 'C', 'D', 'E', 'F'].map((id) => `${id},${el.result!.customers.find((c) => c.accountId === id)!.group},${TENURE[id as 'A']},${REVENUE[id as 'A']}`));
    const svg = el.toSVG();
    expect(svg).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('True friends · 1');
    expect((svg.match(/<circle[^>]*class="point/g) ?? []).length).to.equal(6);
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);

    const margin = await gridOf(parseDataset(generateDataset({ seed: 7, accounts: 1500 })).dataset, 'toolbar renderer=canvas');
    const n = margin.result!.customers.length;
    expect(n).to.be.greaterThan(TABLE_ROWS);
    const lines = margin.toCSV().trimEnd().split('\r\n');
    expect(lines[0]).to.equal('Account,Group,Tenure (months),Margin,Revenue');
    expect(lines).to.have.length(n + 1);
    // The revenue column adds up to the engine's total revenue.
    const total = Object.values(margin.result!.groups).reduce((s, g) => s + g.revenue, 0);
    expect(lines.slice(1).reduce((s, line) => s + Number(line.split(',')[4]), 0)).to.be.closeTo(total, 1e-6);
    const canvasSvg = margin.toSVG();
    expect(canvasSvg).to.match(/<image [^>]*href="data:image\/png;base64,/);
    expect($(margin, 'image')).to.equal(null); // taken out again after the export
    $<HTMLButtonElement>(margin, '[part="toolbar"] button')!.click();
    await margin.updateComplete;
    expect($$(margin, '[part="table"] tbody tr')).to.have.length(TABLE_ROWS);
    expect($(margin, '[part="table"] caption')!.textContent).to.equal(`Customers by relationship group — the first 250 of ${n.toLocaleString('en-US')} are shown; the CSV download lists every one`);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe-core violations, ${theme}, in the chart and in the table view`, async () => {
      const el = await gridOf(customers, `theme=${theme} toolbar`);
      expect(await axeViolations(el)).to.deep.equal([]);
      $<HTMLButtonElement>(el, '[part="toolbar"] button')!.click();
      await el.updateComplete;
      expect($(el, '[part="table"]')).to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('formats money, months and percentages for its locale and currency', async () => {
    const el = await gridOf(customers, 'locale=de-DE currency=EUR');
    expect(panel(el).Butterflies).to.deep.equal(['2', '1.600 €', '36,2 %']);
    expect(panel(el).Strangers).to.deep.equal(['1', '20,00 €', '0,5 %']);
    expect($(el, '.split')!.textContent!.replace(/\u00a0/g, ' ')).to.equal('Split at 4,5 months of tenure (median) and 400 € revenue (median).');
    expect($$(el, 'text.y-tick').map((t) => t.textContent!.replace(/\u00a0/g, ' '))).to.include('2500 €');
  });

  it('log scale: a true log axis for positive revenue, a symmetric one when there are losses', async () => {
    const el = await gridOf(customers, 'scale=log');
    expect($(el, 'text.y-title')!.textContent).to.equal('Revenue (log scale)');
    expect($$(el, 'text.y-tick').map((t) => t.textContent)).to.deep.equal(['$10', '$100', '$1K', '$10K']);
    const c = centres(el);
    // Equal ratios, equal distances: $20 → $200 is as far as $100 → $1,000.
    expect(c.get('E')!.y - c.get('A')!.y).to.be.closeTo(c.get('C')!.y - c.get('B')!.y, 1e-3);
    const losses = structuredClone(customers) as { orders: ReturnType<typeof order>[] };
    losses.orders.push(order('o11', 'E', '2024-03-05', -70));
    el.data = losses;
    await el.updateComplete;
    expect($(el, 'text.y-title')!.textContent).to.equal('Revenue (log scale with zero and losses)');
    expect($$(el, 'text.y-tick').map((t) => t.textContent)).to.include('$0');
    expect(centres(el).get('E')!.y).to.be.greaterThan(Number($$(el, 'line.y-grid').find((_, i) => $$(el, 'text.y-tick')[i]!.textContent === '$0')!.getAttribute('y1')));
  });

  it('regularity, per year and mean thresholds reach the engine', async () => {
    const el = await gridOf(customers, 'loyalty=regularity per=year threshold=mean');
    expect(el.result).to.deep.equal(computeMetric('relationship-groups', parseDataset(customers).dataset, { loyalty: 'regularity', per: 'year', threshold: 'mean' }));
    expect($(el, 'text.x-title')!.textContent).to.equal('Regularity (share of months with a purchase)');
    expect($(el, 'text.y-title')!.textContent).to.equal('Revenue per year');
    expect($(el, '.split')!.textContent).to.match(/^Split at \d+% of months with a purchase \(mean\) and \$[\d,]+ revenue per year \(mean\)\.$/);
  });

  it('shows loading, then the empty state; an error for bad input and for a bad attribute; the rows left out', async () => {
    const el = document.createElement('crm-relationship-grid') as CrmRelationshipGrid;
    el.src = '/api/slow.json?ms=300';
    document.body.append(el);
    await el.updateComplete;
    expect($(el, '[part~="loading"]')!.textContent).to.equal('Loading data…');
    await waitUntil(() => $(el, '[part~="empty"]'), 'no empty state after loading', { timeout: 5000 });
    expect($(el, '[part~="empty"]')!.textContent).to.equal('No customers with a purchase to show.');

    el.removeAttribute('src');
    el.src = null;
    el.data = customers;
    el.segment = 'Nobody';
    await el.updateComplete;
    expect($(el, '[part~="empty"]')!.textContent).to.equal('No customers match these filters.');
    el.segment = undefined;

    let error = oneEvent(el, 'crm-error');
    el.data = { orders: 'not a list' };
    await error;
    await el.updateComplete;
    expect($(el, '[part~="error"]')!.textContent).to.contain('orders: expected a list of rows');

    el.data = customers;
    error = oneEvent(el, 'crm-error');
    el.setAttribute('loyalty-threshold', 'high');
    await error;
    await el.updateComplete;
    expect($(el, '[part~="error"]')!.textContent).to.contain('loyalty-threshold: expected a number, got "high"');
    el.removeAttribute('loyalty-threshold');
    error = oneEvent(el, 'crm-error');
    el.setAttribute('scale', 'cubic');
    await error;
    await el.updateComplete;
    expect($(el, '[part~="error"]')!.textContent).to.contain('scale: expected "linear" or "log", got "cubic"');
    el.removeAttribute('scale');
    el.scale = 'linear';

    const warning = oneEvent(el, 'crm-data-warning');
    el.data = { orders: [...(customers.orders as object[]), { id: 'bad', accountId: 'Z', at: '2024-01-01', amount: 'lots' }] };
    await warning;
    await el.updateComplete;
    expect($(el, '[part="warning"] summary')!.textContent).to.equal('1 row was left out because of data problems.');
    expect(el.result!.customers).to.have.length(6);
  });

  it('says when a median split leaves one side empty', async () => {
    // Four of six customers bought once: the median tenure is 0 and everyone counts as loyal.
    const el = await gridOf({ orders: [order('a', 'P', '2024-01-01', 10), order('b', 'Q', '2024-01-01', 20), order('c', 'R', '2024-01-01', 30), order('d', 'S', '2024-01-01', 40), order('e', 'T', '2024-01-01', 50), order('f', 'T', '2024-06-01', 50), order('g', 'U', '2024-01-01', 5), order('h', 'U', '2024-03-01', 5)] });
    expect(el.result!.thresholds.loyalty).to.equal(0);
    expect($(el, '[part="note"]')!.textContent).to.equal('Every customer is at or above the loyalty threshold: at least half of the customers share the lowest value, so the median is that value. Move the line, or split at the mean or at a fixed threshold.');
    el.threshold = 'mean';
    await el.updateComplete;
    expect($(el, '[part="note"]')).to.equal(null);
  });

  it('registers once: a second copy of the kit defining the tag does not throw', () => {
    const original = customElements.get('crm-relationship-grid');
    expect(() => defineElement('crm-relationship-grid', class SecondCopy extends CrmRelationshipGrid {})).to.not.throw();
    expect(customElements.get('crm-relationship-grid')).to.equal(original);
  });
});
