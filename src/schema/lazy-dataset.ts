/**
 * The dataset `parseDataset` returns, its row objects made on first read. The checks leave
 * every table as typed columns; a load that goes straight on to `buildTable` (every element's
 * load, and the load worker) then never needs the rows, which for a million rows cost as much
 * as checking them and hold hundreds of MB. Each table is an enumerable property whose getter
 * makes the kept rows once and turns itself into a plain data property (the object behaves
 * like any other from then on: spread, JSON, structuredClone and deep equality read the rows).
 *
 * `checkedTable` hands the columns to `buildTable` only while a table's rows were never read:
 * once they were, they may have been changed, and the rows are the truth.
 */
import type { Dataset } from './dataset.js';
import { keptRows, type TableCheck } from './row-check.js';
import type { RowTableName } from './tables.js';

interface Lazy {
  check: TableCheck;
  getter: () => unknown;
  read: boolean;
}

const lazyTables = new WeakMap<object, Map<string, Lazy>>();

/** A dataset of `stages` and the kept rows of `checks`, each table's rows made when first read. */
export function lazyDataset(stages: string[] | undefined, checks: Partial<Record<RowTableName, TableCheck>>): Dataset {
  const dataset: Record<string, unknown> = {};
  if (stages) dataset.stages = stages;
  const lazy = new Map<string, Lazy>();
  for (const [name, check] of Object.entries(checks) as [RowTableName, TableCheck][]) {
    let rows: unknown[] | undefined;
    const entry: Lazy = {
      check,
      read: false,
      getter: () => {
        entry.read = true;
        rows ??= keptRows(check);
        // The columns are no longer the truth: let them go.
        lazy.delete(name);
        // A frozen or sealed dataset keeps its getter, which keeps returning the same rows.
        if (Object.isExtensible(dataset)) Object.defineProperty(dataset, name, { value: rows, writable: true, enumerable: true, configurable: true });
        return rows;
      },
    };
    lazy.set(name, entry);
    Object.defineProperty(dataset, name, {
      get: entry.getter,
      set: (value: unknown) => {
        entry.read = true;
        lazy.delete(name);
        Object.defineProperty(dataset, name, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: true,
      configurable: true,
    });
  }
  lazyTables.set(dataset, lazy);
  return dataset as Dataset;
}

/** The checked columns of a table of a dataset from `parseDataset` whose rows were never read or replaced. */
export function checkedTable(dataset: Dataset, name: RowTableName): TableCheck | undefined {
  const entry = lazyTables.get(dataset)?.get(name);
  if (!entry || entry.read || Object.getOwnPropertyDescriptor(dataset, name)?.get !== entry.getter) return undefined;
  return entry.check;
}
