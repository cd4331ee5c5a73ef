/**
 * ResultComputation: an element's result, computed when its inputs change — on the main thread,
 * or, after a load in a worker, in that worker, which holds the element's very table
 * (`loaded.remote`, src/worker/remote-table.ts). A dashboard's cross-filtered subset is another
 * table, which only the page has: it is computed here. Small data never has a worker, so it is
 * computed synchronously in the update that needs it, as before there were workers.
 *
 * While the worker computes, the element keeps its picture (the same data with other options)
 * or shows its loading state (new data); only the reply to the latest request is drawn; an
 * error thrown in the worker comes back as the same error state and `crm-error`; a worker that
 * cannot answer (closed, options it cannot be sent) leaves the computation to the main thread.
 */
import type { ReactiveControllerHost } from 'lit';
import type { LoadedData } from '../../controllers/load-dataset.js';
import { timed, timedAsync } from '../../controllers/user-timing.js';
import type { CrmTable } from '../../table/index.js';
import type { RemoteTable } from '../../worker/remote-table.js';
import { RemoteUnavailableError } from '../../worker/remote-unavailable.js';
import { receivedResult, runTask, type ComputeTask } from './element-compute.js';

/** What the computation asks of its element (the element's own, often protected, methods). */
export interface ResultSource<Result> {
  /** The element's task; throws for a bad attribute. */
  task(): ComputeTask<Result>;
  /** Checks of a result that need the element; throws to show the error state. */
  check(result: Result): void;
  /** The result on the main thread (the element's `compute`, which a subclass may wrap). */
  computeHere(table: CrmTable): Result;
  /** A task with the same table and options keeps its result (see CrmElement.reusesEqualTask). */
  reusesEqualTask(): boolean;
  /** A computation failed: tell the page (`crm-error`). */
  failed(error: Error): void;
}

export class ResultComputation<Result> {
  result: Result | null = null;
  error: Error | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #source: ResultSource<Result>;
  /** Counts requests: a worker's reply to any but the latest is stale. */
  #asked = 0;
  /** The computation in the worker being waited for; undefined when none. */
  #computing: Promise<void> | undefined;
  /** The last task computed and its result, for `reusesEqualTask`. */
  #last: { table: CrmTable; key: string; result: Result } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, source: ResultSource<Result>) {
    this.#host = host;
    this.#source = source;
  }

  /** A computation in the worker being waited for (it never rejects), or undefined. */
  get computing(): Promise<void> | undefined {
    return this.#computing;
  }

  /**
   * Compute for `loaded` (undefined: no data, no result). `keepPicture`: the data is the one the
   * current result came from, so the element may show that result until the worker's arrives.
   */
  update(loaded: LoadedData | undefined, keepPicture: boolean): void {
    this.error = undefined;
    const asked = ++this.#asked;
    this.#computing = undefined;
    const remote = loaded?.remote;
    if (loaded && remote?.open && remote.table === loaded.table) {
      if (!keepPicture) this.result = null;
      this.#computeRemotely(remote, asked);
    } else {
      this.result = null;
      if (loaded) this.#computeHere(loaded.table);
    }
  }

  /** `task` on `table` on this thread, checked; the kept result for an equal task when the element reuses them. */
  run(table: CrmTable, task: ComputeTask<Result>): Result {
    const kept = this.#kept(table, task);
    if (kept) return kept.result;
    const result = runTask(task, table);
    this.#source.check(result);
    this.#remember(table, task, result);
    return result;
  }

  #key(task: ComputeTask<Result>): string {
    return `${task.compute.key} ${JSON.stringify(task.options)}`;
  }

  #kept(table: CrmTable, task: ComputeTask<Result>): { result: Result } | undefined {
    const last = this.#last;
    return this.#source.reusesEqualTask() && last?.table === table && last.key === this.#key(task) ? last : undefined;
  }

  #remember(table: CrmTable, task: ComputeTask<Result>, result: Result): void {
    if (this.#source.reusesEqualTask()) this.#last = { table, key: this.#key(task), result };
  }

  #computeHere(table: CrmTable): void {
    try {
      this.result = timed(`compute ${this.#host.localName}`, () => this.#source.computeHere(table));
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    this.result = null;
    this.error = error instanceof Error ? error : new Error(String(error));
    this.#source.failed(this.error);
  }

  #computeRemotely(remote: RemoteTable, asked: number): void {
    const table = remote.table;
    let task: ComputeTask<Result>;
    try {
      task = this.#source.task();
    } catch (error) {
      return this.#fail(error);
    }
    const kept = this.#kept(table, task);
    if (kept) {
      this.result = kept.result;
      return;
    }
    const current = () => asked === this.#asked;
    this.#computing = timedAsync(`compute ${this.#host.localName} in worker`, () => remote.compute(task.compute.key, task.options))
      .then(
        (value) => {
          if (!current()) return;
          const result = receivedResult(task, value);
          this.#source.check(result);
          this.#remember(table, task, result);
          this.result = result;
        },
        (error: unknown) => {
          if (!current()) return;
          if (error instanceof RemoteUnavailableError) this.#computeHere(table);
          else throw error;
        },
      )
      .catch((error: unknown) => {
        if (current()) this.#fail(error);
      })
      .finally(() => {
        if (!current()) return;
        this.#computing = undefined;
        this.#host.requestUpdate();
      });
  }
}
