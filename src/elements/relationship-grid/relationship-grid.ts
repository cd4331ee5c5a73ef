import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { drawScatterChart, drawScatterMarkers, type ScatterChartHandlers } from '../../charts/scatter-chart.js';
import { ScatterIndex } from '../../charts/scatter-index.js';
import { MarkFocusController } from '../../controllers/mark-focus-controller.js';
import { emit } from '../../events/emit.js';
import '../../events/crm-select.js';
import '../../events/crm-threshold-change.js';
import type { Formatters } from '../../format/formatters.js';
import type { LoyaltyAxis } from '../../metrics/customers/relationship-axes.js';
import type { RelationshipGroup, RelationshipGroupsResult } from '../../metrics/customers/relationship-groups.js';
import type { MetricOptions } from '../../metrics/options.js';
import { CrmElement } from '../shared/crm-element.js';
import { computeTask, type ComputeTask } from '../shared/element-compute.js';
import { onDemand } from '../shared/on-demand.js';
import type { TableData } from '../shared/table-data.js';
import { customerRevenue } from './customer-revenue.js';
import { markerOf, pointStyle, scatterLayout, thresholdText, type ThresholdKey } from './grid-chart-layout.js';
import { classify, GROUPS, idsInGroup, quadrantToward, type GroupFigures, type Thresholds } from './grid-classify.js';
import { GridCustomers } from './grid-customers.js';
import { layoutGrid, type GridGeometry, type ProfitabilityScale } from './grid-layout.js';
import { GridTooltip } from './grid-tooltip.js';
import { emptySideNote, renderPanel } from './grid-panel.js';
import { customerTable } from './grid-table.js';
import { customerTooltip, GROUP_NAMES, quadrantTooltip } from './grid-text.js';
import { relationshipGridCompute } from './relationship-grid-compute.js';
import { PANEL_GAP, PANEL_WIDTH, relationshipGridStyles, WIDE_LAYOUT } from './relationship-grid.styles.js';
import { ThresholdControl } from './threshold-control.js';

/** Up to this many customers the points are SVG circles; beyond, a canvas draws them. */
export const SVG_POINT_LIMIT = 2000;
/**
 * The canvas layer (grid-canvas.ts), imported only by a grid that draws on canvas: an SVG grid
 * of up to 2,000 customers never needs it (0.8 KiB gzip off first paint, issue #12).
 */
const canvasLayer = onDemand(() => import('./grid-canvas.js'));

/** How near (in pixels) the pointer must be to a point to hover it. */
export const HOVER_RADIUS = 12;
export { TABLE_ROWS } from './grid-table.js';

