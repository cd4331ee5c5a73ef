/**
 * The messages between the page and the load worker, and how an error crosses between them.
 * The worker loads once, then keeps its table and computes on it for as long as the page keeps
 * it (src/worker/remote-table.ts).
 * A Worker message keeps an Error's message but not its class or fields, so the two kinds an
 * element tells apart (a refused dataset with its problems, a source that is not JSON) travel
 * as plain data and are rebuilt as the very errors the page's own load would have thrown.
 */
import type { LoadedData } from '../controllers/load-dataset.js';
import { DatasetError, type DatasetProblem } from '../schema/problems.js';
import { SourceError, type SourceErrorKind } from '../sources/source-error.js';
import type { PackedTable } from '../table/table-transfer.js';

/** Page → worker: the raw JSON (bytes, transferred; or text) and how to check it. */
export interface LoadRequest {
  readonly type: 'load';
  /** UTF-8 JSON in the chunks it arrived in, transferred by the page (a response body), or JSON text (inline JSON). */
  readonly input: readonly Uint8Array[] | string;
  readonly strict: boolean;
  /** The URL or `inline JSON`: named by the message of a body that is not JSON. */
  readonly source: string;
}

/** Page → worker, after `loaded`: run an element's registered computation (src/worker/compute-registry.ts) on the kept table. */
export interface ComputeRequest {
  readonly type: 'compute';
  /** Names the reply: computations answer in the order asked, but the page matches by id. */
  readonly id: number;
  readonly key: string;
  readonly options: unknown;
}

export type WorkerRequest = LoadRequest | ComputeRequest;

/** Worker → page: the result of a ComputeRequest (structured-cloned; packed when its computation has a `wire`), or why there is none. */
export type ComputeReply =
  | { readonly type: 'computed'; readonly id: number; readonly result: unknown }
  | { readonly type: 'compute-failed'; readonly id: number; readonly error: WireError };

export type WireError =
  | { readonly name: 'DatasetError'; readonly message: string; readonly problems: readonly DatasetProblem[] }
  | { readonly name: 'SourceError'; readonly message: string; readonly kind: SourceErrorKind; readonly source: string; readonly status?: number }
  | { readonly name: string; readonly message: string };

/** Worker → page. `ready` first (the worker runs: the page may hand over its bytes), then one result. */
export type LoadReply =
  | { readonly type: 'ready' }
  | { readonly type: 'loaded'; readonly table: PackedTable; readonly problems: LoadedData['problems']; readonly rows: LoadedData['rows'] }
  | { readonly type: 'failed'; readonly error: WireError };

export function toWireError(error: unknown): WireError {
  if (error instanceof DatasetError) return { name: 'DatasetError', message: error.message, problems: error.problems };
  if (error instanceof SourceError) {
    const base = { name: 'SourceError', message: error.message, kind: error.kind, source: error.source } as const;
    return error.status === undefined ? base : { ...base, status: error.status };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function fromWireError(wire: WireError): Error {
  if ('problems' in wire) return new DatasetError(wire.problems, wire.message);
  if ('kind' in wire) return new SourceError(wire.kind, wire.message, wire.source, wire.status);
  const error = new Error(wire.message);
  error.name = wire.name;
  return error;
}
