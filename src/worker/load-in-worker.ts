/**
 * The page's side of loading in a worker: start src/worker/load-worker.ts, wait until it runs,
 * hand it the raw JSON (a response body's bytes are transferred, not copied) and rebuild the
 * table it sends back. A worker that cannot start — no Worker in this environment, a CSP
 * `worker-src` that forbids it, a bundle without the worker file — is reported as
 * WorkerUnavailableError *before* anything was handed over, so the caller can load the same
 * bytes on the main thread instead and get the identical result.
 *
 * The worker is created with `new Worker(new URL('./load-worker.ts', import.meta.url), { type:
 * 'module' })`: the pattern Vite recognises (it bundles the worker with what it imports and
 * emits it as its own file; see vite.config.ts), while a dev server that compiles TypeScript on
 * request (web-test-runner's, Vite's) serves the file as it is. Never a blob: or data: URL,
 * which a strict CSP forbids.
 */
import type { LoadedData } from '../controllers/load-dataset.js';
import { unpackTable } from '../table/table-transfer.js';
import { fromWireError, type LoadReply, type LoadRequest } from './load-protocol.js';
import { RemoteTable } from './remote-table.js';

/** The load worker could not run here; nothing was handed to it. */
export class WorkerUnavailableError extends Error {
  override name = 'WorkerUnavailableError';
}

/** A load that aborts rejects with the signal's reason, as a fetch does, for the caller to ignore. */
function whenAborted(signal: AbortSignal, stop: () => void, reject: (reason: unknown) => void): () => void {
  const onAbort = () => {
    stop();
    reject(signal.reason);
  };
  if (signal.aborted) {
    onAbort();
    return () => {};
  }
  signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}

/** The buffers under `chunks`, each once (postMessage throws on a buffer listed twice). */
export const bufferList = (chunks: readonly Uint8Array[]): ArrayBuffer[] => [...new Set(chunks.map((chunk) => chunk.buffer as ArrayBuffer))];

/** A running load worker: resolved once it has said `ready`. */
function startWorker(signal: AbortSignal): Promise<Worker> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    if (typeof Worker !== 'function') return reject(new WorkerUnavailableError('Worker is not available here'));
    let worker: Worker;
    try {
      worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module', name: 'crm-kit data loader' });
    } catch (error) {
      return reject(new WorkerUnavailableError(`the load worker could not be created: ${error instanceof Error ? error.message : String(error)}`));
    }
    let forget = () => {};
    const done = () => {
      worker.onmessage = null;
      worker.onerror = null;
      forget();
    };
    forget = whenAborted(signal, () => worker.terminate(), (reason) => (done(), reject(reason)));
    worker.onmessage = ({ data }: MessageEvent<LoadReply>) => {
      if (data.type !== 'ready') return;
      done();
      resolve(worker);
    };
    // A script that did not load (missing file, refused by CSP) or failed while starting.
    worker.onerror = (event) => {
      event.preventDefault(); // handled here: not an uncaught error on the page
      done();
      worker.terminate();
      reject(new WorkerUnavailableError(`the load worker did not start${event instanceof ErrorEvent && event.message ? `: ${event.message}` : ''}`));
    };
  });
}

/**
 * Parse, check and index raw JSON in a worker. `input`: the response body's chunks (transferred:
 * the caller's buffers are detached once the worker has them) or JSON text. Resolves with the
 * table and `remote`: the worker, which keeps its own copy of the table to compute on — the
 * caller owns it and must `close()` it when the load is no longer used. Rejects with the
 * errors the main-thread load throws (DatasetError, SourceError for a body that is not JSON),
 * with WorkerUnavailableError when no worker could start, and with `signal.reason` on abort
 * (the worker is then terminated at once).
 */
export async function loadInWorker(input: readonly Uint8Array[] | string, options: { strict: boolean; source: string; signal: AbortSignal }): Promise<LoadedData> {
  const { strict, source, signal } = options;
  const worker = await startWorker(signal);
  return new Promise<LoadedData>((resolve, reject) => {
    let forget = () => {};
    const release = () => {
      forget();
      worker.onmessage = null;
      worker.onerror = null;
    };
    const finish = () => {
      release();
      worker.terminate();
    };
    // Aborted while the worker started (between two awaits): whenAborted stops it at once.
    forget = whenAborted(signal, () => worker.terminate(), reject);
    if (signal.aborted) return;
    worker.onmessage = ({ data }: MessageEvent<LoadReply>) => {
      if (data.type === 'ready') return;
      if (data.type !== 'loaded') {
        finish();
        return reject(fromWireError(data.error));
      }
      release();
      const table = unpackTable(data.table);
      resolve({ table, problems: data.problems, rows: data.rows, remote: new RemoteTable(worker, table) });
    };
    // After the hand-over (the worker ran out of memory, say): the bytes are gone, so say so.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(`${source} could not be loaded: the loading worker failed${event.message ? ` (${event.message})` : ''}`));
    };
    const request: LoadRequest = { type: 'load', input, strict, source };
    worker.postMessage(request, typeof input === 'string' ? [] : bufferList(input));
  });
}
