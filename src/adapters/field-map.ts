/**
 * The declarative field map: which column of an export becomes which field of a canonical
 * table, how its text is read (date format, number format, value map), and what a field is when
 * the file does not say (a constant, a default). One map reads one file into one table.
 *
 * ```ts
 * const map: FieldMap = {
 *   table: 'deals',
 *   fields: {
 *     id: 'Deal ID',
 *     amount: { column: 'Amount', number: 'en' },
 *     createdAt: { column: 'Create Date', date: 'M/D/YYYY' },
 *     closedAt: { column: 'Close Date', date: 'M/D/YYYY' },
 *     outcome: { column: 'Deal Stage', values: { 'Closed Won': 'won', 'Closed Lost': 'lost' }, otherwise: 'open' },
 *     stage: 'Deal Stage',
 *     kind: { constant: 'new' },
 *   },
 * };
 * const { dataset, problems } = adaptCsv(text, map, { source: 'deals.csv' });
 * // problems: deals.csv:17:5 (Close Date): "31/02/2024" is not a date in M/D/YYYY
 * ```
 *
 * A row with any problem is left out and every problem is listed, each located by file, line,
 * column and column name; a file that cannot be read at all (bad quoting, wrong delimiter, a
 * column the map needs is missing) throws an AdapterError. A map that asks for something
 * impossible (an unknown table or field, a required field with no rule, an unknown format)
 * throws a RangeError when it is used, before any row is read.
 */
import type { DatasetInput } from '../schema/dataset.js';
import type { DatasetProblem } from '../schema/problems.js';
import type { RowTableName } from '../schema/tables.js';
import { readCsv, type CsvDelimiter, type CsvFile } from './csv.js';
import { compileFields, type CompiledField, type FieldRule } from './field-rules.js';

export type { ColumnRule, ConstantRule, FieldRule, HistoryRule, Scalar } from './field-rules.js';

export interface FieldMap {
  /** The canonical table the file's rows become. */
  readonly table: RowTableName;
  /** Canonical field → rule. Every required field of the table needs one. */
  readonly fields: Readonly<Record<string, FieldRule>>;
  /** The dataset's `stages` (pipeline order), for a map of deals. */
  readonly stages?: readonly string[];
  /** IANA zone of the export's wall-clock times (default UTC); dates with an offset keep it. */
  readonly timeZone?: string;
  /** The file's delimiter (default: sniffed from the header). */
  readonly delimiter?: CsvDelimiter | 'auto';
}

/** What an adapter made of a file: the dataset, and every row it left out and why. */
export interface AdaptedDataset {
  dataset: DatasetInput;
  /** Located problems, in file order; each row they name was left out. */
  problems: DatasetProblem[];
  /** Data rows in the file, and rows kept. */
  rows: { given: number; kept: number };
}

export interface AdaptOptions {
  /** The file's name or URL, in every message (default `CSV`). */
  source?: string;
}

/** Reads CSV text through a field map. */
export function adaptCsv(text: string, map: FieldMap, options: AdaptOptions = {}): AdaptedDataset {
  const compiled = compileFields(map);
  const file = readCsv(text, { source: options.source ?? 'CSV', delimiter: map.delimiter ?? 'auto' });
  return applyFieldMap(file, map, compiled);
}

/** Reads an already split CSV file through a field map. */
export function applyFieldMap(file: CsvFile, map: FieldMap, compiled: readonly CompiledField[] = compileFields(map)): AdaptedDataset {
  const { table } = map;
  const readers = compiled.map((field) => ({ name: field.name, read: field.bind(file) }));
  const problems: DatasetProblem[] = file.problems.map((p) => ({ ...p, table }));
  const rows: Record<string, unknown>[] = [];
  const rowProblems: DatasetProblem[] = [];
  for (let r = 0; r < file.records.length; r++) {
    const record = file.records[r] as readonly string[];
    const row: Record<string, unknown> = {};
    rowProblems.length = 0;
    for (const { name, read } of readers) {
      const value = read(record, r, rowProblems);
      if (value !== undefined) row[name] = value;
    }
    if (rowProblems.length === 0) rows.push(row);
    else for (const p of rowProblems) problems.push({ ...p, table });
  }
  // File order: problems of left-out records and of bad cells interleave by line.
  problems.sort((a, b) => lineOfPath(a.path) - lineOfPath(b.path));
  const dataset: DatasetInput = { [table]: rows };
  if (map.stages) dataset.stages = [...map.stages];
  return { dataset, problems, rows: { given: file.given, kept: rows.length } };
}

/** The line number of a `file:line[:column] (name)` path, for sorting. */
function lineOfPath(path: string): number {
  const match = /:(\d+)(?::\d+)?(?: \(.*\))?$/.exec(path);
  return match ? Number(match[1]) : 0;
}
