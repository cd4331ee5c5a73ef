/**
 * Shape checks of single rows: the fast column checks (`check-columns.ts`) for every row, zod
 * for the rows they refuse, turning zod's issues into located problems. A table is held as
 * parsed columns with `shaped` and `kept` flags per row, so the rules across rows can read
 * typed columns, leave a row out, and the parser build the dataset from what is left — whether
 * the input came as rows or as columns.
 */
import type * as z from 'zod/mini';
import { checkColumn, emptyColumn, setValue, valueAt, type CheckedColumn } from './check-columns.js';
import { problem, type DatasetProblem, type ProblemRule } from './problems.js';
import type { Field } from './row-specs.js';

/** One table while it is being checked: its parsed columns, and which rows are kept. */
export interface TableCheck {
  name: string;
  /** Rows given. */
  length: number;
  fields: readonly Field[];
  /** The parsed value of every field, row i at index i; meaningful only where `shaped[i]`. */
  columns: Record<string, CheckedColumn>;
  /** 1 where the row passed its shape check. */
  shaped: Uint8Array;
  /** 1 where the row is kept: shaped, and no rule across rows left it out. */
  kept: Uint8Array;
  /** Each input row's `id` when it is a string, even for rows that failed their shape check. */
  rawIds: (string | undefined)[];
}

/** Leave a row out of the dataset, recording why. */
export function reject(check: TableCheck, index: number, found: DatasetProblem, problems: DatasetProblem[]): void {
  check.kept[index] = 0;
  found.table = check.name;
  found.row = index;
  problems.push(found);
}

export function rowPath(table: string, index: number, path: readonly PropertyKey[] = []): string {
  let out = `${table}[${index}]`;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

type Issue = z.core.$ZodIssue;

function ruleOf(issue: Issue): [ProblemRule, string] {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) return ['required', 'missing'];
  switch (issue.code) {
    case 'custom': {
      const rule = (issue.params?.rule as ProblemRule | undefined) ?? 'type';
      return [rule, issue.message];
    }
    case 'invalid_union':
      return ['date', issue.message];
    case 'invalid_value':
      return ['enum', `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`];
    case 'invalid_type':
      return ['type', `expected ${issue.expected}`];
    case 'too_small':
      return issue.origin === 'string' ? ['required', issue.message] : ['range', issue.message];
    default:
      return ['type', issue.message];
  }
}

/** Row objects from JSON often carry `null` for "no value"; the schema says "absent". */
function withoutNulls(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  let copy: Record<string, unknown> | undefined;
  for (const key in row) {
    if ((row as Record<string, unknown>)[key] === null) {
      copy ??= { ...(row as Record<string, unknown>) };
      delete copy[key];
    }
  }
  return copy ?? row;
}

/**
 * Thrown by `checkTable` given no schema when a row needs one to word its problems; the parser
 * (`parse-core.ts`) catches it and answers that it needs the schemas.
 */
export class SchemasNeeded extends Error {}

/** A table's input: a list of rows, or columns of `length` values each (their lengths checked). */
export type TableInput = { rows: readonly unknown[] } | { columns: Readonly<Record<string, readonly unknown[]>>; length: number };

const isRowObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Row `i` of a columnar table as an object, absent (null) values left out: what zod is shown. */
function columnarRow(columns: Readonly<Record<string, readonly unknown[]>>, i: number): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const field in columns) {
    const value = (columns[field] as readonly unknown[])[i];
    if (value !== null && value !== undefined) row[field] = value;
  }
  return row;
}

/**
 * Check every row of a table. With `fast` (the default of `parseDataset`), each field's column
 * is checked in one loop and only the rows it refuses meet the schema, which words their
 * problems; without, every row meets the schema. Given no schema, a row that needs it throws
 * `SchemasNeeded`. Either way the parsed values land in the same
 * typed columns, so the two give the same table.
 */
export function checkTable(name: string, input: TableInput, fields: readonly Field[], schema: z.ZodMiniType | undefined, problems: DatasetProblem[], fast: boolean): TableCheck {
  const rows = 'rows' in input ? input.rows : undefined;
  const given = 'columns' in input ? input.columns : undefined;
  const length = 'columns' in input ? input.length : (rows as readonly unknown[]).length;
  const refused = new Uint8Array(length);
  const columns: Record<string, CheckedColumn> = {};
  if (rows) {
    for (let i = 0; i < length; i++) if (!isRowObject(rows[i])) refused[i] = 1;
  }
  if (!fast) refused.fill(1);
  for (const field of fields) {
    const fieldName = field[0];
    if (!fast) {
      columns[fieldName] = emptyColumn(field[1], length);
      continue;
    }
    columns[fieldName] = checkColumn(field, rows ? { rows } : { column: given?.[fieldName] }, refused);
  }
  // The ids of rows that pass come from the parsed column, of the others from what zod is shown.
  const rawIds = columns.id ? (columns.id as (string | undefined)[]).slice() : new Array<string | undefined>(length);
  const shaped = new Uint8Array(length).fill(1);
  const check: TableCheck = { name, length, fields, columns, shaped, kept: shaped.slice(), rawIds };
  for (let i = 0; i < length; i++) {
    if (refused[i] === 0) continue;
    const raw = withoutNulls(rows ? rows[i] : columnarRow(given ?? {}, i));
    if (isRowObject(raw) && typeof raw.id === 'string') rawIds[i] = raw.id;
    if (!isRowObject(raw)) {
      // Every row schema is an object: it would refuse this row, worded here, without zod.
      shaped[i] = 0;
      reject(check, i, problem(rowPath(name, i), 'type', 'expected a row object', raw), problems);
      continue;
    }
    if (!schema) throw new SchemasNeeded('checkTable: a refused row needs its table\'s schema');
    const result = schema.safeParse(raw, { reportInput: true });
    if (result.success) {
      const data = result.data as Record<string, unknown>;
      for (const [fieldName] of fields) setValue(columns[fieldName] as CheckedColumn, i, data[fieldName]);
      continue;
    }
    shaped[i] = 0;
    // One problem per field, so a row with three bad fields shows all three.
    for (const issue of result.error.issues) {
      const [rule, message] = ruleOf(issue);
      const path = rowPath(name, i, issue.path);
      const found = issue.input === undefined && rule === 'required' ? problem(path, rule, message) : problem(path, rule, message, issue.input);
      reject(check, i, found, problems);
    }
  }
  return check;
}

/** Row `i` of a checked table as the parsed row object (fields in schema order, absent ones left out). */
export function rowAt(check: TableCheck, i: number): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [name] of check.fields) {
    const value = valueAt(check.columns[name] as CheckedColumn, i);
    if (value !== undefined) row[name] = value;
  }
  return row;
}

/** The kept rows of a checked table, in input order. */
export function keptRows(check: TableCheck): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < check.length; i++) if (check.kept[i]) out.push(rowAt(check, i));
  return out;
}
