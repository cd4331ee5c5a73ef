import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { drawBars, type MarkHandlers } from '../../charts/bars-chart.js';
import { panelMarkFocus } from '../../controllers/mark-focus-controller.js';
import { TooltipController } from '../../controllers/tooltip-controller.js';
import { emit } from '../../events/emit.js';
import '../../events/crm-select.js';
import type { CrmSelectDetail } from '../../events/crm-select.js';
import type { Formatters } from '../../format/formatters.js';
import { oneOf } from '../../metrics/options.js';
import { FCR_DEFINITIONS, type FcrDefinition } from '../../metrics/service/first-contact-resolution.js';
import { helpDeskTickets, type HelpDeskGroup } from '../../metrics/service/help-desk-members.js';
import type { HelpDeskAgent } from '../../metrics/service/help-desk.js';
import type { AgeBand } from '../../metrics/service/ticket-age.js';
import type { Period } from '../../table/index.js';
import { periodLabel } from '../kpi/period-label.js';
import { CrmElement } from '../shared/crm-element.js';
import { computeTask, type ComputeTask } from '../shared/element-compute.js';
import type { TableData } from '../shared/table-data.js';
import { AGENT_COLUMNS, firstDirection, sortAgents, type AgentColumn, type SortDirection } from './agent-sort.js';
import { layoutService } from './service-layout.js';
import { serviceCompute, type ServiceView } from './service-compute.js';
import type { ServicePeriod } from './service-periods.js';
import { agentTable, periodTooltip, queueTooltip, serviceTable } from './service-tables.js';
import { agentName, AGE_WORDS, duration, FCR_WORDS, ticketsWord } from './service-words.js';
import { serviceStyles } from './service.styles.js';

export type { ServiceView } from './service-compute.js';

/**
 * `crm-select` of `<crm-service>`: `ids` are the accounts of the selected tickets (what a
 * dashboard cross-filters by, since the event's `table` names deals or accounts) and `tickets`
 * the ticket ids themselves.
 */
export interface ServiceSelectDetail extends CrmSelectDetail {
  tickets: readonly string[];
}

type Panel = 'queue' | 'periods';
const PANELS: readonly Panel[] = ['queue', 'periods'];

/**
 * The service desk: first-contact resolution in a named definition (of the tickets resolved, or
 * of all tickets opened) with a switch between the two, the open queue by age band, the times to
 * first response and to resolution (median and mean, and per period with `period`), and a
 * sortable table of agents. Numbers are `computeMetric('help-desk', …)` and
 * `computeMetric('first-contact-resolution', …)`'s: tickets opened in [from, to) are timed, the
 * queue is taken as of `to` (else the data's last instant), and tickets follow their account
 * through the segment and owner filters.
 *
 * @tagname crm-service
 * @summary First-contact resolution, the open queue by age, response and resolution times, agents.
 *
 * @fires crm-render - After each draw of data; `detail.result` is `{ desk, fcr, period, periods }`.
 * @fires crm-select - An age band of the queue (its open tickets), a period (the tickets opened in it) or an agent's row (the tickets it counts: opened or resolved in range, or open) was chosen. `detail.key` is the name shown (`Open 7–30 days`, `Opened Jan 2024`, the agent, `Unassigned`), `detail.table` is `accounts` with `detail.ids` the tickets' accounts, and `detail.tickets` the ticket ids. Escape or a second click clears (`key: null`).
 * @fires crm-error - The data could not be loaded or used; `detail.message` says why.
 * @fires crm-data-warning - Rows were left out; `detail.problems` lists every one.
 *
 * @csspart frame - The element's layout box.
 * @csspart headline - FCR, open tickets, tickets opened, first response and resolution times.
 * @csspart definition - The switch between the two definitions of first-contact resolution.
 * @csspart legend - The colour key of the per-period columns (with `period`).
 * @csspart chart - The SVG with the queue and, with `period`, the per-period columns.
 * @csspart bar - Each bar or column.
 * @csspart agents - The sortable table of agents.
 * @csspart state - The loading, empty and error messages (with `loading`, `empty` or `error`).
 * @csspart warning - The notice of rows left out.
 * @csspart toolbar - The table and download buttons (with the `toolbar` attribute).
 * @csspart table - The table view.
 * @csspart tooltip - The tooltip of the mark under the pointer or focus.
 *
 * @cssprop --crm-service-queue-color - Queue bars (default `--crm-palette-1`).
 * @cssprop --crm-service-fcr-color - FCR columns per period (default `--crm-palette-3`).
 * @cssprop --crm-service-median-color - Median time columns (default `--crm-palette-1`).
 * @cssprop --crm-service-mean-color - Mean time columns (default `--crm-palette-2`).
 */
