/**
 * The load of an element: `loadDataset`, but with zod's row schemas imported only when a row is
 * refused (`parse-on-demand.ts`), so clean data loads synchronously without zod in the bundle.
 */
import type { Dataset } from '../schema/dataset.js';
import type { ParsedDataset } from '../schema/parse-core.js';
import { DatasetError, type DatasetProblem } from '../schema/problems.js';
import { parseOnDemand } from '../schema/parse-on-demand.js';
import { buildTable } from '../table/index.js';
import type { LoadedData } from './load-dataset.js';
import { timed } from './user-timing.js';

/** A parsed dataset with its table, the adapter's problems listed before the dataset's own. */
export function withTable({ dataset, problems, rows }: ParsedDataset, adapterProblems: readonly DatasetProblem[]): LoadedData & { dataset: Dataset } {
  return { dataset, table: timed('build-table', () => buildTable(dataset)), problems: adapterProblems.length > 0 ? [...adapterProblems, ...problems] : problems, rows };
}

/**
 * What `loadDataset(raw, strict, adapterProblems)` gives or throws: synchronously, unless a row
 * needs the schemas before they were imported; then a promise that settles the same way.
 */
export function loadDatasetOnDemand(raw: unknown, strict: boolean, adapterProblems: readonly DatasetProblem[] = []): LoadedData | Promise<LoadedData> {
  if (strict && adapterProblems.length > 0) throw new DatasetError(adapterProblems);
  const parsed = timed('validate', () => parseOnDemand(raw, { mode: strict ? 'strict' : 'lenient' }));
  return parsed instanceof Promise ? parsed.then((ready) => withTable(ready, adapterProblems)) : withTable(parsed, adapterProblems);
}
