import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { drawBars, type MarkHandlers } from '../../charts/bars-chart.js';
import { panelMarkFocus } from '../../controllers/mark-focus-controller.js';
import { TooltipController, type TooltipContent } from '../../controllers/tooltip-controller.js';
import { emit } from '../../events/emit.js';
import '../../events/crm-select.js';
import type { Formatters } from '../../format/formatters.js';
import { numberOption, oneOf } from '../../metrics/options.js';
import { activityAccounts, responseBandAccounts } from '../../metrics/sales/activity-members.js';
import type { UnansweredProspect } from '../../metrics/sales/engagement.js';
import type { Period } from '../../table/index.js';
import { CrmElement } from '../shared/crm-element.js';
import { computeTask, type ComputeTask } from '../shared/element-compute.js';
import { activityCompute, type ActivityView } from './activity-compute.js';
import type { ActivityPeriod } from './activity-periods.js';
import type { TableData } from '../shared/table-data.js';
import { layoutActivity, OWNERS_DRAWN, stackSeries, type ActivityStack } from './activity-layout.js';
import { activityStyles } from './activity.styles.js';
import { BAND_LABELS, hours, periodLabel } from './activity-words.js';
import { prospectKey, prospectName, unansweredList } from './unanswered-list.js';

export type { ActivityView } from './activity-compute.js';

type Panel = 'periods' | 'owners' | 'bands';
const PANELS: readonly Panel[] = ['periods', 'owners', 'bands'];
const PANEL_NAMES: Record<Panel, string> = { periods: 'Activities by period', owners: 'Activities by owner', bands: 'Conversion by response time' };

/**
 * Sales activity: volume by period, stacked by type or direction, with calls made, outbound
 * calls and inbound email and web inquiries; activities by owner; engagement while prospecting
 * (attempts per prospect, reply rate, and the prospects who have not answered `streak` or more
 * attempts in a row); and how conversion falls or rises with the time to answer an inquiry.
 *
 * @tagname crm-activity
 * @summary Activity volume by period, type and owner; engagement; conversion by response time.
 *
 * @fires crm-render - After each draw of data; `detail.result` is `{ period, volume, periods, engagement, response }`.
 * @fires crm-select - A period, an owner or a response-time band was chosen (`detail.ids`: the accounts of its activities or inquiries), or a prospect of the unanswered list (`ids`: its account, or its deal). `detail.key` is the name shown. Escape or a second click clears (`key: null`).
 * @fires crm-error - The data could not be loaded or used; `detail.message` says why.
 * @fires crm-data-warning - Rows were left out; `detail.problems` lists every one.
 *
 * @csspart frame - The element's layout box.
 * @csspart chart - The SVG with the three panels.
 * @csspart bar - Each column segment or bar.
 * @csspart headline - The figures above the chart.
 * @csspart legend - The colour key of the stacked columns.
 * @csspart prospects - The list of prospects with unanswered attempts.
 * @csspart state - The loading, empty and error messages (with `loading`, `empty` or `error`).
 * @csspart warning - The notice of rows left out.
 * @csspart toolbar - The table and download buttons (with the `toolbar` attribute).
 * @csspart table - The table view.
 * @csspart tooltip - The tooltip of the mark under the pointer or focus.
 *
 * @cssprop --crm-activity-bar-color - Owner bars and response-time columns (default `--crm-palette-1`).
 * @cssprop --crm-activity-selected-color - The selected mark's outline (default `--crm-color-accent`).
 */
export class CrmActivity extends CrmElement<ActivityView> {
  static override styles = [...CrmElement.styles, ...activityStyles];

  /** Columns per `day`, `week`, `month`, `quarter` or `year` (default the dashboard's, else `month`). */
  @property() period: Period | undefined;
  /** Stack the columns by activity `type` or by `direction` (inbound, outbound). */
  @property() stack: ActivityStack = 'type';
  /** Unanswered attempts in a row that list a prospect. */
  @property({ type: Number }) streak = 5;
  /** `all-inquiries`, or `new-inquiries` (only those not logged on a deal: lead response time). */
  @property({ attribute: 'response-definition' }) responseDefinition: 'all-inquiries' | 'new-inquiries' = 'all-inquiries';
  /** Prospects listed before "Show all". */
  @property({ type: Number, attribute: 'list-limit' }) listLimit = 10;

