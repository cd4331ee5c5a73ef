/**
 * The synchronous load of a raw dataset: parse, check, build the table. No DOM, so the load
 * worker (src/worker/load-worker.ts) runs exactly this and its results match the page's.
 */
import { DatasetError, parseDataset, type Dataset, type DatasetProblem, type ParsedDataset } from '../schema/index.js';
import type { CrmTable } from '../table/index.js';
import type { RemoteTable } from '../worker/remote-table.js';
import { withTable } from './load-dataset-on-demand.js';
import { timed } from './user-timing.js';

/** A dataset ready for metrics: checked, with its table and what was left out. */
export interface LoadedData {
  /**
   * The parsed rows. Absent when the load ran in a worker: only the table, the problems and the
   * row counts come back from there (the rows would cost the page a copy of every object).
   */
  dataset?: Dataset;
  table: CrmTable;
  problems: readonly DatasetProblem[];
  rows: ParsedDataset['rows'];
  /**
   * The load worker, which keeps its own copy of `table` and computes elements' results on it
   * (src/worker/remote-table.ts). Only after a load in a worker, and only while the data source
   * that made the load still uses it; a copy of this object with another table (a cross-filter)
   * keeps the field, so compare `remote.table` with `table` before asking it.
   */
  remote?: RemoteTable;
}

/**
 * Parse and index a raw dataset; throws DatasetError for input that cannot be used.
 * `adapterProblems` are the rows an adapter (or the CSV reader) left out before the dataset was
 * made: listed first with the dataset's own, and in strict mode a reason to refuse it.
 */
export function loadDataset(raw: unknown, strict: boolean, adapterProblems: readonly DatasetProblem[] = []): LoadedData & { dataset: Dataset } {
  if (strict && adapterProblems.length > 0) throw new DatasetError(adapterProblems);
  return withTable(timed('validate', () => parseDataset(raw, { mode: strict ? 'strict' : 'lenient' })), adapterProblems);
}
