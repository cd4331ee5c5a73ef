import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { drawKpiPicture, type PictureLine } from '../../charts/kpi-picture.js';
import { drawSparkline } from '../../charts/sparkline.js';
import { MarkFocusController } from '../../controllers/mark-focus-controller.js';
import { TooltipController } from '../../controllers/tooltip-controller.js';
import type { Formatters } from '../../format/formatters.js';
import { resolveBoundary, type Period } from '../../table/index.js';
import { CrmElement } from '../shared/crm-element.js';
import { computeTask, type ComputeTask } from '../shared/element-compute.js';
import { svgToString } from '../shared/picture-export.js';
import type { Cell, TableData } from '../shared/table-data.js';
import { KPI_CATALOG } from './kpi-catalog.js';
import { kpiCompute, type KpiResult } from './kpi-compute.js';
import { kpiDelta } from './kpi-delta.js';
import { loadKpiMetric } from './kpi-metrics.js';
import { layoutSparkline, pointWords } from './kpi-layout.js';
import { rangeLabel, type TimeRange } from './kpi-ranges.js';
import { kpiStyles } from './kpi.styles.js';
import { arrowOf, capitalise, comparisonWords, formatChange, formatValue, missingWords } from './kpi-words.js';
import { periodLabel } from './period-label.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Everything the tile says, in words for its locale: computed once per render, shared by tile, summary and picture. */
interface KpiText {
  value: string;
  range: string;
  previousRange: string;
  /** Why the value is missing ("No deals closed in Oct 2024."), or empty. */
  reason: string;
  arrow: string;
  change: string;
  comparison: string;
  target: string;
}

/**
 * One scalar metric of the catalog as a tile: its value, name and definition; the change
 * against the previous period of the same length, with an arrow, words and a colour that know
 * which direction is good for the metric; a sparkline by `period`; and an optional target.
 *
 * **Current and previous.** With `from` and `to` the tile reports `[from, to)`; with only `from`,
 * from it to the end of the data (midnight after the day of the latest timestamp). With only
 * `to`, or neither, it reports the last full `period` (default month) ending by `to`, else by the
 * end of the data: data ending on 2024-12-31 reports December 2024; ending on 2024-12-15, November.
 * Previous is the range of the same length just before current: counted in calendar months when
 * current starts and ends on a month's first day (a quarter against the quarter before), in
 * calendar days when it starts and ends at midnight, else in milliseconds. Both are in `time-zone`.
 *
 * **Sparkline.** With `period`, the last `points` periods up to the end of current, each computed
 * on its own; a period whose value cannot be computed (no base) is a gap, and its tooltip says
 * why. Without `period` there is no sparkline.
 *
 * **Missing values.** A value with no base (a win rate with no deal closed) shows "—" with the
 * reason, never 0.
 *
 * @tagname crm-kpi
 * @summary A key figure with its change against the previous period, a sparkline and a target.
 *
 * @fires crm-render - After each draw of data; `detail.result` is the tile's result (current, previous, delta, series, target).
 * @fires crm-error - The data could not be loaded, or the metric, period, target or options are not usable; `detail.message` says why.
 * @fires crm-data-warning - Rows were left out; `detail.problems` lists every one.
 *
 * @csspart frame - The element's layout box.
 * @csspart tile - The tile's content.
 * @csspart label - The metric's name.
 * @csspart range - The range reported.
 * @csspart value - The value.
 * @csspart reason - Why the value is missing, when it is.
 * @csspart delta - The change against the previous period, with arrow and words.
 * @csspart definition - What the metric counts (not in `compact`).
 * @csspart sparkline - The sparkline's SVG (with `period`).
 * @csspart target - The target line and its meter.
 * @csspart meter - The progress meter towards the target.
 * @csspart state - The loading, empty and error messages (with `loading`, `empty` or `error`).
 * @csspart warning - The notice of rows left out.
 * @csspart toolbar - The table and download buttons (with the `toolbar` attribute).
 * @csspart table - The table view.
 * @csspart tooltip - The tooltip of the sparkline period under the pointer or focus.
 *
 * @cssprop --crm-kpi-good-color - Arrow and change of an improvement, and a met target (default `--crm-color-positive`).
 * @cssprop --crm-kpi-bad-color - Arrow and change of a worsening (default `--crm-color-negative`).
 * @cssprop --crm-kpi-line-color - Sparkline and meter (default `--crm-palette-1`).
 * @cssprop --crm-kpi-value-size - Font size of the value (default 2rem; 70% of it in `compact`).
 */
