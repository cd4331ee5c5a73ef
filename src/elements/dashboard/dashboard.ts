import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataSourceController, type LoadedData } from '../../controllers/data-source-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { crossFiltered } from '../../dashboard/cross-filter.js';
import { dashboardContext, type DashboardContext, type DashboardFilters, type DashboardSelection, type InheritedData } from '../../dashboard/dashboard-context.js';
import { emit } from '../../events/emit.js';
import { readUrlFilters, urlPrefix, URL_FILTERS, writeUrlFilters } from '../../dashboard/url-state.js';
import '../../events/crm-filter-change.js';
import '../../events/crm-select.js';
import type { CrmSelectEvent } from '../../events/crm-select.js';
import type { Period } from '../../table/index.js';
import { tokenStyles } from '../../themes/tokens.js';
import { dashboardStyles } from './dashboard.styles.js';

/** Width from which children marked \`wide\` span two columns. */
const WIDE_LAYOUT_PX = 768;

/**
 * A CRM dashboard: loads one dataset once and gives it — with the shared filters, locale,
 * currency, time zone and theme — to every crm element inside it (@lit/context). A `crm-select`
 * in one element (a funnel stage, a cohort cell, a quadrant) cross-filters all the others to
 * those deals or customers, shown as a removable chip; Escape clears it. Children are laid out
 * in a responsive grid, one column on a phone; give a child the `wide` attribute to span two.
 *
 * @tagname crm-dashboard
 * @summary One data source, shared filters and cross-filtering for the crm elements inside it.
 *
 * @slot - The crm elements (and anything else) to lay out in the grid.
 * @slot title - A heading for the dashboard.
 * @slot filters - Your own `<crm-filters>` (or other controls); without one, a filter bar is built in.
 *
 * @fires crm-filter-change - The filters changed (by the filter bar, `setFilters` or the URL); `detail.filters` holds them all.
 * @fires crm-error - The data could not be loaded or used; `detail.message` says why.
 * @fires crm-data-warning - Rows were left out; `detail.problems` lists every one.
 *
 * @csspart header - The title, filters and selection chip.
 * @csspart grid - The layout of the children.
 * @csspart chip - The cross-filter chip (a button that removes it).
 * @csspart state - The loading and error messages.
 *
 * @cssprop --crm-dashboard-min-column - Narrowest column of the grid (default 22rem).
 * @cssprop --crm-dashboard-gap - Space between children (default `--crm-space-4`).
 */
export class CrmDashboard extends LitElement {
  static override styles = [tokenStyles, dashboardStyles];

  /** The dataset as an object (wins over inline JSON and `src`). */
  @property({ attribute: false }) data: unknown;
  /**
   * A data adapter (`CrmAdapter` of `crm-kit/adapters`): `load(signal)` and optional live
   * `subscribe(listener)`, so a vendor can feed the whole dashboard from its product and push
   * updates to every element at once; wins over inline JSON and `src`.
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
  /** BCP 47 locale for every element inside. */
  @property() locale: string | undefined;
  /** ISO 4217 currency of the money in the data. */
  @property() currency: string | undefined;
  /** IANA time zone whose calendar defines days and months. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;
  /** `light` or `dark` for every element inside; unset follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;
  /** Shared filter: first day or instant included. */
  @property() from: string | undefined;
  /** Shared filter: first day or instant excluded. */
  @property() to: string | undefined;
  /** Shared filter: only accounts of this segment. */
  @property() segment: string | undefined;
  /** Shared filter: only deals and activities of this owner. */
  @property() owner: string | undefined;
  /** Shared grouping of series: `day`, `week`, `month`, `quarter` or `year`. */
  @property() period: Period | undefined;
  /** The day the date presets count back from (`YYYY-MM-DD`); default the data's last day. */
  @property({ attribute: 'as-of' }) asOf: string | undefined;
  /** Write the filters to the page's URL and read them from it, so a view can be shared as a link. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** The current cross-filter, or null. */
  @state() selection: DashboardSelection | null = null;
  /** Whether the page put its own controls in the `filters` slot. */
  @state() private ownFilters = false;

  protected readonly source = new DataSourceController(this);
  readonly #size = new ResizeController(this);
  readonly #provider = new ContextProvider(this, { context: dashboardContext });
  /** Stable per state, so an element's data source sees the same object until the data changes. */
  #inherited: { key: unknown; value: InheritedData | undefined } = { key: undefined, value: undefined };
  #filtered: { key: unknown; value: InheritedData | undefined } = { key: undefined, value: undefined };

  /** Also waits for a load that imports the schema module to word a bad row (a few ms, once). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.source.updateComplete(() => super.getUpdateComplete());
  }

  /** The loaded dataset, unfiltered; undefined until ready. */
  get loaded(): LoadedData | undefined {
    return this.source.state === 'ready' ? this.source.loaded : undefined;
  }

  get filters(): DashboardFilters {
    const filters: Record<string, string> = {};
    for (const name of URL_FILTERS) {
      const value = this[name];
      if (value) filters[name] = value;
    }
    return filters;
  }

