import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { drawBars } from '../../charts/bars-chart.js';
import { drawReferenceRule } from '../../charts/lifetime-value-reference.js';
import { MarkFocusController } from '../../controllers/mark-focus-controller.js';
import { markHandlers } from '../../controllers/mark-handlers.js';
import { TooltipController } from '../../controllers/tooltip-controller.js';
import { emit } from '../../events/emit.js';
import '../../events/crm-select.js';
import type { Formatters } from '../../format/formatters.js';
import { lifetimeValueCustomers } from '../../metrics/customers/lifetime-value-members.js';
import type { LifetimeDefinition } from '../../metrics/customers/lifetime-totals.js';
import type { LifetimeValueResult } from '../../metrics/customers/lifetime-value.js';
import { numberOption, oneOf, type MetricOptions } from '../../metrics/options.js';
import { ratio, type ScalarResult } from '../../metrics/result.js';
import { CrmElement } from '../shared/crm-element.js';
import { computeTask, type ComputeTask } from '../shared/element-compute.js';
import { lifetimeValueCompute, type LifetimeValueView } from './lifetime-value-compute.js';
import type { TableData } from '../shared/table-data.js';
import { layoutLifetimeValue } from './lifetime-value-layout.js';
import { lifetimeValueStyles } from './lifetime-value.styles.js';
import {
  BASIS_WORDS,
  DEFINITION_FORMULAS,
  DEFINITION_NAMES,
  lifetimeValueTable,
  ratioText,
  segmentName,
  segmentTooltip,
  TARGET_RATIO,
  targetWords,
  type SegmentRow,
} from './lifetime-value-words.js';

export type { LifetimeValueView } from './lifetime-value-compute.js';

const DEFINITIONS = ['historic', 'churn'] as const;
const SUBSCRIPTION_PERIODS = ['month', 'year'] as const;
/** The options that change who counts as a customer: a selection made under others is void. */
const MEMBERSHIP = ['definition', 'inactiveDays', 'subscriptionPeriod'] as const;

/**
 * Customer lifetime value by segment: one bar per segment with its parts — average purchase
 * value, purchases per year and lifespan (`historic`), or revenue per customer-month and the
 * monthly churn it is divided by (`churn`, the churn-based definition) — and CLV : CAC against
 * the 3 : 1 rule of thumb, drawn as a dashed line at three times the CAC. Numbers are
 * `computeMetric('lifetime-value', …)`'s and `computeMetric('cac', …)`'s; the headline ratio is
 * `clv-cac-ratio`'s (lifetime value / CAC over the same range and filters).
 *
 * CAC per segment: costs carry no segment (nor owner), so the engine cannot split the CAC by
 * segment — `cac` with a `segment` filter charges all sales and marketing cost to that
 * segment's new customers. This element therefore compares every segment's lifetime value with
 * one CAC, that of all customers under the element's filters (the blended CAC): the 3 : 1 line
 * and each segment's CLV : CAC use it. Under a segment or owner filter it is the engine's CAC
 * for that filter, as `clv-cac-ratio` computes it.
 *
 * @tagname crm-lifetime-value
 * @summary Lifetime value by segment with its parts; CLV : CAC against 3 : 1; historic or churn-based.
 *
 * @fires crm-render - After each draw of data; `detail.result` is `{ lifetimeValue, cac, clvCac }` as drawn.
 * @fires crm-select - A segment's bar was clicked or chosen with Enter; `detail.key` is the segment (`No segment` for accounts without one), `detail.ids` the accounts counted as its customers (`table: 'accounts'`). Escape, a second click, or another definition clears (`key: null`).
 * @fires crm-error - The data could not be loaded or used; `detail.message` says why.
 * @fires crm-data-warning - Rows were left out; `detail.problems` lists every one.
 *
 * @csspart frame - The element's layout box.
 * @csspart headline - Lifetime value (with its definition), customers, CAC and CLV : CAC.
 * @csspart definitions - The buttons that switch the definition.
 * @csspart definition - The formula of the definition shown and where the revenue comes from.
 * @csspart chart - The bars' SVG.
 * @csspart bar - Each segment's lifetime-value bar.
 * @csspart notes - Why a value is missing, and how the CAC was found under a filter.
 * @csspart state - The loading, empty and error messages (with `loading`, `empty` or `error`).
 * @csspart warning - The notice of rows left out.
 * @csspart toolbar - The table and download buttons (with the `toolbar` attribute).
 * @csspart table - The table view.
 * @csspart tooltip - The tooltip of the segment under the pointer or focus.
 *
 * @cssprop --crm-lifetime-value-bar-color - Lifetime-value bars (default `--crm-palette-1`).
 * @cssprop --crm-lifetime-value-target-color - The 3 : 1 line and its label (default `--crm-color-text`).
 */