/**
 * Customers as strangers, butterflies, barnacles and true friends: each customer a point, by
 * loyalty (tenure in months, or regularity of purchases) and profitability (margin, or revenue,
 * in total or per year), split at two thresholds — the medians unless set — into the four groups
 * of seed 003 after Reinartz & Kumar, "The Mismanagement of Customer Loyalty" (HBR, 2002), with
 * each group's count, revenue, share of revenue and strategy beside the plot.
 *
 * Up to 2,000 customers are SVG circles; more are drawn on a canvas under the SVG, with the same
 * radius, colours and opacity, and hovered through a grid index of the points (never a scan).
 * The threshold lines are sliders: drag them, or focus one and use the arrow keys (Page Up/Down
 * for big steps, Home/End for the ends). The customers are re-classified on the fly; on release
 * the threshold is set and `crm-threshold-change` fires. Keyboard users reach the quadrants
 * (one tab stop, arrow keys between them, Enter selects); the table view lists the customers.
 *
 * In canvas mode the SVG and PNG exports embed the canvas's pixels as an `<image>` under the
 * axes, so the picture is the one on screen.
 *
 * @tagname crm-relationship-grid
 * @summary Loyalty × profitability quadrant scatter: strangers, butterflies, barnacles and true friends.
 *
 * @fires crm-render - After each draw of data; `detail.result` is the relationship-groups result drawn.
 * @fires crm-select - A quadrant was clicked or chosen with Enter (`detail.key` the group, `detail.ids` its customers' account ids), or a point was clicked (`detail.key` and `detail.ids` its account id). Escape clears (`key: null`).
 * @fires crm-threshold-change - A threshold line was dragged and released, or moved with the keyboard; `detail.axis`, `detail.value` and the groups' `detail.counts`.
 * @fires crm-error - The data could not be loaded or used; `detail.message` says why.
 * @fires crm-data-warning - Rows were left out; `detail.problems` lists every one.
 *
 * @csspart frame - The element's layout box.
 * @csspart plot - The box holding the chart (and its canvas).
 * @csspart chart - The scatter's SVG (axes, quadrants, thresholds; the points up to 2,000).
 * @csspart canvas - The canvas the points are drawn on beyond 2,000 customers.
 * @csspart point - Each SVG point.
 * @csspart quadrant - Each quadrant's focusable region.
 * @csspart quadrant-label - Each quadrant's name and count in the plot.
 * @csspart threshold - Each threshold line with its handle (a slider).
 * @csspart panel - The side panel with the groups' figures and strategies.
 * @csspart group - Each group's card in the panel.
 * @csspart state - The loading, empty and error messages (with `loading`, `empty` or `error`).
 * @csspart warning - The notice of rows left out.
 * @csspart toolbar - The table and download buttons (with the `toolbar` attribute).
 * @csspart table - The table view.
 * @csspart tooltip - The tooltip of the point or quadrant under the pointer or focus.
 *
 * @cssprop --crm-relationship-strangers-color - Points and card of the strangers (default `--crm-palette-8`).
 * @cssprop --crm-relationship-butterflies-color - Points and card of the butterflies (default `--crm-palette-2`).
 * @cssprop --crm-relationship-barnacles-color - Points and card of the barnacles (default `--crm-palette-7`).
 * @cssprop --crm-relationship-true-friends-color - Points and card of the true friends (default `--crm-palette-3`).
 * @cssprop --crm-relationship-threshold-color - The threshold lines and handles (default `--crm-color-text`).
 */
export class CrmRelationshipGrid extends CrmElement<RelationshipGroupsResult> {
  static override styles = [...CrmElement.styles, relationshipGridStyles];

  /** Loyalty axis: `tenure` (months as a customer) or `regularity` (share of months with a purchase). */
  @property() loyalty: LoyaltyAxis = 'tenure';
  /** Profitability axis: `auto` (margin when every purchase has a cost, else revenue), `margin` or `revenue`. */
  @property() profitability: 'auto' | 'margin' | 'revenue' = 'auto';
  /** Profitability `total` over the range, or per `year` of tenure. */
  @property() per: 'total' | 'year' = 'total';
  /** Where to split when no fixed threshold is set: the `median` or the `mean` of the customers' values. */
  @property() threshold: 'median' | 'mean' = 'median';
  /** A fixed loyalty threshold (months, or a share 0–1 for regularity); set when the line is moved. */
  @property({ attribute: 'loyalty-threshold', type: Number }) loyaltyThreshold: number | null | undefined;
  /** A fixed profitability threshold (money); set when the line is moved. */
  @property({ attribute: 'profitability-threshold', type: Number }) profitabilityThreshold: number | null | undefined;
  /** Profitability scale: `linear` or `log` (a symmetric log scale when zero or losses are present). */
  @property() scale: ProfitabilityScale = 'linear';
  /** `auto` (SVG up to 2,000 customers, canvas beyond), or force `svg` or `canvas`. */
  @property() renderer: 'auto' | 'svg' | 'canvas' = 'auto';

