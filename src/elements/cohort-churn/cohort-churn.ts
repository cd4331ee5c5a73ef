import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { drawHeatmap, type HeatmapCellRef, type HeatmapHandlers, type HeatmapLayout, type HeatmapState } from '../../charts/heatmap-chart.js';
import { heatmapCell, syncHeatmapState } from '../../charts/heatmap-state.js';
import { GridFocusController, type GridCellRef } from '../../controllers/grid-focus-controller.js';
import { timed } from '../../controllers/user-timing.js';
import { TooltipController } from '../../controllers/tooltip-controller.js';
import { emit } from '../../events/emit.js';
import '../../events/crm-select.js';
import type { Formatters } from '../../format/formatters.js';
import type { CohortRetentionResult } from '../../metrics/customers/cohort-retention.js';
import type { LostDefinition } from '../../metrics/customers/lost-at.js';
import { TOKENS } from '../../themes/tokens.js';
import { CrmElement } from '../shared/crm-element.js';
import { computeTask, type ComputeTask } from '../shared/element-compute.js';
import { onDemand } from '../shared/on-demand.js';
import type { TableData } from '../shared/table-data.js';
import { averageParts, cohortTable, describeAverage, describeCell, type CohortDisplay, type CohortLayoutMode } from './cohort-cells.js';
import { cohortChurnStyles } from './cohort-churn.styles.js';
import { cohortChurnCompute, type CohortChurnResult } from './cohort-compute.js';
import { colorRamp, resolveColor, type HeatmapPalette, type Rgb } from './cohort-colors.js';
import { churnFigure, renewalFigure } from './cohort-headline.js';
import type { CohortPeriod } from './cohort-labels.js';

/** The periods a cohort heatmap is drawn by (a day has too many cohorts, a year too few). */
const COHORT_PERIODS: readonly CohortPeriod[] = ['week', 'month', 'quarter'];
import { cohortContent, placeCohorts, type CohortContent } from './cohort-layout.js';
import { nextFrame, spreadLayouts } from './cohort-spread.js';

/** What `<crm-cohort-churn>` draws: the engine's cohort matrix and the range's churn and renewal rates. */
export type { CohortChurnResult } from './cohort-compute.js';

/**
 * The accounts behind a cell (cohort-members.ts), which only a `crm-select` hands out: imported
 * when the heatmap is first pointed at or focused, or at the first selection (0.6 KiB gzip off
 * first paint).
 */
const members = onDemand(() => import('./cohort-selection.js'));
type CohortMembers = typeof import('./cohort-selection.js').cohortMembers;

const LAYOUTS: readonly CohortLayoutMode[] = ['offset', 'calendar'];
const DISPLAYS: readonly CohortDisplay[] = ['percent', 'counts'];