export class CrmLifetimeValue extends CrmElement<LifetimeValueView> {
  static override styles = [...CrmElement.styles, ...lifetimeValueStyles];

  /** `historic` (average purchase value × purchases per year × lifespan) or `churn` (churn-based: revenue per customer-month ÷ monthly churn). */
  @property({ reflect: true }) definition: LifetimeDefinition = 'historic';
  /** Days without a purchase after which a customer of purchase data counts as lost (1–36,525; default 90). */
  @property({ type: Number, attribute: 'inactive-days' }) inactiveDays: number | undefined;
  /** The period a subscription's `amount` is for: `month` (default) or `year`. */
  @property({ attribute: 'subscription-period' }) subscriptionPeriod: 'month' | 'year' | undefined;

  protected readonly label = 'Customer lifetime value';
  /** Segments in the order drawn: highest value first, those without a value last. */
  #rows: SegmentRow[] = [];
  /** The selected segment's row id. */
  #selected: string | null = null;
  /** The options the result was computed with (for the members of a selected segment). */
  #options: MetricOptions = {};
  readonly #tooltip = new TooltipController(this);
  readonly #focus = new MarkFocusController(this, {
    count: () => this.#rows.length,
    onSelect: (index) => this.#select(index),
    focusMark: (index) => this.updateComplete.then(() => this.shadowRoot?.querySelectorAll<SVGGElement>('g.mark')[index]?.focus()),
  });

  protected override metricProperties(): readonly PropertyKey[] {
    return MEMBERSHIP;
  }

  protected computeTask(): ComputeTask<LifetimeValueView> {
    const definition = oneOf(this.localName, 'definition', this.definition ?? undefined, DEFINITIONS);
    const options: MetricOptions & { definition: LifetimeDefinition } = { ...this.commonOptions(), definition };
    if (this.inactiveDays !== undefined && this.inactiveDays !== null) {
      // An attribute that is not a number is NaN here: quote it as written.
      const value = Number.isNaN(this.inactiveDays) ? this.getAttribute('inactive-days') : this.inactiveDays;
      options.inactiveDays = numberOption(this.localName, 'inactive-days', value, 90, 1, 36_525);
    }
    if (this.subscriptionPeriod) options.subscriptionPeriod = oneOf(this.localName, 'subscription-period', this.subscriptionPeriod, SUBSCRIPTION_PERIODS);
    this.#options = options;
    return computeTask(lifetimeValueCompute, { options, common: this.commonOptions() });
  }

  protected isEmpty({ lifetimeValue: ltv }: LifetimeValueView): boolean {
    return ltv.customers === 0;
  }

  protected emptyMessage(): string {
    return Object.keys(this.commonOptions()).some((k) => k !== 'timeZone') ? 'No customers match these filters.' : 'No customers to show.';
  }

  protected override selectionCleared(): void {
    this.#selected = null;
    this.#focus.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another definition counts other customers: a selection made under the old one is void.
    if (this.hasUpdated && this.#selected !== null && MEMBERSHIP.some((name) => changed.has(name))) {
      this.#selected = null;
      this.#focus.selected = -1;
      emit(this, 'crm-select', { key: null, table: 'accounts', ids: [] });
    }
    super.willUpdate(changed);
    const view = this.result;
    const previous = this.#rows;
    const cac = view?.cac.value ?? null;
    this.#rows = view
      ? view.lifetimeValue.bySegment
          .map((s) => ({ ...s, id: s.segment === null ? 'none' : `s:${s.segment}`, name: segmentName(s.segment), ratio: s.value === null || cac === null ? null : ratio(s.value, cac) }))
          // Stable: equal values keep the engine's order (first appearance, then no segment).
          .sort((a, b) => (a.value === null || b.value === null ? (a.value === b.value ? 0 : a.value === null ? 1 : -1) : b.value - a.value))
      : [];
    // Marks are positions: keep focus and selection on the same segments.
    const active = previous[this.#focus.active]?.id;
    if (active !== undefined) this.#focus.active = this.#rows.findIndex((r) => r.id === active);
    this.#focus.selected = this.#rows.findIndex((r) => r.id === this.#selected);
  }

  protected summary({ lifetimeValue: ltv, cac, clvCac }: LifetimeValueView, f: Formatters): string {
    const name = DEFINITION_NAMES[ltv.definition];
    const ratioWords = clvCac.value === null ? 'no CLV : CAC' : `CLV : CAC ${ratioText(clvCac.value, f)}, ${targetWords(clvCac.value)}`;
    const valued = this.#rows.filter((r) => r.value !== null);
    const spread =
      valued.length > 1 ? ` Highest ${valued[0]!.name} ${f.money(valued[0]!.value)}, lowest ${valued[valued.length - 1]!.name} ${f.money(valued[valued.length - 1]!.value)}.` : '';
    const met = cac.value !== null && cac.value > 0 ? ` ${f.count(this.#rows.filter((r) => r.ratio !== null && r.ratio >= TARGET_RATIO).length)} of ${f.count(this.#rows.length)} segments at or above ${TARGET_RATIO} : 1.` : '';
    return `${this.label} (${name}): ${f.money(ltv.value)} over ${f.count(ltv.customers)} customers; CAC ${f.money(cac.value)}, ${ratioWords}.${spread}${met}`;
  }

  protected tableData({ lifetimeValue: ltv, cac, clvCac }: LifetimeValueView, f: Formatters): TableData {
    return lifetimeValueTable(ltv, this.#rows, cac, clvCac, f);
  }

  protected renderChart({ lifetimeValue: ltv, cac, clvCac }: LifetimeValueView, f: Formatters): TemplateResult {
    const definition = ltv.definition;
    const below = clvCac.value !== null && clvCac.value < TARGET_RATIO;
    const { segment, owner } = this.commonOptions();
    // Under a segment or owner filter the notes say what the CAC is instead.
    const blended = !segment && !owner && cac.value !== null && cac.value > 0;
    return html`
      <dl class="headline" part="headline">
        <div><dt>Lifetime value, ${DEFINITION_NAMES[definition]}</dt><dd>${f.money(ltv.value)}</dd></div>
        <div><dt>Customers</dt><dd>${f.count(ltv.customers)}</dd></div>
        <div><dt>CAC</dt><dd>${f.money(cac.value)}</dd></div>
        <div><dt>CLV : CAC (rule of thumb ${TARGET_RATIO} : 1)</dt><dd class=${below ? 'below' : ''}>${ratioText(clvCac.value, f)}${below ? html`<span class="visually-hidden"> (below ${TARGET_RATIO} : 1)</span>` : nothing}</dd></div>
      </dl>
      <div class="definitions" part="definitions" role="group" aria-label="Lifetime value definition">
        ${DEFINITIONS.map((d) => html`<button type="button" aria-pressed=${d === definition ? 'true' : 'false'} @click=${() => (this.definition = d)}>${DEFINITION_NAMES[d][0]!.toUpperCase()}${DEFINITION_NAMES[d].slice(1)}</button>`)}
      </div>
      <p class="note" part="definition">
        ${DEFINITION_NAMES[definition][0]!.toUpperCase()}${DEFINITION_NAMES[definition].slice(1)}: ${DEFINITION_FORMULAS[definition]}. Revenue from ${BASIS_WORDS[ltv.revenueBasis]}.${blended ? ' Every segment is compared with the CAC of all customers, as costs carry no segment.' : ''}
      </p>
      <svg part="chart" role="group" aria-label="Lifetime value by segment" aria-describedby="summary"><g class="bars"></g><g class="rule" aria-hidden="true"></g></svg>
      ${this.#notes(ltv, cac, f)} ${this.#tooltip.render()}
    `;
  }

  /** Why a figure is missing, and what a filter does to the CAC: nothing is left out in silence. */
  #notes(ltv: LifetimeValueResult, cac: ScalarResult, f: Formatters): TemplateResult | typeof nothing {
    const notes: string[] = [];
    if (ltv.note) notes.push(`All customers: ${ltv.note}.`);
    for (const row of this.#rows) if (row.note) notes.push(`${row.name}: ${row.note}.`);
    if (cac.value === null) notes.push(`No CAC: no customer was acquired in this range, so there is no CLV : CAC and no ${TARGET_RATIO} : 1 line.`);
    else if (cac.value === 0) notes.push(`CAC is ${f.money(0)}: no sales or marketing cost in this range, so there is no CLV : CAC and no ${TARGET_RATIO} : 1 line.`);
    const { segment, owner } = this.commonOptions();
    if (cac.value !== null && (segment || owner)) notes.push(`Costs carry no segment or owner: under this filter the CAC is all sales and marketing cost (${f.money(cac.numerator)}) over the ${f.count(cac.denominator)} customers it acquired.`);
    if (notes.length === 0) return nothing;
    return html`<ul class="notes" part="notes">
      ${notes.map((n) => html`<li>${n}</li>`)}
    </ul>`;
  }

  protected override updated(changed: PropertyValues): void {
    const svg = this.shadowRoot?.querySelector<SVGSVGElement>('svg[part~="chart"]');
    const view = this.result;
    if (svg && view) {
      const layout = layoutLifetimeValue(this.#rows, view.lifetimeValue.definition, view.cac.value, this.drawWidth || 480, this.#focus.active, this.#focus.selected, this.format);
      svg.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
      svg.setAttribute('width', String(layout.width));
      svg.setAttribute('height', String(layout.height));
      drawBars(svg.querySelector('g.bars') as SVGGElement, layout, markHandlers(this.#focus, this.#tooltip, (index, target) => this.#showTooltip(index, target)));
      drawReferenceRule(svg.querySelector('g.rule') as SVGGElement, layout.rule);
    }
    super.updated(changed);
  }

  #showTooltip(index: number, target: Element): void {
    const row = this.#rows[index];
    const view = this.result;
    if (row && view) this.#tooltip.show(target, segmentTooltip(row, view.lifetimeValue.definition, view.cac.value, this.format));
  }

  /** Select the segment at `index`, or clear with -1; tell the page which customers it holds. */
  #select(index: number): void {
    const loaded = this.source.loaded;
    if (!loaded) return;
    const row = index < 0 ? undefined : this.#rows[index];
    this.#selected = row?.id ?? null;
    if (!row) emit(this, 'crm-select', { key: null, table: 'accounts', ids: [] });
    else emit(this, 'crm-select', { key: row.name, table: 'accounts', ids: lifetimeValueCustomers(loaded.table, this.#options, row.segment) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-lifetime-value': CrmLifetimeValue;
  }
}