export class CrmKpi extends CrmElement<KpiResult> {
  static override styles = [...CrmElement.styles, kpiStyles];

  /** The scalar metric's id (`win-rate`, `churn-rate`, `nps`, …). Required. */
  @property({ reflect: true }) metric: string | undefined;
  /** The sparkline's period (`day`, `week`, `month`, `quarter`, `year`; default the dashboard's), and the length of the reported range without `from`. */
  @property() period: Period | undefined;
  /** Periods in the sparkline, 2–120. */
  @property({ type: Number }) points = 12;
  /** The metric's named definition (e.g. `won-over-all` for `win-rate`). */
  @property() definition: string | undefined;
  /** The target, in the metric's units: a fraction or a percentage for a rate (`0.4` or `40%`), points for NPS, an amount for money. */
  @property() target: string | number | undefined;
  /** The metric's own options as JSON (`{"inactiveDays": 60}`), or an object as a property. */
  @property({ attribute: 'options' }) metricOptions: string | Readonly<Record<string, unknown>> | undefined;
  /** A smaller tile for a row of tiles: no definition line, a shorter comparison, a lower sparkline. */
  @property({ type: Boolean, reflect: true }) compact = false;

  readonly #tooltip = new TooltipController(this);
  readonly #focus = new MarkFocusController(this, {
    count: () => this.result?.series?.length ?? 0,
    onSelect: () => {},
    focusMark: (index) => this.updateComplete.then(() => this.#pointElements()[index]?.focus()),
  });

  protected get label(): string {
    const metric = this.metric;
    return (metric && Object.hasOwn(KPI_CATALOG, metric) && KPI_CATALOG[metric]?.label) || 'Key figure';
  }

  protected override metricProperties(): readonly PropertyKey[] {
    return ['metric', 'period', 'points', 'definition', 'target', 'metricOptions'];
  }

  /** The period in effect: the tile's own, else its dashboard's; none draws no sparkline. */
  #period(): Period | undefined {
    return this.period || this.dashboard?.filters.period;
  }

  /** The period the last computation used; null before the first. */
  #computedPeriod: Period | undefined | null = null;

  /**
   * An update waits for the module of the metric shown (kpi-metrics.ts), imported the first
   * time a tile shows that metric, so that `compute` has it; the tile on screen stays as it was
   * meanwhile. An id outside the catalog waits for nothing and fails in `compute`, with words.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = loadKpiMetric(this.metric);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A period set on the dashboard is an input too: recompute when the one in effect changes.
    if (this.#computedPeriod !== null && this.#period() !== this.#computedPeriod) changed.set('period', this.period);
    super.willUpdate(changed);
  }

  protected computeTask(): ComputeTask<KpiResult> {
    this.#computedPeriod = this.#period();
    return computeTask(kpiCompute, {
      ...this.commonOptions(),
      metric: this.metric,
      period: this.#period(),
      points: this.points,
      definition: this.definition,
      options: this.metricOptions,
      target: this.target,
    });
  }

  protected isEmpty(result: KpiResult): boolean {
    return result.ranges === null;
  }

  protected emptyMessage(): string {
    return 'The data has no dates to report a period from: set from and to.';
  }

  #text(result: KpiResult, f: Formatters): KpiText {
    const ranges = result.ranges as NonNullable<KpiResult['ranges']>;
    const compact = this.compact;
    const range = rangeLabel(ranges.current, f);
    const previousRange = rangeLabel(ranges.previous, f);
    const value = result.current?.value ?? null;
    const previous = result.previous?.value ?? null;
    const reason = value === null ? `${capitalise(missingWords(result.empty, range))}.` : '';
    // With no current value the reason is already beside the dash; without a previous one it is said here.
    const comparison = value === null ? 'no comparison' : comparisonWords(result.delta, formatValue(result.kind, previous, f, compact), previousRange, missingWords(result.empty, previousRange));
    return {
      value: formatValue(result.kind, value, f, compact),
      range,
      previousRange,
      reason,
      arrow: arrowOf(result.delta),
      change: result.delta.change === null ? '' : formatChange(result.kind, result.delta, f),
      comparison: compact && result.delta.verdict ? `${result.delta.verdict === 'unchanged' ? 'unchanged' : result.delta.verdict}, was ${formatValue(result.kind, previous, f, true)}` : comparison,
      target: this.#targetText(result, f),
    };
  }

  #targetText(result: KpiResult, f: Formatters): string {
    const target = result.target;
    if (!target) return '';
    const goal = `Target ${result.good === 'down' ? '≤ ' : ''}${formatValue(result.kind, target.value, f)}`;
    const value = result.current?.value ?? null;
    if (target.met === null || value === null) return `${goal} · ${missingWords(result.empty, 'this range')}`;
    if (result.good === 'up') {
      // A share of the target only means something for a positive target (an NPS goal of −10 has none).
      const share = target.reached === null ? '' : `${f.percent(target.reached, 0)} of target`;
      return `${goal} · ${target.met ? (share ? `met, ${share}` : 'met') : share || 'not met'}`;
    }
    return `${goal} · ${target.met ? 'met' : `${formatChange(result.kind, kpiDelta(value, target.value, 'up'), f)} over`}`;
  }

  protected summary(result: KpiResult, f: Formatters): string {
    const t = this.#text(result, f);
    const value = t.reason ? `no value (${missingWords(result.empty, t.range)})` : t.value;
    const change = t.change ? `${t.change}, ${t.comparison}` : t.comparison;
    return `${result.label}, ${t.range}: ${value}; ${change}.${t.target ? ` ${t.target}.` : ''}`;
  }

  protected tableData(result: KpiResult, f: Formatters): TableData {
    const ranges = result.ranges as NonNullable<KpiResult['ranges']>;
    const t = this.#text(result, f);
    const iso = (ms: number) => new Date(ms).toISOString();
    const columns = [
      { label: 'Row' },
      { label: 'From' },
      { label: 'To (excluded)' },
      { label: 'Value', numeric: true },
      { label: 'Numerator', numeric: true },
      { label: 'Denominator', numeric: true },
      { label: 'Note' },
    ];
    const rows: Cell[][] = [];
    const text: string[][] = [];
    const add = (name: string, range: TimeRange | null, value: number | null, numerator: number | undefined, denominator: number | undefined, valueText: string, note: string) => {
      rows.push([name, range ? iso(range.from) : null, range ? iso(range.to) : null, value, numerator ?? null, denominator ?? null, note]);
      text.push([name, range ? f.date(range.from) : '', range ? f.date(range.to) : '', valueText, f.number(numerator ?? null, 2), f.count(denominator ?? null), note]);
    };
    const current = result.current;
    const previous = result.previous;
    add(`Current (${t.range})`, ranges.current, current?.value ?? null, current?.numerator, current?.denominator, t.value, t.reason || result.formula);
    add(`Previous (${t.previousRange})`, ranges.previous, previous?.value ?? null, previous?.numerator, previous?.denominator, formatValue(result.kind, previous?.value ?? null, f), previous?.value === null ? capitalise(missingWords(result.empty, t.previousRange)) : '');
    add('Change', null, result.delta.change, undefined, undefined, t.change || f.number(null), t.comparison);
    if (result.target) add('Target', null, result.target.value, undefined, undefined, formatValue(result.kind, result.target.value, f), t.target);
    const series = result.series ?? [];
    series.forEach((point, i) => {
      const from = resolveBoundary(point.start, f.timeZone);
      const next = series[i + 1];
      const to = next ? resolveBoundary(next.start, f.timeZone) : (result.sparkRange?.to ?? from);
      const words = pointWords(result, point, f);
      add(periodLabel(point.start, result.period ?? 'month', f), { from, to }, point.value, point.numerator, point.denominator, words.value, point.value === null ? capitalise(words.detail) : '');
    });
    return { caption: `${result.label}: ${result.formula}`, columns, rows, text };
  }

  protected renderChart(result: KpiResult, f: Formatters): TemplateResult {
    const t = this.#text(result, f);
    const verdict = result.delta.verdict ?? 'none';
    return html`
      <div class="tile" part="tile">
        <div class="head"><span class="label" part="label" title=${result.label}>${result.label}</span><span class="range" part="range">${t.range}</span></div>
        <div class="figure">
          <span class="value" part="value">${t.value}</span>
          ${t.reason ? html`<span class="reason" part="reason">${t.reason}</span>` : nothing}
        </div>
        <p class="delta ${verdict}" part="delta">
          ${t.arrow ? html`<span class="arrow" aria-hidden="true">${t.arrow}</span>` : nothing}
          ${t.change ? html`<span class="change">${t.change}</span>` : nothing}
          <span class="words">${t.comparison}</span>
        </p>
        ${this.compact ? nothing : html`<p class="definition" part="definition">${result.formula}</p>`}
        ${result.series ? this.#renderSparkline(result, f) : nothing}
        ${result.target ? this.#renderTarget(result, t) : nothing}
      </div>
      ${this.#tooltip.render()}
    `;
  }

  #renderSparkline(result: KpiResult, f: Formatters): TemplateResult {
    const series = result.series ?? [];
    const first = series[0];
    const last = series[series.length - 1];
    const period = result.period ?? 'month';
    return html`<svg class="sparkline" part="sparkline" role="group" aria-label="${result.label} by ${period}" aria-describedby="summary"></svg>
      ${this.compact || !first || !last
        ? nothing
        : html`<div class="spark-ends" aria-hidden="true"><span>${periodLabel(first.start, period, f)}</span><span>${periodLabel(last.start, period, f)}</span></div>`}`;
  }

  #renderTarget(result: KpiResult, t: KpiText): TemplateResult {
    const target = result.target as NonNullable<KpiResult['target']>;
    const value = result.current?.value ?? null;
    if (value === null) return html`<div part="target"><span class="target-text">${t.target}</span></div>`;
    // The meter's scale holds the value, the target and zero, so either can be read against it.
    const low = Math.min(0, value, target.value);
    const high = Math.max(0, value, target.value);
    const span = high - low || 1;
    // A 100-unit wide SVG stretched to the box: geometry as attributes, no inline styles (strict CSP).
    const at = (n: number) => ((n - low) / span) * 100;
    return html`<div part="target">
      <span class="target-text">${t.target}</span>
      <svg class="meter" part="meter" role="meter" viewBox="0 0 100 10" preserveAspectRatio="none" aria-label="${result.label} against its target" aria-valuemin=${low} aria-valuemax=${high} aria-valuenow=${value} aria-valuetext="${t.value}; ${t.target}">
        <rect class="track" width="100" height="10"></rect>
        <rect class="fill ${target.met ? 'met' : ''}" x=${at(Math.min(0, value))} width=${(Math.abs(value) / span) * 100} height="10"></rect>
        <line class="tick" x1=${at(target.value)} x2=${at(target.value)} y1="0" y2="10"></line>
      </svg>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    const svg = this.shadowRoot?.querySelector<SVGSVGElement>('svg.sparkline');
    const result = this.result;
    if (svg && result?.series) {
      const width = Math.round(svg.getBoundingClientRect().width) || this.drawWidth || 240;
      const layout = layoutSparkline({ result, width, height: this.compact ? 28 : 44, active: this.#focus.active, format: this.format });
      drawSparkline(svg, layout, {
        focus: (index, target) => {
          this.#focus.onFocus(index);
          this.#showTooltip(index, target);
        },
        blur: () => this.#tooltip.hide(),
        hover: (index, target) => this.#showTooltip(index, target),
        leave: () => this.#tooltip.hide(),
        keydown: this.#focus.onKeydown,
      });
    }
    super.updated(changed);
  }

  #pointElements(): SVGGElement[] {
    return [...(this.shadowRoot?.querySelectorAll<SVGGElement>('g.point') ?? [])];
  }

  #showTooltip(index: number, target: Element): void {
    const result = this.result;
    const point = result?.series?.[index];
    if (!result || !point) return;
    const words = pointWords(result, point, this.format);
    const from = resolveBoundary(point.start, this.format.timeZone);
    const inCurrent = result.ranges !== null && from >= result.ranges.current.from && from < result.ranges.current.to;
    const lines = [words.detail ? `${words.value} (${words.detail})` : words.value, inCurrent ? 'In the reported range' : ''].filter(Boolean);
    this.#tooltip.show(target, { title: words.title, lines });
  }

  /** The tile as one SVG picture, attached off screen while `use` reads its styles. */
  async #withPicture<T>(use: (svg: SVGSVGElement) => T | Promise<T>): Promise<T> {
    const svg = this.#picture();
    try {
      return await use(svg);
    } finally {
      svg.remove();
    }
  }

  #picture(): SVGSVGElement {
    const result = this.result;
    const root = this.shadowRoot;
    if (!result || result.ranges === null || this.source.state !== 'ready' || !root) {
      throw new Error(`${this.localName}: no figure is drawn (state ${this.source.state})`);
    }
    const f = this.format;
    const t = this.#text(result, f);
    const verdict = result.delta.verdict === 'better' || result.delta.verdict === 'worse' ? result.delta.verdict : 'muted';
    const lines: PictureLine[] = [
      { text: `${result.label} · ${t.range}`, className: 'label', size: 20 },
      { text: t.value, className: 'value', size: 40 },
      ...(t.reason ? [{ text: t.reason, className: 'muted', size: 18 }] : []),
      { text: [t.arrow, t.change, t.comparison].filter(Boolean).join(' '), className: verdict, size: 18 },
      { text: result.formula, className: 'muted', size: 16 },
      ...(t.target ? [{ text: t.target, className: 'muted', size: 16 }] : []),
    ];
    const width = Math.max(320, this.drawWidth);
    const sparkline = result.series ? layoutSparkline({ result, width: width - 24, height: 40, active: -1, format: f }) : null;
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'picture');
    svg.setAttribute('aria-hidden', 'true');
    root.append(svg);
    drawKpiPicture(svg, { width, lines, sparkline });
    return svg;
  }

  /** The tile (figures and sparkline) as a standalone SVG document. Throws when nothing is drawn. */
  override toSVG(): string {
    const svg = this.#picture();
    try {
      return svgToString(svg);
    } finally {
      svg.remove();
    }
  }

  /** The tile as a PNG at `scale` times its size. Rejects when nothing is drawn. */
  override async toPNG(scale = 2): Promise<Blob> {
    const background = getComputedStyle(this).getPropertyValue('--_crm-color-surface').trim() || undefined;
    return this.#withPicture(async (svg) => (await import('../shared/picture-download.js')).svgToPng(svg, scale, background));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-kpi': CrmKpi;
  }
}
