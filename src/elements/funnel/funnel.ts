import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { drawFunnel } from '../../charts/funnel-chart.js';
import { MarkFocusController } from '../../controllers/mark-focus-controller.js';
import { TooltipController } from '../../controllers/tooltip-controller.js';
import { markHandlers } from '../../controllers/mark-handlers.js';
import { emit } from '../../events/emit.js';
import '../../events/crm-select.js';
import type { Formatters } from '../../format/formatters.js';
import { funnelStageDeals } from '../../metrics/sales/funnel-members.js';
import type { FunnelResult } from '../../metrics/sales/funnel.js';
import { CrmElement } from '../shared/crm-element.js';
import { computeTask, type ComputeTask } from '../shared/element-compute.js';
import type { TableData } from '../shared/table-data.js';
import { funnelCompute } from './funnel-compute.js';
import { funnelStyles } from './funnel.styles.js';
import { dealCount, layoutFunnel, stageConversion, type FunnelMeasure, type FunnelOrientation } from './funnel-layout.js';

/**
 * A pipeline funnel: deals and value per stage, conversion from the previous and from the
 * first stage, drop-off, median days in stage with the bottleneck marked, and the overall close
 * and win rate with the definition named.
 *
 * @tagname crm-funnel
 * @summary Pipeline funnel with stage conversion, drop-off and time in stage.
 *
 * @fires crm-render - After each draw of data; `detail.result` is the funnel drawn.
 * @fires crm-select - A stage was clicked or chosen with Enter; `detail.key` is the stage, `detail.ids` its deals. Escape clears (`key: null`).
 * @fires crm-error - The data could not be loaded or used; `detail.message` says why.
 * @fires crm-data-warning - Rows were left out; `detail.problems` lists every one.
 *
 * @csspart frame - The element's layout box.
 * @csspart heading - The visible heading (with the `heading` attribute).
 * @csspart chart - The funnel's SVG.
 * @csspart bar - Each stage's bar.
 * @csspart label - Each stage's name.
 * @csspart headline - The close and win rate figures.
 * @csspart state - The loading, empty and error messages (with `loading`, `empty` or `error`).
 * @csspart warning - The notice of rows left out.
 * @csspart toolbar - The table and download buttons (with the `toolbar` attribute).
 * @csspart table - The table view.
 * @csspart tooltip - The tooltip of the stage under the pointer or focus.
 *
 * @cssprop --crm-funnel-bar-color - Bar fill (default `--crm-palette-1`).
 * @cssprop --crm-funnel-selected-color - Fill of the selected stage (default `--crm-palette-2`).
 * @cssprop --crm-funnel-bottleneck-color - Outline and badge of the slowest stage (default `--crm-color-warning`).
 * @cssprop --crm-funnel-figure-color - Figures drawn inside the bars (default `--crm-color-on-accent`).
 * @cssprop --crm-funnel-height - Chart height in pixels in horizontal orientation (default 320).
 */
export class CrmFunnel extends CrmElement<FunnelResult> {
  static override styles = [...CrmElement.styles, funnelStyles];

  /** `reached`: a deal counts for every stage up to its furthest; `strict`: only deals that passed every stage in order. */
  @property() mode: 'reached' | 'strict' = 'reached';
  /** Bar length by deal `count` or by `value`. */
  @property() measure: FunnelMeasure = 'count';
  /** `vertical` (stages top to bottom) or `horizontal` (left to right). */
  @property() orientation: FunnelOrientation = 'vertical';
  /** Win rate definition: `won-over-closed` (won / (won + lost)) or `won-over-all`. */
  @property() definition: 'won-over-closed' | 'won-over-all' = 'won-over-closed';

  /**
   * Most stages drawn: a pipeline has a handful, and a data set with thousands of distinct stage
   * names (free text typed into a stage field) would draw thousands of rows and freeze the
   * page; the element says so instead.
   */
  static maxStages = 100;

