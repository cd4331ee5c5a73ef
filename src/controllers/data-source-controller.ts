/**
 * DataSourceController: gives an element its dataset from exactly one source at a time — the
 * `data` property, else an `adapter` object, else an inline `<script type="application/json">`
 * child, else `src` (JSON, or CSV of the `table` attribute's table), else what an enclosing
 * dashboard provides — parsed, checked and turned into a table once.
 *
 * It owns the loading, ready and error states and the events that go with them, aborts a
 * request that a newer source has made stale, reacts to the inline JSON being edited, and keeps
 * an adapter's live subscription exactly while the adapter is the source of a connected element.
 * A load that ran in a worker keeps that worker for computing on its table (`loaded.remote`)
 * until the load is replaced, fails, or the element leaves the document.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CrmAdapter } from '../adapters/protocol.js';
import { isCsvResponse, isCsvUrl } from '../adapters/fetch-text.js';
import { emit } from '../events/emit.js';
import '../events/crm-error.js';
import '../events/crm-data-warning.js';
import type { InheritedData } from '../dashboard/dashboard-context.js';
import { DEFAULT_TIMEOUT_MS, fetchBytes } from '../sources/fetch-text.js';
import { INLINE_SOURCE, inlineJsonScript, readInlineJson } from '../sources/inline-json.js';
import { decodeUtf8 } from '../sources/decode-utf8.js';
import { DEFAULT_WORKER_THRESHOLD, loadJson } from '../worker/load-json.js';
import type { RemoteTable } from '../worker/remote-table.js';
import type { LoadedData } from './load-dataset.js';
// Under the old name: every load here is `loadDataset`'s, with zod imported only for a refused row.
import { loadDatasetOnDemand as loadDataset } from './load-dataset-on-demand.js';
import { timedAsync } from './user-timing.js';

export { loadDataset, type LoadedData } from './load-dataset.js';

export type DataState = 'idle' | 'loading' | 'ready' | 'error';
export type DataSourceKind = 'data' | 'adapter' | 'inline' | 'src' | 'inherited';

/** What the controller reads from its element. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  /** A CrmAdapter (src/adapters/protocol.ts): loads the dataset, and may push updates. */
  adapter?: CrmAdapter | null;
  src?: string | null;
  /** The table the rows of a CSV `src` belong to (`deals`, `accounts`, …). */
  table?: string | null;
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

/** The message of an error in the words of its source (the adapter's own message, or `String`). */
const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function';

export class DataSourceController implements ReactiveController {
  /**
   * JSON of at least this many bytes — a `src` response, or inline JSON of as many characters —
   * is parsed, checked and indexed in a Web Worker (src/worker/), so that the page stays
   * responsive while a large dataset loads. Default 4 MiB; `Infinity` keeps every load on the
   * main thread. Where no worker can start (no Worker, a CSP `worker-src` that forbids it, a
   * bundle without the worker file) the load runs on the main thread, with the same result.
   * Read when a load starts; set it once, before the elements load.
   */
  static workerThreshold = DEFAULT_WORKER_THRESHOLD;

  state: DataState = 'idle';
  source: DataSourceKind | undefined;
  loaded: LoadedData | undefined;
  error: Error | undefined;
  /** A load waiting for the schema module that words a refused row's problems (see `updateComplete`). */
  pending: Promise<void> | undefined;

  readonly #host: DataSourceHost;
  readonly #options: DataSourceOptions;
  /** The inputs of the current load; a change in any starts a new one. */
  #key: readonly unknown[] = [];
  #abort: AbortController | undefined;
  #observer: MutationObserver | undefined;
  /** Ends the current adapter's live subscription; undefined when there is none. */
  #unsubscribe: (() => void) | undefined;
  /** The worker of this controller's own current load (not a dashboard's), closed when the load is let go. */
  #remote: RemoteTable | undefined;

