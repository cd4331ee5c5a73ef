import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/lifetime-value/define.js';
import '../../src/elements/dashboard/define.js';
import { CrmLifetimeValue } from '../../src/elements/lifetime-value/lifetime-value.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import type { CrmSelectEvent } from '../../src/events/index.js';
import { formatters } from '../../src/format/formatters.js';
import { generateDataset } from '../../src/generator/index.js';
import { lifetimeValueCustomers } from '../../src/metrics/customers/lifetime-value-members.js';
import { computeMetric, tableOf } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { axeViolations } from '../support/axe.js';
import { errorShownAfter, renderedElement } from '../support/rendered-element.js';

/*
 * By hand (the whole data; it ends at the service cost of 2024-01-01, lost is `churnedAt`):
 *   a1 SMB: 100 on 2023-01-01, 200 on 03-01, a refund of 50 on 03-05; churned 2023-07-01 → 181 days, 2 purchases, 250
 *   a2 SMB: 300 on 2023-04-01, never churned → 275 days to the data's end, 1 purchase, 300
 *   a3 Enterprise: 1000 on 2023-01-01, 1000 on 07-01, 2000 on 10-01 → 365 days, 3 purchases, 4000
 *   a4 no segment: 500 on 2023-06-01; churned 2023-09-01 → 92 days, 1 purchase, 500
 *   a5 SMB: never bought, no customer
 * historic (APV × purchases a year × lifespan; over the whole data, revenue per customer):
 *   SMB 550/3 × 3/(456 d) × (456 d)/2 = 275; Enterprise 4000; no segment 500; all 5050 / 4 = 1262.5
 * churn (revenue / customers lost): SMB 550 / 1 = 550; no segment 500 / 1 = 500; Enterprise
 *   none lost → no value; all 5050 / 2 = 2525.
 * CAC: (marketing 600 + sales 400; service is not acquisition) / 4 customers acquired = 250.
 *   CLV : CAC historic 1262.5 / 250 = 5.05, churn 2525 / 250 = 10.1; the 3 : 1 line at 750.
 */
const hand: DatasetInput = {
  accounts: [
    { id: 'a1', createdAt: '2022-12-01', segment: 'SMB', churnedAt: '2023-07-01' },
    { id: 'a2', createdAt: '2022-12-01', segment: 'SMB' },
    { id: 'a3', createdAt: '2022-12-01', segment: 'Enterprise' },
    { id: 'a4', createdAt: '2022-12-01', churnedAt: '2023-09-01' },
    { id: 'a5', createdAt: '2022-12-01', segment: 'SMB' },
  ],
  orders: [
    { id: 'o1', accountId: 'a1', at: '2023-01-01', amount: 100 },
    { id: 'o2', accountId: 'a1', at: '2023-03-01', amount: 200 },
    { id: 'o3', accountId: 'a1', at: '2023-03-05', amount: -50 },
    { id: 'o4', accountId: 'a2', at: '2023-04-01', amount: 300 },
    { id: 'o5', accountId: 'a3', at: '2023-01-01', amount: 1000 },
    { id: 'o6', accountId: 'a3', at: '2023-07-01', amount: 1000 },
    { id: 'o7', accountId: 'a3', at: '2023-10-01', amount: 2000 },
    { id: 'o8', accountId: 'a4', at: '2023-06-01', amount: 500 },
  ],
  costs: [
    { at: '2023-01-15', category: 'marketing', amount: 600 },
    { at: '2023-02-01', category: 'sales', amount: 400 },
    { at: '2024-01-01', category: 'service', amount: 999 },
  ],
};
const YEAR_DAYS = 365.25;

const ltvOf = (data: unknown, attributes = ''): Promise<CrmLifetimeValue> => renderedElement<CrmLifetimeValue>('crm-lifetime-value', data, attributes);

/** What the element should hold for `options`: the engine's three results. */
function engine(data: DatasetInput, options: { definition?: string; inactiveDays?: number; from?: string; to?: string; segment?: string } = {}) {
  const dataset = parseDataset(data).dataset;
  const { definition = 'historic', inactiveDays, ...common } = options;
  return {
    lifetimeValue: computeMetric('lifetime-value', dataset, { definition, inactiveDays, ...common }),
    cac: computeMetric('cac', dataset, common),
    clvCac: computeMetric('clv-cac-ratio', dataset, { definition, inactiveDays, ...common }),
  };
}

