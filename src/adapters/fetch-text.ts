/**
 * Telling a CSV answer from a JSON one. The fetching itself is src/sources/fetch-text.ts (shared
 * with `fetchJson`), re-exported here for `crm-kit/adapters`. This module is small and loads with
 * every element (the data source controller uses it for `src`); the CSV reader it may lead to is
 * imported on demand.
 */
export { fetchText, type FetchedText, type FetchTextOptions } from '../sources/fetch-text.js';

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
