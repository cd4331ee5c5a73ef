/**
 * CrmElement: what every crm element shares — where its data comes from, the states it can be
 * in, what it tells a screen reader, its table view and exports, and the attributes a person
 * sets by hand. A subclass says only what it computes and how it draws it.
 *
 * Data flows one way: the DataSourceController loads and checks the dataset, `willUpdate`
 * computes the result when an input changed (never in `render`), `render` draws that result.
 * What an element computes is a pure function of the table and plain options (its `*-compute.ts`,
 * see element-compute.ts): on the main thread for small data, and in the load worker, which
 * holds the same table, after a large load (`loaded.remote`) — the result is drawn when it
 * arrives, and `updateComplete` waits for it.
 *
 * Inside a `<crm-dashboard>` the element inherits the dashboard's data (cross-filtered by a
 * selection made elsewhere), filters, locale, currency, time zone and theme; any of them the
 * element sets itself wins. Outside one it works alone.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { timed } from '../../controllers/user-timing.js';
import { dashboardContext, type DashboardContext, type InheritedData } from '../../dashboard/dashboard-context.js';
import { emit } from '../../events/emit.js';
import '../../events/crm-render.js';
import { formatters, type Formatters } from '../../format/formatters.js';
import { formatProblem } from '../../schema/problems.js';
import type { CrmTable } from '../../table/index.js';
import { tokenStyles } from '../../themes/tokens.js';
import { crmElementStyles } from './crm-element.styles.js';
import type { ComputeTask } from './element-compute.js';
import { ResultComputation } from './result-computation.js';
import { svgToString } from './picture-export.js';
import { toCsv, type TableData } from './table-data.js';

/** Problems listed in the warning banner; the event carries all of them. */
const LISTED_PROBLEMS = 100;

/** The PNG and download code, imported on the first click or `toPNG()`: nothing draws with it. */
const pictureDownload = () => import('./picture-download.js');

export abstract class CrmElement<Result> extends LitElement {
  static override styles = [tokenStyles, crmElementStyles];

  /** The dataset as an object (wins over inline JSON and `src`). */
  @property({ attribute: false }) data: unknown;
  /**
   * A data adapter (`CrmAdapter` of `crm-kit/adapters`): `load(signal)` and optional live `subscribe(listener)`; wins over inline JSON and `src`.
   * @type {CrmAdapter | null}
   */
  @property({ attribute: false }) adapter: import('../../adapters/protocol.js').CrmAdapter | null = null;
  /** URL of the dataset as JSON, or as CSV (with `table`, a `.csv` path or a `text/csv` answer). */
  @property() src: string | null = null;
  /** The table the rows of a CSV `src` belong to: `deals`, `accounts`, `orders`, … (else guessed from the header). */
  @property() table: string | null = null;
  /** Refuse a dataset with any problem instead of leaving the bad rows out. */
  @property({ type: Boolean }) strict = false;
  /** Milliseconds to wait for `src` before showing an error (default 30,000). */
  @property({ type: Number }) timeout: number | undefined;
  /** BCP 47 locale for numbers and dates; default the page's `lang`, else the browser's. */
  @property() locale: string | undefined;
  /** ISO 4217 currency of the money in the data (default the dashboard's, else USD). */
  @property() currency: string | undefined;
  /** IANA time zone whose calendar defines days and months (default the dashboard's, else UTC). */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;
  /** `light` or `dark`; unset follows the dashboard, else `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;
  /** First day or instant included (`YYYY-MM-DD` is local midnight in `time-zone`). */
  @property() from: string | undefined;
  /** First day or instant excluded. */
  @property() to: string | undefined;
  /** Only accounts of this segment. */
  @property() segment: string | undefined;
  /** Only deals and activities of this owner. */
  @property() owner: string | undefined;
  /** A visible heading above the chart, e.g. in a dashboard panel (the figure's accessible name stays the element's label). */
  @property() heading: string | undefined;
  /** Show the toolbar: table view and downloads. */
  @property({ type: Boolean }) toolbar = false;

  /** Chart or table. */
  @state() protected view: 'chart' | 'table' = 'chart';