  /** Change some filters; `undefined` (or '') clears one. Fires `crm-filter-change`. */
  setFilters(change: Partial<Record<keyof DashboardFilters, string | undefined>>): void {
    let changed = false;
    for (const name of URL_FILTERS) {
      if (!(name in change)) continue;
      const value = change[name] || undefined;
      if (this[name] === value) continue;
      (this as Record<typeof name, string | undefined>)[name] = value;
      changed = true;
    }
    if (changed) emit(this, 'crm-filter-change', { filters: this.filters });
  }

  clearSelection(): void {
    this.selection = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('crm-select', this.#onSelect);
    this.addEventListener('keydown', this.#onKeydown);
    if (this.syncUrl) {
      this.#readUrl();
      window.addEventListener('popstate', this.#readUrl);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('crm-select', this.#onSelect);
    this.removeEventListener('keydown', this.#onKeydown);
    window.removeEventListener('popstate', this.#readUrl);
  }

  readonly #readUrl = (): void => {
    const fromUrl = readUrlFilters(location.search, urlPrefix(this.id));
    this.setFilters(Object.fromEntries(URL_FILTERS.map((name) => [name, fromUrl[name]])));
  };

  readonly #onSelect = (event: CrmSelectEvent): void => {
    const source = event.target as Element;
    if (source === this) return;
    const { key, table, ids } = event.detail;
    if (key === null) {
      if (this.selection?.source === source) this.selection = null;
      return;
    }
    const name = source.getAttribute('aria-label') || source.localName;
    const what = table === 'deals' ? (ids.length === 1 ? 'deal' : 'deals') : ids.length === 1 ? 'customer' : 'customers';
    this.selection = { source, key, table, ids, label: `${name}: ${key} (${ids.length} ${what})` };
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    // An element that has a selection of its own clears it on Escape and says so by crm-select;
    // this catches Escape anywhere else in the dashboard.
    if (event.key === 'Escape' && this.selection) this.selection = null;
  };

  protected override willUpdate(changed: PropertyValues): void {
    if (this.theme) this.setAttribute('data-crm-theme', this.theme);
    else this.removeAttribute('data-crm-theme');
    // Room for two columns: a \`wide\` child may span them. (A container query cannot decide
    // this: it does not reach slotted children from the shadow root's styles.)
    this.toggleAttribute('data-wide', (this.#size.width || this.clientWidth) >= WIDE_LAYOUT_PX);
    this.source.sync();
    if (this.syncUrl && URL_FILTERS.some((name) => changed.has(name)) && this.hasUpdated) {
      const search = writeUrlFilters(location.search, urlPrefix(this.id), this.filters);
      if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
    this.#provider.setValue(this.#context());
  }

  /** The data as this dashboard has it, one object per state. */
  #data(): InheritedData | undefined {
    const { state: dataState, loaded, error } = this.source;
    const key = dataState === 'ready' ? loaded : dataState === 'error' ? error : dataState;
    if (this.#inherited.key !== key) {
      const value: InheritedData | undefined =
        dataState === 'ready' && loaded ? { state: 'ready', loaded } : dataState === 'error' && error ? { state: 'error', error } : dataState === 'loading' ? { state: 'loading' } : undefined;
      this.#inherited = { key, value };
    }
    return this.#inherited.value;
  }

  /** The data narrowed by the current selection, computed once per selection. */
  #crossFiltered(selection: DashboardSelection): InheritedData | undefined {
    const data = this.#data();
    if (data?.state !== 'ready') return data;
    const key = [data, selection];
    if (!Array.isArray(this.#filtered.key) || this.#filtered.key.some((part, i) => part !== key[i])) {
      this.#filtered = { key, value: { state: 'ready', loaded: crossFiltered(data.loaded, selection) } };
    }
    return this.#filtered.value;
  }

  #context(): DashboardContext {
    const selection = this.selection;
    return {
      filters: this.filters,
      locale: this.locale,
      currency: this.currency,
      timeZone: this.timeZone,
      theme: this.theme,
      selection,
      asOf: this.asOf,
      data: this.#data(),
      dataFor: (element) => (selection && element !== selection.source ? this.#crossFiltered(selection) : this.#data()),
      setFilters: (change) => this.setFilters(change),
      clearSelection: () => this.clearSelection(),
    };
  }

  override render(): TemplateResult {
    const { state: dataState, error } = this.source;
    return html`
      <div part="header" class="header" role="group" aria-label="Dashboard filters and selection">
        <slot name="title"></slot>
        <slot name="filters" @slotchange=${(e: Event) => (this.ownFilters = (e.target as HTMLSlotElement).assignedElements().length > 0)}></slot>
        ${this.ownFilters ? nothing : html`<crm-filters></crm-filters>`}
        ${this.#chip()}
      </div>
      ${dataState === 'error' ? html`<div part="state error" role="alert">The dashboard's data could not be loaded. ${error?.message ?? ''}</div>` : nothing}
      <div part="grid" class="grid"><slot></slot></div>
    `;
  }

  #chip(): TemplateResult {
    const selection = this.selection;
    // The live region is always there, so that a screen reader hears the filter come and go.
    return html`<div class="selection" role="status">
      ${selection
        ? html`<span class="visually-hidden">Cross-filter applied:</span>
            <button type="button" part="chip" aria-label="Remove the cross-filter ${selection.label}" @click=${() => this.clearSelection()}>
              <span>${selection.label}</span><span aria-hidden="true">×</span>
            </button>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-dashboard': CrmDashboard;
  }
}
