/**
 * A CSV file whose header names the canonical fields of one table — `id,amount,createdAt,
 * outcome,stage` for deals — read into a dataset: what `<crm-funnel src="deals.csv"
 * table="deals">` loads. Elements import this module only when they meet CSV, so its code (and
 * d3-dsv's) is fetched only then.
 *
 * Values are read as the dataset's JSON would hold them: dates in ISO 8601, plain numbers
 * (`1234.5`), `true`/`false`; an empty cell is an absent field.
 * A deal's `history` cannot be a CSV column. Columns that are no field of the table are refused
 * rather than ignored — `created_at` for `createdAt` would otherwise lose every date without a
 * word; an export with other column names is what a field map (`adaptCsv`) is for.
 *
 * It reads the cells itself rather than through the field map's machinery (formats, value maps,
 * histories), which canonical CSV does not need: this module is what the CDN bundle carries for
 * CSV, so it stays small. Its messages are worded as the field map's.
 */
import type { DatasetInput } from '../schema/dataset.js';
import type { DatasetProblem, ProblemRule } from '../schema/problems.js';
import { shortValue } from '../schema/problems.js';
import type { RowTableName } from '../schema/tables.js';
import { parseInstant } from '../time/instant.js';
import { CANONICAL_FIELDS, ROW_TABLE_NAMES, fieldsOf, type FieldSpec } from './canonical-fields.js';
import { readCsv, type CsvDelimiter } from './csv.js';
import type { AdaptedDataset } from './field-map.js';
import { AdapterError, formatLocation } from './location.js';

export interface CanonicalCsvOptions {
  /** The table the rows belong to; without it, the one table whose fields match the header. */
  table?: string | null;
  /** The file's name or URL, in every message (default `CSV`). */
  source?: string;
  delimiter?: CsvDelimiter | 'auto';
}

/** Reads canonical CSV; throws AdapterError for a file that does not fit the table. */
export function readCanonicalCsv(text: string, options: CanonicalCsvOptions = {}): AdaptedDataset {
  const source = options.source ?? 'CSV';
  const file = readCsv(text, { source, delimiter: options.delimiter ?? 'auto' });
  const at = { source, line: file.headerLine };
  if (file.header.length === 0 || (file.header.length === 1 && file.header[0] === '')) throw new AdapterError('the file is empty: a CSV file needs a header line', at);
  const table = options.table ? checkedTable(options.table, source) : guessTable(file.header, source, file.headerLine);
  const specs = fieldsOf(table);
  file.header.forEach((name, column) => {
    if (name === 'history') throw new AdapterError('a deal\'s history cannot be a CSV column; give it as JSON, or map "Date entered" columns with a field map', { ...at, column: column + 1, name });
    if (!specs[name]) throw new AdapterError(`not a field of ${table} (its fields: ${Object.keys(specs).filter((f) => f !== 'history').join(', ')}); to read other column names, use a field map (crm-kit/adapters)`, { ...at, column: column + 1, name });
  });
  const missing = Object.entries(specs).filter(([name, spec]) => spec.required && !file.header.includes(name)).map(([name]) => name);
  if (missing.length > 0) throw new AdapterError(`no column for the required field${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${table} (the header has: ${file.header.join(', ')})`, at);
  const readers = file.header.map((name, column) => ({ name, column, spec: specs[name] as FieldSpec, read: cellReader(specs[name] as FieldSpec) }));
  const rows: Record<string, unknown>[] = [];
  const problems: DatasetProblem[] = file.problems.map((p) => ({ ...p, table }));
  file.records.forEach((record, index) => {
    const row: Record<string, unknown> = {};
    const found: DatasetProblem[] = [];
    const fail = (column: number, rule: ProblemRule, message: string) => found.push({ path: formatLocation(file.locate(index, column)), rule, message, table });
    for (const { name, column, spec, read } of readers) {
      const text = (record[column] as string).trim();
      if (text === '') {
        if (spec.required) fail(column, 'required', `empty, but ${table}.${name} is required`);
        continue;
      }
      const value = read(text);
      if (value instanceof CellProblem) fail(column, value.rule, `${shortValue(text)} ${value.message}`);
      else row[name] = value;
    }
    if (found.length === 0) rows.push(row);
    else problems.push(...found);
  });
  problems.sort((a, b) => lineOf(a.path) - lineOf(b.path));
  const dataset: DatasetInput = { [table]: rows };
  return { dataset, problems, rows: { given: file.given, kept: rows.length } };
}

/** What is wrong with a cell, without the cell's text (added in front). */
class CellProblem {
  constructor(
    readonly rule: ProblemRule,
    readonly message: string,
  ) {}
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Text → the field's value as the dataset's JSON holds it, or what is wrong. */
function cellReader(spec: FieldSpec): (text: string) => unknown {
  switch (spec.kind) {
    case 'instant':
      return (text) => (parseInstant(text) === undefined ? new CellProblem('date', 'is not a date in ISO') : text);
    case 'money':
    case 'number':
    case 'count':
    case 'int':
      return (text) => {
        if (!PLAIN_NUMBER.test(text)) return new CellProblem('type', 'is not a number (like 1234.50)');
        const value = Number(text);
        if ((spec.kind === 'count' || spec.kind === 'int') && !Number.isInteger(value)) return new CellProblem('type', 'is not a whole number');
        if (spec.kind === 'count' && value < 0) return new CellProblem('range', 'is negative, but counts are 0 or more');
        return value;
      };
    case 'boolean':
      return (text) => (/^(?:true|yes|1)$/i.test(text) ? true : /^(?:false|no|0)$/i.test(text) ? false : new CellProblem('type', 'is not true or false (write true/false, yes/no or 1/0)'));
    case 'enum': {
      const allowed = spec.values ?? [];
      return (text) => (allowed.includes(text) ? text : new CellProblem('enum', `is not one of ${allowed.join(', ')}`));
    }
    default:
      return (text) => text;
  }
}

/** The line number of a `file:line[:column] (name)` path, for sorting. */
function lineOf(path: string): number {
  const match = /:(\d+)(?::\d+)?(?: \(.*\))?$/.exec(path);
  return match ? Number(match[1]) : 0;
}

function checkedTable(table: string, source: string): RowTableName {
  if (!(table in CANONICAL_FIELDS)) throw new AdapterError(`table="${table}" is not a table of the dataset (expected one of ${ROW_TABLE_NAMES.join(', ')})`, { source, line: 1 });
  return table as RowTableName;
}

/** The one table whose fields include every column and whose required fields are all there. */
function guessTable(header: readonly string[], source: string, line: number): RowTableName {
  const fits = ROW_TABLE_NAMES.filter((table) => {
    const specs = CANONICAL_FIELDS[table];
    return header.every((name) => name in specs) && Object.entries(specs).every(([name, spec]) => !spec.required || header.includes(name));
  });
  if (fits.length === 1) return fits[0] as RowTableName;
  const which = fits.length > 1 ? `its columns fit ${fits.join(' and ')}` : 'its columns fit no table of the dataset';
  throw new AdapterError(`cannot tell which table this CSV holds (${which}): name it with the table attribute, e.g. table="deals"`, { source, line });
}
