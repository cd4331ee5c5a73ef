import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TooltipController } from '../../controllers/tooltip-controller.js';
import { VirtualRowsController } from '../../controllers/virtual-rows-controller.js';
import { emit } from '../../events/emit.js';
import '../../events/crm-select.js';
import type { Formatters } from '../../format/formatters.js';
import type { RecencyCustomer, RecencyResult } from '../../metrics/customers/recency.js';
import { oneOf } from '../../metrics/options.js';
import { resolveBoundary } from '../../table/index.js';
import { CrmElement } from '../shared/crm-element.js';
import { computeTask, type ComputeTask } from '../shared/element-compute.js';
import { atRiskCompute } from './at-risk-compute.js';
import type { Cell, TableData } from '../shared/table-data.js';
import { customerGrid, gridColumns, HEADER_HEIGHT, ROW_HEIGHT, sortWords, type GridRow } from './at-risk-grid.js';
import { healthChart } from './at-risk-health.js';
import { AT_RISK_COLUMNS, customerName, firstDirection, sortCustomers, type AtRiskColumn, type SortDirection } from './at-risk-sort.js';
import { atRiskStyles } from './at-risk.styles.js';

/** Customers the table view shows (the CSV has every listed customer; the grid scrolls through all). */
export const TABLE_ROWS = 250;

/**
 * Customers at risk: those whose days since their last interaction (an order, an activity, a
 * ticket, a survey) exceed their own usual gap between purchases (the median gap between
 * purchase days), ranked by revenue, with the revenue health of the whole base: revenue at risk,
 * its share of all revenue, and the share of customers at risk. The list is a grid sortable by
 * every column that renders only the rows in view, so it stays smooth with 100,000 customers;
 * `show-all` lists every customer, with a status column.
 *
 * @tagname crm-at-risk
 * @summary At-risk customers ranked by revenue, with revenue at risk and the share of customers at risk.
 *
 * @fires crm-render - After each draw of data; `detail.result` is the recency result as drawn.
 * @fires crm-select - A customer was chosen (click, Enter or Space on its row): `detail.key` its name (else its account id), `detail.table` `accounts`, `detail.ids` its account id. Escape clears (`key: null`).
 * @fires crm-error - The data could not be loaded or used; `detail.message` says why.
 * @fires crm-data-warning - Rows were left out; `detail.problems` lists every one.
 *
 * @csspart frame - The element's layout box.
 * @csspart headline - The revenue-health figures.
 * @csspart chart - The revenue and customer bars (the SVG and PNG export).
 * @csspart customers - The grid of customers (the scroll box).
 * @csspart state - The loading, empty and error messages (with `loading`, `empty` or `error`).
 * @csspart warning - The notice of rows left out.
 * @csspart toolbar - The table and download buttons (with the `toolbar` attribute).
 * @csspart table - The table view.
 * @csspart tooltip - The tooltip of the customer under the pointer or focus.
 *
 * @cssprop --crm-at-risk-color - Revenue and customers at risk, and a late customer's days (default `--crm-color-negative`).
 * @cssprop --crm-at-risk-healthy-color - The rest of the revenue and customers (default `--crm-palette-1`).
 * @cssprop --crm-at-risk-height - Height of the customer grid (default `24rem`).
 */
export class CrmAtRisk extends CrmElement<RecencyResult> {
  static override styles = [...CrmElement.styles, atRiskStyles];

  /** Column the customers are sorted by: `name`, `last-interaction`, `days-since`, `usual-gap`, `revenue` or `status`. */
  @property() sort: AtRiskColumn = 'revenue';
  /** `ascending` or `descending`. */
  @property({ attribute: 'sort-direction' }) sortDirection: SortDirection = 'descending';
  /** List every customer, not only those at risk (a status column says which are). */
  @property({ type: Boolean, attribute: 'show-all', reflect: true }) showAll = false;