  @state() private showAllProspects = false;

  protected readonly label = 'Sales activity';
  /** The period the current result was computed with (own, else the dashboard's). */
  #period: Period | undefined;
  /** `<panel>:<key>` of the selected mark, or `prospect:<key>`; null for none. */
  #selected: string | null = null;
  readonly #tooltip = new TooltipController(this);
  readonly #focus = panelMarkFocus(this, PANELS, (panel) => this.#keys(panel), (selection) => this.#select(selection));

  protected override metricProperties(): readonly PropertyKey[] {
    // `stack` and `list-limit` only change the drawing, but are checked here so a typo shows as an error.
    return ['period', 'streak', 'responseDefinition', 'stack', 'listLimit'];
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A period set on the dashboard is an input too: recompute when the one in effect changes.
    if (this.periodOr(this.period ?? undefined, 'month') !== this.#period) changed.set('period', this.period);
    super.willUpdate(changed);
    for (const panel of PANELS) this.#focus[panel].selected = this.#selected?.startsWith(`${panel}:`) ? this.#keys(panel).indexOf(this.#selected.slice(panel.length + 1)) : -1;
  }

  protected computeTask(): ComputeTask<ActivityView> {
    // A removed attribute is null (the default); an attribute that is not a number is quoted as written.
    const number = (name: string, value: number | null) => (Number.isNaN(value) ? this.getAttribute(name) : (value ?? undefined));
    oneOf(this.localName, 'stack', this.stack ?? undefined, ['type', 'direction']);
    numberOption(this.localName, 'list-limit', number('list-limit', this.listLimit), 10, 1);
    const options = this.commonOptions();
    const period = (this.#period = this.periodOr(this.period ?? undefined, 'month'));
    return computeTask(activityCompute, { options, period, streak: number('streak', this.streak), responseDefinition: this.responseDefinition ?? undefined });
  }

  protected isEmpty(result: ActivityView): boolean {
    return result.volume.value === 0;
  }

  protected emptyMessage(): string {
    return Object.keys(this.commonOptions()).some((k) => k !== 'timeZone') ? 'No activities match these filters.' : 'No activities to show.';
  }

  protected override selectionCleared(): void {
    this.#selected = null;
    for (const panel of PANELS) this.#focus[panel].clear();
    this.requestUpdate();
  }

  /** The keys of a panel's marks, in drawing order. */
  #keys(panel: Panel): string[] {
    const r = this.result;
    if (!r) return [];
    if (panel === 'periods') return r.periods.map((p) => p.start);
    if (panel === 'owners') return r.volume.byOwner.slice(0, OWNERS_DRAWN).map((o) => o.owner ?? '');
    return r.response.count > 0 ? r.response.bands.map((b) => b.band) : [];
  }

  protected summary({ volume, engagement: e, response }: ActivityView, f: Formatters): string {
    const busiest = volume.byOwner[0];
    return (
      `${this.label}: ${f.count(volume.value)} activities, ${f.count(volume.callsMade)} calls (${f.count(volume.outboundCalls)} outbound), ${f.count(volume.inboundInquiries)} inbound email and web inquiries` +
      `${busiest ? `; most by ${busiest.owner ?? 'no owner'} (${f.count(busiest.count)})` : ''}. ` +
      `${f.number(e.attemptsPerProspect)} attempts per prospect, reply rate ${f.percent(e.replyRate.value)}, ${f.count(e.unanswered.length)} ${e.unanswered.length === 1 ? 'prospect' : 'prospects'} with ${f.count(e.streak)} or more unanswered in a row. ` +
      `Median response to an inquiry ${hours(response.medianHours, f)}.`
    );
  }

  protected tableData({ period, volume, periods, engagement: e, response }: ActivityView, f: Formatters): TableData {
    const rows: (string | number | null)[][] = [];
    const text: string[][] = [];
    const add = (section: string, item: string, measure: string, value: number | null, shown: string) => {
      rows.push([section, item, measure, value]);
      text.push([section, item, measure, shown]);
    };
    const count = (section: string, item: string, measure: string, n: number) => add(section, item, measure, n, f.count(n));
    count('Total', 'All activities', 'Activities', volume.value);
    count('Total', 'All activities', 'Calls made', volume.callsMade);
    count('Total', 'All activities', 'Outbound calls', volume.outboundCalls);
    count('Total', 'All activities', 'Inbound email and web inquiries', volume.inboundInquiries);
    for (const p of periods) {
      const item = periodLabel(p.start, p.from, period, f);
      count(`By ${period}`, item, 'Activities', p.value);
      for (const s of [...stackSeries(volume, 'type'), ...stackSeries(volume, 'direction')]) count(`By ${period}`, item, s.name, s.count(p));
    }
    for (const o of volume.byOwner) count('By owner', o.owner ?? 'No owner', 'Activities', o.count);
    count('Engagement', 'Prospects', 'Prospects attempted', e.prospects);
    count('Engagement', 'Prospects', 'Outbound attempts', e.attempts);
    add('Engagement', 'Prospects', 'Attempts per prospect', e.attemptsPerProspect, f.number(e.attemptsPerProspect));
    add('Engagement', 'Prospects', 'Reply rate', e.replyRate.value, f.percent(e.replyRate.value));
    const table = this.source.loaded?.table;
    for (const p of e.unanswered) count(`Unanswered ${e.streak}+ in a row`, table ? prospectName(table, p) : prospectKey(p), 'Unanswered in a row', p.streak);
    add('Response time', 'Answered inquiries', 'Median hours', response.medianHours, hours(response.medianHours, f));
    add('Response time', 'Answered inquiries', 'Mean hours', response.meanHours, hours(response.meanHours, f));
    for (const b of response.bands) {
      count('Response time', BAND_LABELS[b.band][0], 'Inquiries', b.inquiries);
      count('Response time', BAND_LABELS[b.band][0], 'Converted', b.converted);
      add('Response time', BAND_LABELS[b.band][0], 'Conversion', b.conversion, f.percent(b.conversion));
    }
    const columns = [{ label: 'Section' }, { label: 'Item' }, { label: 'Measure' }, { label: 'Value', numeric: true }];
    return { caption: this.label, columns, rows, text };
  }

  protected renderChart({ volume, engagement: e, response }: ActivityView, f: Formatters): TemplateResult {
    const table = this.source.loaded?.table;
    return html`
      <dl class="headline" part="headline">
        <div><dt>Activities</dt><dd>${f.count(volume.value)}</dd></div>
        <div><dt>Calls made</dt><dd>${f.count(volume.callsMade)}</dd></div>
        <div><dt>Outbound calls</dt><dd>${f.count(volume.outboundCalls)}</dd></div>
        <div><dt>Inbound email and web inquiries</dt><dd>${f.count(volume.inboundInquiries)}</dd></div>
        <div><dt>Attempts per prospect</dt><dd>${f.number(e.attemptsPerProspect)}</dd></div>
        <div><dt>Reply rate (of known answers)</dt><dd>${f.percent(e.replyRate.value)}</dd></div>
        <div><dt>Median response to an inquiry</dt><dd>${hours(response.medianHours, f)}</dd></div>
      </dl>
      <ul class="legend" part="legend">
        ${stackSeries(volume, this.stack ?? 'type').map((s) => html`<li><span class="s${s.series}"></span>${s.name}</li>`)}
      </ul>
      <svg part="chart" role="group" aria-label="Activity charts" aria-describedby="summary">
        ${PANELS.map((panel) => svg`<g class=${panel} role="group" aria-label=${PANEL_NAMES[panel]}></g>`)}
      </svg>
      ${table
        ? unansweredList({
            engagement: e,
            table,
            limit: this.listLimit ?? 10,
            showAll: this.showAllProspects,
            selected: this.#selected?.startsWith('prospect:') ? this.#selected.slice(9) : null,
            format: f,
            select: (p) => this.#select(this.#selected === `prospect:${prospectKey(p)}` ? null : `prospect:${prospectKey(p)}`),
            toggleAll: () => (this.showAllProspects = !this.showAllProspects),
            keydown: (event) => {
              if (event.key === 'Escape' && this.#selected?.startsWith('prospect:')) this.#select(null);
            },
          })
        : nothing}
      ${this.#tooltip.render()}
    `;
  }

  protected override updated(changed: PropertyValues): void {
    const svg = this.shadowRoot?.querySelector<SVGSVGElement>('svg[part~="chart"]');
    const r = this.result;
    if (svg && r) {
      const focus = (panel: Panel) => ({ active: this.#focus[panel].active, selected: this.#focus[panel].selected });
      const layout = layoutActivity({ ...r, stack: this.stack ?? 'type', width: this.drawWidth || 480, focus: { periods: focus('periods'), owners: focus('owners'), bands: focus('bands') }, format: this.format });
      svg.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
      svg.setAttribute('width', String(layout.width));
      svg.setAttribute('height', String(layout.height));
      for (const panel of PANELS) drawBars(svg.querySelector(`g.${panel}`) as SVGGElement, layout[panel], this.#handlers(panel));
    }
    super.updated(changed);
  }

  #handlers(panel: Panel): MarkHandlers {
    const focus = this.#focus[panel];
    return {
      focus: (index, target) => {
        focus.onFocus(index);
        this.#showTooltip(panel, index, target);
      },
      blur: () => this.#tooltip.hide(),
      hover: (index, target) => this.#showTooltip(panel, index, target),
      leave: () => this.#tooltip.hide(),
      select: (index) => focus.select(index === focus.selected ? -1 : index),
      keydown: focus.onKeydown,
    };
  }

  #showTooltip(panel: Panel, index: number, target: Element): void {
    const content = this.#tooltipOf(panel, index);
    if (content) this.#tooltip.show(target, content);
  }

  #tooltipOf(panel: Panel, index: number): TooltipContent | undefined {
    const r = this.result;
    if (!r) return undefined;
    const f = this.format;
    if (panel === 'periods') {
      const p = r.periods[index];
      if (!p) return undefined;
      const parts = (stack: ActivityStack) => stackSeries(r.volume, stack).map((s) => `${s.name} ${f.count(s.count(p))}`).join(' · ');
      return { title: periodLabel(p.start, p.from, r.period, f), lines: [`${f.count(p.value)} activities`, parts('type'), parts('direction')] };
    }
    if (panel === 'owners') {
      const o = r.volume.byOwner[index];
      return o && { title: o.owner ?? 'No owner', lines: [`${f.count(o.count)} activities`, `${f.percent(o.count / r.volume.value)} of all`] };
    }
    const b = r.response.bands[index];
    return b && { title: `Inquiries ${BAND_LABELS[b.band][1]}`, lines: [`${f.count(b.inquiries)} inquiries, ${f.count(b.converted)} converted`, `Conversion ${f.percent(b.conversion)}`, r.response.definition === 'new-inquiries' ? 'Counting new inquiries only (not on a deal)' : 'Counting all inquiries'] };
  }

  /** Select `<panel>:<key>` or `prospect:<key>`, or clear with null; tell the page. */
  #select(selected: string | null): void {
    const loaded = this.source.loaded;
    const r = this.result;
    if (!loaded || !r) return;
    this.#selected = selected;
    this.requestUpdate();
    if (selected === null) {
      emit(this, 'crm-select', { key: null, table: 'accounts', ids: [] });
      return;
    }
    const [panel, key] = [selected.slice(0, selected.indexOf(':')), selected.slice(selected.indexOf(':') + 1)];
    const options = this.commonOptions();
    const f = this.format;
    if (panel === 'prospect') {
      const p = r.engagement.unanswered.find((u) => prospectKey(u) === key) as UnansweredProspect;
      emit(this, 'crm-select', { key: prospectName(loaded.table, p), table: p.accountId === null ? 'deals' : 'accounts', ids: [key] });
    } else if (panel === 'periods') {
      const p = r.periods.find((w) => w.start === key) as ActivityPeriod;
      emit(this, 'crm-select', { key: periodLabel(p.start, p.from, r.period, f), table: 'accounts', ids: activityAccounts(loaded.table, { ...options, from: p.from, to: p.to }) });
    } else if (panel === 'owners') {
      const owner = r.volume.byOwner.find((o) => (o.owner ?? '') === key)?.owner ?? null;
      emit(this, 'crm-select', { key: owner ?? 'No owner', table: 'accounts', ids: activityAccounts(loaded.table, options, owner) });
    } else {
      const band = key as keyof typeof BAND_LABELS;
      emit(this, 'crm-select', { key: `Response ${BAND_LABELS[band][0]}`, table: 'accounts', ids: responseBandAccounts(loaded.table, { ...options, definition: this.responseDefinition ?? undefined }, band) });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-activity': CrmActivity;
  }
}