const shadow = (el: Element) => el.shadowRoot!;
const texts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((n) => n.textContent?.replace(/\s+/g, ' ').trim());
const marks = (el: Element) => [...shadow(el).querySelectorAll<SVGGElement>('g.mark')];
const barWidths = (el: Element) => marks(el).map((m) => Number(m.querySelector('rect.bar')!.getAttribute('width')));
const barX = (el: Element) => Number(marks(el)[0]!.querySelector('rect.bar')!.getAttribute('x'));
/** The x of the 3 : 1 rule, from its path (`M x,y V y …`). */
const ruleX = (el: Element) => {
  const d = shadow(el).querySelector('path.reference')?.getAttribute('d');
  return d ? Number(/^M([\d.]+),/.exec(d)![1]) : null;
};
const headline = (el: Element) => [...shadow(el).querySelectorAll('[part="headline"] div')].map((d) => `${d.querySelector('dt')!.textContent}: ${d.querySelector('dd')!.textContent}`);
const key = (type: string) => new KeyboardEvent('keydown', { key: type, bubbles: true, composed: true });
const definitionButton = (el: Element, name: string) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="definitions"] button')].find((b) => b.textContent === name)!;

describe('<crm-lifetime-value>', () => {
  afterEach(() => document.querySelectorAll('crm-lifetime-value, crm-dashboard').forEach((el) => el.remove()));

  it('draws exactly what computeMetric returns, historic (hand-computed)', async () => {
    const el = await ltvOf(hand);
    expect(el.result).to.deep.equal(engine(hand));
    const { lifetimeValue: ltv, cac, clvCac } = el.result!;
    expect(ltv.value).to.be.closeTo(1262.5, 1e-9);
    expect(ltv.bySegment.map((s) => [s.segment, s.customers])).to.deep.equal([['SMB', 2], ['Enterprise', 1], [null, 1]]);
    const smb = ltv.bySegment[0]!;
    expect(smb.value).to.be.closeTo(275, 1e-9);
    expect(smb.parts.averagePurchaseValue).to.be.closeTo(550 / 3, 1e-9);
    expect(smb.parts.purchasesPerYear).to.be.closeTo(3 / (456 / YEAR_DAYS), 1e-9);
    expect(smb.parts.lifespanYears).to.be.closeTo(456 / YEAR_DAYS / 2, 1e-9);
    expect(ltv.bySegment[1]!.value).to.be.closeTo(4000, 1e-9);
    expect(ltv.bySegment[2]!.value).to.be.closeTo(500, 1e-9);
    expect([cac.value, cac.numerator, cac.denominator]).to.deep.equal([250, 1000, 4]);
    expect(clvCac.value).to.be.closeTo(5.05, 1e-12);

    // Drawn highest first; each bar's length is its value on one scale from the gutter.
    expect(marks(el).map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      'Enterprise: lifetime value $4,000, CLV : CAC 16 : 1 (at or above 3 : 1), 1 customer; $1,333 × 3 a year × 1 year',
      'No segment: lifetime value $500, CLV : CAC 2 : 1 (below 3 : 1), 1 customer; $500 × 4 a year × 0.3 years',
      'SMB: lifetime value $275, CLV : CAC 1.1 : 1 (below 3 : 1), 2 customers; $183 × 2.4 a year × 0.6 years',
    ]);
    const widths = barWidths(el);
    expect(widths[0]! / widths[2]!).to.be.closeTo(4000 / 275, 1e-9);
    expect(widths[1]! / widths[2]!).to.be.closeTo(500 / 275, 1e-9);
    // The 3 : 1 line sits at 3 × CAC = 750 on the same scale.
    expect((ruleX(el)! - barX(el)) / widths[0]!).to.be.closeTo(750 / 4000, 1e-9);
    expect(texts(el, 'text.reference-label')).to.deep.equal(['3 : 1 = 3 × CAC $250']);
    expect(texts(el, 'g.words text.figure')).to.deep.equal(['$4,000', '$500', '$275']);
    expect(texts(el, 'g.words text.parts')).to.deep.equal(['$1,333 × 3 a year × 1 year', '$500 × 4 a year × 0.3 years', '$183 × 2.4 a year × 0.6 years']);
    // A ratio below 3 : 1 is marked by colour and, in the label and summary, by words.
    expect(marks(el).map((m) => m.parentElement!.querySelector('text.below')?.textContent ?? null)).to.deep.equal([null, '2 : 1', '1.1 : 1']);

    expect(headline(el)).to.deep.equal(['Lifetime value, historic: $1,263', 'Customers: 4', 'CAC: $250', 'CLV : CAC (rule of thumb 3 : 1): 5.1 : 1']);
    expect(texts(el, '[part="definition"]')[0]).to.match(/^Historic: average purchase value × purchases per year × lifespan in years\. Revenue from orders/);
    expect(shadow(el).querySelector('#summary')?.textContent).to.equal(
      'Customer lifetime value (historic): $1,263 over 4 customers; CAC $250, CLV : CAC 5.1 : 1, at or above 3 : 1. Highest Enterprise $4,000, lowest SMB $275. 1 of 3 segments at or above 3 : 1.',
    );
    expect(shadow(el).querySelector('[part="notes"]')).to.equal(null);
  });

  it('switches to the churn-based definition by attribute or button, named in the headline', async () => {
    const el = await ltvOf(hand, 'definition=churn');
    expect(el.result).to.deep.equal(engine(hand, { definition: 'churn' }));
    const { lifetimeValue: ltv, clvCac } = el.result!;
    expect(ltv.value).to.be.closeTo(2525, 1e-9);
    expect(clvCac.value).to.be.closeTo(10.1, 1e-12);
    const smb = ltv.bySegment.find((s) => s.segment === 'SMB')!;
    expect(smb.value).to.be.closeTo(550, 1e-9);
    expect(smb.parts.churnRate).to.be.closeTo(1 / ((456 / YEAR_DAYS) * 12), 1e-12);
    expect(headline(el)[0]).to.equal('Lifetime value, churn-based: $2,525');
    // Enterprise lost nobody: no value, drawn last without a bar, and the reason is shown.
    expect(texts(el, 'g.words text.name')).to.deep.equal(['SMB', 'No segment', 'Enterprise']);
    expect(barWidths(el)[2]).to.equal(0);
    expect(texts(el, 'g.words text.figure')[2]).to.equal('—');
    expect(texts(el, '[part="notes"] li')).to.deep.equal(['Enterprise: no customer was lost in the range: without churn, the churn-based lifetime value is unbounded.']);
    expect(texts(el, 'g.words text.parts')[0]).to.equal('$36.71 a month ÷ 6.7% churn a month');

    let rendered = oneEvent(el, 'crm-render');
    definitionButton(el, 'Historic').click();
    await rendered;
    expect(el.definition).to.equal('historic');
    expect(el.getAttribute('definition')).to.equal('historic');
    expect(el.result).to.deep.equal(engine(hand));
    expect(definitionButton(el, 'Historic').getAttribute('aria-pressed')).to.equal('true');
    rendered = oneEvent(el, 'crm-render');
    definitionButton(el, 'Churn-based').click();
    await rendered;
    expect(el.result!.lifetimeValue.definition).to.equal('churn');
  });

  for (const definition of ['historic', 'churn']) {
    it(`on generated data, ${definition}: the engine's numbers, one bar per segment, the segments' customers selectable`, async () => {
      const raw = generateDataset({ seed: 7, accounts: 800 });
      const el = await ltvOf(raw, `definition=${definition} from=2023-01-01 to=2025-01-01`);
      const options = { definition, from: '2023-01-01', to: '2025-01-01' };
      const expected = engine(raw, options);
      expect(el.result).to.deep.equal(expected);
      const f = formatters('en-US', 'USD', 'UTC');
      const ltv = expected.lifetimeValue;
      expect(ltv.bySegment.length).to.be.greaterThan(2);
      const shown = new Map(marks(el).map((m) => [m.parentElement!.querySelector('text.name')!.textContent, m.parentElement!.querySelector('text.figure')!.textContent]));
      expect(shown).to.deep.equal(new Map(ltv.bySegment.map((s) => [s.segment ?? 'No segment', f.money(s.value)])));
      const values = ltv.bySegment.map((s) => s.value ?? 0).sort((a, b) => b - a);
      const widths = barWidths(el);
      for (let i = 1; i < widths.length; i++) if (values[i]! > 0) expect(widths[i]! / widths[0]!).to.be.closeTo(values[i]! / values[0]!, 1e-9);
      expect(ruleX(el)).to.not.equal(null);
      expect((ruleX(el)! - barX(el)) / widths[0]!).to.be.closeTo((3 * expected.cac.value!) / values[0]!, 1e-9);

      const selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
      marks(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const { detail } = await selected;
      const segment = ltv.bySegment.find((s) => (s.segment ?? 'No segment') === detail.key)!;
      expect(detail.table).to.equal('accounts');
      expect(detail.ids).to.have.length(segment.customers);
      expect(detail.ids).to.deep.equal(lifetimeValueCustomers(tableOf(parseDataset(raw).dataset), options, segment.segment));
    });
  }

  it('emits crm-select with a segment’s customers on click and Enter, clears on Escape and on another definition', async () => {
    const el = await ltvOf(hand);
    let selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    marks(el)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: 'SMB', table: 'accounts', ids: ['a1', 'a2'] });
    await el.updateComplete;
    expect(marks(el).map((m) => m.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'true']);

    marks(el)[2]!.focus();
    marks(el)[2]!.dispatchEvent(key('Home'));
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(marks(el)[0]);
    marks(el)[0]!.dispatchEvent(key('ArrowDown'));
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(marks(el)[1]);
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    marks(el)[1]!.dispatchEvent(key('Enter'));
    expect((await selected).detail).to.deep.equal({ key: 'No segment', table: 'accounts', ids: ['a4'] });
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    marks(el)[1]!.dispatchEvent(key('Escape'));
    expect((await selected).detail).to.deep.equal({ key: null, table: 'accounts', ids: [] });

    // A selection under one definition names other customers than the next one counts.
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    marks(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ key: 'Enterprise', table: 'accounts', ids: ['a3'] });
    selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
    el.definition = 'churn';
    expect((await selected).detail.key).to.equal(null);
    await el.updateComplete;
    expect(marks(el).map((m) => m.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false']);
  });

  it('shows a tooltip with the segment’s parts and its CLV : CAC on keyboard focus', async () => {
    const el = await ltvOf(hand);
    marks(el)[2]!.focus();
    await el.updateComplete;
    const tip = shadow(el).querySelector('[part="tooltip"]');
    expect([...tip!.children].map((c) => c.textContent)).to.deep.equal([
      'SMB',
      'Lifetime value $275 (historic)',
      '2 customers',
      'Average purchase value $183',
      'Purchases per year 2.4',
      'Lifespan 0.6 years',
      'CLV : CAC 1.1 : 1 against CAC $250, below 3 : 1',
    ]);
    el.definition = 'churn';
    await el.updateComplete;
    await el.updateComplete;
    marks(el)[2]!.focus();
    marks(el)[2]!.dispatchEvent(new Event('focus'));
    await el.updateComplete;
    expect([...shadow(el).querySelector('[part="tooltip"]')!.children].map((c) => c.textContent)).to.include.members([
      'Enterprise',
      'Lifetime value — (churn-based)',
      'No value: no customer was lost in the range: without churn, the churn-based lifetime value is unbounded',
    ]);
  });

  it('renders a segment named like markup as text and runs nothing', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<img src=x onerror="window.pwned=true">';
    const data = structuredClone(hand) as { accounts: { segment?: string }[] };
    data.accounts[2]!.segment = evil;
    const el = await ltvOf(data, 'toolbar');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(marks(el)[0]!.getAttribute('aria-label')).to.match(/^<img src=x onerror="window.pwned=true">: lifetime value \$4,000/);
    shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="table"] tbody th')?.textContent).to.equal(evil);
  });

  it('redraws to its new width when its box changes, and fires crm-render for it', async () => {
    const el = await ltvOf(hand);
    const width = () => Number(shadow(el).querySelector('svg')!.getAttribute('width'));
    expect(width()).to.equal(720);
    const before = barWidths(el)[0]!;
    let renders = 0;
    el.addEventListener('crm-render', () => renders++);
    el.style.width = '420px';
    // A loaded CI machine can take over a second to deliver the ResizeObserver callback.
    await waitUntil(() => width() === 420 && renders >= 1, 'did not redraw at 420px', { timeout: 5000 });
    expect(barWidths(el)[0]).to.be.lessThan(before);
    expect((ruleX(el)! - barX(el)) / barWidths(el)[0]!).to.be.closeTo(750 / 4000, 1e-9);
  });

  it('exports its numbers as CSV and its picture as SVG and PNG', async () => {
    const el = await ltvOf(hand);
    const csv = el.toCSV().split('\r\n');
    expect(csv[0]).to.equal('Segment,Customers,Lifetime value,Average purchase value,Purchases per year,Lifespan (years),CAC,CLV : CAC');
    // Raw numbers, not the rounded text: compared with the hand-computed values.
    const cells = (line: string) => line.split(',').map((c, i) => (i === 0 || c === '' ? c : Number(c)));
    const near = (line: string, expected: (string | number)[]) => {
      const got = cells(line);
      expect(got.length, line).to.equal(expected.length);
      expected.forEach((e, i) => (typeof e === 'number' ? expect(got[i] as number, `${line} [${i}]`).to.be.closeTo(e, 1e-9) : expect(got[i], line).to.equal(e)));
    };
    near(csv[1]!, ['Enterprise', 1, 4000, 4000 / 3, 3 / (365 / YEAR_DAYS), 365 / YEAR_DAYS, 250, 16]);
    near(csv[2]!, ['No segment', 1, 500, 500, 1 / (92 / YEAR_DAYS), 92 / YEAR_DAYS, 250, 2]);
    near(csv[3]!, ['SMB', 2, 275, 550 / 3, 3 / (456 / YEAR_DAYS), 456 / YEAR_DAYS / 2, 250, 1.1]);
    near(csv[4]!, ['All customers', 4, 1262.5, 5050 / 7, 7 / (913 / YEAR_DAYS), 913 / YEAR_DAYS / 4, 250, 5.05]);
    el.definition = 'churn';
    await el.updateComplete;
    const churn = el.toCSV().split('\r\n');
    expect(churn[0]).to.equal('Segment,Customers,Lifetime value,Average purchase value,Purchases per year,Lifespan implied by churn (years),Revenue per customer-month,Monthly churn rate,CAC,CLV : CAC');
    expect(churn[3]).to.match(/^Enterprise,1,,1333\.33\d*,[\d.]+,,[\d.]+,0,250,$/);
    const svg = el.toSVG();
    expect(svg).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('3 : 1 = 3 × CAC $250');
    expect(svg).to.contain('SMB');
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe-core violations, ${theme}, in the chart and in the table view`, async () => {
      const el = await ltvOf(hand, `theme=${theme} toolbar definition=churn`);
      expect(await axeViolations(el)).to.deep.equal([]);
      shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="table"]')).to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('formats money and ratios for its locale and currency', async () => {
    const el = await ltvOf(hand, 'locale=de-DE currency=EUR');
    const nb = (s: string | undefined) => s?.replace(/\u00a0/g, ' ');
    expect(headline(el).map(nb)).to.deep.equal(['Lifetime value, historic: 1.263 €', 'Customers: 4', 'CAC: 250 €', 'CLV : CAC (rule of thumb 3 : 1): 5,1 : 1']);
    expect(texts(el, 'g.words text.parts').map(nb)[2]).to.equal('183 € × 2,4 a year × 0,6 years');
    expect(texts(el, 'text.reference-label').map(nb)).to.deep.equal(['3 : 1 = 3 × CAC 250 €']);
  });

  it('shows loading while src is fetched, then the empty state for data without customers', async () => {
    const el = document.createElement('crm-lifetime-value') as CrmLifetimeValue;
    el.src = '/api/slow.json?ms=300';
    document.body.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="loading"]')?.textContent).to.equal('Loading data…');
    await waitUntil(() => shadow(el).querySelector('[part~="empty"]'), 'no empty state after loading');
    expect(shadow(el).querySelector('[part~="empty"]')?.textContent).to.equal('No customers to show.');
    expect(el.result?.lifetimeValue.customers).to.equal(0);
  });

  it('draws the good rows and says which rows were left out', async () => {
    const data = structuredClone(hand) as { orders: Record<string, unknown>[] };
    data.orders.push({ id: 'bad', accountId: 'a2', at: 'yesterday', amount: 10 });
    const el = document.createElement('crm-lifetime-value') as CrmLifetimeValue;
    el.data = data;
    const warning = oneEvent(el, 'crm-data-warning');
    document.body.append(el);
    await warning;
    await el.updateComplete;
    const notice = shadow(el).querySelector('[part="warning"]')!;
    expect(notice.querySelector('summary')?.textContent).to.equal('1 row was left out because of data problems.');
    expect(notice.querySelector('li')?.textContent).to.match(/^orders\[8\]\.at: /);
    expect(el.result).to.deep.equal(engine(hand));
  });

  it('says why there is no CAC and draws no 3 : 1 line, and what a segment filter does to the CAC', async () => {
    const noCost = structuredClone(hand) as { costs: unknown[] };
    noCost.costs = [{ at: '2024-01-01', category: 'service', amount: 999 }];
    const el = await ltvOf(noCost);
    expect(el.result!.cac.value).to.equal(0);
    expect(el.result!.clvCac.value).to.equal(null);
    expect(ruleX(el)).to.equal(null);
    expect(texts(el, '[part="notes"] li')).to.deep.equal(['CAC is $0.00: no sales or marketing cost in this range, so there is no CLV : CAC and no 3 : 1 line.']);
    expect(headline(el)[3]).to.equal('CLV : CAC (rule of thumb 3 : 1): —');

    // Nobody acquired in 2023-12: no CAC at all, though customers bought in that month.
    const later = await ltvOf(hand, 'from=2023-10-01 to=2023-12-01');
    expect(later.result).to.deep.equal(engine(hand, { from: '2023-10-01', to: '2023-12-01' }));
    expect(later.result!.cac.value).to.equal(null);
    expect(texts(later, '[part="notes"] li')).to.deep.equal(['No CAC: no customer was acquired in this range, so there is no CLV : CAC and no 3 : 1 line.']);

    const smb = await ltvOf(hand, 'segment=SMB');
    expect(smb.result).to.deep.equal(engine(hand, { segment: 'SMB' }));
    expect(smb.result!.cac.value).to.equal(500);
    expect(texts(smb, '[part="definition"]')[0]).to.not.contain('compared with the CAC of all customers');
    expect(texts(smb, '[part="notes"] li')).to.deep.equal(['Costs carry no segment or owner: under this filter the CAC is all sales and marketing cost ($1,000) over the 2 customers it acquired.']);
  });

  it('shows the empty state for filters that match nothing, an error for bad options, bad input and a bad URL', async () => {
    const el = await ltvOf(hand);
    el.from = '2030-01-01';
    el.to = '2031-01-01';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="empty"]')?.textContent).to.equal('No customers match these filters.');
    el.from = undefined;
    el.to = undefined;
    expect(await errorShownAfter(el, () => el.setAttribute('definition', 'predictive'))).to.contain('unknown definition for crm-lifetime-value: "predictive" (expected one of "historic", "churn")');
    el.setAttribute('definition', 'churn');
    await el.updateComplete;
    expect(el.result!.lifetimeValue.definition).to.equal('churn');
    expect(await errorShownAfter(el, () => el.setAttribute('inactive-days', 'often'))).to.contain('invalid inactive-days for crm-lifetime-value: "often" (expected a number from 1 to 36525)');
    el.removeAttribute('inactive-days');
    expect(await errorShownAfter(el, () => el.setAttribute('subscription-period', 'week'))).to.contain('unknown subscription-period for crm-lifetime-value: "week" (expected one of "month", "year")');
    el.removeAttribute('subscription-period');
    expect(await errorShownAfter(el, () => (el.data = { orders: 'not a list' }))).to.contain('orders: expected a list of rows');
    expect(await errorShownAfter(el, () => {
      el.data = undefined;
      el.src = '/api/missing.json';
    })).to.contain('/api/missing.json');
  });

  it('takes inactive-days for the churn-based definition on purchase data, as the engine does', async () => {
    const raw = generateDataset({ seed: 3, accounts: 300 });
    const el = await ltvOf(raw, 'definition=churn inactive-days=30');
    expect(el.result).to.deep.equal(engine(raw, { definition: 'churn', inactiveDays: 30 }));
  });

  it('reads subscription amounts per year with subscription-period, and divides by the same CAC', async () => {
    const subscriptions: DatasetInput = {
      accounts: [
        { id: 's1', createdAt: '2023-01-01', segment: 'SMB' },
        { id: 's2', createdAt: '2023-01-01', segment: 'Enterprise' },
      ],
      subscriptions: [
        { id: 't1', accountId: 's1', start: '2023-01-01', end: '2024-01-01', amount: 1200 },
        { id: 't2', accountId: 's2', start: '2023-01-01', amount: 12000 },
      ],
      costs: [{ at: '2023-01-01', category: 'marketing', amount: 1000 }],
    };
    const el = await ltvOf(subscriptions, 'subscription-period=year');
    const dataset = parseDataset(subscriptions).dataset;
    const expected = computeMetric('lifetime-value', dataset, { subscriptionPeriod: 'year' });
    expect(el.result!.lifetimeValue).to.deep.equal(expected);
    expect(expected.revenueBasis).to.equal('subscriptions');
    expect(el.result!.cac).to.deep.equal(computeMetric('cac', dataset));
    expect(el.result!.clvCac.value).to.be.closeTo(expected.value! / 500, 1e-12);
    // A yearly amount is a twelfth of the same amount read as monthly.
    const monthly = computeMetric('lifetime-value', dataset);
    expect(expected.value! / monthly.value!).to.be.closeTo(1 / 12, 0.01);
    expect(texts(el, '[part="definition"]')[0]).to.contain('Revenue from subscription terms. Every segment is compared with the CAC of all customers');
  });

  it('inside a <crm-dashboard>: takes its data, filters and currency; its selection becomes the cross-filter', async () => {
    const dashboard = document.createElement('crm-dashboard');
    for (const [name, value] of [['from', '2023-01-01'], ['to', '2023-12-01'], ['currency', 'EUR'], ['locale', 'en-US']]) dashboard.setAttribute(name!, value!);
    const el = document.createElement('crm-lifetime-value');
    dashboard.append(el);
    dashboard.data = hand;
    const rendered = oneEvent(el, 'crm-render');
    document.body.append(dashboard);
    await rendered;
    await el.updateComplete;
    expect(el.result).to.deep.equal(engine(hand, { from: '2023-01-01', to: '2023-12-01' }));
    expect(shadow(el).querySelector('[part="headline"] dd')?.textContent).to.match(/^€/);
    marks(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    const selection = (dashboard as unknown as { selection: { key: string; ids: string[] } | null }).selection;
    expect([selection?.key, selection?.ids]).to.deep.equal(['Enterprise', ['a3']]);
    (dashboard as unknown as { clearSelection(): void }).clearSelection();
    await waitUntil(() => marks(el)[0]!.getAttribute('aria-pressed') === 'false', 'the selection was not cleared');
  });

  it('registers once: a second copy of the kit defining the tag does not throw', () => {
    const original = customElements.get('crm-lifetime-value');
    expect(() => defineElement('crm-lifetime-value', class SecondCopy extends CrmLifetimeValue {})).to.not.throw();
    expect(customElements.get('crm-lifetime-value')).to.equal(original);
  });
});