  protected readonly label = 'Customer relationship grid';
  readonly #tooltip = new GridTooltip(() => this.shadowRoot);
  readonly #focus = new MarkFocusController(this, {
    count: () => (this.result ? GROUPS.length : 0),
    onSelect: (index) => this.#selectGroup(index),
    focusMark: (index) => this.updateComplete.then(() => this.#regionElements()[index]?.focus()),
  });
  readonly #thresholds = new ThresholdControl({
    committed: () => this.#committedThresholds(),
    axis: (key) => (this.#geometry ? this.#geometry[key === 'loyalty' ? 'x' : 'y'] : null),
    moved: () => this.#classifyNow(),
    commit: (key, value) => this.#commitThreshold(key, value),
  });

  #derived: GridCustomers | null = null;
  #geometry: GridGeometry | null = null;
  #geometryKey: readonly unknown[] = [];
  #index: ScatterIndex | null = null;
  #hover = -1;
  #selectedCustomer = -1;
  #chartKey: readonly unknown[] = [];
  #canvasKey: readonly unknown[] = [];
  #colorScheme = 0;
  /** The canvas layer's import, when a drawing found it missing; `updateComplete` waits for it. */
  #canvasLoading: Promise<unknown> | undefined;
  /** The layer could not be imported (reported): the SVG part is drawn without the points. */
  #canvasFailed = false;
  readonly #schemeQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  readonly #schemeChanged = () => {
    this.#colorScheme++;
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#schemeQuery?.addEventListener('change', this.#schemeChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#schemeQuery?.removeEventListener('change', this.#schemeChanged);
  }

  /**
   * An update that may draw on canvas waits for the canvas layer first, so that the grid never
   * shows its axes without its points. Lit runs this before `willUpdate`; syncing the source here
   * (which `willUpdate` repeats at no cost) tells a dataset given as `data` or inline JSON, loaded
   * in this very update, apart from a small one.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!canvasLayer.loaded && this.isConnected) {
      this.source.sync();
      if (this.#mayDrawOnCanvas()) return canvasLayer.load().then(() => super.scheduleUpdate(), () => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  /** Canvas forced, or more accounts in the table than SVG draws (every customer is an account). */
  #mayDrawOnCanvas(): boolean {
    if (this.renderer === 'canvas') return true;
    return this.renderer === 'auto' && (this.source.loaded?.table.accounts.length ?? 0) > SVG_POINT_LIMIT;
  }

  protected override importingOnDemand(): Promise<unknown> | undefined {
    return this.#canvasLoading;
  }

  protected override metricProperties(): readonly PropertyKey[] {
    // scale and renderer are checked in compute (a bad value is an error state); the result is
    // reused when only they changed, so switching scale does not run the engine again.
    return ['loyalty', 'profitability', 'per', 'threshold', 'loyaltyThreshold', 'profitabilityThreshold', 'scale', 'renderer'];
  }

  #options(): MetricOptions {
    const fixed = (attribute: string, value: number | null | undefined) => {
      if (value === null || value === undefined) return undefined;
      if (!Number.isFinite(value)) throw new RangeError(`${attribute}: expected a number, got ${JSON.stringify(this.getAttribute(attribute) ?? String(value))}`);
      return value;
    };
    return {
      ...this.commonOptions(),
      loyalty: this.loyalty,
      profitability: this.profitability,
      per: this.per,
      threshold: this.threshold,
      loyaltyThreshold: fixed('loyalty-threshold', this.loyaltyThreshold),
      profitabilityThreshold: fixed('profitability-threshold', this.profitabilityThreshold),
    };
  }

  // scale and renderer only change the drawing: the same options keep the result.
  protected override readonly reusesEqualTask = true;

  protected computeTask(): ComputeTask<RelationshipGroupsResult> {
    if (this.scale !== 'linear' && this.scale !== 'log') throw new RangeError(`scale: expected "linear" or "log", got ${JSON.stringify(this.scale)}`);
    if (!['auto', 'svg', 'canvas'].includes(this.renderer)) throw new RangeError(`renderer: expected "auto", "svg" or "canvas", got ${JSON.stringify(this.renderer)}`);
    return computeTask(relationshipGridCompute, this.#options());
  }

  protected isEmpty(result: RelationshipGroupsResult): boolean {
    return result.customers.length === 0;
  }

  protected emptyMessage(): string {
    return this.from || this.to || this.segment || this.owner ? 'No customers match these filters.' : 'No customers with a purchase to show.';
  }

  protected summary(result: RelationshipGroupsResult, f: Formatters): string {
    const groups = ['true-friends', 'butterflies', 'barnacles', 'strangers'] as const;
    const parts = groups.map((g) => `${f.count(result.groups[g].count)} ${GROUP_NAMES[g].toLowerCase()} (${f.percent(result.groups[g].share)} of revenue)`);
    return `${this.label}: ${f.count(result.customers.length)} customers, split at ${this.#splitText(result, result.thresholds as Thresholds, f)}: ${parts.join(', ')}.`;
  }

  /** "8.3 months of tenure (median) and $397 margin (median)". */
  #splitText(result: RelationshipGroupsResult, t: Thresholds, f: Formatters): string {
    const loyalty = thresholdText('loyalty', result.axes, t.loyalty, this.#rule('loyalty'), f);
    const profit = thresholdText('profitability', result.axes, t.profitability, this.#rule('profitability'), f);
    return `${loyalty} and ${profit}`;
  }

  #rule(key: ThresholdKey): string {
    if (this.#thresholds.draft && this.#thresholds.draft[key] !== this.#committedThresholds()?.[key]) return 'fixed';
    const fixed = key === 'loyalty' ? this.loyaltyThreshold : this.profitabilityThreshold;
    return fixed === null || fixed === undefined ? this.threshold : 'fixed';
  }

  protected tableData(result: RelationshipGroupsResult, f: Formatters): TableData {
    const derived = this.#derivedFor(result);
    return customerTable(result, derived.columns, this.#revenue(derived), f);
  }

  protected renderChart(result: RelationshipGroupsResult, f: Formatters): TemplateResult {
    const derived = this.#derivedFor(result);
    const wide = this.drawWidth >= WIDE_LAYOUT;
    const current = this.#thresholds.current() ?? (result.thresholds as Thresholds);
    return html`
      <div class="layout ${wide ? 'wide' : ''}">
        <div class="plot" part="plot">
          ${this.#canvasMode(result) ? html`<canvas part="canvas" aria-hidden="true"></canvas>` : nothing}
          <svg part="chart" role="group" aria-label="Customers by loyalty and profitability, in four quadrants" aria-describedby="summary"></svg>
        </div>
        ${renderPanel({
          split: `Split at ${this.#splitText(result, current, f)}.`,
          note: emptySideNote(this.#figures(derived), { loyalty: this.#rule('loyalty'), profitability: this.#rule('profitability') }),
          figures: this.#figures(derived),
          strategies: Object.fromEntries(GROUPS.map((g) => [g, result.groups[g].strategy])) as Record<RelationshipGroup, string>,
          selected: GROUPS[this.#focus.selected] ?? null,
          moving: this.#thresholds.draft !== null,
          format: f,
        })}
      </div>
    `;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.result) this.#derivedFor(this.result);
  }

  protected override updated(changed: PropertyValues): void {
    const result = this.result;
    const svg = this.#svg();
    if (svg && result && !this.isEmpty(result)) {
      // Not foreseen by scheduleUpdate (a cross-filtered table, say): draw, and announce it, once the layer is here.
      if (this.#canvasMode(result) && !canvasLayer.loaded && !this.#canvasFailed) return this.#awaitCanvasLayer();
      this.#draw(svg, result, this.#derivedFor(result));
    } else this.#tooltip.hide(); // table view, states: nothing to point at
    super.updated(changed);
  }

  #awaitCanvasLayer(): void {
    if (this.#canvasLoading) return;
    const loading: Promise<unknown> = canvasLayer
      .load()
      .catch((error: unknown) => {
        this.#canvasFailed = true;
        reportError(error);
      })
      .finally(() => {
        this.#canvasLoading = undefined;
        this.requestUpdate();
      });
    this.#canvasLoading = loading;
  }

  #draw(svg: SVGSVGElement, result: RelationshipGroupsResult, derived: GridCustomers): void {
    const geometry = this.#geometryFor(result, derived);
    const canvasMode = this.#canvasMode(result);
    const format = this.format;
    const chartKey = [svg, geometry, derived.version, this.#focus.active, this.#focus.selected, this.#selectedCustomer, this.#thresholds.dragging, format, canvasMode, this.#scheme()];
    if (canvasMode) this.#drawCanvas(geometry, derived);
    if (chartKey.every((part, i) => part === this.#chartKey[i])) return; // nothing new to draw
    this.#chartKey = chartKey;
    const thresholds = this.#thresholds.current() ?? (result.thresholds as Thresholds);
    drawScatterChart(
      svg,
      scatterLayout({
        geometry,
        axes: result.axes,
        columns: derived.columns,
        groups: derived.groups,
        thresholds,
        thresholdRule: { loyalty: this.#rule('loyalty'), profitability: this.#rule('profitability') },
        figures: this.#figures(derived),
        svgPoints: !canvasMode,
        activeRegion: this.#focus.active,
        selectedRegion: this.#focus.selected,
        hover: this.#hover,
        selectedCustomer: this.#selectedCustomer,
        dragging: this.#thresholds.dragging,
        format,
      }),
      this.#handlers,
    );
  }

  #drawCanvas(geometry: GridGeometry, derived: GridCustomers): void {
    const canvas = this.shadowRoot?.querySelector<HTMLCanvasElement>('canvas[part~="canvas"]');
    const layer = canvasLayer.loaded;
    if (!canvas || !layer) return;
    const { cssColorToRgb, drawScatterCanvas } = layer;
    const dpr = window.devicePixelRatio || 1;
    // Colours are read only when something else changed: reading computed style forces style.
    const key = [geometry, derived.version, dpr, this.#scheme(), canvas];
    if (key.every((part, i) => part === this.#canvasKey[i])) return;
    this.#canvasKey = key;
    const style = getComputedStyle(this);
    const colors = GROUPS.map((_, g) => cssColorToRgb(style.getPropertyValue(`--_g${g}`).trim()));
    const background = cssColorToRgb(style.getPropertyValue('--_crm-color-surface').trim() || '#fff');
    drawScatterCanvas(canvas, { x: geometry.px, y: geometry.py, color: derived.groups }, { width: geometry.width, height: geometry.height, dpr, background, colors, ...pointStyle(derived.columns.ids.length) });
  }

  /** What decides the colours: the theme (own or the dashboard's) and the system's scheme. */
  #scheme(): string {
    return `${this.theme ?? ''}|${this.getAttribute('data-crm-theme') ?? ''}|${this.#colorScheme}`;
  }

  /** The dashboard dropped this element's selection: forget it without firing crm-select. */
  protected override selectionCleared(): void {
    this.#focus.clear();
    this.#clearCustomer();
  }

  #canvasMode(result: RelationshipGroupsResult): boolean {
    return this.renderer === 'canvas' || (this.renderer === 'auto' && result.customers.length > SVG_POINT_LIMIT);
  }

  #derivedFor(result: RelationshipGroupsResult): GridCustomers {
    const previous = this.#derived;
    if (previous?.result === result) return previous;
    const selectedId = previous && this.#selectedCustomer >= 0 ? previous.columns.ids[this.#selectedCustomer] : undefined;
    const derived = new GridCustomers(result, (previous?.version ?? 0) + 1);
    this.#derived = derived;
    this.#selectedCustomer = selectedId === undefined ? -1 : derived.columns.ids.indexOf(selectedId);
    this.#hover = -1;
    this.#thresholds.reset();
    return derived;
  }

  #geometryFor(result: RelationshipGroupsResult, derived: GridCustomers): GridGeometry {
    const width = Math.max(240, this.drawWidth || 640);
    const plotWidth = width >= WIDE_LAYOUT ? width - PANEL_WIDTH - PANEL_GAP : width;
    const height = Math.round(Math.min(520, Math.max(260, plotWidth * 0.62)));
    const key = [result, plotWidth, height, this.scale];
    if (this.#geometry && key.every((part, i) => part === this.#geometryKey[i])) return this.#geometry;
    this.#geometryKey = key;
    this.#index = null;
    this.#geometry = layoutGrid({ columns: derived.columns, thresholds: result.thresholds as Thresholds, loyaltyAxis: result.axes.loyalty, scale: this.scale, width: plotWidth, height });
    return this.#geometry;
  }

  #committedThresholds(): Thresholds | null {
    const t = this.result?.thresholds;
    return t && t.loyalty !== null && t.profitability !== null ? { loyalty: t.loyalty, profitability: t.profitability } : null;
  }

  /** Revenue per customer of `derived`, summed from the data on first need. */
  #revenue(derived: GridCustomers): Float64Array | null {
    return derived.revenue(() => {
      const table = this.source.loaded?.table;
      return table ? customerRevenue(table, this.#options(), derived.result, derived.columns) : null;
    });
  }

  /** The groups' figures as drawn now: the engine's, or the element's own while a threshold moves. */
  #figures(derived: GridCustomers): Readonly<Record<RelationshipGroup, GroupFigures>> {
    return derived.figures(() => this.#revenue(derived));
  }

  #classifyNow(): void {
    this.#derived?.classify(this.#thresholds.draft);
    this.#tooltip.hide();
    this.requestUpdate();
  }

  #commitThreshold(key: ThresholdKey, value: number): void {
    const derived = this.#derived;
    const committed = this.#committedThresholds();
    if (!derived || !committed) return;
    // The counts the person saw on release: the draft's classification (equal to the engine's with this fixed value).
    const groups = classify(derived.columns, { ...committed, [key]: value });
    const counts = Object.fromEntries(GROUPS.map((g, i) => [g, groups.reduce((n, v) => n + (v === i ? 1 : 0), 0)])) as Record<RelationshipGroup, number>;
    // Setting the fixed threshold makes the engine compute the result again in the next update.
    if (key === 'loyalty') this.loyaltyThreshold = value;
    else this.profitabilityThreshold = value;
    emit(this, 'crm-threshold-change', { axis: key, value, counts });
  }

  #regionElements(): SVGRectElement[] {
    return [...(this.shadowRoot?.querySelectorAll<SVGRectElement>('rect.region') ?? [])];
  }

  #svg(): SVGSVGElement | null {
    return this.shadowRoot?.querySelector<SVGSVGElement>('svg[part~="chart"]') ?? null;
  }

  /** The customer under (x, y), through the grid index (built on first use for each geometry). */
  #customerAt(x: number, y: number): number {
    const geometry = this.#geometry;
    if (!geometry) return -1;
    this.#index ??= new ScatterIndex(geometry.px, geometry.py, geometry.width, geometry.height, HOVER_RADIUS);
    return this.#index.nearest(x, y, HOVER_RADIUS);
  }

  /** Move the hover and selection markers only: no full redraw on a pointer move. */
  #drawMarkers(): void {
    const svg = this.#svg();
    const geometry = this.#geometry;
    const derived = this.#derived;
    if (!svg || !geometry || !derived) return;
    const { radius } = pointStyle(derived.columns.ids.length);
    drawScatterMarkers(svg, { hover: markerOf(geometry, derived.groups, this.#hover, radius), selected: markerOf(geometry, derived.groups, this.#selectedCustomer, radius) });
  }

  /** Hover the customer under the pointer, if it is another one than before. */
  #hoverAt(x: number, y: number): void {
    if (this.#thresholds.dragging) return;
    const index = this.#customerAt(x, y);
    if (index === this.#hover) return;
    this.#hover = index;
    this.#drawMarkers();
    const anchor = this.#svg()?.querySelector('g.overlay circle.hover');
    const derived = this.#derived!;
    const { ids, loyalty, profitability } = derived.columns;
    if (index >= 0 && anchor) this.#tooltip.show(anchor, customerTooltip(derived.result.axes, ids[index]!, GROUPS[derived.groups[index]!]!, loyalty[index]!, profitability[index]!, this.format));
    else this.#tooltip.hide();
  }

  #regionTooltip(index: number, target: Element): void {
    const derived = this.#derived;
    const group = GROUPS[index];
    if (derived && group) this.#tooltip.show(target, quadrantTooltip(group, this.#figures(derived)[group], derived.result.groups[group].strategy, this.format));
  }

  #selectGroup(index: number): void {
    const derived = this.#derived;
    if (!derived) return;
    this.#clearCustomer();
    const group = GROUPS[index];
    if (index < 0 || !group) emit(this, 'crm-select', { key: null, table: 'accounts', ids: [] });
    else emit(this, 'crm-select', { key: group, table: 'accounts', ids: idsInGroup(derived.columns, derived.groups, index) });
  }

  #clearCustomer(): void {
    if (this.#selectedCustomer < 0) return;
    this.#selectedCustomer = -1;
    this.requestUpdate();
  }

  #selectCustomer(index: number): void {
    const derived = this.#derived;
    if (!derived) return;
    if (this.#focus.selected >= 0) {
      this.#focus.selected = -1;
      this.requestUpdate();
    }
    this.#selectedCustomer = index === this.#selectedCustomer ? -1 : index;
    this.requestUpdate();
    const id = derived.columns.ids[this.#selectedCustomer];
    emit(this, 'crm-select', id === undefined ? { key: null, table: 'accounts', ids: [] } : { key: id, table: 'accounts', ids: [id] });
  }

  /** Arrow keys move between the quadrants as they lie on screen; the rest is the usual mark keys. */
  #regionKeydown(event: KeyboardEvent): void {
    const next = quadrantToward(Math.max(0, this.#focus.active), event.key);
    if (next !== undefined) {
      event.preventDefault();
      this.#focus.active = next;
      this.requestUpdate();
      void this.updateComplete.then(() => this.#regionElements()[next]?.focus());
      return;
    }
    if (event.key === 'Escape' && this.#selectedCustomer >= 0) {
      event.preventDefault();
      this.#selectCustomer(this.#selectedCustomer); // selecting it again clears it
      return;
    }
    this.#focus.onKeydown(event);
  }

  readonly #handlers: ScatterChartHandlers = {
    pointerMove: (x, y) => this.#hoverAt(x, y),
    pointerLeave: () => {
      this.#hover = -1;
      this.#drawMarkers();
      this.#tooltip.hide();
    },
    regionClick: (index, x, y) => {
      const customer = this.#customerAt(x, y);
      if (customer >= 0) this.#selectCustomer(customer);
      else this.#focus.select(index === this.#focus.selected ? -1 : index);
    },
    regionFocus: (index, target) => {
      this.#focus.onFocus(index);
      // A click focuses the quadrant too; its tooltip is for keyboard focus, the pointer has its own.
      if (target.matches(':focus-visible')) this.#regionTooltip(index, target);
    },
    regionBlur: () => this.#tooltip.hide(),
    regionKeydown: (event) => this.#regionKeydown(event),
    thresholdKeydown: (key, event) => this.#thresholds.keydown(key, event),
    thresholdKeyup: (key, event) => this.#thresholds.keyup(key, event),
    thresholdBlur: (key) => this.#thresholds.blur(key),
    thresholdDrag: (key, phase, pixel) => this.#thresholds.drag(key, phase, pixel),
  };

  /** The chart as a standalone SVG; in canvas mode the canvas's pixels go in as an `<image>`. */
  override toSVG(): string {
    const undo = this.#embedCanvas();
    try {
      return super.toSVG();
    } finally {
      undo();
    }
  }

  override async toPNG(scale = 2): Promise<Blob> {
    const undo = this.#embedCanvas();
    try {
      return await super.toPNG(scale);
    } finally {
      undo();
    }
  }

  /** In canvas mode, the canvas's picture inside the SVG for an export; returns how to take it out. */
  #embedCanvas(): () => void {
    const svg = this.#svg();
    const canvas = this.shadowRoot?.querySelector<HTMLCanvasElement>('canvas[part~="canvas"]');
    const layer = canvasLayer.loaded;
    // Without the layer nothing was drawn on the canvas: there is nothing to embed.
    return svg && canvas && layer && this.#geometry ? layer.embedCanvas(svg, canvas, this.#geometry.width, this.#geometry.height) : () => {};
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-relationship-grid': CrmRelationshipGrid;
  }
}