function hex(value: string): Rgb {
  const n = Number.parseInt(value.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Cohort retention and churn: customers grouped by the period of their first purchase (or
 * first subscription), followed period by period in a heatmap of the share still active — or of
 * revenue kept, net of refunds, which may exceed 100% — with the cohort sizes, an average row
 * weighted by cohort size, the periods still running hatched, and the range's churn and renewal
 * rates with their definitions.
 *
 * @tagname crm-cohort-churn
 * @summary Cohort retention heatmap with churn and renewal rate.
 *
 * @fires crm-render - After each draw of data; `detail.result` is what was drawn (`retention`, `churn`, `renewal`).
 * @fires crm-select - A cell was clicked or chosen with Enter; `detail.key` is `<cohort start>/<offset>` (`average/<column>` for the average row), `detail.ids` its accounts. Escape clears (`key: null`).
 * @fires crm-error - The data could not be loaded or used; `detail.message` says why.
 * @fires crm-data-warning - Rows were left out; `detail.problems` lists every one.
 *
 * @csspart frame - The element's layout box.
 * @csspart headline - The churn and renewal rate figures.
 * @csspart scroller - The box around the chart that scrolls sideways when the cells cannot shrink further.
 * @csspart chart - The heatmap's SVG.
 * @csspart legend - The colour scale and what it means.
 * @csspart state - The loading, empty and error messages (with `loading`, `empty` or `error`).
 * @csspart warning - The notice of rows left out.
 * @csspart toolbar - The table and download buttons (with the `toolbar` attribute).
 * @csspart table - The table view.
 * @csspart tooltip - The tooltip of the cell under the pointer or focus.
 *
 * @cssprop --crm-cohort-low-color - Shade of a 0% cell, the light end of the ramp (default `--crm-color-surface-raised`).
 * @cssprop --crm-cohort-high-color - Shade at the top of the scale (default `--crm-color-accent`).
 * @cssprop --crm-cohort-highlight-color - Outline of the row and column under the pointer or focus (default `--crm-color-text`).
 * @cssprop --crm-cohort-selected-color - Outline of the selected cell (default `--crm-palette-2`).
 * @cssprop --crm-cohort-incomplete-color - Hatching of the periods still running, beside a line in `--crm-color-on-accent` (default `--crm-color-text`).
 */
export class CrmCohortChurn extends CrmElement<CohortChurnResult> {
  static override styles = [...CrmElement.styles, cohortChurnStyles];

  /**
   * Cohorts and offsets by `month`, `week` (ISO weeks, from Monday) or `quarter`. Unset: an
   * enclosing dashboard's period when it is one of those, else `month`.
   */
  @property() period: CohortPeriod | undefined;
  /** `customers`: share of the cohort active in each period; `revenue`: its revenue over its first period's. */
  @property() basis: 'customers' | 'revenue' = 'customers';
  /** What defines cohorts and activity: `auto` (orders, else subscriptions), `orders` or `subscriptions`. */
  @property({ attribute: 'cohort-source' }) cohortSource: 'auto' | 'orders' | 'subscriptions' = 'auto';
  /** `offset`: columns are periods since the first (a triangle); `calendar`: columns are calendar periods. */
  @property() layout: CohortLayoutMode = 'offset';
  /** Cells as `percent` (rates) or `counts` (customers, or revenue). */
  @property() display: CohortDisplay = 'percent';
  /** Most offsets drawn per cohort (columns); unset draws them all. */
  @property({ attribute: 'max-periods', converter: (value) => (value === null || value.trim() === '' ? undefined : Number(value)) }) maxPeriods: number | undefined;
  /** Churn definition: `auto`, `churned-at`, `subscription-end` or `inactivity`. */
  @property({ attribute: 'churn-definition' }) churnDefinition: LostDefinition = 'auto';
  /** Days without a purchase after which a customer counts as lost (`inactivity` churn). */
  @property({ attribute: 'inactive-days', type: Number }) inactiveDays = 90;
  /** Days after a term's end within which a next term still counts as its renewal. */
  @property({ attribute: 'grace-days', type: Number }) graceDays = 31;

  /**
   * Most cells drawn (about 200 × 200 as a triangle): beyond that an SVG heatmap is neither
   * legible nor quick, and the element says how to narrow it instead of freezing the page.
   */
  static maxCells = 20_000;

  protected readonly label = 'Cohort retention';
  readonly #tooltip = new TooltipController(this);
  readonly #focus = new GridFocusController(this, {
    rows: () => (this.result ? this.result.retention.cohorts.length + 1 : 0),
    span: (row) => this.#span(row),
    onSelect: (cell) => this.#select(cell),
    focusCell: (cell) => this.updateComplete.then(() => this.#cellElement(cell)?.focus()),
  });
  /** The cell under the pointer or focus, whose row and column are highlighted. */
  #hover: HeatmapCellRef | null = null;
  /** The cell with focus, which is ringed. */
  #focused: HeatmapCellRef | null = null;
  /** What the chart was last drawn from; an equal key means only hover, focus or selection changed. */
  #drawnFrom: readonly unknown[] = [];
  #scheme: MediaQueryList | undefined;
  #memo: { key: readonly unknown[]; content: CohortContent } | undefined;
  /** A first drawing being spread over frames (cohort-spread.ts), until its last rows are in. */
  #spreading: { svg: SVGSVGElement; stop(): void; done: Promise<void> } | undefined;
  readonly #onScheme = () => this.requestUpdate();
  /** Counts selections and clears: one still waiting for cohort-members is dropped once a newer one was made. */
  #selections = 0;
  /** A selection waiting for cohort-members; `updateComplete` waits for its crm-select. */
  #announcing: Promise<void> | undefined;

  protected override selectionCleared(): void {
    this.#selections++;
    this.#focus.clear();
  }

  protected override importingOnDemand(): Promise<unknown> | undefined {
    return this.#announcing;
  }

  protected override metricProperties(): readonly PropertyKey[] {
    return ['period', 'basis', 'cohortSource', 'layout', 'display', 'maxPeriods', 'churnDefinition', 'inactiveDays', 'graceDays'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The colours follow the page's scheme when no theme is set: redraw when it changes.
    this.#scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    this.#scheme?.addEventListener('change', this.#onScheme);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#scheme?.removeEventListener('change', this.#onScheme);
  }

  /** The options of the cohort matrix, from the attributes. */
  #retentionOptions() {
    const options: Record<string, unknown> = { ...this.commonOptions(), period: this.#period(), basis: this.basis, source: this.cohortSource };
    if (this.maxPeriods !== undefined && this.maxPeriods !== null) options.maxPeriods = this.maxPeriods;
    return options;
  }

  /**
   * The cohort period: its own (as given: a wrong one is an error that names it), else the
   * dashboard's when a heatmap can use it, else month.
   */
  #period(): CohortPeriod {
    if (this.period) return this.period;
    const shared = this.periodOr<string>(undefined, 'month');
    return (COHORT_PERIODS as readonly string[]).includes(shared) ? (shared as CohortPeriod) : 'month';
  }

  protected computeTask(): ComputeTask<CohortChurnResult> {
    if (!LAYOUTS.includes(this.layout)) throw new RangeError(`unknown layout for crm-cohort-churn: ${JSON.stringify(this.layout)} (expected "offset" or "calendar")`);
    if (!DISPLAYS.includes(this.display)) throw new RangeError(`unknown display for crm-cohort-churn: ${JSON.stringify(this.display)} (expected "percent" or "counts")`);
    if (this.maxPeriods !== undefined && this.maxPeriods !== null && !(Number.isInteger(this.maxPeriods) && this.maxPeriods >= 1)) {
      throw new RangeError(`invalid max-periods for crm-cohort-churn: ${JSON.stringify(this.getAttribute('max-periods') ?? this.maxPeriods)} (expected a whole number from 1)`);
    }
    const common = this.commonOptions();
    return computeTask(cohortChurnCompute, {
      retention: this.#retentionOptions(),
      churn: { ...common, definition: this.churnDefinition, inactiveDays: this.inactiveDays },
      renewal: { ...common, graceDays: this.graceDays },
    });
  }

  protected override checkResult({ retention }: CohortChurnResult): void {
    const cells = retention.cohorts.reduce((sum, c) => sum + c.counts.length, 0);
    const limit = (this.constructor as typeof CrmCohortChurn).maxCells;
    if (cells > limit) {
      const f = this.format;
      throw new RangeError(`crm-cohort-churn: ${f.count(retention.cohorts.length)} cohorts by ${retention.period} make ${f.count(cells)} cells, more than the ${f.count(limit)} a heatmap can draw legibly; set max-periods, narrow from/to, or choose a longer period`);
    }
  }

  protected isEmpty(result: CohortChurnResult): boolean {
    return result.retention.cohorts.length === 0;
  }

  protected emptyMessage(): string {
    return this.from || this.to || this.segment || this.owner ? 'No customers started in this range or with these filters.' : 'No purchases or subscriptions to group into cohorts.';
  }

  protected summary({ retention, churn, renewal }: CohortChurnResult, f: Formatters): string {
    const customers = retention.cohorts.reduce((sum, c) => sum + c.size, 0);
    const after = retention.average.length > 1 ? ` Weighted average after 1 ${retention.period}: ${f.percent(retention.average[1])}${retention.basis === 'revenue' ? ' of first-period revenue' : ' of customers active'}.` : '';
    const renewed = renewal.value === null ? 'no renewal rate (no subscription term ended in the range)' : `renewal rate ${f.percent(renewal.value)}`;
    return `${this.label} by ${retention.period}, ${retention.basis} basis: ${f.count(retention.cohorts.length)} cohorts, ${f.count(customers)} customers.${after} Churn rate ${f.percent(churn.value)} (${churn.definition}); ${renewed}.`;
  }

  protected tableData(result: CohortChurnResult, f: Formatters): TableData {
    const churn = churnFigure(result.churn, this.inactiveDays, !this.commonOptions().from, f);
    const renewal = renewalFigure(result.renewal, result.subscriptionTerms, f);
    const caption = `${this.label} by ${result.retention.period}, ${result.retention.basis} basis. ${churn.term}: ${churn.value} (${churn.detail}). ${renewal.term}: ${renewal.value} (${renewal.detail}).`;
    return cohortTable(result.retention, caption, f);
  }

  protected renderChart(result: CohortChurnResult, f: Formatters): TemplateResult {
    const figures = [churnFigure(result.churn, this.inactiveDays, !this.commonOptions().from, f), renewalFigure(result.renewal, result.subscriptionTerms, f)];
    const customers = result.retention.cohorts.reduce((sum, c) => sum + c.size, 0);
    return html`
      <dl class="headline" part="headline">
        <div><dt>Customers in cohorts</dt><dd>${f.count(customers)}</dd><dd class="detail">${f.count(result.retention.cohorts.length)} cohorts by ${result.retention.period}</dd></div>
        ${figures.map((figure) => html`<div><dt>${figure.term}</dt><dd>${figure.value}</dd><dd class="detail">${figure.detail}</dd></div>`)}
      </dl>
      <div class="scroller" part="scroller">
        <svg part="chart" role="group" aria-label="${this.label} heatmap" aria-describedby="summary"></svg>
      </div>
      ${this.#tooltip.render()}
    `;
  }

  /** The first and last column of a row's cells, from the result (the drawing may not exist yet). */
  #span(row: number): readonly [number, number] | null {
    const retention = this.result?.retention;
    if (!retention) return null;
    const calendar = this.layout === 'calendar';
    const cohort = retention.cohorts[row];
    if (cohort) {
      const start = calendar ? cohort.startIndex : 0;
      return cohort.counts.length > 0 ? [start, start + cohort.counts.length - 1] : null;
    }
    if (row !== retention.cohorts.length) return null;
    const columns = calendar ? Math.max(...retention.cohorts.map((c) => c.startIndex + c.counts.length)) : retention.average.length;
    return columns > 0 ? [0, columns - 1] : null;
  }

  #svg(): SVGSVGElement | null {
    return this.shadowRoot?.querySelector<SVGSVGElement>('svg[part~="chart"]') ?? null;
  }

  #cellElement(cell: GridCellRef): SVGGElement | null {
    const svg = this.#svg();
    return svg ? heatmapCell(svg, cell) : null;
  }

  /** The theme's colours for the ramp and the inks, resolved from the computed custom properties. */
  #palette(): HeatmapPalette {
    const style = getComputedStyle(this);
    const read = (name: string, fallback: string): Rgb => resolveColor(style.getPropertyValue(name), hex(fallback));
    return {
      low: read('--_cohort-low', TOKENS['--crm-color-surface-raised'][0]),
      high: read('--_cohort-high', TOKENS['--crm-color-accent'][0]),
      inks: [read('--_crm-color-text', TOKENS['--crm-color-text'][0]), read('--_crm-color-on-accent', TOKENS['--crm-color-on-accent'][0])],
      none: read('--_crm-color-surface', TOKENS['--crm-color-surface'][0]),
    };
  }

  readonly #handlers: HeatmapHandlers = {
    hover: (cell, target) => {
      this.#prefetchMembers();
      this.#point(cell, target);
    },
    leave: () => this.#unpoint(),
    focus: (cell, target) => {
      this.#prefetchMembers();
      this.#focused = cell;
      this.#focus.onFocus(cell);
      this.#point(cell, target);
    },
    blur: () => {
      this.#focused = null;
      this.requestUpdate();
      this.#unpoint();
    },
    select: (cell) => {
      const selected = this.#focus.selected;
      this.#focus.select(selected && selected.row === cell.row && selected.column === cell.column ? null : cell);
    },
    keydown: (event) => this.#focus.onKeydown(event),
  };

  protected override updated(changed: PropertyValues): void {
    const svg = this.#svg();
    const result = this.result;
    // A drawing still spreading into a chart no longer shown (the table view, no data) stops.
    if (this.#spreading && this.#spreading.svg !== svg) this.#stopSpreading();
    if (svg && result && !this.isEmpty(result)) {
      const state = this.#state();
      // The theme as applied (own, else the dashboard's) and the page's scheme pick the colours.
      const from = [svg, result, this.drawWidth, this.format, this.dataset.crmTheme, this.#scheme?.matches];
      if (from.length === this.#drawnFrom.length && from.every((part, i) => part === this.#drawnFrom[i])) {
        syncHeatmapState(svg, state);
      } else {
        this.#drawnFrom = from;
        const placed = timed('layout crm-cohort-churn', () => placeCohorts(this.#content(result.retention), this.drawWidth || 640));
        this.#draw(svg, placed);
      }
    }
    // A drawing spread over frames says `crm-render` when its last rows are in (#draw).
    if (!this.#spreading) super.updated(changed);
  }

  /** Hover, focus and selection as the drawing shows them. */
  #state(): HeatmapState {
    return { tabStop: this.#focus.tabStop, selected: this.#focus.selected, highlight: this.#hover, focused: this.#focused };
  }

  #stopSpreading(): void {
    this.#spreading?.stop();
    this.#spreading = undefined;
  }

  /** Draw `placed`: at once, or — a large first drawing — a band of rows per frame (cohort-spread.ts). */
  #draw(svg: SVGSVGElement, placed: HeatmapLayout): void {
    this.#stopSpreading();
    const steps = svg.querySelector('g.cell') ? [placed] : spreadLayouts(placed);
    const drawStep = (layout: HeatmapLayout) => timed('draw crm-cohort-churn', () => drawHeatmap(svg, layout, this.#handlers, this.#state()));
    drawStep(steps[0]!);
    if (steps.length === 1) return;
    let stopped = false;
    const rest = async () => {
      for (const layout of steps.slice(1)) {
        await nextFrame();
        if (stopped) return;
        drawStep(layout);
      }
      this.#spreading = undefined;
      super.updated(new Map());
    };
    this.#spreading = { svg, stop: () => (stopped = true), done: rest() };
  }

  /** Also waits for a first drawing spread over frames to be whole. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let spreading = this.#spreading; spreading; spreading = this.#spreading) {
      await spreading.done;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The heatmap's words and colours: recomputed for new data, display, locale or theme colours, not for a new width. */
  #content(retention: CohortRetentionResult): CohortContent {
    const palette = this.#palette();
    const key = [retention, this.display, this.layout, this.format, JSON.stringify(palette)];
    const memo = this.#memo;
    if (memo && key.every((part, i) => part === memo.key[i])) return memo.content;
    const content = cohortContent({ result: retention, display: this.display, layout: this.layout, format: this.format, ramp: colorRamp(palette) });
    this.#memo = { key, content };
    return content;
  }

  #point(cell: HeatmapCellRef, target: Element): void {
    this.#hover = cell;
    const words = this.#words(cell);
    if (words) this.#tooltip.show(target, words);
    this.requestUpdate();
  }

  #unpoint(): void {
    if (!this.#hover) return;
    this.#hover = null;
    this.#tooltip.hide();
    this.requestUpdate();
  }

  /** The cohort row and offset of a cell (average row: cohort -1). */
  #cellOf(cell: GridCellRef): { cohort: number; offset: number } {
    const cohorts = this.result?.retention.cohorts ?? [];
    const cohort = cohorts[cell.row];
    if (!cohort) return { cohort: -1, offset: cell.column };
    return { cohort: cell.row, offset: cell.column - (this.layout === 'calendar' ? cohort.startIndex : 0) };
  }

  #words(cell: GridCellRef) {
    const retention = this.result?.retention;
    if (!retention) return undefined;
    const { cohort, offset } = this.#cellOf(cell);
    if (cohort >= 0) return describeCell(retention, cohort, offset, this.format);
    const part = averageParts(retention, this.layout)[cell.column];
    return part ? describeAverage(retention, this.layout, cell.column, part, this.format) : undefined;
  }

  /** A click or Enter usually follows pointing or focus: by then the selection's helper is here. */
  #prefetchMembers(): void {
    // A failed prefetch is tried again, and reported, by the selection that needs it.
    if (!members.loaded) members.load().catch(() => {});
  }

  #select(cell: GridCellRef | null): void {
    const asked = ++this.#selections;
    const result = this.result;
    const loaded = this.source.loaded;
    if (!result || !loaded) return;
    if (!cell) {
      emit(this, 'crm-select', { key: null, table: 'accounts', ids: [] });
      return;
    }
    const { cohorts } = result.retention;
    const { cohort, offset } = this.#cellOf(cell);
    const options = this.#retentionOptions();
    const layout = this.layout;
    const announce = (cohortMembers: CohortMembers) => {
      if (cohort >= 0) {
        const start = cohorts[cohort]!.start;
        emit(this, 'crm-select', { key: `${start}/${offset}`, table: 'accounts', ids: cohortMembers(loaded.table, options, { cohort: start, offset }) });
        return;
      }
      // The average row: by offset, every cohort at that offset; by calendar period, every cohort in it.
      const ids =
        layout === 'offset'
          ? cohortMembers(loaded.table, options, { cohort: null, offset })
          : cohorts.flatMap((c) => (cell.column >= c.startIndex && cell.column - c.startIndex < c.counts.length ? cohortMembers(loaded.table, options, { cohort: c.start, offset: cell.column - c.startIndex }) : []));
      emit(this, 'crm-select', { key: `average/${cell.column}`, table: 'accounts', ids });
    };
    if (members.loaded) return announce(members.loaded.cohortMembers);
    // Announced once imported, unless a newer selection, a clear or new data came first. A failed
    // import is reported as an uncaught error would be (the page's onerror sees it).
    const announcing: Promise<void> = members
      .load()
      .then(
        ({ cohortMembers }) => {
          if (asked === this.#selections && this.source.loaded === loaded) announce(cohortMembers);
        },
        (error: unknown) => reportError(error),
      )
      .finally(() => {
        if (this.#announcing === announcing) this.#announcing = undefined;
      });
    this.#announcing = announcing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-cohort-churn': CrmCohortChurn;
  }
}
