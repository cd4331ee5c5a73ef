/**
 * Raw JSON (a `src` response body or inline JSON text) to a loaded dataset: in a worker when it
 * is large, on the main thread otherwise or when no worker can run. Both ways give the same
 * table, problems, row counts and errors; only the worker's result has no `dataset` (rows).
 */
import type { LoadedData } from '../controllers/load-dataset.js';
import { loadDatasetOnDemand } from '../controllers/load-dataset-on-demand.js';
import { decodeUtf8 } from '../sources/decode-utf8.js';
import { parseJsonText } from '../sources/parse-json.js';
import { timed, timedAsync } from '../controllers/user-timing.js';

/**
 * 4 MiB. JSON.parse, the checks and the table build go through row JSON at about 60 MB/s here
 * (DESIGN.md: 111 MB of deals in 0.6 + 0.5 + 0.3 s), so from this size on the main thread would
 * hold one task of 50–70 ms or more; a worker costs its start (a few tens of milliseconds, off
 * the main thread) and an unpacking of the table that does not grow with its strings.
 */
export const DEFAULT_WORKER_THRESHOLD = 4 * 1024 * 1024;

export interface JsonLoadOptions {
  strict: boolean;
  /** The URL or `inline JSON`, for the message of a body that is not JSON. */
  source: string;
  signal: AbortSignal;
  /** Inputs of at least this many bytes (UTF-16 code units for text) load in a worker; Infinity: never. */
  workerThreshold: number;
}

/** `input`: JSON text, or the chunks of a UTF-8 body (handed to the worker: the caller must not use them after). */
export async function loadJson(input: readonly Uint8Array[] | string, options: JsonLoadOptions): Promise<LoadedData> {
  const { strict, source, signal, workerThreshold } = options;
  const size = typeof input === 'string' ? input.length : input.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  if (size >= workerThreshold) {
    // The page side of the worker is imported only for data this large: most pages never need it.
    // If even that chunk cannot load, no worker can start; the input loads here as below.
    const worker = await import('./load-in-worker.js').catch(() => undefined);
    if (worker) {
      try {
        // One step for the bench's user timing: what runs in the worker is off this page's clock.
        return await timedAsync('load-in-worker', () => worker.loadInWorker(input, { strict, source, signal }));
      } catch (error) {
        // Nothing was handed over: the same input loads here, with the same result.
        if (!(error instanceof worker.WorkerUnavailableError)) throw error;
      }
    }
  }
  return loadDatasetOnDemand(timed('json-parse', () => parseJsonText(typeof input === 'string' ? input : decodeUtf8(input, source), source)), strict);
}