export class CrmService extends CrmElement<ServiceView> {
  static override styles = [...CrmElement.styles, ...serviceStyles];

  /** First-contact resolution `over-resolved` (of the tickets resolved in range) or `over-all` (of all tickets opened in range). */
  @property({ attribute: 'fcr-definition' }) fcrDefinition: FcrDefinition = 'over-resolved';
  /** Columns per `day`, `week`, `month`, `quarter` or `year` (default the dashboard's; none: no per-period columns). */
  @property() period: Period | undefined;
  /** Column the agents are sorted by (`agent`, `opened`, `resolved`, `fcr`, `open`, `first-response`, `resolution`); unset: most tickets first. */
  @property() sort: AgentColumn | undefined;
  /** `ascending` or `descending`. */
  @property({ attribute: 'sort-direction' }) sortDirection: SortDirection = 'descending';

  protected readonly label = 'Service desk';
  /** The period the current result was computed with, or null. */
  #period: Period | null = null;
  /** Agents in the order shown. */
  #agents: HelpDeskAgent[] = [];
  /** `queue:<band>`, `periods:<start>` or `agent:<JSON name or null>`; null for none. */
  #selected: string | null = null;
  readonly #tooltip = new TooltipController(this);
  readonly #focus = panelMarkFocus(this, PANELS, (panel) => this.#keys(panel), (selection) => this.#select(selection));

  protected override metricProperties(): readonly PropertyKey[] {
    // The sort only orders the table, but is checked here so that a typo shows as an error.
    return ['fcrDefinition', 'period', 'sort', 'sortDirection'];
  }