  protected readonly label = 'Customers at risk';
  /** Positions in `result.customers` in the order shown. */
  #order: Int32Array = new Int32Array(0);
  /** What #order was sorted from: result, list, column, direction, locale. */
  #orderedFrom: readonly unknown[] = [];
  /** The selected customer's account id (kept across sorts), or null. */
  #selectedId: string | null = null;
  /** The row whose tooltip shows, so that moving within a row does not redraw it. */
  #tipRow = -1;
  /** Formatted days, per locale and zone: few distinct days, many customers. */
  #days = new Map<string, string>();
  #daysFor = '';
  readonly #tooltip = new TooltipController(this);
  readonly #rows = new VirtualRowsController(this, {
    count: () => this.#order.length,
    scroller: () => this.shadowRoot?.querySelector<HTMLElement>('[part~="customers"]') ?? null,
    rowHeight: ROW_HEIGHT,
    headerHeight: HEADER_HEIGHT,
    onSelect: (index) => this.#select(index),
    focusRow: (index) => this.shadowRoot?.querySelector<HTMLElement>(`[data-row="${index}"]`)?.focus(),
  });

  /** The selected customer, as the engine returned it; null for none. */
  get selectedCustomer(): RecencyCustomer | null {
    return this.result?.customers.find((c) => c.accountId === this.#selectedId) ?? null;
  }

  /** The last computation failed on a bad sort or direction. */
  #badSort = false;

  protected override metricProperties(): readonly PropertyKey[] {
    // The sort is checked with the metric, so that a typo shows as an error; but a valid change
    // of sort only re-sorts: running the metric again over 100,000 customers would double its cost.
    const valid = (AT_RISK_COLUMNS as readonly string[]).includes(this.sort ?? 'revenue') && ['ascending', 'descending'].includes(this.sortDirection ?? 'descending');
    return valid && !this.#badSort ? [] : ['sort', 'sortDirection'];
  }

  protected computeTask(): ComputeTask<RecencyResult> {
    this.#badSort = true;
    oneOf(this.localName, 'sort', this.sort ?? undefined, AT_RISK_COLUMNS);
    oneOf(this.localName, 'sort-direction', this.sortDirection ?? undefined, ['descending', 'ascending']);
    this.#badSort = false;
    return computeTask(atRiskCompute, this.commonOptions());
  }

  protected isEmpty(result: RecencyResult): boolean {
    return result.customers.length === 0;
  }

  protected emptyMessage(): string {
    return Object.keys(this.commonOptions()).some((k) => k !== 'timeZone') ? 'No customers match these filters.' : 'No customers to show.';
  }

  protected override selectionCleared(): void {
    this.#selectedId = null;
    this.#rows.clear();
  }

  /** How many of the engine's customers are listed: the at-risk ones come first in its order. */
  #listed(result: RecencyResult): number {
    return this.showAll ? result.customers.length : result.atRisk;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const result = this.result;
    const sort = (AT_RISK_COLUMNS as readonly string[]).includes(this.sort) ? this.sort : 'revenue';
    const direction = this.sortDirection === 'ascending' ? 'ascending' : 'descending';
    const inputs = [result, result ? this.#listed(result) : 0, sort, direction, this.format.locale];
    const previous = this.#orderedFrom;
    if (inputs.some((part, i) => part !== previous[i])) {
      this.#orderedFrom = inputs;
      this.#order = result ? sortCustomers(result.customers, this.#listed(result), sort, direction, this.format.locale) : new Int32Array(0);
      this.#rows.selected = this.#positionOf(this.#selectedId);
      this.#tipRow = -1;
      this.#tooltip.hide();
      // A new list or order starts at the top; a new locale alone keeps the place.
      if (inputs.slice(0, 4).some((part, i) => part !== previous[i])) this.#rows.reset();
    }
  }

  /** Where a customer stands in the order shown; -1 when not listed. */
  #positionOf(accountId: string | null): number {
    const customers = this.result?.customers;
    if (accountId === null || !customers) return -1;
    const order = this.#order;
    for (let i = 0; i < order.length; i++) if (customers[order[i]!]!.accountId === accountId) return i;
    return -1;
  }

  #customerAt(position: number): RecencyCustomer | undefined {
    const index = this.#order[position];
    return index === undefined ? undefined : this.result?.customers[index];
  }

  /** A local day `YYYY-MM-DD` in the element's locale ("Jul 1, 2024"), in the zone it was counted in. */
  #day(day: string, f: Formatters): string {
    const key = `${f.locale}|${f.timeZone}`;
    if (key !== this.#daysFor) {
      this.#days = new Map();
      this.#daysFor = key;
    }
    let text = this.#days.get(day);
    if (text === undefined) this.#days.set(day, (text = f.date(resolveBoundary(day, f.timeZone))));
    return text;
  }

  #cells(c: RecencyCustomer, f: Formatters): string[] {
    const cells = [customerName(c), this.#day(c.lastInteraction, f), f.count(c.recencyDays), f.number(c.usualGapDays, 1), f.money(c.revenue)];
    if (this.showAll) cells.push(statusText(c));
    return cells;
  }

  protected summary(r: RecencyResult, f: Formatters): string {
    const customers = r.customers.length;
    const asOf = r.asOf ? `, as of ${this.#day(r.asOf, f)}` : '';
    const base = `${this.label}: ${f.count(r.atRisk)} of ${f.count(customers)} customers (${f.percent(r.atRisk / customers)}) are past their usual gap between purchases${asOf}, with ${f.money(r.revenueAtRisk)} of revenue, ${f.percent(r.shareAtRisk)} of ${f.money(r.revenue)}.`;
    const top = r.atRisk > 0 ? (r.customers[0] as RecencyCustomer) : undefined;
    const largest = top ? ` Largest: ${customerName(top)}, ${f.money(top.revenue)}, ${f.count(top.recencyDays)} days since the last interaction against a usual ${f.number(top.usualGapDays, 1)}.` : '';
    return `${base}${largest}`;
  }

  #tableCache: { from: readonly unknown[]; data: TableData } | null = null;

  protected tableData(r: RecencyResult, f: Formatters): TableData {
    const from = [r, this.#order, f];
    if (this.#tableCache && from.every((part, i) => part === this.#tableCache!.from[i])) return this.#tableCache.data;
    const columns = [
      { label: 'Customer' },
      { label: 'Account id' },
      { label: 'Last interaction' },
      { label: 'Days since', numeric: true },
      { label: 'Usual gap (days)', numeric: true },
      { label: 'Purchases', numeric: true },
      { label: 'Revenue', numeric: true },
      { label: 'At risk' },
    ];
    const n = this.#order.length;
    const rows: Cell[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const c = this.#customerAt(i)!;
      rows[i] = [customerName(c), c.accountId, c.lastInteraction, c.recencyDays, c.usualGapDays, c.purchases, c.revenue, c.atRisk ? 'yes' : 'no'];
    }
    const text = Array.from({ length: Math.min(n, TABLE_ROWS) }, (_, i) => {
      const c = this.#customerAt(i)!;
      return [customerName(c), c.accountId, this.#day(c.lastInteraction, f), f.count(c.recencyDays), f.number(c.usualGapDays, 1), f.count(c.purchases), f.money(c.revenue), c.atRisk ? 'yes' : 'no'];
    });
    const listed = this.showAll ? 'Customers' : 'Customers at risk';
    const shown = n > TABLE_ROWS ? ` — the first ${f.count(TABLE_ROWS)} of ${f.count(n)} are shown; the CSV download lists every one` : '';
    const column = gridColumns(this.showAll).find((c) => c.key === this.sort);
    const data = { caption: `${listed}${column ? `, ${sortWords(column, this.sortDirection === 'ascending' ? 'ascending' : 'descending')}` : ''}${shown}`, columns, rows, text };
    this.#tableCache = { from, data };
    return data;
  }

  protected renderChart(r: RecencyResult, f: Formatters): TemplateResult {
    const customers = r.customers.length;
    const columns = gridColumns(this.showAll);
    const column = columns.find((c) => c.key === this.sort) ?? columns[4]!;
    const direction = this.sortDirection === 'ascending' ? 'ascending' : 'descending';
    const listed = this.#order.length;
    const caption = `${this.showAll ? 'All customers' : 'Customers at risk'} (${f.count(listed)}), ${sortWords(column, direction)}`;
    return html`
      <dl class="headline" part="headline">
        <div><dt>Revenue at risk</dt><dd>${f.money(r.revenueAtRisk)}</dd></div>
        <div><dt>Share of revenue</dt><dd>${f.percent(r.shareAtRisk)}</dd></div>
        <div><dt>Customers at risk</dt><dd>${f.count(r.atRisk)}</dd></div>
        <div><dt>Share of customers</dt><dd>${f.percent(r.atRisk / customers)}</dd></div>
      </dl>
      <p class="as-of">${r.asOf ? `As of ${this.#day(r.asOf, f)}. ` : ''}At risk: more days since the last interaction than the customer's usual gap between purchases.</p>
      ${healthChart(r, Math.min(this.drawWidth || 480, 720), f)}
      <div class="list-bar">
        <p class="caption" id="customers-caption">${caption}</p>
        <button type="button" class="toggle" aria-pressed=${this.showAll ? 'true' : 'false'} @click=${() => (this.showAll = !this.showAll)}>Show all customers</button>
      </div>
      ${listed === 0
        ? html`<p class="note">No customer is past their usual gap between purchases.</p>`
        : customerGrid({
            count: listed,
            columns,
            sort: column.key,
            direction,
            rows: this.#rows.rows(),
            row: (i) => this.#row(i, f),
            tabIndexOf: (i) => this.#rows.tabIndexOf(i),
            selected: this.#rows.selected,
            labelledBy: 'customers-caption',
            on: {
              sortBy: (key) => this.#sortBy(key),
              keydown: this.#rows.onKeydown,
              focus: (i, row) => {
                this.#rows.onFocus(i);
                this.#showTooltip(i, row);
              },
              hover: (i, row) => this.#showTooltip(i, row),
              leave: () => this.#hideTooltip(),
              select: (i) => this.#rows.select(i === this.#rows.selected ? -1 : i),
            },
          })}
      ${this.#tooltip.render()}
    `;
  }

  #row(position: number, f: Formatters): GridRow {
    const c = this.#customerAt(position);
    return c ? { cells: this.#cells(c, f), late: c.atRisk } : { cells: [], late: false };
  }

  #sortBy(column: AtRiskColumn): void {
    if (this.sort === column) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sort = column;
      this.sortDirection = firstDirection(column);
    }
  }

  #showTooltip(position: number, row: Element): void {
    if (position === this.#tipRow) return;
    const c = this.#customerAt(position);
    if (!c) return;
    const f = this.format;
    this.#tipRow = position;
    const gap = c.usualGapDays === null ? 'No usual gap yet: one purchase day' : `Usual gap between purchases: ${f.days(c.usualGapDays)}`;
    const late = c.atRisk && c.usualGapDays !== null ? `At risk: ${f.days(c.recencyDays - c.usualGapDays)} past the usual gap` : 'Not at risk';
    this.#tooltip.show(row, {
      title: customerName(c),
      lines: [`Last interaction ${this.#day(c.lastInteraction, f)}, ${f.days(c.recencyDays)} ago`, gap, late, `${f.count(c.purchases)} ${c.purchases === 1 ? 'purchase' : 'purchases'} · revenue ${f.money(c.revenue)}`],
    });
  }

  #hideTooltip(): void {
    this.#tipRow = -1;
    this.#tooltip.hide();
  }

  /** Select the customer at `position`, or clear with -1; tell the page. */
  #select(position: number): void {
    const c = position < 0 ? undefined : this.#customerAt(position);
    this.#selectedId = c?.accountId ?? null;
    this.#rows.selected = c ? position : -1;
    this.requestUpdate();
    if (c) emit(this, 'crm-select', { key: customerName(c), table: 'accounts', ids: [c.accountId] });
    else emit(this, 'crm-select', { key: null, table: 'accounts', ids: [] });
  }
}

/** Words for a customer's standing, in the status column of `show-all`. */
function statusText(c: RecencyCustomer): string {
  if (c.atRisk) return 'At risk';
  return c.usualGapDays === null ? 'No gap yet' : 'On rhythm';
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-at-risk': CrmAtRisk;
  }
}
