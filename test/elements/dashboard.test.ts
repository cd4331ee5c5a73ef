import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/dashboard/define.js';
import '../../src/elements/funnel/define.js';
import '../../src/elements/cohort-churn/define.js';
import type { CrmCohortChurn } from '../../src/elements/cohort-churn/cohort-churn.js';
import type { CrmDashboard } from '../../src/elements/dashboard/dashboard.js';
import type { CrmFilters } from '../../src/elements/filters/filters.js';
import type { CrmFunnel } from '../../src/elements/funnel/funnel.js';
import type { CrmSelectEvent } from '../../src/events/index.js';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric } from '../../src/metrics/index.js';
import type { FunnelResult } from '../../src/metrics/sales/funnel.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { buildTable } from '../../src/table/index.js';
import { crossFiltered } from '../../src/dashboard/cross-filter.js';
import { loadDataset } from '../../src/controllers/data-source-controller.js';
import { axeViolations } from '../support/axe.js';

const input: DatasetInput = generateDataset({ seed: 21, accounts: 150 });
const table = buildTable(parseDataset(input).dataset);
const funnelOf = (options: Record<string, unknown> = {}) => computeMetric('funnel', table, { mode: 'reached', definition: 'won-over-closed', ...options }) as FunnelResult;
const dealsOf = (r: FunnelResult) => r.won + r.lost + r.open;

/** A dashboard with `children` (markup), its data set as a property, attached and rendered. */
async function dashboardOf(children: string, attributes: Record<string, string> = {}, data: unknown = input): Promise<CrmDashboard> {
  const dashboard = document.createElement('crm-dashboard');
  for (const [name, value] of Object.entries(attributes)) dashboard.setAttribute(name, value);
  dashboard.style.width = '1000px';
  // Children are built as elements, not parsed from strings with data in them.
  for (const spec of children.split(';').filter(Boolean)) {
    const [tag, ...attrs] = spec.trim().split(' ');
    const child = document.createElement(tag!);
    for (const attr of attrs) {
      const [name, value] = attr.split('=');
      child.setAttribute(name!, value ?? '');
    }
    dashboard.append(child);
  }
  dashboard.data = data;
  document.body.append(dashboard);
  await dashboard.updateComplete;
  await settle(dashboard);
  return dashboard;
}

/** Wait until every crm element inside has rendered its current inputs. */
async function settle(dashboard: CrmDashboard): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all([...dashboard.querySelectorAll<CrmFunnel>('crm-funnel, crm-cohort-churn')].map((el) => el.updateComplete));
    await dashboard.updateComplete;
  }
}

