/**
 * Fetching a data file as text with its content type, so that the caller can tell JSON from CSV
 * before it parses. Failures read exactly as `fetchJson`'s (src/sources/fetch-json.ts): an HTTP
 * error status, a network failure and a timeout each become a SourceError that names the URL;
 * aborting through `signal` rejects with the signal's reason, for the caller to ignore.
 *
 * This module is small and loads with every element (the data source controller uses it for
 * `src`); the CSV reader it may lead to is imported on demand.
 */
import { SourceError } from '../sources/source-error.js';

export interface FetchTextOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds (default 30 s). */
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
  const { signal, timeoutMs = 30_000, accept = 'application/json, text/csv;q=0.9' } = options;
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
    const text = await response.text();
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    return { text, contentType };
  } catch (error) {
    return failed(error);
  }
}

/**
 * Whether a `src` response is CSV: a JSON media type says no whatever else holds; otherwise a
 * `table` attribute, a `.csv`/`.tsv` path or a CSV media type says yes.
 */
export function isCsvResponse(url: string, contentType: string, table: string | null | undefined): boolean {
  if (contentType === 'application/json' || contentType.endsWith('+json')) return false;
  if (table) return true;
  if (['text/csv', 'application/csv', 'text/tab-separated-values'].includes(contentType)) return true;
  return isCsvUrl(url);
}

/** A URL whose path ends in `.csv` or `.tsv` (query and fragment ignored). */
export function isCsvUrl(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return /\.(?:csv|tsv)$/i.test(path);
}
