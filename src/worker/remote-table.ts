/**
 * The page's handle on a load worker that keeps its table after the load: ask it for an
 * element's computation (src/worker/compute-registry.ts) and get the result as a promise.
 * `table` is the page's copy of the very table the worker holds, so an element knows whether
 * its own table (a dashboard's cross-filtered subset is another) can be computed there.
 *
 * Closed by the data source that made the load (a newer load, an error, a disconnected host):
 * the worker is terminated and every computation still waiting rejects with
 * RemoteUnavailableError, as does one asked afterwards or one whose options cannot be posted —
 * the element then computes on the main thread instead, with the same result.
 */
import type { CrmTable } from '../table/index.js';
import { fromWireError, type ComputeReply, type ComputeRequest } from './load-protocol.js';
import { RemoteUnavailableError } from './remote-unavailable.js';

/** The worker cannot run this computation (closed, failed, or the options do not clone): run it here. */
export { RemoteUnavailableError };

interface Waiting {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

export class RemoteTable {
  /** The page's copy of the worker's table. */
  readonly table: CrmTable;
  #worker: Worker | undefined;
  readonly #waiting = new Map<number, Waiting>();
  #next = 0;

  /** Takes over `worker`'s message and error handlers. */
  constructor(worker: Worker, table: CrmTable) {
    this.table = table;
    this.#worker = worker;
    worker.onmessage = ({ data }: MessageEvent<ComputeReply>) => this.#answer(data);
    worker.onerror = (event) => {
      // A crash (out of memory, say): not an uncaught error on the page; what waits runs here.
      event.preventDefault();
      this.close(`the worker failed${event.message ? ` (${event.message})` : ''}`);
    };
  }

  /** Whether the worker still runs and takes computations. */
  get open(): boolean {
    return this.#worker !== undefined;
  }

  /** Run the computation registered under `key` with `options` on the worker's table. */
  compute(key: string, options: unknown): Promise<unknown> {
    const worker = this.#worker;
    if (!worker) return Promise.reject(new RemoteUnavailableError('the worker of this load is closed'));
    const id = ++this.#next;
    const request: ComputeRequest = { type: 'compute', id, key, options };
    try {
      worker.postMessage(request);
    } catch (error) {
      // Options that do not survive structured clone (a function in a KPI's metric options).
      return Promise.reject(new RemoteUnavailableError(`the options could not be sent to the worker: ${error instanceof Error ? error.message : String(error)}`));
    }
    return new Promise((resolve, reject) => this.#waiting.set(id, { resolve, reject }));
  }

  #answer(reply: ComputeReply): void {
    const waiting = this.#waiting.get(reply.id);
    if (!waiting) return;
    this.#waiting.delete(reply.id);
    if (reply.type === 'computed') return waiting.resolve(reply.result);
    const error = fromWireError(reply.error);
    // A result that could not be posted back: the page can still compute it itself.
    waiting.reject(error.name === 'DataCloneError' ? new RemoteUnavailableError(error.message) : error);
  }

  /** Terminate the worker; what still waits rejects with RemoteUnavailableError. Idempotent. */
  close(why = 'the load was replaced'): void {
    const worker = this.#worker;
    if (!worker) return;
    this.#worker = undefined;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    const waiting = [...this.#waiting.values()];
    this.#waiting.clear();
    for (const { reject } of waiting) reject(new RemoteUnavailableError(`the worker of this load is closed: ${why}`));
  }
}
