import { consume } from '@lit/context';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { dashboardContext, type DashboardContext } from '../../dashboard/dashboard-context.js';
import { dayNumber, DATE_PRESETS, localDay, presetOf, presetRange, PRESET_LABELS, type DatePreset } from '../../dashboard/date-presets.js';
import { PERIODS } from '../../table/index.js';
import { formatDay } from '../../time/civil.js';
import { tokenStyles } from '../../themes/tokens.js';

const PERIOD_LABELS: Record<string, string> = { day: 'Day', week: 'Week', month: 'Month', quarter: 'Quarter', year: 'Year' };

/** Sorted names by dictionary values: the bar renders on every filter change, and a million deals' owners took 5–17 ms to sort each time. */
const sorted = new WeakMap<readonly string[], { locale: string | undefined; length: number; names: string[] }>();

/** Names in a dictionary column, sorted for a person to scan (not in order of appearance). */
function sortedNames(values: readonly string[], locale: string | undefined): string[] {
  const kept = sorted.get(values);
  // A dictionary only grows (encode appends), so its length tells whether the sort still holds.
  if (kept && kept.locale === locale && kept.length === values.length) return kept.names;
  const names = [...values].sort(new Intl.Collator(locale).compare);
  sorted.set(values, { locale, length: values.length, names });
  return names;
}

/**
 * The filter bar of a `<crm-dashboard>`: a date range with presets (last 30 and 90 days, this
 * quarter, year to date, the previous period), the period of series, and segment and owner
 * pickers filled from the data. Presets count back from the dashboard's as-of day (its `as-of`,
 * else the data's last day). The date fields show the last day included; the filter's `to` is the
 * day after it. Every control is a native, labelled form control.
 *
 * A dashboard builds one in unless you put your own in its `filters` slot. Outside a dashboard it
 * has nothing to filter and says so.
 *
 * @tagname crm-filters
 * @summary Date range, period, segment and owner filters for a crm-dashboard.
 *
 * @csspart filters - The group of controls.
 * @csspart control - Each labelled control.
 * @csspart reset - The button that clears every filter.
 */
export class CrmFilters extends LitElement {
  static override styles = [
    tokenStyles,
    css`
      :host {
        display: block;
        font-family: var(--_crm-font-family);
        font-size: var(--_crm-font-size);
        color: var(--_crm-color-text);
      }
      fieldset {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--_crm-space-2) var(--_crm-space-3);
        margin: 0;
        padding: 0;
        border: 0;
      }
      legend {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      label {
        display: grid;
        gap: 2px;
        font-size: var(--_crm-font-size-small);
        color: var(--_crm-color-text-muted);
      }
      select,
      input,
      button {
        min-height: 2rem;
        padding: 0 var(--_crm-space-2);
        border: 1px solid var(--_crm-color-border);
        border-radius: var(--_crm-radius);
        background: var(--_crm-color-surface);
        color: var(--_crm-color-text);
        font: inherit;
        font-size: var(--_crm-font-size);
      }
      button {
        cursor: pointer;
      }
      :is(select, input, button):focus-visible {
        outline: var(--_crm-focus-ring-width) solid var(--_crm-color-focus);
        outline-offset: 1px;
      }
      p {
        margin: 0;
        color: var(--_crm-color-text-muted);
      }
    `,
  ];

  @consume({ context: dashboardContext, subscribe: true })
  @state()
  protected dashboard: DashboardContext | undefined;

  protected override willUpdate(): void {
    const theme = this.dashboard?.theme;
    if (theme) this.setAttribute('data-crm-theme', theme);
    else this.removeAttribute('data-crm-theme');
  }