  protected readonly label = 'Pipeline funnel';
  readonly #tooltip = new TooltipController(this);
  readonly #focus = new MarkFocusController(this, {
    count: () => this.result?.stages.length ?? 0,
    onSelect: (index) => this.#select(index),
    focusMark: (index) => this.updateComplete.then(() => this.#stageElements()[index]?.focus()),
  });

  protected override selectionCleared(): void {
    this.#focus.clear();
  }

  protected override metricProperties(): readonly PropertyKey[] {
    return ['mode', 'definition'];
  }

  #options() {
    return { ...this.commonOptions(), mode: this.mode, definition: this.definition };
  }

  protected computeTask(): ComputeTask<FunnelResult> {
    return computeTask(funnelCompute, this.#options());
  }

  protected override checkResult(result: FunnelResult): void {
    const limit = (this.constructor as typeof CrmFunnel).maxStages;
    if (result.stages.length > limit) {
      const f = this.format;
      throw new RangeError(`crm-funnel: ${f.count(result.stages.length)} pipeline stages are more than the ${f.count(limit)} a funnel can draw legibly; list the pipeline's stages in the dataset's \`stages\`, or map the deals' stages to fewer`);
    }
  }

  protected isEmpty(result: FunnelResult): boolean {
    return result.stages.length === 0 || result.won + result.lost + result.open === 0;
  }

  protected emptyMessage(): string {
    return this.from || this.to || this.segment || this.owner ? 'No deals match these filters.' : 'No deals to show.';
  }

  protected summary(result: FunnelResult, f: Formatters): string {
    const deals = result.won + result.lost + result.open;
    const slowest = result.stages.find((s) => s.stage === result.bottleneck);
    const bottleneck = slowest ? `; slowest stage ${slowest.stage}, median ${f.days(slowest.medianDays)}` : '';
    return `${this.label}: ${dealCount(deals, f)}; win rate ${f.percent(result.winRate.value)}${bottleneck}.`;
  }

  protected tableData(result: FunnelResult, f: Formatters): TableData {
    const columns = [
      { label: 'Stage' },
      { label: 'Deals', numeric: true },
      { label: 'Value', numeric: true },
      { label: 'From previous', numeric: true },
      { label: 'From first', numeric: true },
      { label: 'Dropped', numeric: true },
      { label: 'Median days', numeric: true },
      { label: 'Mean days', numeric: true },
    ];
    const rows = result.stages.map((s) => [s.stage, s.count, s.value, s.fromPrevious, s.fromFirst, s.dropOff, s.medianDays, s.meanDays]);
    const text = result.stages.map((s) => [s.stage, f.count(s.count), f.money(s.value), f.percent(s.fromPrevious), f.percent(s.fromFirst), f.count(s.dropOff), f.number(s.medianDays), f.number(s.meanDays)]);
    return { caption: `${this.label} (${this.mode} mode)`, columns, rows, text };
  }

  protected renderChart(result: FunnelResult, f: Formatters): TemplateResult {
    const winBase = result.winRate.definition === 'won-over-all' ? 'won / all deals' : 'won / (won + lost)';
    return html`
      <dl class="headline" part="headline">
        <div><dt>Deals</dt><dd>${f.count(result.won + result.lost + result.open)}</dd></div>
        <div><dt>Won · lost · open</dt><dd>${f.count(result.won)} · ${f.count(result.lost)} · ${f.count(result.open)}</dd></div>
        <div><dt>Close rate (won / created)</dt><dd>${f.percent(result.closeRate.value)}</dd></div>
        <div><dt>Win rate (${winBase})</dt><dd>${f.percent(result.winRate.value)}</dd></div>
      </dl>
      <svg part="chart" role="group" aria-label="Stages of the ${this.label.toLowerCase()}" aria-describedby="summary"></svg>
      ${this.#tooltip.render()}
    `;
  }

  protected override updated(changed: PropertyValues): void {
    const svg = this.shadowRoot?.querySelector<SVGSVGElement>('svg[part~="chart"]');
    const result = this.result;
    if (svg && result) {
      const layout = layoutFunnel({
        result,
        width: this.drawWidth || 480,
        // Read only where it is used: every hover re-renders, and a computed-style read forces style.
        height: this.orientation === 'horizontal' ? Number.parseFloat(getComputedStyle(this).getPropertyValue('--crm-funnel-height')) || 320 : 0,
        measure: this.measure,
        orientation: this.orientation,
        active: this.#focus.active,
        selected: this.#focus.selected,
        format: this.format,
      });
      drawFunnel(svg, layout, markHandlers(this.#focus, this.#tooltip, (index, target) => this.#showTooltip(index, target)));
    }
    super.updated(changed);
  }

  #stageElements(): SVGGElement[] {
    return [...(this.shadowRoot?.querySelectorAll<SVGGElement>('g.stage') ?? [])];
  }

  #showTooltip(index: number, target: Element): void {
    const result = this.result;
    const stage = result?.stages[index];
    if (!result || !stage) return;
    const f = this.format;
    const lines = [
      `${dealCount(stage.count, f)} · ${f.money(stage.value)}`,
      stageConversion(stage, index, f),
      stage.medianDays === null ? 'No finished stays in this stage' : `Median ${f.days(stage.medianDays)}, mean ${f.days(stage.meanDays)} in stage`,
      stage.stage === result.bottleneck ? 'Bottleneck: the slowest stage' : '',
      `Mode: ${result.mode}`,
    ].filter(Boolean);
    this.#tooltip.show(target, { title: stage.stage, lines });
  }

  #select(index: number): void {
    const result = this.result;
    const loaded = this.source.loaded;
    if (!result || !loaded) return;
    const stage = result.stages[index];
    if (index < 0 || !stage) {
      emit(this, 'crm-select', { key: null, table: 'deals', ids: [] });
      return;
    }
    emit(this, 'crm-select', { key: stage.stage, table: 'deals', ids: funnelStageDeals(loaded.table, this.#options(), index) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-funnel': CrmFunnel;
  }
}
