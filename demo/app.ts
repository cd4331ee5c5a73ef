/**
 * The demo's app shell. It loads a dataset (the generated sample served beside the page, or a
 * JSON file of the visitor's own), runs it through the kit's data layer and shows what came
 * out: rows per table, what was left out and why, and deal creation by month. Elements join
 * the page here as they land.
 */
import { LitElement, css, html, nothing, svg } from 'lit';
import { loadDataset, type LoadedData } from '../src/controllers/index.js';
import { formatProblem, ROW_TABLES } from '../src/schema/index.js';
import { fetchJson, parseJsonText } from '../src/sources/index.js';
import { bucketTimes } from '../src/table/index.js';

const SAMPLE_URL = 'data/sample.json';
const count = new Intl.NumberFormat('en-US');
const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * A copy of the sample with the mistakes real exports contain, to show what lenient checking
 * does with them: the rows are left out and every one is listed.
 */
function breakSomeRows(sample: unknown): unknown {
  const copy = structuredClone(sample) as { deals: Record<string, unknown>[]; orders: Record<string, unknown>[]; surveys: Record<string, unknown>[] };
  const deals = copy.deals;
  if (deals[17]) deals[17].closedAt = '2001-01-01';
  if (deals[42]) deals[42].amount = '12,500';
  if (deals[99]) deals[99].outcome = 'Closed Won';
  if (copy.orders[5]) copy.orders[5].at = '31/12/2023';
  if (copy.orders[8]) copy.orders[8].accountId = 'A-DELETED';
  if (copy.surveys[3]) copy.surveys[3].score = 11;
  if (deals[1]) deals.push({ ...deals[1] });
  return copy;
}

type Status = { kind: 'loading' } | { kind: 'ready'; data: LoadedData; label: string } | { kind: 'error'; message: string; label: string };

export class CrmDemoApp extends LitElement {
  static override properties = { status: { state: true }, strict: { state: true } };
  declare status: Status;
  declare strict: boolean;
  #raw: { value: unknown; label: string } | undefined;

  constructor() {
    super();
    this.status = { kind: 'loading' };
    this.strict = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `?sample=bad` opens straight on the broken copy, so the warning state has a link.
    void this.#loadSample(new URLSearchParams(location.search).get('sample') === 'bad');
  }

