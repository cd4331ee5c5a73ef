import { parseJsonText } from './parse-json.js';
import { SourceError } from './source-error.js';

export interface FetchJsonOptions {
  /** Aborting it cancels the request; the promise then rejects with the signal's AbortError. */
  signal?: AbortSignal;
  /** Give up after this many milliseconds (default 30 s), with a `timeout` SourceError. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/**
 * GET `url` and parse its body as JSON. Every failure a user can meet becomes a SourceError
 * that names the URL: an HTTP error status, a network failure, a timeout, a body that is not
 * JSON. Aborting through `signal` is not a failure: the AbortError propagates for the caller
 * to ignore.
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
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
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
  } catch (error) {
    return failed(error);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new SourceError('http', `Could not load ${url}: the server answered HTTP ${status}`, url, response.status);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return failed(error);
  }
  return parseJsonText(text, url);
}
