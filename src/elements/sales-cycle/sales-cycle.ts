import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { drawCycleChart } from '../../charts/sales-cycle-chart.js';
import { MarkFocusController } from '../../controllers/mark-focus-controller.js';
import { TooltipController } from '../../controllers/tooltip-controller.js';
import { markHandlers } from '../../controllers/mark-handlers.js';
import { emit } from '../../events/emit.js';
import '../../events/crm-select.js';
import type { Formatters } from '../../format/formatters.js';
import type { SalesCycleResult } from '../../metrics/sales/sales-cycle.js';
import { salesCycleDeals, type SalesCycleGroup } from '../../metrics/sales/sales-cycle-members.js';
import { PERIODS, type Period } from '../../table/index.js';
import { CrmElement } from '../shared/crm-element.js';
import { computeTask, type ComputeTask } from '../shared/element-compute.js';
import { salesCycleCompute } from './sales-cycle-compute.js';
import type { TableData } from '../shared/table-data.js';
import { binKey, layoutSalesCycle, markCount, ownerKey, SALES_CYCLE_PANELS, stageNames, wonDeals, type SalesCyclePanel } from './sales-cycle-layout.js';
import { salesCycleStyles } from './sales-cycle.styles.js';
import { markTooltip, PANEL_NAMES, panelTable } from './sales-cycle-tables.js';

/**
 * The sales cycle of won deals — days from creation to won — as four panels: its distribution
 * (a histogram with median, mean and 90th-percentile rules), the median by period of close, the
 * median time in each pipeline stage by period, and the cycle by owner. Numbers are
 * `computeMetric('sales-cycle', …)`'s: won deals closed in [from, to), median and p90
 * interpolated between ranks, the histogram in nice whole-day bins.
 *
 * @tagname crm-sales-cycle
 * @summary Distribution and trend of the sales cycle, time in stage and cycle by owner.
 *
 * @fires crm-render - After each draw of data; `detail.result` is the sales-cycle result drawn.
 * @fires crm-select - A bin, period or owner was clicked or chosen with Enter; `detail.key` is the bin (`"40-60"` days), the period's first day (`"2024-01-01"`) or the owner (`"(no owner)"` for none), `detail.ids` its won deals. Escape, or another panel, clears (`key: null`).
 * @fires crm-error - The data could not be loaded or used; `detail.message` says why.
 * @fires crm-data-warning - Rows were left out; `detail.problems` lists every one.
 *
 * @csspart frame - The element's layout box.
 * @csspart headline - Won deals, median, mean and 90th percentile.
 * @csspart panels - The buttons that switch panels.
 * @csspart legend - The key of the lines (median by period, time in stage).
 * @csspart chart - The panel's SVG.
 * @csspart bar - Each bar (histogram bins, owners).
 * @csspart state - The loading, empty and error messages (with `loading`, `empty` or `error`).
 * @csspart warning - The notice of rows left out.
 * @csspart toolbar - The table and download buttons (with the `toolbar` attribute).
 * @csspart table - The table view (of the panel shown).
 * @csspart tooltip - The tooltip of the mark under the pointer or focus.
 *
 * @cssprop --crm-sales-cycle-bar-color - Bars (default `--crm-palette-1`).
 * @cssprop --crm-sales-cycle-selected-color - The selected bar (default `--crm-palette-2`).
 * @cssprop --crm-sales-cycle-median-color - The median rule and line (default `--crm-color-text`).
 * @cssprop --crm-sales-cycle-mean-color - The mean rule, line and ticks (default `--crm-palette-2`).
 */
export class CrmSalesCycle extends CrmElement<SalesCycleResult> {
  static override styles = [...CrmElement.styles, salesCycleStyles];

  /** The panel shown: `distribution`, `trend` (median by period), `stages` (time in stage by period) or `owners`. */
  @property({ reflect: true }) panel: SalesCyclePanel = 'distribution';
  /** Period of close for the trend and time-in-stage panels: `day`, `week`, `month`, `quarter` or `year` (default the dashboard's, else `month`). */
  @property() period: Period | undefined;
  /** At most this many histogram bins (1–1000, default 20); their width is a nice whole number of days. */
  @property({ type: Number }) bins: number | undefined;

  protected readonly label = 'Sales cycle';
  /** The period in effect when the result was computed (own, else the dashboard's, else month). */
  #period: Period = 'month';
  readonly #tooltip = new TooltipController(this);
  readonly #focus = new MarkFocusController(this, {
    count: () => (this.result ? markCount(this.result, this.#panel) : 0),
    onSelect: (index) => this.#select(index),
    focusMark: (index) => this.updateComplete.then(() => this.#markElements()[index]?.focus()),
  });

  protected override metricProperties(): readonly PropertyKey[] {
    // `panel` too: a bad panel name is an error to show, and another panel is a new draw.
    return ['period', 'bins', 'panel'];
  }

  /** The panel, an unknown value read as the default (the attribute is checked in `compute`). */
  get #panel(): SalesCyclePanel {
    return SALES_CYCLE_PANELS.includes(this.panel) ? this.panel : 'distribution';
  }

  #options() {
    const options: Record<string, unknown> = { ...this.commonOptions(), period: this.#period };
    if (this.bins !== undefined) options.bins = this.bins;
    return options;
  }