const funnels = (d: CrmDashboard) => [...d.querySelectorAll<CrmFunnel>('crm-funnel')];
const filtersOf = (d: CrmDashboard) => d.shadowRoot!.querySelector<CrmFilters>('crm-filters')!;
const control = (d: CrmDashboard, label: string) => {
  const f = filtersOf(d);
  const text = (l: Element) => [...l.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
  const found = [...f.shadowRoot!.querySelectorAll('label')].find((l) => text(l) === label);
  return found!.querySelector<HTMLInputElement & HTMLSelectElement>('select, input')!;
};
async function choose(d: CrmDashboard, label: string, value: string): Promise<void> {
  const el = control(d, label);
  el.value = value;
  el.dispatchEvent(new Event('change'));
  await settle(d);
}

describe('<crm-dashboard>', () => {
  afterEach(() => {
    document.querySelectorAll('crm-dashboard, crm-funnel').forEach((el) => el.remove());
    history.replaceState(null, '', location.pathname);
  });

  describe('context', () => {
    it('gives its dataset to the elements inside, which compute exactly the engine\'s figures', async () => {
      const d = await dashboardOf('crm-funnel;crm-funnel mode=strict');
      const [reached, strict] = funnels(d);
      expect(reached!.result).to.deep.equal(funnelOf());
      expect(strict!.result).to.deep.equal(funnelOf({ mode: 'strict' }));
      expect(dealsOf(reached!.result!)).to.equal(table.deals.length);
    });

    it('an element\'s own attributes and data win over what it inherits', async () => {
      const segment = table.segments.values[0]!;
      const other = table.segments.values[1]!;
      const d = await dashboardOf(`crm-funnel;crm-funnel segment=${other}`, { segment });
      const [inherits, own] = funnels(d);
      expect(inherits!.result).to.deep.equal(funnelOf({ segment }));
      expect(own!.result).to.deep.equal(funnelOf({ segment: other }));
      const small: DatasetInput = {
        stages: ['Lead'],
        accounts: [{ id: 'acc', segment: other, createdAt: '2024-01-01' }],
        deals: [{ id: 'x', accountId: 'acc', amount: 100, createdAt: '2024-01-01', outcome: 'open', stage: 'Lead' }],
      };
      own!.data = small;
      await settle(d);
      expect(dealsOf(own!.result!)).to.equal(1);
    });

    it('an element outside a dashboard works alone, and one moved out stops inheriting', async () => {
      const d = await dashboardOf('crm-funnel');
      const el = funnels(d)[0]!;
      document.body.append(el);
      await el.updateComplete;
      await el.updateComplete;
      expect(el.result).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="empty"]')?.textContent).to.equal('No data yet.');
      el.data = input;
      await el.updateComplete;
      expect(el.result).to.deep.equal(funnelOf());
    });

    it('inherits locale, currency and theme; its own settings win', async () => {
      const d = await dashboardOf('crm-funnel toolbar;crm-funnel locale=en-US theme=light', { locale: 'de-DE', currency: 'EUR', theme: 'dark' });
      const [inherits, own] = funnels(d);
      expect(inherits!.toCSV()).to.equal(inherits!.toCSV()); // smoke: no throw
      const value = inherits!.shadowRoot!.querySelector('[part="headline"] dd')!.textContent!;
      expect(value).to.equal(new Intl.NumberFormat('de-DE').format(table.deals.length));
      expect(inherits!.getAttribute('data-crm-theme')).to.equal('dark');
      expect(getComputedStyle(inherits!).getPropertyValue('--_crm-color-surface').trim()).to.equal('#1b202a');
      expect(getComputedStyle(own!).getPropertyValue('--_crm-color-surface').trim()).to.equal('#ffffff');
      expect(own!.shadowRoot!.querySelector('[part="headline"] dd')!.textContent).to.equal(new Intl.NumberFormat('en-US').format(table.deals.length));
    });

    it('children show the dashboard\'s loading and error states, and the error is announced once', async () => {
      const d = document.createElement('crm-dashboard');
      const el = document.createElement('crm-funnel');
      d.append(el);
      d.src = '/api/slow?ms=400';
      document.body.append(d);
      await d.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.exist;
      let errors = 0;
      document.addEventListener('crm-error', () => errors++);
      d.src = '/api/missing.json';
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'the child shows the error', { timeout: 5000 });
      expect(errors).to.equal(1);
      expect(d.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.match(/could not be loaded/);
    });
  });

  describe('sources', () => {
    it('an adapter feeds every element once, and a pushed dataset redraws them all; removing the dashboard ends the subscription', async () => {
      const other: DatasetInput = generateDataset({ seed: 22, accounts: 40 });
      let loads = 0;
      let push: ((next?: DatasetInput) => void) | undefined;
      let unsubscribed = 0;
      const d = await dashboardOf('crm-funnel;crm-funnel mode=strict', {}, null);
      d.adapter = {
        load: () => (loads++, input),
        subscribe: (listener) => {
          push = listener;
          return () => unsubscribed++;
        },
      };
      await settle(d);
      const [reached, strict] = funnels(d);
      expect(loads).to.equal(1); // the children inherit; they do not load for themselves
      expect(reached!.result).to.deep.equal(funnelOf());
      expect(strict!.result).to.deep.equal(funnelOf({ mode: 'strict' }));
      push!(other);
      await settle(d);
      const otherTable = buildTable(parseDataset(other).dataset);
      const otherFunnel = (options: Record<string, unknown> = {}) => computeMetric('funnel', otherTable, { mode: 'reached', definition: 'won-over-closed', ...options });
      expect(reached!.result).to.deep.equal(otherFunnel());
      expect(strict!.result).to.deep.equal(otherFunnel({ mode: 'strict' }));
      expect(dealsOf(reached!.result!)).to.equal(otherTable.deals.length);
      expect(otherTable.deals.length).not.to.equal(table.deals.length);
      d.remove();
      expect(unsubscribed).to.equal(1);
    });

    it('reads a CSV src (its table named by `table`)', async () => {
      const d = await dashboardOf('crm-funnel', { src: '/test/fixtures/adapters/deals.csv', table: 'deals' }, null);
      const el = funnels(d)[0]!;
      await waitUntil(() => el.result !== null, 'the funnel drew the CSV', { timeout: 5000 });
      // deals.csv: 8 deals (a header and 8 rows).
      expect(dealsOf(el.result!)).to.equal(8);
    });
  });

  describe('filters', () => {
    it('fills segment and owner pickers from the data, sorted, and applies them', async () => {
      const d = await dashboardOf('crm-funnel');
      const segments = [...control(d, 'Segment').options].map((o) => o.value);
      expect(segments).to.deep.equal(['', ...[...table.segments.values].sort(new Intl.Collator().compare)]);
      const owners = [...control(d, 'Owner').options].map((o) => o.value);
      expect(owners.slice(1).sort()).to.deep.equal([...table.owners.values].sort());
      const segment = segments[2]!;
      const owner = owners[1]!;
      await choose(d, 'Segment', segment);
      expect(d.segment).to.equal(segment);
      expect(funnels(d)[0]!.result).to.deep.equal(funnelOf({ segment }));
      await choose(d, 'Owner', owner);
      expect(funnels(d)[0]!.result).to.deep.equal(funnelOf({ segment, owner }));
    });

    it('date presets count back from the data\'s last day; the "to" field shows the last day included', async () => {
      const d = await dashboardOf('crm-funnel', { 'as-of': '2025-05-14' });
      await choose(d, 'Date range', 'last-90-days');
      expect([d.from, d.to]).to.deep.equal(['2025-02-14', '2025-05-15']);
      expect(control(d, 'To (included)').value).to.equal('2025-05-14');
      expect(funnels(d)[0]!.result).to.deep.equal(funnelOf({ from: '2025-02-14', to: '2025-05-15' }));
      await choose(d, 'Date range', 'previous-period');
      expect([d.from, d.to]).to.deep.equal(['2024-11-16', '2025-02-14']);
      await choose(d, 'Date range', 'this-quarter');
      expect([d.from, d.to]).to.deep.equal(['2025-04-01', '2025-05-15']);
      await choose(d, 'Date range', 'year-to-date');
      expect([d.from, d.to]).to.deep.equal(['2025-01-01', '2025-05-15']);
      await choose(d, 'Date range', 'last-30-days');
      expect([d.from, d.to]).to.deep.equal(['2025-04-15', '2025-05-15']);
      expect(control(d, 'Date range').value).to.equal('last-30-days');
      await choose(d, 'To (included)', '2025-04-30');
      expect(d.to).to.equal('2025-05-01');
      expect(control(d, 'Date range').value).to.equal('custom');
      await choose(d, 'From', '2025-01-10');
      expect(d.from).to.equal('2025-01-10');
      expect(funnels(d)[0]!.result).to.deep.equal(funnelOf({ from: '2025-01-10', to: '2025-05-01' }));
    });

    it('without as-of, presets count back from the day of the data\'s last record', async () => {
      const d = await dashboardOf('crm-funnel');
      await choose(d, 'Date range', 'last-30-days');
      const lastDay = new Date(table.timeSpan.max).toISOString().slice(0, 10);
      const to = new Date(Date.parse(lastDay) + 86_400_000).toISOString().slice(0, 10);
      expect(d.to).to.equal(to);
    });

    it('the period filter reaches elements, Clear filters resets everything, and each change is an event', async () => {
      const d = await dashboardOf('crm-funnel', { segment: table.segments.values[0]! });
      const changed = oneEvent(d, 'crm-filter-change');
      await choose(d, 'Period', 'quarter');
      expect((await changed).detail.filters).to.deep.equal({ segment: table.segments.values[0], period: 'quarter' });
      filtersOf(d).shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!.click();
      await settle(d);
      expect(d.filters).to.deep.equal({});
      expect(funnels(d)[0]!.result).to.deep.equal(funnelOf());
    });

    it('a cohort heatmap without a period of its own follows the dashboard\'s week, month or quarter', async () => {
      const d = await dashboardOf('crm-cohort-churn; crm-cohort-churn period=month');
      const [follows, own] = [...d.querySelectorAll<CrmCohortChurn>('crm-cohort-churn')];
      expect(follows!.result!.retention.period).to.equal('month');
      await choose(d, 'Period', 'quarter');
      expect(follows!.result!.retention.period).to.equal('quarter');
      expect(follows!.result!.retention).to.deep.equal(computeMetric('cohort-retention', table, { period: 'quarter' }));
      expect(own!.result!.retention.period, 'its own period wins').to.equal('month');
      // A day has too many cohorts and a year too few for a heatmap: the default month stays.
      await choose(d, 'Period', 'day');
      expect(follows!.result!.retention.period).to.equal('month');
    });

    it('a filter value the data does not have stays visible in its picker', async () => {
      const d = await dashboardOf('crm-funnel', { owner: 'Nobody at all' });
      expect(control(d, 'Owner').value).to.equal('Nobody at all');
      expect(dealsOf(funnels(d)[0]!.result!)).to.equal(0);
    });

    it('the page may put its own <crm-filters> in the filters slot instead', async () => {
      const d = await dashboardOf('crm-funnel');
      const own = document.createElement('crm-filters');
      own.slot = 'filters';
      d.append(own);
      await settle(d);
      await own.updateComplete;
      expect(d.shadowRoot!.querySelector('crm-filters')).to.equal(null);
      expect(own.shadowRoot!.querySelectorAll('select').length).to.equal(4);
    });
  });

  describe('cross-filtering', () => {
    /** Press Enter on stage `index` of a funnel; resolves with its crm-select. */
    async function selectStage(el: CrmFunnel, index: number): Promise<CrmSelectEvent> {
      const selected = oneEvent(el, 'crm-select') as Promise<CrmSelectEvent>;
      const stage = el.shadowRoot!.querySelectorAll<SVGGElement>('g.stage')[index]!;
      stage.focus();
      stage.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      return selected;
    }

    it('a selection in one element filters the others to its deals, shown as a chip; removing the chip clears it', async () => {
      const d = await dashboardOf('crm-funnel;crm-funnel mode=strict');
      const [a, b] = funnels(d);
      const event = await selectStage(a!, 2);
      await settle(d);
      const ids = event.detail.ids;
      expect(ids.length).to.equal(a!.result!.stages[2]!.count);
      // The source keeps all its data to show what was selected; the other sees only those deals.
      expect(a!.result).to.deep.equal(funnelOf());
      const expected = computeMetric('funnel', crossFiltered(loadDataset(input, false), { table: 'deals', ids }).table, { mode: 'strict', definition: 'won-over-closed' });
      expect(b!.result).to.deep.equal(expected);
      expect(dealsOf(b!.result!)).to.equal(ids.length);
      const chip = d.shadowRoot!.querySelector<HTMLButtonElement>('[part="chip"]')!;
      const stageName = a!.result!.stages[2]!.stage;
      expect(chip.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Pipeline funnel: ${stageName} (${ids.length} deals)×`);
      expect(chip.getAttribute('aria-label')).to.equal(`Remove the cross-filter Pipeline funnel: ${stageName} (${ids.length} deals)`);
      chip.click();
      await settle(d);
      expect(d.selection).to.equal(null);
      expect(b!.result).to.deep.equal(funnelOf({ mode: 'strict' }));
      // The source forgot its selected stage too.
      expect(a!.shadowRoot!.querySelector('g.stage[aria-pressed="true"], g.stage.selected')).to.equal(null);
    });

    it('works both ways: a selection in the other element replaces the first', async () => {
      const d = await dashboardOf('crm-funnel;crm-funnel');
      const [a, b] = funnels(d);
      await selectStage(a!, 1);
      await settle(d);
      const event = await selectStage(b!, 0);
      await settle(d);
      expect(d.selection?.source).to.equal(b);
      expect(dealsOf(a!.result!)).to.equal(event.detail.ids.length);
      expect(b!.result).to.deep.equal(funnelOf());
    });

    it('Escape clears the cross-filter, from the element or anywhere in the dashboard', async () => {
      const d = await dashboardOf('crm-funnel;crm-funnel');
      const [a, b] = funnels(d);
      await selectStage(a!, 1);
      await settle(d);
      const stage = a!.shadowRoot!.querySelectorAll<SVGGElement>('g.stage')[1]!;
      stage.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await settle(d);
      expect(d.selection).to.equal(null);
      expect(b!.result).to.deep.equal(funnelOf());
      await selectStage(a!, 1);
      await settle(d);
      control(d, 'Segment').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await settle(d);
      expect(d.selection).to.equal(null);
    });
  });

  describe('URL state', () => {
    it('with sync-url, writes the filters to the URL and reads them back on load', async () => {
      history.replaceState(null, '', `${location.pathname}?keep=1&crm-segment=${encodeURIComponent(table.segments.values[1]!)}`);
      const d = await dashboardOf('crm-funnel', { 'sync-url': '' });
      expect(d.segment).to.equal(table.segments.values[1]);
      expect(funnels(d)[0]!.result).to.deep.equal(funnelOf({ segment: table.segments.values[1] }));
      d.setFilters({ from: '2025-01-01', segment: undefined });
      await settle(d);
      const params = new URLSearchParams(location.search);
      expect(params.get('crm-from')).to.equal('2025-01-01');
      expect(params.has('crm-segment')).to.equal(false);
      expect(params.get('keep')).to.equal('1');
    });

    it('without sync-url, the URL is left alone', async () => {
      history.replaceState(null, '', `${location.pathname}?crm-owner=Someone`);
      const d = await dashboardOf('crm-funnel');
      expect(d.owner).to.equal(undefined);
      d.setFilters({ from: '2025-01-01' });
      await settle(d);
      expect(location.search).to.equal('?crm-owner=Someone');
    });
  });

  it('lays children out in one column on a phone and several on a wide screen', async () => {
    const d = await dashboardOf('crm-funnel;crm-funnel;crm-funnel wide');
    const columns = () => getComputedStyle(d.shadowRoot!.querySelector('.grid')!).gridTemplateColumns.split(' ').length;
    expect(columns()).to.be.greaterThan(1);
    const [, , wide] = funnels(d);
    await waitUntil(() => d.hasAttribute('data-wide'), 'the dashboard measured its width');
    expect(getComputedStyle(wide!).gridColumnStart).to.equal('span 2');
    d.style.width = '360px';
    await waitUntil(() => !d.hasAttribute('data-wide'), 'the dashboard noticed its new width');
    expect(columns()).to.equal(1);
    expect(getComputedStyle(wide!).gridColumnStart).to.equal('auto');
  });

  it('has no axe violations with its filters and a chip, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const d = await dashboardOf('crm-funnel', { theme });
      d.selection = { source: funnels(d)[0]!, key: 'Lead', table: 'deals', ids: ['x'], label: 'Pipeline funnel: Lead (1 deal)' };
      await settle(d);
      expect(await axeViolations(d)).to.deep.equal([]);
      d.remove();
    }
  });
});

describe('<crm-dashboard> defined after its children', () => {
  it('children that connected before the dashboard could answer get its data once it upgrades', async () => {
    // A tag the page has not defined yet stands for a dashboard whose script loads last.
    const tag = 'crm-dashboard-late';
    const late = document.createElement(tag) as CrmDashboard;
    const funnel = document.createElement('crm-funnel');
    late.append(funnel);
    document.body.append(late);
    await funnel.updateComplete;
    expect(funnel.result).to.equal(null);
    const { CrmDashboard: Dashboard } = await import('../../src/elements/dashboard/dashboard.js');
    customElements.define(tag, class extends Dashboard {});
    late.data = input;
    await late.updateComplete;
    await waitUntil(() => funnel.result !== null, 'the funnel got the dashboard\'s data');
    expect(funnel.result).to.deep.equal(funnelOf());
    late.remove();
  });
});