  constructor(host: DataSourceHost, options: DataSourceOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Editing the inline JSON (or adding one) is a new source.
    this.#observer = new MutationObserver(() => this.#host.requestUpdate());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    // Back in the document after a disconnect: load (and subscribe) again.
    if (this.#key.length === 0) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#stop();
    // Its worker holds a copy of the whole table: a detached element must not keep it alive.
    this.#keepRemote(undefined);
    // Reconnecting must load again, not trust a load that was cut short.
    this.#key = [];
  }

  /** Abort the load in flight and end the live subscription, if any. */
  #stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Close the worker of the load let go, unless `loaded` (the one kept) still uses it. */
  #keepRemote(loaded: LoadedData | undefined): void {
    const next = loaded?.remote;
    if (this.#remote !== next) this.#remote?.close();
    this.#remote = next;
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
    // A disconnected element holds nothing live; connecting again syncs (see hostConnected).
    if (!host.isConnected) return;
    const strict = Boolean(host.strict);
    const script = inlineJsonScript(host);
    const inherited = this.#options.inherited?.();
    let key: unknown[];
    if (host.data !== undefined && host.data !== null) key = ['data', host.data, strict];
    else if (host.adapter) key = ['adapter', host.adapter, strict];
    else if (script) key = ['inline', script.textContent, strict];
    else if (host.src) key = ['src', host.src, strict, host.timeout, host.table || null];
    else if (inherited) key = ['inherited', inherited];
    else key = ['idle'];
    if (key.length === this.#key.length && key.every((part, i) => Object.is(part, this.#key[i]))) return;
    this.#key = key;
    this.#stop();
    // A new source: the worker of the old one goes (a dashboard's child never owns one).
    this.#keepRemote(undefined);
    this.source = key[0] === 'idle' ? undefined : (key[0] as DataSourceKind);
    switch (key[0]) {
      case 'data':
        return this.#settle(() => loadDataset(host.data, strict));
      case 'adapter':
        return this.#adapt(host.adapter as CrmAdapter, strict);
      case 'inline':
        return this.#inline(script as HTMLScriptElement, strict);
      case 'src':
        return this.#fetch(host.src as string, host.table || null, strict, host.timeout ?? DEFAULT_TIMEOUT_MS);
      case 'inherited':
        return this.#inherit(inherited as InheritedData);
      default:
        this.state = 'idle';
        this.loaded = undefined;
        this.error = undefined;
    }
  }

  /** Start an asynchronous load in the loading state; only the newest one may settle. */
  #begin(): AbortController {
    const abort = new AbortController();
    this.#abort = abort;
    this.state = 'loading';
    this.loaded = undefined;
    this.error = undefined;
    return abort;
  }

  /** Settle an asynchronous load unless a newer one made it stale, and redraw. */
  #finish(abort: AbortController, load: () => LoadedData | Promise<LoadedData>): void {
    if (abort.signal.aborted) return; // a newer source took over while this one was on its way
    if (this.#abort === abort) this.#abort = undefined;
    this.#settle(load);
    this.#host.requestUpdate();
  }

  /** A load from raw JSON arrived: settle it, or close its worker if a newer source took over meanwhile. */
  #landed(abort: AbortController): (loaded: LoadedData) => void {
    return (loaded) => {
      if (abort.signal.aborted) loaded.remote?.close();
      else this.#finish(abort, () => loaded);
    };
  }

  #failAsync(abort: AbortController, error: unknown): void {
    if (abort.signal.aborted) return;
    if (this.#abort === abort) this.#abort = undefined;
    this.#fail(error);
    this.#host.requestUpdate();
  }

