/**
 * The load worker: JSON.parse, parseDataset and buildTable off the page's main thread, for data
 * large enough that doing them there would freeze the page (a million deals take seconds), then
 * the elements' computations on that table for as long as the page keeps the load.
 * Started by src/worker/load-in-worker.ts, one worker per load; it answers `ready` at once so
 * that the page transfers its bytes only to a worker that really runs, then `loaded` with a copy
 * of the table (its typed arrays transferred), keeping the original: the per-table caches the
 * metrics build on first use (stage stays, funnel codes, period keys, ledgers) are then built
 * here, not on the page. Each `compute` is answered in turn.
 */
import { loadDataset } from '../controllers/load-dataset.js';
import { decodeUtf8 } from '../sources/decode-utf8.js';
import { parseJsonText } from '../sources/parse-json.js';
import type { CrmTable } from '../table/index.js';
import { packTable } from '../table/table-transfer.js';
import { packRegistered, prepareRegistered, runRegistered } from './compute-registry.js';
import { toWireError, type ComputeReply, type LoadReply, type WorkerRequest } from './load-protocol.js';
import { ResultCache, resultKey } from './result-cache.js';

const scope = self as unknown as { postMessage(message: LoadReply | ComputeReply, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };

/** The table of the load, once there is one. */
let table: CrmTable | undefined;

function load(input: readonly Uint8Array[] | string, strict: boolean, source: string): void {
  let reply: LoadReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const text = typeof input === 'string' ? input : decodeUtf8(input, source);
    const loaded = loadDataset(parseJsonText(text, source), strict);
    const message = packTable(loaded.table, { keep: true });
    table = loaded.table;
    transfer = message.transfer;
    reply = { type: 'loaded', table: message.table, problems: loaded.problems, rows: loaded.rows };
  } catch (error) {
    reply = { type: 'failed', error: toWireError(error) };
  }
  scope.postMessage(reply, transfer);
}

/** Results already posted, for a request asked again (ResultCache). */
const results = new ResultCache();

/** The result of `key` with `options`: kept from an equal request, or computed (and kept). */
function resultOf(key: string, options: unknown): unknown {
  if (!table) throw new Error('the worker has no table to compute on');
  const cacheKey = resultKey(key, options);
  const kept = cacheKey === undefined ? undefined : results.get(cacheKey);
  if (kept) return kept.result;
  const result = runRegistered(key, table, options);
  if (cacheKey !== undefined) results.set(cacheKey, result);
  return result;
}

function compute(id: number, key: string, options: unknown): void {
  let reply: ComputeReply;
  let transfer: ArrayBuffer[] = [];
  try {
    // Packed afresh for every reply: its typed arrays are transferred, the kept result stays whole.
    const packed = packRegistered(key, resultOf(key, options));
    transfer = packed.transfer;
    reply = { type: 'computed', id, result: packed.message };
  } catch (error) {
    reply = { type: 'compute-failed', id, error: toWireError(error) };
  }
  try {
    scope.postMessage(reply, transfer);
  } catch (error) {
    // A result that does not survive structured clone: say so rather than leave the page waiting.
    scope.postMessage({ type: 'compute-failed', id, error: toWireError(error) });
  }
}

/** Compute once what the computation needs is loaded (a kpi tile's metric module); a failed import is the computation's error. */
function prepareThenCompute(id: number, key: string, options: unknown): void {
  let preparing: Promise<void> | undefined;
  try {
    preparing = prepareRegistered(key, options);
  } catch {
    // An unknown key: compute() says so.
  }
  if (preparing) void preparing.then(() => compute(id, key, options));
  else compute(id, key, options);
}

scope.onmessage = ({ data }) => {
  if (data.type === 'load') load(data.input, data.strict, data.source);
  else prepareThenCompute(data.id, data.key, data.options);
};

scope.postMessage({ type: 'ready' });
