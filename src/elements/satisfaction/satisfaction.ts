import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { drawBars } from '../../charts/bars-chart.js';
import { panelMarkFocus } from '../../controllers/mark-focus-controller.js';
import { markHandlers } from '../../controllers/mark-handlers.js';
import { TooltipController } from '../../controllers/tooltip-controller.js';
import { emit } from '../../events/emit.js';
import '../../events/crm-select.js';
import type { Formatters } from '../../format/formatters.js';
import { numberOption, oneOf } from '../../metrics/options.js';
import { surveyAccounts, type NpsGroup, type SurveyGroup } from '../../metrics/service/survey-members.js';
import { PERIODS, type Period } from '../../table/index.js';
import { CrmElement } from '../shared/crm-element.js';
import { computeTask, type ComputeTask } from '../shared/element-compute.js';
import type { TableData } from '../shared/table-data.js';
import { satisfactionCompute, type SatisfactionView } from './satisfaction-compute.js';
import { layoutSatisfaction, PANELS, panelKeys, type Panel } from './satisfaction-layout.js';
import { satisfactionStyles } from './satisfaction.styles.js';
import { panelTooltip } from './satisfaction-tooltips.js';
import { GROUP_NAMES, GROUP_SCORES, lowNotice, responses, satisfactionTable, signed, summaryText } from './satisfaction-words.js';

/**
 * Below this many responses a score is flagged as too few to trust. Thirty is the usual floor
 * of survey practice, and what it buys can be computed: an NPS is the mean of +1 / 0 / −1
 * answers, so its 95% margin of error is 196 · √((P + D − (P − D)²) / n) points. At n = 30 that
 * is ±30 points for a typical 40 / 30 / 30 split and ±36 at worst; a CSAT share of 80% is ±14
 * percentage points. Fewer responses than that and a period's move is mostly noise. Where
 * decisions hang on moves of a few points, raise it (100 responses: about ±16 NPS points).
 */
export const DEFAULT_MIN_RESPONSES = 30;

const PANEL_NAMES: Record<Panel, string> = { nps: 'NPS by group', trend: 'NPS by period', ces: 'Customer effort', csat: 'Customer satisfaction' };

/**
 * Customer satisfaction from survey responses: the Net Promoter Score as a diverging stacked bar
 * (detractors left of the zero line, passives across it, promoters right) with its score; the
 * NPS by period over the responses behind each period; the customer effort score (CES) on its
 * own 1..scale axis with the responses per point; and CSAT as the share of responses in the top
 * two boxes. Every figure comes with its response count, and a score resting on fewer than
 * `min-responses` responses is flagged — in a visible notice, on the chart, in the summary.
 *
 * Numbers are `computeMetric('nps' | 'ces' | 'csat', …)`'s, over the range and over each
 * period's window: NPS on 0–10 (promoters 9–10, detractors 0–6; seed 003's "one to ten" is
 * wrong and practitioners' 0–10 is used), CES the mean on 1..`ces-scale` (responses on other
 * scales rescaled), CSAT top-two-box on each response's own scale.
 *
 * @tagname crm-satisfaction
 * @summary NPS as a diverging bar with its trend, CES and CSAT on their scales, with response counts.
 *
 * @fires crm-render - After each draw of data; `detail.result` is `{ period, minResponses, nps, ces, csat, periods, low }`.
 * @fires crm-select - An NPS group, a period, a CES point or a CSAT part was clicked or chosen with Enter; `detail.key` is `nps:promoters`, `nps:passives`, `nps:detractors`, the period's first day (`2024-03-01`, its NPS responses), `ces:5` (`ces:all` when responses were rescaled), `csat:satisfied` or `csat:other`; `detail.ids` the accounts that gave those responses (`table: "accounts"`: responses have no ids of their own). Escape or a second click clears (`key: null`).
 * @fires crm-error - The data could not be loaded or used; `detail.message` says why.
 * @fires crm-data-warning - Rows were left out; `detail.problems` lists every one.
 *
 * @csspart frame - The element's layout box.
 * @csspart headline - NPS, CES and CSAT with their response counts.
 * @csspart low-responses - The notice of scores resting on too few responses.
 * @csspart legend - The colour key of the NPS groups.
 * @csspart chart - The SVG with the four panels.
 * @csspart bar - Each bar or bar segment.
 * @csspart state - The loading, empty and error messages (with `loading`, `empty` or `error`).
 * @csspart warning - The notice of rows left out.
 * @csspart toolbar - The table and download buttons (with the `toolbar` attribute).
 * @csspart table - The table view.
 * @csspart tooltip - The tooltip of the mark under the pointer or focus.
 *
 * @cssprop --crm-satisfaction-detractor-color - Detractors and negative NPS (default `--crm-color-negative`).
 * @cssprop --crm-satisfaction-passive-color - Passives, the response counts and CSAT's rest (default `--crm-palette-8`).
 * @cssprop --crm-satisfaction-promoter-color - Promoters and positive NPS (default `--crm-color-positive`).
 * @cssprop --crm-satisfaction-bar-color - CES and CSAT bars (default `--crm-palette-1`).
 * @cssprop --crm-satisfaction-warning-color - Too few responses: the line, the counts and marks under it (default `--crm-color-warning`).
 */