  protected computeTask(): ComputeTask<SalesCycleResult> {
    this.#period = this.periodOr(this.period, 'month');
    if (!SALES_CYCLE_PANELS.includes(this.panel)) throw new RangeError(`panel: ${JSON.stringify(this.panel)} is not one of ${SALES_CYCLE_PANELS.join(', ')}`);
    if (!PERIODS.includes(this.#period)) throw new RangeError(`period: ${JSON.stringify(this.#period)} is not one of ${PERIODS.join(', ')}`);
    return computeTask(salesCycleCompute, this.#options());
  }

  protected isEmpty(result: SalesCycleResult): boolean {
    return result.count === 0;
  }

  protected emptyMessage(): string {
    // Its own filters or its dashboard's: either can be why nothing is left.
    return Object.keys(this.commonOptions()).some((name) => name !== 'timeZone') ? 'No won deals match these filters.' : 'No won deals to show.';
  }

  protected summary(result: SalesCycleResult, f: Formatters): string {
    return `${this.label}: ${wonDeals(result.count, f)}; median ${f.days(result.median)}, mean ${f.days(result.mean)}, 90th percentile ${f.days(result.p90)}. Showing ${PANEL_NAMES[this.#panel].toLowerCase()}.`;
  }

  protected tableData(result: SalesCycleResult, f: Formatters): TableData {
    return panelTable(result, this.#panel, this.#period, f);
  }

  protected override selectionCleared(): void {
    this.#focus.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A period set on the dashboard is an input too: recompute when the one in effect changes.
    if (this.periodOr(this.period, 'month') !== this.#period) changed.set('period', this.period);
    if (changed.has('panel') && changed.get('panel') !== undefined) {
      // Another panel has other marks: the selection and the tab stop do not carry over.
      if (this.#focus.selected >= 0) emit(this, 'crm-select', { key: null, table: 'deals', ids: [] });
      this.#focus.selected = -1;
      this.#focus.active = -1;
      this.#tooltip.hide();
    }
    super.willUpdate(changed);
  }

  protected renderChart(result: SalesCycleResult, f: Formatters): TemplateResult {
    const panel = this.#panel;
    return html`
      <dl class="headline" part="headline">
        <div><dt>Won deals</dt><dd>${f.count(result.count)}</dd></div>
        <div><dt><span class="swatch median" aria-hidden="true"></span>Median</dt><dd>${f.days(result.median)}</dd></div>
        <div><dt><span class="swatch mean" aria-hidden="true"></span>Mean</dt><dd>${f.days(result.mean)}</dd></div>
        <div><dt><span class="swatch p90" aria-hidden="true"></span>90th percentile</dt><dd>${f.days(result.p90)}</dd></div>
      </dl>
      <div class="panels" part="panels" role="group" aria-label="Sales cycle views">
        ${SALES_CYCLE_PANELS.map((name) => html`<button type="button" aria-pressed=${name === panel ? 'true' : 'false'} @click=${() => (this.panel = name)}>${PANEL_NAMES[name]}</button>`)}
      </div>
      ${this.#legend(result, panel)}
      <svg part="chart" role="group" aria-label="${PANEL_NAMES[panel]} of the sales cycle" aria-describedby="summary"></svg>
      ${this.#tooltip.render()}
    `;
  }

  #legend(result: SalesCycleResult, panel: SalesCyclePanel): TemplateResult | typeof nothing {
    const items =
      panel === 'trend'
        ? [
            { name: 'Median', className: 'median' },
            { name: 'Mean', className: 'mean' },
          ]
        : panel === 'stages'
          ? stageNames(result).map((name, i) => ({ name, className: `palette-${i % 8}` }))
          : panel === 'owners'
            ? [
                { name: 'Median (bar)', className: 'bar-swatch' },
                { name: 'Mean (tick)', className: 'mean' },
              ]
            : [];
    if (items.length === 0) return nothing;
    return html`<ul class="legend" part="legend" aria-label="Lines">
      ${items.map((item) => html`<li><span class="swatch ${item.className}" aria-hidden="true"></span>${item.name}</li>`)}
    </ul>`;
  }

  protected override updated(changed: PropertyValues): void {
    const svg = this.shadowRoot?.querySelector<SVGSVGElement>('svg[part~="chart"]');
    const result = this.result;
    if (svg && result) {
      const layout = layoutSalesCycle({ result, panel: this.#panel, period: this.#period, width: this.drawWidth || 480, active: this.#focus.active, selected: this.#focus.selected, format: this.format });
      drawCycleChart(svg, layout, markHandlers(this.#focus, this.#tooltip, (index, target) => this.#showTooltip(index, target)));
    }
    super.updated(changed);
  }

  #markElements(): SVGRectElement[] {
    return [...(this.shadowRoot?.querySelectorAll<SVGRectElement>('rect.mark') ?? [])];
  }

  #showTooltip(index: number, target: Element): void {
    const result = this.result;
    const content = result ? markTooltip(result, this.#panel, this.#period, index, this.format) : undefined;
    if (content) this.#tooltip.show(target, content);
  }

  /** The mark's key and the won deals behind it. */
  #group(result: SalesCycleResult, index: number): { key: string; group: SalesCycleGroup } | undefined {
    switch (this.#panel) {
      case 'distribution': {
        const bin = result.histogram[index];
        return bin && { key: binKey(bin), group: { by: 'days', from: bin.from, to: bin.to } };
      }
      case 'owners': {
        const row = result.byOwner[index];
        return row && { key: ownerKey(row.owner), group: { by: 'owner', owner: row.owner } };
      }
      default: {
        const point = result.series?.[index];
        return point && { key: point.start, group: { by: 'period', start: point.start } };
      }
    }
  }

  #select(index: number): void {
    const result = this.result;
    const loaded = this.source.loaded;
    if (!result || !loaded) return;
    const picked = index < 0 ? undefined : this.#group(result, index);
    if (!picked) {
      emit(this, 'crm-select', { key: null, table: 'deals', ids: [] });
      return;
    }
    emit(this, 'crm-select', { key: picked.key, table: 'deals', ids: salesCycleDeals(loaded.table, this.#options(), picked.group) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-sales-cycle': CrmSalesCycle;
  }
}
