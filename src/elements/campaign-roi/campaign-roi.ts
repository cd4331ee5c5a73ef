import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { drawBars } from '../../charts/bars-chart.js';
import { MarkFocusController } from '../../controllers/mark-focus-controller.js';
import { TooltipController } from '../../controllers/tooltip-controller.js';
import { markHandlers } from '../../controllers/mark-handlers.js';
import { emit } from '../../events/emit.js';
import '../../events/crm-select.js';
import type { Formatters } from '../../format/formatters.js';
import { campaignDeals, liftGroupAccounts } from '../../metrics/marketing/campaign-members.js';
import type { CampaignRoiResult, CampaignRow } from '../../metrics/marketing/campaign-roi.js';
import type { LiftGroup } from '../../metrics/marketing/control-lift.js';
import { numberOption, oneOf } from '../../metrics/options.js';
import { CrmElement } from '../shared/crm-element.js';
import { computeTask, type ComputeTask } from '../shared/element-compute.js';
import { campaignRoiCompute, type CampaignRoiView } from './campaign-roi-compute.js';
import type { TableData } from '../shared/table-data.js';
import { layoutCampaignBars, roiText } from './campaign-roi-layout.js';
import { campaignRoiStyles } from './campaign-roi.styles.js';
import { campaignCells, campaignTable, liftPanel, type CampaignCells } from './campaign-roi-tables.js';
import { CAMPAIGN_COLUMNS, firstDirection, sortCampaigns, type CampaignColumn, type SortDirection } from './campaign-sort.js';
import { MIN_GROUP_ACCOUNTS, tooSmall } from './lift-trust.js';

export type { CampaignRoiView } from './campaign-roi-compute.js';

type Group = 'test' | 'control';

/**
 * Campaign return on investment: per campaign its cost against the won revenue attributed to
 * it (by the deals' `campaignId`) as bars, ROI, CPA and CPS in a sortable table, and the lift
 * of the test group over the control group with both groups' conversion and revenue per
 * account — flagged when a group is too small to trust (fewer than `min-group-size` accounts,
 * or fewer than 5 converted or 5 not converted), with the 95% interval of the conversion lift.
 *
 * @tagname crm-campaign-roi
 * @summary Cost, revenue, ROI, CPA and CPS per campaign; lift of test over control.
 *
 * @fires crm-render - After each draw of data; `detail.result` is `{ roi, lift }` as drawn.
 * @fires crm-select - A campaign was chosen (`detail.key` its name, `detail.ids` its deals created or won in range), or a group (`key` `Test group` or `Control group`, `ids` its accounts). Escape or a second click clears (`key: null`).
 * @fires crm-error - The data could not be loaded or used; `detail.message` says why.
 * @fires crm-data-warning - Rows were left out; `detail.problems` lists every one.
 *
 * @csspart frame - The element's layout box.
 * @csspart chart - The bars' SVG.
 * @csspart bar - Each cost or revenue bar.
 * @csspart headline - The totals over all campaigns.
 * @csspart legend - The colour key of the bars.
 * @csspart campaigns - The sortable table of campaigns.
 * @csspart lift - The test and control comparison.
 * @csspart state - The loading, empty and error messages (with `loading`, `empty` or `error`).
 * @csspart warning - The notice of rows left out.
 * @csspart toolbar - The table and download buttons (with the `toolbar` attribute).
 * @csspart table - The table view.
 * @csspart tooltip - The tooltip of the campaign under the pointer or focus.
 *
 * @cssprop --crm-campaign-roi-revenue-color - Revenue bars (default `--crm-palette-1`).
 * @cssprop --crm-campaign-roi-cost-color - Cost bars (default `--crm-palette-2`).
 * @cssprop --crm-campaign-roi-gain-color - The arrow of a lift in the test group's favour (default `--crm-palette-3`).
 */
export class CrmCampaignRoi extends CrmElement<CampaignRoiView> {
  static override styles = [...CrmElement.styles, ...campaignRoiStyles];

  /** Column the campaigns are sorted by (`name`, `channel`, `cost`, `revenue`, `roi`, `deals`, `won`, `cpa`, `cps`); unset keeps the campaigns table's order. */
  @property() sort: CampaignColumn | undefined;
  /** `ascending` or `descending`. */
  @property({ attribute: 'sort-direction' }) sortDirection: SortDirection = 'descending';
  /** Fewest accounts a test or control group needs before its lift is trusted. */
  @property({ type: Number, attribute: 'min-group-size' }) minGroupSize = MIN_GROUP_ACCOUNTS;