  /** The enclosing `<crm-dashboard>`'s offer, if any (@lit/context; updates when it changes). */
  @consume({ context: dashboardContext, subscribe: true })
  @state()
  protected dashboard: DashboardContext | undefined;

  protected readonly source = new DataSourceController(this, { inherited: () => this.inheritedData() });
  protected readonly size = new ResizeController(this);

  /** The data and options the current result was computed from. */
  #computedFrom: readonly unknown[] = [];
  /** The result and its computation, here or in the load worker. */
  readonly #results = new ResultComputation<Result>(this, {
    task: () => this.computeTask(),
    check: (result) => this.checkResult(result),
    computeHere: (table) => this.compute(table),
    reusesEqualTask: () => this.reusesEqualTask,
    failed: (error) => emit(this, 'crm-error', { message: error.message, error }),
  });
  /** What the last `crm-render` announced: the result, and the width and view it was drawn at. */
  #announced: readonly unknown[] = [];


  /** What the element shows, as the engine returned it; null until data has been drawn. */
  get result(): Result | null {
    return this.#results.result;
  }

  /** The accessible name of the figure, e.g. "Pipeline funnel". */
  protected abstract readonly label: string;
  /** Properties whose change means computing again (beyond the data and the common filters). */
  protected metricProperties(): readonly PropertyKey[] {
    return [];
  }
  /**
   * What to compute: the element's registered pure computation and its plain options (they are
   * posted to the load worker, so nothing a structured clone refuses). Checks the element's own
   * attributes first: a bad one throws, which shows the error state.
   */
  protected abstract computeTask(): ComputeTask<Result>;
  /** Checks of a result that need the element (a limit worded in its locale); throw to show the error state. */
  protected checkResult(_result: Result): void {}
  /**
   * An element whose recomputing properties include some that only change the drawing (a scale,
   * a sort) sets this: a task with the same table and options then keeps its result, instead of
   * running the engine again.
   */
  protected readonly reusesEqualTask: boolean = false;
  /** The result on the main thread: the task's computation on `table`, checked. */
  protected compute(table: CrmTable): Result {
    return this.#results.run(table, this.computeTask());
  }
  protected abstract isEmpty(result: Result): boolean;
  /** Words for a dataset with nothing to show, e.g. "No deals in this range." */
  protected abstract emptyMessage(): string;
  /** One or two sentences with the figures that matter, for screen readers. */
  protected abstract summary(result: Result, format: Formatters): string;
  protected abstract tableData(result: Result, format: Formatters): TableData;
  protected abstract renderChart(result: Result, format: Formatters): TemplateResult;
  /** A base name for downloads, e.g. "crm-funnel". */
  protected get fileName(): string {
    return this.localName;
  }
  /** The dataset of an enclosing dashboard, as this element should see it. */
  protected inheritedData(): InheritedData | undefined {
    return this.dashboard?.dataFor(this);
  }

  /** The options every metric takes: the element's own attributes, else the dashboard's filters. */
  protected commonOptions(): { from?: string; to?: string; segment?: string; owner?: string; timeZone?: string } {
    const shared = this.dashboard?.filters;
    const options: Record<string, string> = {};
    const from = this.from || shared?.from;
    const to = this.to || shared?.to;
    const segment = this.segment || shared?.segment;
    const owner = this.owner || shared?.owner;
    const timeZone = this.timeZone || this.dashboard?.timeZone;
    if (from) options.from = from;
    if (to) options.to = to;
    if (segment) options.segment = segment;
    if (owner) options.owner = owner;
    if (timeZone) options.timeZone = timeZone;
    return options;
  }

  /**
   * The dashboard dropped this element's selection (its chip was removed, Escape elsewhere, or
   * another element selected): forget the selected mark, without firing crm-select again.
   */
  protected selectionCleared(): void {}

  /** The period of a series: the element's own (pass it in), else the dashboard's, else `fallback`. */
  protected periodOr<P extends string>(own: P | undefined, fallback: P): P {
    return own || (this.dashboard?.filters.period as P | undefined) || fallback;
  }

  /** The width to draw at: the observed box, or before the first observation the laid-out width. */
  protected get drawWidth(): number {
    return this.size.width || this.clientWidth;
  }

  protected get format(): Formatters {
    const shared = this.dashboard;
    const locale = this.locale || shared?.locale || document.documentElement.lang || navigator.language || 'en-US';
    try {
      return formatters(locale, this.currency || shared?.currency || 'USD', this.timeZone || shared?.timeZone || 'UTC');
    } catch {
      return formatters('en-US', 'USD', 'UTC');
    }
  }

  /**
   * The tokens follow `data-crm-theme`: the element's own `theme`, else its dashboard's. A
   * separate attribute, so that an inherited theme never looks like one the page set.
   */
  #applyTheme(): void {
    const theme = this.theme || this.dashboard?.theme;
    if (theme) this.setAttribute('data-crm-theme', theme);
    else this.removeAttribute('data-crm-theme');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moved out of a dashboard, an element stops inheriting; moved into one, the context
    // consumer asks again on connect.
    this.dashboard = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'figure');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasAttribute('aria-label') || this.getAttribute('aria-label') === this.dataset.crmLabel) {
      this.setAttribute('aria-label', this.label);
      this.dataset.crmLabel = this.label;
    }
    this.#applyTheme();
    if (changed.has('dashboard')) {
      const before = changed.get('dashboard') as DashboardContext | undefined;
      if (before?.selection?.source === this && this.dashboard?.selection?.source !== this) this.selectionCleared();
    }
    this.source.sync();
    const loaded = this.source.state === 'ready' ? this.source.loaded : undefined;
    // The common options are compared by value: a dashboard's context changes for reasons of
    // its own (a selection made in this very element) that must not cost a recomputation.
    // The dashboard's period is in the key too: an element that draws a series inherits it.
    const inputs = [loaded, JSON.stringify(this.commonOptions()), this.dashboard?.filters.period];
    if (inputs.some((part, i) => part !== this.#computedFrom[i]) || this.metricProperties().some((name) => changed.has(name))) {
      const sameData = loaded !== undefined && loaded === this.#computedFrom[0];
      this.#computedFrom = inputs;
      this.#results.update(loaded, sameData);
    }
  }

  /**
   * Also waits for a load that imports the schema module to word a bad row (a few ms, once),
   * for a computation in the worker, and for what the element imports on demand
   * (`importingOnDemand`), each with the draw that follows it.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const drawn = () => this.source.updateComplete(() => super.getUpdateComplete());
    let complete = await drawn();
    for (let waiting = this.#results.computing ?? this.importingOnDemand(); waiting; waiting = this.#results.computing ?? this.importingOnDemand()) {
      await waiting;
      complete = await drawn();
    }
    return complete;
  }

  /**
   * A module being imported on demand that the element's picture or events wait for (a canvas
   * layer, what a selection hands out); it must not reject. `updateComplete` waits for it.
   */
  protected importingOnDemand(): Promise<unknown> | undefined {
    return undefined;
  }

  /** The whole update (compute, template, D3 drawing in `updated`), as a user-timing step when on. */
  protected override performUpdate(): void {
    timed(`update ${this.localName}`, () => super.performUpdate());
  }

  /**
   * `crm-render` after every draw of data: a new result, or the same one redrawn at a new width
   * or in the other view. Hover and focus changes re-render too, but draw nothing new.
   */
  protected override updated(_changed: PropertyValues): void {
    const result = this.#results.result;
    if (result === null || this.isEmpty(result) || this.source.state !== 'ready') return;
    const drawn = [result, this.drawWidth, this.view];
    if (drawn.every((part, i) => part === this.#announced[i])) return;
    this.#announced = drawn;
    emit(this, 'crm-render', { result });
  }

  override render(): TemplateResult {
    return html`<div class="frame" part="frame">${this.heading ? html`<h2 part="heading">${this.heading}</h2>` : nothing}${this.#body()}</div>`;
  }

  #body(): TemplateResult | typeof nothing {
    const { state: dataState, error } = this.source;
    if (dataState === 'loading') return html`<div part="state loading" role="status">Loading data…</div>`;
    if (dataState === 'error') return html`<div part="state error" role="alert">This chart could not be drawn. ${error?.message ?? ''}</div>`;
    if (dataState === 'idle') return html`<div part="state empty" role="status">No data yet.</div>`;
    const { error: computeError, result, computing } = this.#results;
    if (computeError) return html`<div part="state error" role="alert">This chart could not be drawn. ${computeError.message}</div>`;
    if (result === null && computing) return html`<div part="state loading" role="status">Loading data…</div>`;
    if (result === null || this.isEmpty(result)) return html`${this.#warning()}<div part="state empty" role="status">${this.emptyMessage()}</div>`;
    const format = this.format;
    return html`
      ${this.toolbar ? this.#toolbar() : nothing} ${this.#warning()}
      <p class="visually-hidden" id="summary">${this.summary(result, format)}</p>
      ${this.view === 'table' ? this.#table(this.tableData(result, format)) : this.renderChart(result, format)}
    `;
  }

  #warning(): TemplateResult | typeof nothing {
    const problems = this.source.loaded?.problems ?? [];
    if (problems.length === 0) return nothing;
    const rows = problems.length === 1 ? '1 row was' : `${this.format.count(problems.length)} rows were`;
    return html`<details part="warning">
      <summary>${rows} left out because of data problems.</summary>
      <ul>
        ${problems.slice(0, LISTED_PROBLEMS).map((p) => html`<li>${formatProblem(p)}</li>`)}
      </ul>
      ${problems.length > LISTED_PROBLEMS ? html`<p>…and ${problems.length - LISTED_PROBLEMS} more (all are in the crm-data-warning event).</p>` : nothing}
    </details>`;
  }

  #toolbar(): TemplateResult {
    const table = this.view === 'table';
    return html`<div part="toolbar" role="toolbar" aria-label="${this.label} tools">
      <button type="button" aria-pressed=${table ? 'true' : 'false'} @click=${() => (this.view = table ? 'chart' : 'table')}>Table</button>
      <button type="button" @click=${async () => (await pictureDownload()).download(new Blob([this.toCSV()], { type: 'text/csv' }), `${this.fileName}.csv`)}>CSV</button>
      <button type="button" ?disabled=${table} @click=${async () => (await pictureDownload()).download(new Blob([this.toSVG()], { type: 'image/svg+xml' }), `${this.fileName}.svg`)}>SVG</button>
      <button type="button" ?disabled=${table} @click=${async () => (await pictureDownload()).download(await this.toPNG(), `${this.fileName}.png`)}>PNG</button>
    </div>`;
  }

  #table(data: TableData): TemplateResult {
    // A wide table scrolls inside the element instead of spilling out of it; the scroll box is
    // focusable so a keyboard can scroll it, and named so a screen reader says what it holds.
    return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${data.caption}><table part="table">
      <caption>${data.caption}</caption>
      <thead><tr>${data.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'numeric' : ''}>${c.label}</th>`)}</tr></thead>
      <tbody>${data.text.map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td class=${data.columns[i]?.numeric ? 'numeric' : ''}>${cell}</td>`))}</tr>`)}</tbody>
    </table></div>`;
  }

  /** Every number shown, as CSV (RFC 4180); an empty string before data is drawn. */
  toCSV(): string {
    const result = this.#results.result;
    return result === null ? '' : toCsv(this.tableData(result, this.format));
  }

  #chartSvg(): SVGSVGElement {
    const svg = this.shadowRoot?.querySelector<SVGSVGElement>('svg[part~="chart"]');
    if (!svg) throw new Error(`${this.localName}: no chart is drawn (state ${this.source.state}, view ${this.view})`);
    return svg;
  }

  /** The chart as a standalone SVG document. Throws when no chart is drawn. */
  toSVG(): string {
    return svgToString(this.#chartSvg());
  }

  /** The chart as a PNG at twice its size. Rejects when no chart is drawn. */
  async toPNG(scale = 2): Promise<Blob> {
    const background = getComputedStyle(this).getPropertyValue('--_crm-color-surface').trim() || undefined;
    const svg = this.#chartSvg();
    return (await pictureDownload()).svgToPng(svg, scale, background);
  }
}