export class CrmSatisfaction extends CrmElement<SatisfactionView> {
  static override styles = [...CrmElement.styles, ...satisfactionStyles];

  /** NPS trend per `day`, `week`, `month`, `quarter` or `year` (default the dashboard's, else `month`). */
  @property() period: Period | undefined;
  /**
   * Fewer responses than this make a score too few to trust: flagged in a notice, on the
   * chart and in the summary (a whole number ≥ 1; default 30: see `DEFAULT_MIN_RESPONSES`).
   */
  @property({ type: Number, attribute: 'min-responses' }) minResponses = DEFAULT_MIN_RESPONSES;
  /** The CES scale 1..n the mean is drawn on (2–100; default 7, CES 2.0); responses on other scales are rescaled onto it. */
  @property({ type: Number, attribute: 'ces-scale' }) cesScale: number | undefined;
  /** Which end of the CES scale is easy: `high` (CES 2.0, "it was easy": agree = 7) or `low` (an effort scale: 1 = little effort). */
  @property({ attribute: 'ces-easy' }) cesEasy: 'high' | 'low' = 'high';

  protected readonly label = 'Customer satisfaction';
  /** `<panel>:<key>` of the selected mark; null for none. */
  #selected: string | null = null;
  readonly #tooltip = new TooltipController(this);
  readonly #focus = panelMarkFocus(this, PANELS, (panel) => this.#keys(panel), (selection) => this.#select(selection));

  protected override metricProperties(): readonly PropertyKey[] {
    // `ces-easy` only changes words, but is checked in compute so a typo shows as an error.
    return ['period', 'minResponses', 'cesScale', 'cesEasy'];
  }

  /** The period in effect: the element's own, else the dashboard's, else month. */
  get #period(): Period {
    return this.periodOr(this.period ?? undefined, 'month');
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A period set on the dashboard is an input too: recompute when the one in effect changes.
    if (this.result && this.#period !== this.result.period) changed.set('period', this.period);
    super.willUpdate(changed);
    for (const panel of PANELS) this.#focus[panel].selected = this.#selected?.startsWith(`${panel}:`) ? this.#keys(panel).indexOf(this.#selected.slice(panel.length + 1)) : -1;
  }

  protected computeTask(): ComputeTask<SatisfactionView> {
    // A removed attribute is null (the default); an attribute that is not a number is quoted as written.
    const number = (name: string, value: number | null | undefined) => (Number.isNaN(value) ? this.getAttribute(name) : (value ?? undefined));
    const period = this.#period;
    if (!PERIODS.includes(period)) throw new RangeError(`period: ${JSON.stringify(period)} is not one of ${PERIODS.join(', ')}`);
    const min = numberOption(this.localName, 'min-responses', number('min-responses', this.minResponses), DEFAULT_MIN_RESPONSES, 1);
    if (!Number.isInteger(min)) throw new RangeError(`invalid min-responses for ${this.localName}: ${min} (expected a whole number)`);
    oneOf(this.localName, 'ces-easy', this.cesEasy ?? undefined, ['high', 'low']);
    const scale = number('ces-scale', this.cesScale);
    return computeTask(satisfactionCompute, { options: this.commonOptions(), period, minResponses: min, cesScale: scale === undefined ? undefined : (scale as number) });
  }

  protected isEmpty(view: SatisfactionView): boolean {
    return view.nps.responses + view.ces.responses + (view.csat.denominator ?? 0) === 0;
  }

  protected emptyMessage(): string {
    return Object.keys(this.commonOptions()).some((k) => k !== 'timeZone') ? 'No survey responses match these filters.' : 'No survey responses to show.';
  }

  protected summary(view: SatisfactionView, f: Formatters): string {
    return summaryText(this.label, view, f);
  }

