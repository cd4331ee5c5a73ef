/**
 * The demo's app shell: a complete CRM dashboard of every element of the kit, on a generated CRM
 * or on real public data sets, with the controls a visitor wants first — which data, light or
 * dark, which language — and a JSON file of their own.
 *
 * The dashboard loads and checks the data once and hands it to every element; the shell only
 * picks the data set and reads back what the dashboard made of it for the status line.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { CrmDashboard } from '../src/elements/dashboard/dashboard.js';
import { formatProblem } from '../src/schema/index.js';
import { parseJsonText } from '../src/sources/index.js';
import { DATA_SOURCES, type DataSource, type Panel } from './data-sources.js';

const LOCALES = [
  ['en-US', 'English (US)'],
  ['en-GB', 'English (UK)'],
  ['de-DE', 'Deutsch'],
  ['fr-FR', 'Français'],
  ['ja-JP', '日本語'],
] as const;

type Status = { kind: 'loading'; label: string } | { kind: 'ready'; label: string } | { kind: 'error'; label: string; message: string };

const FILE_SOURCE = (name: string): DataSource => ({
  id: 'file',
  label: name,
  about: 'Your own dataset, checked against the canonical schema; nothing leaves this page.',
  panels: ['kpis', 'funnel', 'sales-cycle', 'cohort', 'relationship', 'campaigns', 'activity', 'lifetime-value', 'satisfaction', 'service', 'at-risk'],
  currency: 'USD',
  kpis: ['win-rate', 'close-rate', 'new-revenue', 'churn-rate'],
  load: () => Promise.reject(new Error('not loadable')),
});

export class CrmDemoApp extends LitElement {
  static override properties = {
    status: { state: true },
    source: { state: true },
    data: { state: true },
    strict: { state: true },
    theme: { state: true },
    locale: { state: true },
  };
  declare status: Status;
  declare source: DataSource;
  declare data: unknown;
  declare strict: boolean;
  declare theme: '' | 'light' | 'dark';
  declare locale: string;
  /** The load in flight; a newer choice makes an older one's result stale. */
  #loading = 0;

  constructor() {
    super();
    const params = new URLSearchParams(location.search);
    // `?data=<id>` opens on a data set (`?sample=bad` is kept for the links already shared).
    const wanted = params.get('sample') === 'bad' ? 'sample-bad' : params.get('data');
    this.source = DATA_SOURCES.find((s) => s.id === wanted) ?? DATA_SOURCES[0]!;
    this.status = { kind: 'loading', label: this.source.label };
    this.data = undefined;
    this.strict = false;
    this.theme = (params.get('theme') as 'light' | 'dark' | null) ?? '';
    this.locale = params.get('locale') ?? 'en-US';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load(this.source);
  }

  async #load(source: DataSource): Promise<void> {
    const ticket = ++this.#loading;
    this.source = source;
    this.status = { kind: 'loading', label: source.label };
    this.#setParam('data', source.id === DATA_SOURCES[0]!.id ? null : source.id);
    try {
      const data = await source.load();
      if (ticket !== this.#loading) return;
      this.data = data;
      this.status = { kind: 'ready', label: source.label };
    } catch (error) {
      if (ticket !== this.#loading) return;
      this.data = undefined;
      this.status = { kind: 'error', label: source.label, message: (error as Error).message };
    }
  }

  async #loadFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const ticket = ++this.#loading;
    const source = FILE_SOURCE(file.name);
    this.source = source;
    this.status = { kind: 'loading', label: file.name };
    try {
      const data = parseJsonText(await file.text(), file.name);
      if (ticket !== this.#loading) return;
      this.data = data;
      this.status = { kind: 'ready', label: file.name };
    } catch (error) {
      if (ticket === this.#loading) this.status = { kind: 'error', label: file.name, message: (error as Error).message };
    }
  }

  /** Keep the visitor's choices in the address, so a reload or a shared link shows the same. */
  #setParam(name: string, value: string | null): void {
    const params = new URLSearchParams(location.search);
    if (name === 'data') params.delete('sample');
    if (value) params.set(name, value);
    else params.delete(name);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  override updated(): void {
    // The page around the dashboard follows the chosen theme too.
    if (this.theme) document.documentElement.dataset.theme = this.theme;
    else delete document.documentElement.dataset.theme;
    document.documentElement.lang = this.locale;
  }

  override render(): TemplateResult {
    return html`
      <header>
        <div class="brand">
          <span class="logo" aria-hidden="true">◆</span>
          <div>
            <h1>crm-kit</h1>
            <p>CRM metric dashboards from plain web components</p>
          </div>
        </div>
        <form class="controls" @submit=${(e: Event) => e.preventDefault()}>
          <label>Data
            <select @change=${(e: Event) => void this.#load(DATA_SOURCES.find((s) => s.id === (e.target as HTMLSelectElement).value)!)}>
              ${DATA_SOURCES.map((s) => html`<option value=${s.id} ?selected=${s.id === this.source.id}>${s.label}</option>`)}
              ${this.source.id === 'file' ? html`<option value="file" selected disabled>${this.source.label}</option>` : nothing}
            </select>
          </label>
          <label class="file">Open a JSON dataset… <input type="file" accept="application/json,.json" @change=${this.#loadFile} /></label>
          <label>Theme
            <select @change=${(e: Event) => this.#choose('theme', (e.target as HTMLSelectElement).value)}>
              ${[['', 'Auto'], ['light', 'Light'], ['dark', 'Dark']].map(([v, l]) => html`<option value=${v!} ?selected=${this.theme === v}>${l}</option>`)}
            </select>
          </label>
          <label>Language
            <select @change=${(e: Event) => this.#choose('locale', (e.target as HTMLSelectElement).value)}>
              ${LOCALES.map(([v, l]) => html`<option value=${v} ?selected=${this.locale === v}>${l}</option>`)}
            </select>
          </label>
          <label class="check"><input type="checkbox" .checked=${this.strict} @change=${(e: Event) => (this.strict = (e.target as HTMLInputElement).checked)} /> Strict checking</label>
        </form>
      </header>
      <main>
        <p class="about">${this.source.about}</p>
        ${this.#status()}
        ${this.status.kind === 'ready' ? this.#dashboard() : nothing}
      </main>
    `;
  }

  #choose(name: 'theme' | 'locale', value: string): void {
    if (name === 'theme') this.theme = value as '' | 'light' | 'dark';
    else this.locale = value;
    this.#setParam(name, value && !(name === 'locale' && value === 'en-US') ? value : null);
  }

  #status(): TemplateResult | typeof nothing {
    const status = this.status;
    if (status.kind === 'loading') return html`<p class="status" role="status">Loading ${status.label}…</p>`;
    if (status.kind === 'error') return html`<section class="panel error" role="alert"><h2>${status.label} could not be loaded</h2><p>${status.message}</p></section>`;
    return nothing;
  }

  #dashboard(): TemplateResult {
    const { panels, kpis, currency } = this.source;
    const has = (panel: Panel) => panels.includes(panel);
    return html`<crm-dashboard
      .data=${this.data}
      ?strict=${this.strict}
      theme=${this.theme || nothing}
      locale=${this.locale}
      currency=${currency}
      sync-url
      @crm-data-warning=${(e: CustomEvent<{ problems: readonly Parameters<typeof formatProblem>[0][] }>) => console.info(`${e.detail.problems.length} rows left out:`, e.detail.problems.slice(0, 20).map(formatProblem))}
    >
      <h2 slot="title">${this.source.label}</h2>
      ${has('kpis') ? kpis.map((metric) => html`<crm-kpi metric=${metric} period="month" compact></crm-kpi>`) : nothing}
      ${has('funnel') ? html`<crm-funnel wide toolbar heading="Pipeline"></crm-funnel>` : nothing}
      ${has('sales-cycle') ? html`<crm-sales-cycle toolbar heading="Sales cycle"></crm-sales-cycle>` : nothing}
      ${has('cohort') ? html`<crm-cohort-churn full toolbar max-periods="12" heading="Retention by cohort"></crm-cohort-churn>` : nothing}
      ${has('relationship') ? html`<crm-relationship-grid wide toolbar scale="log" heading="Customer relationships"></crm-relationship-grid>` : nothing}
      ${has('campaigns') ? html`<crm-campaign-roi wide toolbar heading="Campaigns"></crm-campaign-roi>` : nothing}
      ${has('activity') ? html`<crm-activity wide toolbar heading="Sales activity"></crm-activity>` : nothing}
      ${has('lifetime-value') ? html`<crm-lifetime-value wide toolbar heading="Lifetime value"></crm-lifetime-value>` : nothing}
      ${has('at-risk') ? html`<crm-at-risk wide toolbar heading="Customers at risk"></crm-at-risk>` : nothing}
      ${has('satisfaction') ? html`<crm-satisfaction wide toolbar period="quarter" heading="Customer satisfaction"></crm-satisfaction>` : nothing}
      ${has('service') ? html`<crm-service wide toolbar heading="Service desk"></crm-service>` : nothing}
    </crm-dashboard>`;
  }

  static override styles = css`
    :host { display: block; min-height: 100vh; }
    header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; padding: 0.75rem clamp(1rem, 3vw, 2rem); background: var(--demo-surface); border-bottom: 1px solid var(--demo-border); position: sticky; top: 0; z-index: 2; }
    .brand { display: flex; gap: 0.75rem; align-items: center; }
    .logo { font-size: 1.8rem; color: var(--demo-accent); }
    h1 { margin: 0; font-size: 1.25rem; }
    header p { margin: 0; color: var(--demo-muted); font-size: 0.85rem; }
    .controls { display: flex; flex-wrap: wrap; gap: 0.5rem 0.9rem; align-items: end; font-size: 0.85rem; }
    .controls label { display: grid; gap: 2px; color: var(--demo-muted); }
    .controls label.check { display: flex; gap: 0.4rem; align-items: center; color: inherit; }
    select, .file { font: inherit; min-height: 2rem; padding: 0 0.6rem; border: 1px solid var(--demo-border); border-radius: 6px; background: var(--demo-bg); color: var(--demo-text); }
    .file { display: inline-flex; align-items: center; cursor: pointer; color: var(--demo-text) !important; }
    .file input { position: absolute; width: 1px; height: 1px; opacity: 0; }
    .file:focus-within, select:focus-visible { outline: 2px solid var(--demo-accent); outline-offset: 2px; }
    main { padding: 1rem clamp(0.5rem, 3vw, 2rem) 2rem; display: grid; gap: 0.75rem; max-width: 1440px; margin: 0 auto; }
    .about, .status { margin: 0; color: var(--demo-muted); font-size: 0.9rem; }
    .panel { background: var(--demo-surface); border: 1px solid var(--demo-border); border-radius: 10px; padding: 0.9rem 1rem; }
    .error { border-color: var(--demo-error); }
    .error h2 { color: var(--demo-error); margin: 0 0 0.5rem; font-size: 1rem; }
    crm-dashboard { border-radius: 12px; }
    crm-dashboard h2 { margin: 0; font-size: 1.1rem; }
  `;
}

customElements.get('crm-demo-app') ?? customElements.define('crm-demo-app', CrmDemoApp);