  protected readonly label = 'Campaign ROI';
  /** Campaigns in the order shown (table and bars). */
  #rows: CampaignRow[] = [];
  /** The selected campaign's id, or `group:test` / `group:control`. */
  #selected: string | null = null;
  readonly #tooltip = new TooltipController(this);
  readonly #focus = new MarkFocusController(this, {
    count: () => this.#rows.length,
    onSelect: (index) => this.#select(index < 0 ? null : (this.#rows[index]?.id ?? null)),
    focusMark: (index) => this.updateComplete.then(() => this.shadowRoot?.querySelectorAll<SVGGElement>('g.mark')[index]?.focus()),
  });

  protected override metricProperties(): readonly PropertyKey[] {
    // Not inputs of the metrics, but checked with them, so that a typo shows as an error.
    return ['sort', 'sortDirection', 'minGroupSize'];
  }

  protected computeTask(): ComputeTask<CampaignRoiView> {
    // A removed attribute is null (the default); an attribute that is not a number is quoted as written.
    if (this.sort) oneOf(this.localName, 'sort', this.sort, CAMPAIGN_COLUMNS);
    oneOf(this.localName, 'sort-direction', this.sortDirection ?? undefined, ['descending', 'ascending']);
    numberOption(this.localName, 'min-group-size', Number.isNaN(this.minGroupSize) ? this.getAttribute('min-group-size') : (this.minGroupSize ?? undefined), MIN_GROUP_ACCOUNTS, 1);
    return computeTask(campaignRoiCompute, this.commonOptions());
  }

  protected isEmpty({ roi, lift }: CampaignRoiView): boolean {
    return roi.campaigns.length === 0 && lift.test.accounts + lift.control.accounts === 0;
  }

  protected emptyMessage(): string {
    return Object.keys(this.commonOptions()).some((k) => k !== 'timeZone') ? 'No campaigns or test groups match these filters.' : 'No campaigns or test groups to show.';
  }

  protected override selectionCleared(): void {
    this.#selected = null;
    this.#focus.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const previous = this.#rows;
    this.#rows = this.result ? sortCampaigns(this.result.roi.campaigns, this.sort ?? undefined, this.sortDirection ?? 'descending', this.format.locale) : [];
    // Marks are positions in the sorted list: keep focus and selection on the same campaigns.
    const active = previous[this.#focus.active]?.id;
    if (active !== undefined) this.#focus.active = this.#rows.findIndex((r) => r.id === active);
    this.#focus.selected = this.#rows.findIndex((r) => r.id === this.#selected);
  }

  protected summary({ roi, lift }: CampaignRoiView, f: Formatters): string {
    const best = sortCampaigns(roi.campaigns, 'roi', 'descending', f.locale)[0];
    const total = `${f.count(roi.campaigns.length)} campaigns cost ${f.money(roi.total.cost)} and won ${f.money(roi.total.revenue)}, ${roiText(roi.total.roi, f)}`;
    const top = best && best.roi !== null ? `; best ${best.name}, ${roiText(best.roi, f)}` : '';
    const groups = `Test group converted ${f.percent(lift.test.conversion)}, control ${f.percent(lift.control.conversion)}`;
    const small = tooSmall(lift.test, this.minGroupSize) || tooSmall(lift.control, this.minGroupSize) ? ' (too small to trust)' : '';
    return `${this.label}: ${total}${top}. ${groups}${small}.`;
  }

  protected tableData({ roi, lift }: CampaignRoiView, f: Formatters): TableData {
    const columns = ['Campaign', 'Channel', 'Cost', 'Revenue', 'ROI', 'Deals', 'Won', 'CPA', 'CPS', 'Accounts', 'Converted', 'Conversion', 'Revenue per account'].map((label, i) => ({ label, numeric: i > 1 }));
    // Campaign rows leave the group columns empty; group rows the campaign columns but revenue.
    const lines = this.#cells(roi, f);
    const none = <T>(n: number, blank: T): T[] => Array<T>(n).fill(blank);
    const group = (name: string, g: LiftGroup | null, revenue: number | null, conversion: number | null, perAccount: number | null) => ({
      raw: [name, null, null, revenue, ...none(5, null), g?.accounts ?? null, g?.converted ?? null, conversion, perAccount],
      text: [name, '', '', revenue === null ? '' : f.money(revenue), ...none(5, ''), g ? f.count(g.accounts) : '', g ? f.count(g.converted) : '', f.percent(conversion), f.money(perAccount)],
    });
    const groups = [
      group('Test group', lift.test, lift.test.revenue, lift.test.conversion, lift.test.revenuePerAccount),
      group('Control group', lift.control, lift.control.revenue, lift.control.conversion, lift.control.revenuePerAccount),
      group('Lift (test − control)', null, null, lift.lift.conversion, lift.lift.revenuePerAccount),
    ];
    return {
      caption: this.label,
      columns,
      rows: [...lines.map((l) => [...l.raw, ...none(4, null)]), ...groups.map((g) => g.raw)],
      text: [...lines.map((l) => [...l.text, ...none(4, '')]), ...groups.map((g) => g.text)],
    };
  }

  /** Each campaign's cells in the order shown, then the total's. */
  #cells(roi: CampaignRoiResult, f: Formatters): CampaignCells[] {
    return [...this.#rows.map((r) => campaignCells(r.name, r.channel, r, f)), campaignCells('All campaigns', null, roi.total, f)];
  }

  protected renderChart({ roi, lift }: CampaignRoiView, f: Formatters): TemplateResult {
    const t = roi.total;
    const cells = this.#cells(roi, f);
    return html`
      <dl class="headline" part="headline">
        <div><dt>Campaign cost</dt><dd>${f.money(t.cost)}</dd></div>
        <div><dt>Won revenue</dt><dd>${f.money(t.revenue)}</dd></div>
        <div><dt>ROI ((revenue − cost) / cost)</dt><dd class=${t.roi !== null && t.roi < 0 ? 'negative' : ''}>${f.percent(t.roi)}</dd></div>
        <div><dt>CPA (per deal)</dt><dd>${f.money(t.cpa)}</dd></div>
        <div><dt>CPS (per won deal)</dt><dd>${f.money(t.cps)}</dd></div>
      </dl>
      ${this.#rows.length === 0
        ? html`<p class="note">No campaigns in this range.</p>`
        : html`<ul class="legend" part="legend">
              <li><span class="s0"></span>Won revenue</li>
              <li><span class="s1"></span>Cost</li>
            </ul>
            <svg part="chart" role="group" aria-label="Cost and revenue per campaign" aria-describedby="summary"><g class="bars"></g></svg>
            ${campaignTable(cells.slice(0, -1), cells[cells.length - 1] as CampaignCells, this.sort, this.sortDirection, (column) => this.#sortBy(column))}`}
      <div @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.#selected?.startsWith('group:') && this.#select(null)}>
        ${liftPanel(lift, this.minGroupSize, this.#selected, f, (group) => this.#select(this.#selected === `group:${group}` ? null : `group:${group}`))}
      </div>
      ${this.#tooltip.render()}
    `;
  }

  protected override updated(changed: PropertyValues): void {
    const svg = this.shadowRoot?.querySelector<SVGSVGElement>('svg[part~="chart"]');
    if (svg) {
      const layout = layoutCampaignBars(this.#rows, this.drawWidth || 480, this.#focus.active, this.#focus.selected, this.format);
      svg.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
      svg.setAttribute('width', String(layout.width));
      svg.setAttribute('height', String(layout.height));
      drawBars(svg.querySelector('g.bars') as SVGGElement, layout, markHandlers(this.#focus, this.#tooltip, (index, target) => this.#showTooltip(index, target)));
    }
    super.updated(changed);
  }

  #sortBy(column: CampaignColumn): void {
    if (this.sort === column) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sort = column;
      this.sortDirection = firstDirection(column);
    }
  }

  #showTooltip(index: number, target: Element): void {
    const row = this.#rows[index];
    if (!row) return;
    const f = this.format;
    this.#tooltip.show(target, {
      title: row.name,
      lines: [
        row.channel ? `Channel: ${row.channel}` : '',
        `Cost ${f.money(row.cost)} · won revenue ${f.money(row.revenue)}`,
        `${roiText(row.roi, f)} = (revenue − cost) / cost`,
        `${f.count(row.deals)} deals created · CPA ${f.money(row.cpa)}`,
        `${f.count(row.won)} won · CPS ${f.money(row.cps)}`,
      ].filter(Boolean),
    });
  }

  /** Select a campaign by id or a group by `group:…`, or clear with null; tell the page. */
  #select(key: string | null): void {
    const loaded = this.source.loaded;
    if (!loaded) return;
    this.#selected = key;
    this.#focus.selected = this.#rows.findIndex((r) => r.id === key);
    this.requestUpdate();
    const options = this.commonOptions();
    const group = key?.startsWith('group:') ? (key.slice(6) as Group) : null;
    if (key === null) emit(this, 'crm-select', { key: null, table: 'deals', ids: [] });
    else if (group) emit(this, 'crm-select', { key: group === 'test' ? 'Test group' : 'Control group', table: 'accounts', ids: liftGroupAccounts(loaded.table, options, group) });
    else emit(this, 'crm-select', { key: this.#rows.find((r) => r.id === key)?.name ?? key, table: 'deals', ids: campaignDeals(loaded.table, options, key) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-campaign-roi': CrmCampaignRoi;
  }
}
