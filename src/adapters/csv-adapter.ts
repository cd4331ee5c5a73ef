/**
 * `csvAdapter`: a CSV export at a URL (or in a string) as a CrmAdapter, read through a field map,
 * a preset, or as canonical CSV of one table — and optionally re-read every few seconds, for a
 * file that a CRM sync rewrites.
 *
 * ```ts
 * import { csvAdapter, hubspotDeals } from 'crm-kit/adapters';
 * funnel.adapter = csvAdapter({ src: '/exports/hubspot-deals.csv', map: hubspotDeals() });
 * ```
 */
import type { DatasetInput } from '../schema/dataset.js';
import type { DatasetProblem } from '../schema/problems.js';
import type { RowTableName } from '../schema/tables.js';
import { readCanonicalCsv } from './csv-dataset.js';
import { fetchText } from './fetch-text.js';
import { adaptCsv, type AdaptedDataset, type FieldMap } from './field-map.js';
import type { CrmAdapter, CrmAdapterListener } from './protocol.js';

/** A preset or any function that turns a file's text into a dataset. */
export type TextConverter = (text: string, options: { source: string }) => AdaptedDataset;

export interface CsvAdapterOptions {
  /** URL of the file (fetched with the element's abort signal). */
  src?: string;
  /** The file's text, when it is already at hand (wins over `src`). */
  text?: string;
  /** Read through this field map… */
  map?: FieldMap;
  /** …or this converter (a preset such as `onlineRetailOrders`)… */
  convert?: TextConverter;
  /** …or as canonical CSV of this table (the default, with the table guessed from the header). */
  table?: RowTableName;
  /** The name used in messages (default `src`, else `CSV`). */
  source?: string;
  /** Milliseconds to wait for `src` (default 30,000). */
  timeoutMs?: number;
  /** Re-read `src` this often (milliseconds) while an element shows it; off by default. */
  refreshMs?: number;
}

/** A CrmAdapter over a CSV file; its `problems` lists the rows each load left out. */
export function csvAdapter(options: CsvAdapterOptions): CrmAdapter {
  const { src, text, map, convert, table, timeoutMs, refreshMs } = options;
  if (text === undefined && !src) throw new RangeError('csvAdapter needs `src` (a URL) or `text`');
  if ([map, convert, table].filter((x) => x !== undefined).length > 1) throw new RangeError('csvAdapter takes one of `map`, `convert` and `table`');
  if (refreshMs !== undefined && !(refreshMs > 0)) throw new RangeError(`csvAdapter: refreshMs must be a positive number of milliseconds, got ${String(refreshMs)}`);
  const source = options.source ?? src ?? 'CSV';
  const read = (body: string): AdaptedDataset => {
    if (map) return adaptCsv(body, map, { source });
    if (convert) return convert(body, { source });
    return readCanonicalCsv(body, { source, table: table ?? null });
  };
  const found = new WeakMap<DatasetInput, readonly DatasetProblem[]>();
  const adapter: CrmAdapter = {
    async load(signal) {
      const body = text ?? (await fetchText(src as string, { signal, accept: 'text/csv, text/plain;q=0.9', ...(timeoutMs === undefined ? {} : { timeoutMs }) })).text;
      signal.throwIfAborted();
      const adapted = read(body);
      found.set(adapted.dataset, adapted.problems);
      return adapted.dataset;
    },
    problems: (dataset) => found.get(dataset) ?? [],
  };
  if (refreshMs !== undefined && text === undefined) {
    adapter.subscribe = (listener: CrmAdapterListener) => {
      const timer = setInterval(() => listener(), refreshMs);
      return () => clearInterval(timer);
    };
  }
  return adapter;
}