  async #loadSample(withBadRows = false): Promise<void> {
    this.status = { kind: 'loading' };
    const label = withBadRows ? 'Generated sample with bad rows' : 'Generated sample (seed 7)';
    try {
      const sample = await fetchJson(SAMPLE_URL);
      this.#use(withBadRows ? breakSomeRows(sample) : sample, label);
    } catch (error) {
      this.status = { kind: 'error', message: `${(error as Error).message}. Run "npm start" to generate it.`, label };
    }
  }

  async #loadFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.status = { kind: 'loading' };
    try {
      this.#use(parseJsonText(await file.text(), file.name), file.name);
    } catch (error) {
      this.status = { kind: 'error', message: (error as Error).message, label: file.name };
    }
  }

  #use(value: unknown, label: string): void {
    this.#raw = { value, label };
    try {
      this.status = { kind: 'ready', data: loadDataset(value, this.strict), label };
    } catch (error) {
      this.status = { kind: 'error', message: (error as Error).message, label };
    }
  }

  #toggleStrict(event: Event): void {
    this.strict = (event.target as HTMLInputElement).checked;
    if (this.#raw) this.#use(this.#raw.value, this.#raw.label);
  }

  override render() {
    return html`
      <header>
        <div class="brand">
          <span class="logo" aria-hidden="true">◆</span>
          <div>
            <h1>crm-kit</h1>
            <p>CRM metric dashboards from plain web components</p>
          </div>
        </div>
        <form class="source" @submit=${(e: Event) => e.preventDefault()}>
          <button type="button" @click=${() => this.#loadSample()}>Generated sample</button>
          <button type="button" @click=${() => this.#loadSample(true)}>Sample with bad rows</button>
          <label class="file">Open a JSON dataset… <input type="file" accept="application/json,.json" @change=${this.#loadFile} /></label>
          <label><input type="checkbox" .checked=${this.strict} @change=${this.#toggleStrict} /> Strict checking</label>
        </form>
      </header>
      <main>${this.#body()}</main>
    `;
  }

  #body() {
    const status = this.status;
    if (status.kind === 'loading') return html`<p class="status" role="status">Loading the dataset…</p>`;
    if (status.kind === 'error') {
      return html`<section class="panel error" role="alert"><h2>${status.label} could not be used</h2><p>${status.message}</p></section>`;
    }
    const { data, label } = status;
    const { table, problems, rows } = data;
    const span = Number.isNaN(table.timeSpan.min) ? 'no dates' : `${day.format(table.timeSpan.min)} – ${day.format(table.timeSpan.max)}`;
    return html`
      <p class="status" role="status">${label}: ${span}. ${problems.length === 0 ? 'Every row passed its checks.' : `${count.format(problems.length)} problems; those rows are left out.`}</p>
      <section class="cards" aria-label="Rows per table">
        ${ROW_TABLES.filter((name) => rows[name]).map((name) => {
          const r = rows[name] as { given: number; kept: number };
          return html`<div class="card"><span class="label">${name}</span><span class="value">${count.format(r.kept)}</span>${r.kept < r.given ? html`<span class="note">${count.format(r.given - r.kept)} left out</span>` : nothing}</div>`;
        })}
      </section>
      <section class="panel">
        <h2>Pipeline</h2>
        <crm-funnel toolbar locale="en-US" .data=${this.#raw?.value} ?strict=${this.strict}></crm-funnel>
      </section>
      ${this.#dealsByMonth(data)}
      ${problems.length > 0 ? this.#problems(data) : nothing}
    `;
  }

  #dealsByMonth({ table }: LoadedData) {
    if (table.deals.length === 0) return nothing;
    const buckets = bucketTimes(table.deals.createdAt, 'month');
    const counts = new Array<number>(buckets.count).fill(0);
    for (const b of buckets.index) if (b >= 0) counts[b] = (counts[b] as number) + 1;
    const max = Math.max(1, ...counts);
    const width = 100 / buckets.count;
    const title = `Deals created per month, ${buckets.labels[0]} to ${buckets.labels[buckets.count - 1]}`;
    return html`<section class="panel">
      <h2>Deals created per month</h2>
      <svg viewBox="0 0 100 40" preserveAspectRatio="none" role="img" aria-label=${title}>
        ${counts.map((c, i) => svg`<rect x=${i * width + width * 0.1} width=${width * 0.8} y=${40 - (c / max) * 38} height=${(c / max) * 38}><title>${month.format(buckets.starts[i])}: ${count.format(c)} deals</title></rect>`)}
      </svg>
      <div class="axis"><span>${month.format(buckets.starts[0])}</span><span>${month.format(buckets.starts[buckets.count - 1])}</span></div>
    </section>`;
  }

  #problems({ problems }: LoadedData) {
    const shown = problems.slice(0, 200);
    return html`<section class="panel warn">
      <h2>Rows left out (${count.format(problems.length)})</h2>
      <ul>${shown.map((p) => html`<li><code>${formatProblem(p)}</code></li>`)}</ul>
      ${problems.length > shown.length ? html`<p>…and ${count.format(problems.length - shown.length)} more.</p>` : nothing}
    </section>`;
  }

  static override styles = css`
    :host { display: block; min-height: 100vh; }
    header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; padding: 1rem clamp(1rem, 4vw, 3rem); background: var(--demo-surface); border-bottom: 1px solid var(--demo-border); }
    .brand { display: flex; gap: 0.75rem; align-items: center; }
    .logo { font-size: 1.8rem; color: var(--demo-accent); }
    h1 { margin: 0; font-size: 1.3rem; }
    header p { margin: 0; color: var(--demo-muted); font-size: 0.9rem; }
    .source { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; font-size: 0.9rem; }
    button, .file { font: inherit; padding: 0.4rem 0.8rem; border: 1px solid var(--demo-border); border-radius: 6px; background: var(--demo-bg); color: inherit; cursor: pointer; }
    .file input { position: absolute; width: 1px; height: 1px; opacity: 0; }
    .file:focus-within, button:focus-visible { outline: 2px solid var(--demo-accent); outline-offset: 2px; }
    main { padding: 1.5rem clamp(1rem, 4vw, 3rem); display: grid; gap: 1.25rem; max-width: 1200px; }
    .status { margin: 0; color: var(--demo-muted); }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 0.75rem; }
    .card, .panel { background: var(--demo-surface); border: 1px solid var(--demo-border); border-radius: 10px; padding: 0.9rem 1rem; }
    .card { display: grid; gap: 0.2rem; }
    .label { color: var(--demo-muted); font-size: 0.8rem; text-transform: capitalize; }
    .value { font-size: 1.5rem; font-weight: 600; font-variant-numeric: tabular-nums; }
    .note { color: var(--demo-warn); font-size: 0.8rem; }
    h2 { margin: 0 0 0.75rem; font-size: 1rem; }
    svg { width: 100%; height: 160px; display: block; }
    rect { fill: var(--demo-accent); }
    .axis { display: flex; justify-content: space-between; color: var(--demo-muted); font-size: 0.8rem; margin-top: 0.25rem; }
    .warn { border-color: var(--demo-warn); }
    .warn ul { margin: 0; padding-left: 1.2rem; max-height: 320px; overflow: auto; }
    .error { border-color: var(--demo-error); }
    .error h2 { color: var(--demo-error); }
    code { font-size: 0.85rem; }
  `;
}

customElements.get('crm-demo-app') ?? customElements.define('crm-demo-app', CrmDemoApp);