  protected tableData(view: SatisfactionView, f: Formatters): TableData {
    return satisfactionTable(view, f);
  }

  protected override selectionCleared(): void {
    this.#selected = null;
    for (const panel of PANELS) this.#focus[panel].clear();
    this.requestUpdate();
  }

  #keys(panel: Panel): string[] {
    return this.result ? panelKeys(this.result, panel) : [];
  }

  protected renderChart(view: SatisfactionView, f: Formatters): TemplateResult {
    const csatN = view.csat.denominator ?? 0;
    const low = lowNotice(view, f);
    return html`
      <dl class="headline" part="headline">
        <div><dt>NPS</dt><dd>${signed(view.nps.value, f)}</dd><dd class="count">${responses(view.nps.responses, f)}</dd></div>
        <div><dt>CES (1–${f.count(view.ces.scale)})</dt><dd>${f.number(view.ces.value)}</dd><dd class="count">${responses(view.ces.responses, f)}</dd></div>
        <div><dt>CSAT (top two boxes)</dt><dd>${f.percent(view.csat.value)}</dd><dd class="count">${responses(csatN, f)}</dd></div>
      </dl>
      ${low ? html`<p part="low-responses" role="note">⚠ ${low}</p>` : nothing}
      ${view.nps.responses
        ? html`<ul class="legend" part="legend" aria-label="NPS groups">
            ${(['detractors', 'passives', 'promoters'] as const).map((g, i) => html`<li><span class="s${i}"></span>${GROUP_NAMES[g]} (${GROUP_SCORES[g]})</li>`)}
          </ul>`
        : nothing}
      <svg part="chart" role="group" aria-label="Customer satisfaction charts" aria-describedby="summary">
        ${PANELS.map((panel) => svg`<g class=${panel} role="group" aria-label=${PANEL_NAMES[panel]}></g>`)}
      </svg>
      ${this.#tooltip.render()}
    `;
  }

  protected override updated(changed: PropertyValues): void {
    const root = this.shadowRoot?.querySelector<SVGSVGElement>('svg[part~="chart"]');
    const view = this.result;
    if (root && view) {
      const focus = (panel: Panel) => ({ active: this.#focus[panel].active, selected: this.#focus[panel].selected });
      const layout = layoutSatisfaction({ view, cesEasy: this.cesEasy === 'low' ? 'low' : 'high', width: this.drawWidth || 480, focus: { nps: focus('nps'), trend: focus('trend'), ces: focus('ces'), csat: focus('csat') }, format: this.format });
      root.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
      root.setAttribute('width', String(layout.width));
      root.setAttribute('height', String(layout.height));
      for (const panel of PANELS) {
        drawBars(
          root.querySelector(`g.${panel}`) as SVGGElement,
          layout[panel],
          markHandlers(this.#focus[panel], this.#tooltip, (index, target) => {
            const content = panelTooltip(view, panel, index, this.format);
            if (content) this.#tooltip.show(target, content);
          }),
        );
      }
    }
    super.updated(changed);
  }

  /** The responses behind a mark, as the members module names them. */
  #group(panel: Panel, key: string): SurveyGroup {
    if (panel === 'nps') return { kind: 'nps', group: key as NpsGroup };
    if (panel === 'trend') return { kind: 'nps' };
    if (panel === 'ces') return key === 'all' ? { kind: 'ces' } : { kind: 'ces', score: Number(key) };
    return { kind: 'csat', satisfied: key === 'satisfied' };
  }

  /** Select `<panel>:<key>`, or clear with null; tell the page. */
  #select(selected: string | null): void {
    const loaded = this.source.loaded;
    const view = this.result;
    if (!loaded || !view) return;
    this.#selected = selected;
    this.requestUpdate();
    if (selected === null) {
      emit(this, 'crm-select', { key: null, table: 'accounts', ids: [] });
      return;
    }
    const panel = selected.slice(0, selected.indexOf(':')) as Panel;
    const key = selected.slice(panel.length + 1);
    let options: Record<string, unknown> = this.commonOptions();
    if (panel === 'trend') {
      const p = view.periods.find((w) => w.start === key);
      if (p) options = { ...options, from: p.from, to: p.to };
    }
    if (panel === 'ces') options.scale = view.ces.scale;
    emit(this, 'crm-select', { key: panel === 'trend' ? key : `${panel}:${key}`, table: 'accounts', ids: surveyAccounts(loaded.table, options, this.#group(panel, key)) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-satisfaction': CrmSatisfaction;
  }
}
