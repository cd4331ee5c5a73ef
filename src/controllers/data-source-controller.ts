/**
 * DataSourceController: gives an element its dataset from exactly one source at a time — the
 * `data` property, else an inline `<script type="application/json">` child, else `src`, else
 * what an enclosing dashboard provides — parsed, checked and turned into a table once.
 *
 * It owns the loading, ready and error states and the events that go with them, aborts a
 * request that a newer source has made stale, and reacts to the inline JSON being edited.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events/emit.js';
import '../events/crm-error.js';
import '../events/crm-data-warning.js';
import type { InheritedData } from '../dashboard/dashboard-context.js';
import { parseDataset, type Dataset, type DatasetProblem, type ParsedDataset } from '../schema/index.js';
import { fetchJson, DEFAULT_TIMEOUT_MS } from '../sources/fetch-json.js';
import { inlineJsonScript, readInlineJson } from '../sources/inline-json.js';
import { buildTable, type CrmTable } from '../table/index.js';

export type DataState = 'idle' | 'loading' | 'ready' | 'error';
export type DataSourceKind = 'data' | 'inline' | 'src' | 'inherited';

/** A dataset ready for metrics: checked, with its table and what was left out. */
export interface LoadedData {
  dataset: Dataset;
  table: CrmTable;
  problems: readonly DatasetProblem[];
  rows: ParsedDataset['rows'];
}

/** What the controller reads from its element. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string | null;
  /** Refuse a dataset with any problem instead of leaving bad rows out. */
  strict?: boolean;
  /** Milliseconds to wait for `src` (default 30,000). */
  timeout?: number;
}

export interface DataSourceOptions {
  /**
   * The data of an enclosing dashboard, if any; consulted when the element has no source of its
   * own. The same object for the same data: a new one means a new load.
   */
  inherited?: () => InheritedData | undefined;
}

/** Parse and index a raw dataset; throws DatasetError for input that cannot be used. */
export function loadDataset(raw: unknown, strict: boolean): LoadedData {
  const { dataset, problems, rows } = parseDataset(raw, { mode: strict ? 'strict' : 'lenient' });
  return { dataset, table: buildTable(dataset), problems, rows };
}

export class DataSourceController implements ReactiveController {
  state: DataState = 'idle';
  source: DataSourceKind | undefined;
  loaded: LoadedData | undefined;
  error: Error | undefined;

  readonly #host: DataSourceHost;
  readonly #options: DataSourceOptions;
  /** The inputs of the current load; a change in any starts a new one. */
  #key: readonly unknown[] = [];
  #abort: AbortController | undefined;
  #observer: MutationObserver | undefined;

  constructor(host: DataSourceHost, options: DataSourceOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Editing the inline JSON (or adding one) is a new source.
    this.#observer = new MutationObserver(() => this.#host.requestUpdate());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
    // Reconnecting must load again, not trust a load that was cut short.
    this.#key = [];
  }

  /** Before each render: start a new load when the element's source changed. */
  hostUpdate(): void {
    this.sync();
  }

  /**
   * Start a new load if the element's source changed since the last one; otherwise nothing.
   * Lit runs an element's `willUpdate` before its controllers' `hostUpdate`, so an element that
   * computes from the data in `willUpdate` calls this first.
   */
  sync(): void {
    const host = this.#host;
    const strict = Boolean(host.strict);
    const script = inlineJsonScript(host);
    const inherited = this.#options.inherited?.();
    let key: unknown[];
    if (host.data !== undefined && host.data !== null) key = ['data', host.data, strict];
    else if (script) key = ['inline', script.textContent, strict];
    else if (host.src) key = ['src', host.src, strict, host.timeout];
    else if (inherited) key = ['inherited', inherited];
    else key = ['idle'];
    if (key.length === this.#key.length && key.every((part, i) => Object.is(part, this.#key[i]))) return;
    this.#key = key;
    this.#abort?.abort();
    this.#abort = undefined;
    this.source = key[0] === 'idle' ? undefined : (key[0] as DataSourceKind);
    switch (key[0]) {
      case 'data':
        return this.#settle(() => loadDataset(host.data, strict));
      case 'inline':
        return this.#settle(() => loadDataset(readInlineJson(script as HTMLScriptElement), strict));
      case 'src':
        return this.#fetch(host.src as string, strict, host.timeout ?? DEFAULT_TIMEOUT_MS);
      case 'inherited':
        return this.#inherit(inherited as InheritedData);
      default:
        this.state = 'idle';
        this.loaded = undefined;
        this.error = undefined;
    }
  }

  #fetch(url: string, strict: boolean, timeoutMs: number): void {
    const abort = new AbortController();
    this.#abort = abort;
    this.state = 'loading';
    this.loaded = undefined;
    this.error = undefined;
    fetchJson(url, { signal: abort.signal, timeoutMs }).then(
      (raw) => {
        if (abort.signal.aborted) return; // a newer source took over while the body arrived
        this.#settle(() => loadDataset(raw, strict));
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this.#fail(error);
        this.#host.requestUpdate();
      },
    );
  }

  /**
   * Take the dashboard's state as this element's. No events: the dashboard announced its own
   * warning or error once, and every element repeating it would say it many times over.
   */
  #inherit(inherited: InheritedData): void {
    this.state = inherited.state;
    this.loaded = inherited.state === 'ready' ? inherited.loaded : undefined;
    this.error = inherited.state === 'error' ? inherited.error : undefined;
  }

  /** Run a synchronous load and enter the ready or error state with its events. */
  #settle(load: () => LoadedData, warn = true): void {
    try {
      const loaded = load();
      this.loaded = loaded;
      this.error = undefined;
      this.state = 'ready';
      if (warn && loaded.problems.length > 0) emit(this.#host, 'crm-data-warning', { problems: loaded.problems, rows: loaded.rows });
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    const err = error instanceof Error ? error : new Error(String(error));
    this.state = 'error';
    this.loaded = undefined;
    this.error = err;
    emit(this.#host, 'crm-error', { message: err.message, error: err });
  }
}