  /** The as-of day (days since the epoch), or undefined while there is no data to count from. */
  #asOfDay(): number | undefined {
    const dashboard = this.dashboard;
    const fixed = dayNumber(dashboard?.asOf);
    if (fixed !== undefined) return fixed;
    const data = dashboard?.data;
    const last = data?.state === 'ready' ? data.loaded.table.timeSpan.max : NaN;
    return Number.isFinite(last) ? localDay(last, dashboard?.timeZone || 'UTC') : undefined;
  }

  #applyPreset(preset: DatePreset | 'custom'): void {
    const dashboard = this.dashboard;
    const asOf = this.#asOfDay();
    if (!dashboard || asOf === undefined || preset === 'custom') return;
    const range = presetRange(preset, asOf, dashboard.filters);
    if (range) dashboard.setFilters({ from: range.from, to: range.to });
  }

  /** The date field shows the last day included; the filter's `to` is the day after it. */
  #setTo(day: string): void {
    const n = dayNumber(day);
    this.dashboard?.setFilters({ to: n === undefined ? undefined : formatDay(n + 1) });
  }

  override render(): TemplateResult {
    const dashboard = this.dashboard;
    if (!dashboard) return html`<p>Filters work inside a &lt;crm-dashboard&gt;.</p>`;
    const { filters } = dashboard;
    const data = dashboard.data;
    const table = data?.state === 'ready' ? data.loaded.table : undefined;
    const asOf = this.#asOfDay();
    const current = asOf === undefined ? 'custom' : presetOf(filters, asOf);
    const toDay = dayNumber(filters.to);
    const lastIncluded = toDay === undefined ? '' : formatDay(toDay - 1);
    const previousOk = presetRange('previous-period', 0, filters) !== undefined;
    const segments = table ? sortedNames(table.segments.values, dashboard.locale) : [];
    const owners = table ? sortedNames(table.owners.values, dashboard.locale) : [];
    const change = (handler: (value: string) => void) => (e: Event) => handler((e.target as HTMLInputElement | HTMLSelectElement).value);
    return html`<fieldset part="filters" ?disabled=${!table}>
      <legend>Dashboard filters</legend>
      <label part="control">Date range
        <select @change=${change((v) => this.#applyPreset(v as DatePreset | 'custom'))}>
          ${DATE_PRESETS.map((p) => html`<option value=${p} ?selected=${current === p} ?disabled=${p === 'previous-period' && !previousOk}>${PRESET_LABELS[p]}</option>`)}
          <option value="custom" ?selected=${current === 'custom'}>Custom</option>
        </select>
      </label>
      <label part="control">From
        <input type="date" .value=${dayNumber(filters.from) === undefined ? '' : (filters.from ?? '')} @change=${change((v) => dashboard.setFilters({ from: v || undefined }))} />
      </label>
      <label part="control">To (included)
        <input type="date" .value=${lastIncluded} @change=${change((v) => this.#setTo(v))} />
      </label>
      <label part="control">Period
        <select @change=${change((v) => dashboard.setFilters({ period: v || undefined }))}>
          <option value="" ?selected=${!filters.period}>Each chart's own</option>
          ${PERIODS.map((p) => html`<option value=${p} ?selected=${filters.period === p}>${PERIOD_LABELS[p]}</option>`)}
        </select>
      </label>
      ${this.#picker('Segment', 'All segments', segments, filters.segment, (v) => dashboard.setFilters({ segment: v || undefined }))}
      ${this.#picker('Owner', 'All owners', owners, filters.owner, (v) => dashboard.setFilters({ owner: v || undefined }))}
      <button type="button" part="reset" @click=${() => dashboard.setFilters({ from: undefined, to: undefined, segment: undefined, owner: undefined, period: undefined })}>Clear filters</button>
    </fieldset>`;
  }

  #picker(label: string, all: string, names: readonly string[], value: string | undefined, set: (value: string) => void): TemplateResult | typeof nothing {
    // A value from the URL or an attribute that the data does not have stays visible, not lost.
    const options = value && !names.includes(value) ? [value, ...names] : names;
    return html`<label part="control">${label}
      <select @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${all}</option>
        ${options.map((name) => html`<option .value=${name} ?selected=${value === name}>${name}</option>`)}
      </select>
    </label>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-filters': CrmFilters;
  }
}
