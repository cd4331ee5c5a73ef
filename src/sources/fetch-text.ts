/**
 * GET a URL as text with its media type, so that a caller can tell JSON from CSV before it
 * parses. Every failure a user can meet becomes a SourceError that names the URL: an HTTP error
 * status, a network failure, a timeout. Aborting through `signal` is not a failure: the signal's
 * reason propagates for the caller to ignore.
 */
import { SourceError } from './source-error.js';

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface FetchTextOptions {
  /** Aborting it cancels the request; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Give up after this many milliseconds (default 30 s), with a `timeout` SourceError. */
  timeoutMs?: number;
  /** The Accept header (default JSON, then CSV). */
  accept?: string;
}

export interface FetchedText {
  text: string;
  /** The response's media type, lower case, without parameters (`text/csv`); '' when the server sent none. */
  contentType: string;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export async function fetchText(url: string, options: FetchTextOptions = {}): Promise<FetchedText> {
  const { body, contentType } = await fetchBody(url, options, (response) => response.text());
  return { text: body, contentType };
}

export interface FetchedBytes {
  /** The body in the chunks it arrived in, undecoded: a loader can move them to a worker as they are. */
  chunks: Uint8Array[];
  byteLength: number;
  contentType: string;
}

/**
 * As fetchText, with the body as bytes, under the same timeout and with the same errors.
 *
 * Chunks, not `response.arrayBuffer()`: Chromium assembles that buffer on the main thread,
 * growing it by copies — on a 324 MB body, tasks of 50 to 700 ms (bench/browser/load). Each
 * chunk read from the stream is already its own buffer, and reading it is a short task.
 */
export async function fetchBytes(url: string, options: FetchTextOptions = {}): Promise<FetchedBytes> {
  const { body, contentType } = await fetchBody(url, options, readChunks);
  return { ...body, contentType };
}

/**
 * Bytes read in one task before letting the page run. Chunks already queued resolve `read()`
 * as microtasks, all within one task, and each is copied out of the network's buffer as it is
 * read: unbounded, that was 50–90 ms tasks on a 324 MB body at full speed.
 */
const BYTES_PER_TASK = 4 * 1024 * 1024;

/**
 * A new task, through a MessageChannel rather than setTimeout: a background tab runs timers at
 * most once a second, which would stretch reading 324 MB in 4 MiB steps to over a minute.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

async function readChunks(response: Response): Promise<{ chunks: Uint8Array[]; byteLength: number }> {
  if (!response.body) return { chunks: [], byteLength: 0 }; // a body-less answer (204) reads as ''
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let byteLength = 0;
  let sinceYield = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
    byteLength += next.value.byteLength;
    sinceYield += next.value.byteLength;
    if (sinceYield >= BYTES_PER_TASK) {
      sinceYield = 0;
      await nextTask();
    }
  }
  return { chunks, byteLength };
}

async function fetchBody<T>(url: string, options: FetchTextOptions, read: (response: Response) => Promise<T>): Promise<{ body: T; contentType: string }> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, accept = 'application/json, text/csv;q=0.9' } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const failed = (error: unknown): never => {
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) throw new SourceError('timeout', `${url} did not answer within ${seconds(timeoutMs)}`, url);
    const reason = error instanceof Error ? error.message : String(error);
    throw new SourceError('network', `Could not reach ${url}: ${reason}`, url);
  };
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: accept } });
  } catch (error) {
    return failed(error);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new SourceError('http', `Could not load ${url}: the server answered HTTP ${status}`, url, response.status);
  }
  try {
    const body = await read(response);
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    return { body, contentType };
  } catch (error) {
    return failed(error);
  }
}
