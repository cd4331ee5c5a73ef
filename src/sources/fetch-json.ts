import { fetchText, type FetchTextOptions } from './fetch-text.js';
import { parseJsonText } from './parse-json.js';

export { DEFAULT_TIMEOUT_MS } from './fetch-text.js';

export type FetchJsonOptions = Omit<FetchTextOptions, 'accept'>;

/**
 * GET `url` and parse its body as JSON. Failures are fetchText's SourceErrors (HTTP status,
 * network, timeout), plus one for a body that is not JSON; aborting through `signal` rejects
 * with the signal's reason, for the caller to ignore.
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const { text } = await fetchText(url, { ...options, accept: 'application/json' });
  return parseJsonText(text, url);
}