  /** The period in effect: the element's own, else its dashboard's, else none. */
  #periodInEffect(): Period | null {
    return this.periodOr<Period | ''>(this.period ?? undefined, '') || null;
  }

  // A new sort recomputes too (to check it), but must not cost a pass per period again.
  protected override readonly reusesEqualTask = true;

  protected computeTask(): ComputeTask<ServiceView> {
    // A removed attribute is null: read it as the default.
    if (this.sort) oneOf(this.localName, 'sort', this.sort, AGENT_COLUMNS);
    oneOf(this.localName, 'sort-direction', this.sortDirection ?? undefined, ['descending', 'ascending']);
    const definition = oneOf(this.localName, 'fcr-definition', this.fcrDefinition ?? undefined, FCR_DEFINITIONS);
    const options = this.commonOptions();
    const period = (this.#period = this.#periodInEffect());
    return computeTask(serviceCompute, { options, definition, period });
  }

  protected isEmpty(result: ServiceView): boolean {
    // An agent row exists for every ticket opened, resolved or open (unassigned ones included).
    return result.desk.byAgent.length === 0;
  }

  protected emptyMessage(): string {
    return Object.keys(this.commonOptions()).some((k) => k !== 'timeZone') ? 'No tickets match these filters.' : 'No tickets to show.';
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A period set on the dashboard is an input too: recompute when the one in effect changes.
    if (this.#periodInEffect() !== this.#period) changed.set('period', this.period);
    super.willUpdate(changed);
    const result = this.result;
    this.#agents = result ? sortAgents(result.desk.byAgent, this.sort ?? undefined, this.sortDirection ?? 'descending', this.format.locale) : [];
    // Marks are found by key, so focus and selection stay on the same band or period after a recompute.
    for (const panel of PANELS) this.#focus[panel].selected = this.#selected?.startsWith(`${panel}:`) ? this.#keys(panel).indexOf(this.#selected.slice(panel.length + 1)) : -1;
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
    return panel === 'queue' ? r.desk.open.byAge.map((b) => b.band) : r.periods.map((p) => p.start);
  }

  protected summary({ desk, fcr }: ServiceView, f: Formatters): string {
    const of = FCR_WORDS[fcr.definition as FcrDefinition].of;
    const oldest = desk.open.byAge[desk.open.byAge.length - 1]?.count ?? 0;
    const busiest = desk.byAgent[0];
    return (
      `${this.label}: ${ticketsWord(desk.opened, f)} opened; first-contact resolution ${f.percent(fcr.value)} ${of} (${f.count(fcr.numerator ?? 0)} of ${f.count(fcr.denominator ?? 0)}). ` +
      `${f.count(desk.open.count)} open as of ${f.date(desk.asOf)}, ${f.count(oldest)} of them for 30 days or more. ` +
      `Median first response ${duration(desk.firstResponseHours.median, f)} (mean ${duration(desk.firstResponseHours.mean, f)}), median resolution ${duration(desk.resolutionHours.median, f)} (mean ${duration(desk.resolutionHours.mean, f)}).` +
      (busiest ? ` Most tickets: ${agentName(busiest.agent)}, ${f.count(busiest.tickets)}.` : '')
    );
  }

  protected tableData({ desk, fcr, period, periods }: ServiceView, f: Formatters): TableData {
    return serviceTable({ desk, fcr, period, periods, agents: this.#agents }, f);
  }

  protected renderChart({ desk, fcr, period }: ServiceView, f: Formatters): TemplateResult {
    const definition = fcr.definition as FcrDefinition;
    const selectedAgent = this.#selected?.startsWith('agent:') ? (JSON.parse(this.#selected.slice(6)) as string | null) : undefined;
    return html`
      <dl class="headline" part="headline">
        <div><dt>First-contact resolution</dt><dd>${f.percent(fcr.value)}<small>${f.count(fcr.numerator ?? 0)} of ${f.count(fcr.denominator ?? 0)} ${FCR_WORDS[definition].base}</small></dd></div>
        <div><dt>Open tickets</dt><dd>${f.count(desk.open.count)}<small>as of ${f.date(desk.asOf)}</small></dd></div>
        <div><dt>Tickets opened</dt><dd>${f.count(desk.opened)}</dd></div>
        <div><dt>Median first response</dt><dd>${duration(desk.firstResponseHours.median, f)}<small>mean ${duration(desk.firstResponseHours.mean, f)}</small></dd></div>
        <div><dt>Median resolution</dt><dd>${duration(desk.resolutionHours.median, f)}<small>mean ${duration(desk.resolutionHours.mean, f)}</small></dd></div>
      </dl>
      <div class="switch" part="definition" role="group" aria-label="First-contact resolution counts">
        <span aria-hidden="true">First-contact resolution:</span>
        ${FCR_DEFINITIONS.map((d) => html`<button type="button" aria-pressed=${d === definition ? 'true' : 'false'} @click=${() => (this.fcrDefinition = d)}>${FCR_WORDS[d].button}</button>`)}
      </div>
      ${period
        ? html`<ul class="legend" part="legend">
            <li><span class="s1"></span>First-contact resolution</li>
            <li><span class="s2"></span>Median time</li>
            <li><span class="s3"></span>Mean time</li>
          </ul>`
        : nothing}
      <svg part="chart" role="group" aria-label=${period ? `Open queue by age, and service by ${period}` : 'Open queue by age'} aria-describedby="summary">
        <g class="queue" role="group" aria-label="Open queue by age"></g>
        ${period ? svg`<g class="periods" role="group" aria-label=${`Service by ${period}`}></g>` : nothing}
      </svg>
      ${agentTable({
        rows: this.#agents,
        sort: this.sort ?? undefined,
        direction: this.sortDirection ?? 'descending',
        selected: selectedAgent,
        format: f,
        sortBy: (column) => this.#sortBy(column),
        select: (agent) => {
          const key = `agent:${JSON.stringify(agent)}`;
          this.#select(this.#selected === key ? null : key);
        },
        keydown: (event) => {
          if (event.key === 'Escape' && this.#selected?.startsWith('agent:')) this.#select(null);
        },
      })}
      ${this.#tooltip.render()}
    `;
  }

  protected override updated(changed: PropertyValues): void {
    const svgElement = this.shadowRoot?.querySelector<SVGSVGElement>('svg[part~="chart"]');
    const r = this.result;
    if (svgElement && r) {
      const focus = (panel: Panel) => ({ active: this.#focus[panel].active, selected: this.#focus[panel].selected });
      const layout = layoutService({
        desk: r.desk,
        periods: r.period ? r.periods : null,
        period: r.period,
        definition: r.fcr.definition as FcrDefinition,
        width: this.drawWidth || 480,
        focus: { queue: focus('queue'), periods: focus('periods') },
        format: this.format,
      });
      svgElement.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
      svgElement.setAttribute('width', String(layout.width));
      svgElement.setAttribute('height', String(layout.height));
      drawBars(svgElement.querySelector('g.queue') as SVGGElement, layout.queue, this.#handlers('queue'));
      const periods = svgElement.querySelector<SVGGElement>('g.periods');
      if (periods && layout.periods) drawBars(periods, layout.periods, this.#handlers('periods'));
    }
    super.updated(changed);
  }

  #handlers(panel: Panel): MarkHandlers {
    const focus = this.#focus[panel];
    const show = (index: number, target: Element) => {
      const r = this.result;
      const content = r && (panel === 'queue' ? queueTooltip(r.desk, index, this.format) : periodTooltip(r.periods[index], r.period as Period, this.format));
      if (content) this.#tooltip.show(target, content);
    };
    return {
      focus: (index, target) => {
        focus.onFocus(index);
        show(index, target);
      },
      blur: () => this.#tooltip.hide(),
      hover: show,
      leave: () => this.#tooltip.hide(),
      select: (index) => focus.select(index === focus.selected ? -1 : index),
      keydown: focus.onKeydown,
    };
  }

  #sortBy(column: AgentColumn): void {
    if (this.sort === column) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sort = column;
      this.sortDirection = firstDirection(column);
    }
  }

  /** The name and the tickets of a selection key. */
  #members(selected: string): { key: string; group: HelpDeskGroup; window?: { from: number; to: number } } | undefined {
    const colon = selected.indexOf(':');
    const [panel, key] = [selected.slice(0, colon), selected.slice(colon + 1)];
    const r = this.result;
    if (panel === 'queue') return { key: `Open ${AGE_WORDS[key as AgeBand][0]}`, group: { by: 'age', band: key as AgeBand } };
    if (panel === 'periods') {
      const p = r?.periods.find((w) => w.start === key);
      return p && r?.period ? { key: `Opened ${periodLabel(p.start, r.period, this.format)}`, group: { by: 'opened' }, window: { from: p.from, to: p.to } } : undefined;
    }
    const agent = JSON.parse(key) as string | null;
    return { key: agentName(agent), group: { by: 'agent', agent } };
  }

  /** Select a mark or an agent by key, or clear with null; tell the page. */
  #select(selected: string | null): void {
    const loaded = this.source.loaded;
    if (!loaded || !this.result) return;
    this.#selected = selected;
    this.requestUpdate();
    const picked = selected === null ? undefined : this.#members(selected);
    let detail: ServiceSelectDetail = { key: null, table: 'accounts', ids: [], tickets: [] };
    if (picked) {
      const members = helpDeskTickets(loaded.table, { ...this.commonOptions(), ...picked.window }, picked.group);
      detail = { key: picked.key, table: 'accounts', ids: members.accounts, tickets: members.tickets };
    }
    emit(this, 'crm-select', detail);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-service': CrmService;
  }
}