  /**
   * `src`: JSON, or CSV when the `table` attribute is set, the path ends in `.csv`/`.tsv` or the
   * server says `text/csv` (a JSON content type wins over all of these). The CSV reader is
   * imported only then, so pages without CSV never load it.
   */
  #fetch(url: string, table: string | null, strict: boolean, timeoutMs: number): void {
    const abort = this.#begin();
    const accept = table || isCsvUrl(url) ? 'text/csv, application/json;q=0.9' : 'application/json, text/csv;q=0.9';
    const load = async (): Promise<LoadedData> => {
      // Bytes, not text: a large JSON body moves to the load worker undecoded.
      const { chunks, contentType } = await timedAsync('fetch', () => fetchBytes(url, { signal: abort.signal, timeoutMs, accept }));
      if (!isCsvResponse(url, contentType, table)) {
        return loadJson(chunks, { strict, source: url, signal: abort.signal, workerThreshold: DataSourceController.workerThreshold });
      }
      const { readCanonicalCsv } = await import('../adapters/csv-dataset.js');
      const { dataset, problems } = readCanonicalCsv(decodeUtf8(chunks, url), { table, source: url });
      return loadDataset(dataset, strict, problems);
    };
    load().then(
      this.#landed(abort),
      (error: unknown) => this.#failAsync(abort, error),
    );
  }

  /**
   * Inline JSON: loaded in this very update, unless it is large enough to go to the load
   * worker, which makes it a load like `src`'s, with a loading state.
   */
  #inline(script: HTMLScriptElement, strict: boolean): void {
    const text = script.textContent ?? '';
    const workerThreshold = DataSourceController.workerThreshold;
    if (text.length < workerThreshold) return this.#settle(() => loadDataset(readInlineJson(script), strict));
    const abort = this.#begin();
    loadJson(text, { strict, source: INLINE_SOURCE, signal: abort.signal, workerThreshold }).then(
      this.#landed(abort),
      (error: unknown) => this.#failAsync(abort, error),
    );
  }

  /**
   * An adapter: `load` now (a dataset returned directly is ready in this very update), and
   * subscribe to its updates for as long as it stays the source of this connected element.
   */
  #adapt(adapter: CrmAdapter, strict: boolean): void {
    if (typeof adapter.load !== 'function') {
      this.#fail(new TypeError('adapter: expected an object with a load(signal) method (see CrmAdapter)'));
      return;
    }
    this.#loadFrom(adapter, strict, true);
    if (typeof adapter.subscribe !== 'function') return;
    let live = true;
    let stop: unknown;
    try {
      stop = adapter.subscribe((next) => {
        if (!live) return; // called after the element let go: ignore
        this.#update(adapter, next, strict);
      });
    } catch (error) {
      this.#fail(error);
      return;
    }
    this.#unsubscribe = () => {
      live = false;
      if (typeof stop === 'function') stop();
    };
  }

  /**
   * Call the adapter's `load`. `fresh`: the first load, shown with a loading state; otherwise a
   * reload asked for by the adapter, which keeps the current picture until the new one is ready.
   */
  #loadFrom(adapter: CrmAdapter, strict: boolean, fresh: boolean): void {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    let result: unknown;
    try {
      result = adapter.load(abort.signal);
    } catch (error) {
      this.#abort = undefined;
      this.#fail(error);
      if (!fresh) this.#host.requestUpdate();
      return;
    }
    const adapted = (raw: unknown) => () => loadDataset(raw, strict, adapter.problems?.(raw as never) ?? []);
    if (!isThenable(result)) {
      this.#abort = undefined;
      this.#settle(adapted(result));
      if (!fresh) this.#host.requestUpdate();
      return;
    }
    if (fresh) {
      this.state = 'loading';
      this.loaded = undefined;
      this.error = undefined;
    }
    Promise.resolve(result).then(
      (raw) => this.#finish(abort, adapted(raw)),
      (error: unknown) => this.#failAsync(abort, error),
    );
  }

  /** A live update: the new dataset replaces the old in place; none given means load again. */
  #update(adapter: CrmAdapter, next: unknown, strict: boolean): void {
    if (next === undefined) return this.#loadFrom(adapter, strict, false);
    // Newer than any load still on its way: that one must not land after it.
    this.#abort?.abort();
    this.#abort = undefined;
    this.#settle(() => loadDataset(next, strict, adapter.problems?.(next as never) ?? []));
    this.#host.requestUpdate();
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

  /** Run a load and enter the ready or error state with its events; one that needs zod first (load-dataset-on-demand.ts) settles like `src`. */
  #settle(load: () => LoadedData | Promise<LoadedData>, warn = true): void {
    try {
      const loaded = load();
      if (loaded instanceof Promise) return this.#await(loaded);
      this.#keepRemote(loaded);
      this.loaded = loaded;
      this.error = undefined;
      this.state = 'ready';
      if (warn && loaded.problems.length > 0) emit(this.#host, 'crm-data-warning', { problems: loaded.problems, rows: loaded.rows });
    } catch (error) {
      this.#fail(error);
    }
  }

  /**
   * The host's `updateComplete` (`update`: its `super.getUpdateComplete`), resolved only once a
   * load waiting for the schema module has settled and drawn, so that awaiting an element after
   * giving it bad data finds the warning or error there, as it did when every load was synchronous.
   */
  async updateComplete(update: () => Promise<boolean>): Promise<boolean> {
    let complete = await update();
    while (this.pending) {
      await this.pending;
      complete = await update();
    }
    return complete;
  }

  #await(load: Promise<LoadedData>): void {
    const abort = this.#begin();
    const pending: Promise<void> = load
      .then((loaded) => this.#finish(abort, () => loaded), (error: unknown) => this.#failAsync(abort, error))
      .finally(() => {
        if (this.pending === pending) this.pending = undefined;
      });
    this.pending = pending;
  }

  #fail(error: unknown): void {
    this.#keepRemote(undefined);
    const err = asError(error);
    this.state = 'error';
    this.loaded = undefined;
    this.error = err;
    emit(this.#host, 'crm-error', { message: err.message, error: err });
  }
}
