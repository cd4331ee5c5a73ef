/**
 * The fast path of the row checks, one column at a time: a tight loop per field that reads the
 * raw values (of a columnar table, or of row objects lined up into columns) and writes the
 * parsed ones into a typed column — numbers and instants into a Float64Array (NaN where
 * absent), strings, booleans and histories into an array (undefined where absent). A value it
 * is not sure of marks its row `refused`; a refused row then meets the zod schema, which words
 * every problem of it, so the messages are zod's whichever path a row takes.
 */
import { MAX_INSTANT, parseInstant } from '../time/instant.js';
import { MAX_MONEY } from './max-money.js';
import type { Field, Kind } from './row-specs.js';

export interface CheckedEntry {
  stage: string;
  at: number;
}

/** A parsed column: typed by its field's kind, absent values as NaN or undefined. */
export type CheckedColumn = Float64Array | (string | undefined)[] | (boolean | undefined)[] | (CheckedEntry[] | undefined)[];

/** Kinds held as numbers in a Float64Array. */
export function isNumeric(kind: Kind): boolean {
  return kind === 'instant' || kind === 'number' || kind === 'money' || kind === 'nonNegativeMoney' || kind === 'count' || kind === 'scale';
}

/** A column of `length` absent values. */
export function emptyColumn(kind: Kind, length: number): CheckedColumn {
  return isNumeric(kind) ? new Float64Array(length).fill(NaN) : new Array<undefined>(length);
}

/** Sets row `i` of a column to an already parsed value (undefined: absent). */
export function setValue(column: CheckedColumn, i: number, value: unknown): void {
  if (column instanceof Float64Array) column[i] = value === undefined ? NaN : (value as number);
  else (column as unknown[])[i] = value;
}

/** Row `i` of a column as the parsed row holds it (undefined: absent). */
export function valueAt(column: CheckedColumn, i: number): unknown {
  if (column instanceof Float64Array) {
    const n = column[i] as number;
    return n === n ? n : undefined;
  }
  return column[i];
}

/** A stage history, parsed, or undefined when anything in it is off. */
function history(value: unknown): CheckedEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = new Array<CheckedEntry>(value.length);
  for (let i = 0; i < value.length; i++) {
    const entry = value[i] as { stage?: unknown; at?: unknown } | null;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return undefined;
    const { stage } = entry;
    if (typeof stage !== 'string' || stage.length === 0) return undefined;
    const at = parseInstant(entry.at);
    if (at === undefined) return undefined;
    out[i] = { stage, at };
  }
  return out;
}

/** Numbers: each kind's test of a present value, NaN when it fails. */
function numberOf(kind: Kind, value: unknown): number {
  switch (kind) {
    case 'instant':
      if (typeof value === 'number') return value === value && value <= MAX_INSTANT && value >= -MAX_INSTANT ? value + 0 : NaN;
      return parseInstant(value) ?? NaN;
    case 'number':
      return typeof value === 'number' && value - value === 0 ? value : NaN;
    case 'money':
      return typeof value === 'number' && value <= MAX_MONEY && value >= -MAX_MONEY ? value : NaN;
    case 'nonNegativeMoney':
      return typeof value === 'number' && value >= 0 && value <= MAX_MONEY ? value : NaN;
    case 'count':
      return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : NaN;
    case 'scale':
      return Number.isSafeInteger(value) && (value as number) >= 2 ? (value as number) : NaN;
    default:
      throw new RangeError(`not a numeric kind: ${String(kind)}`);
  }
}

/**
 * Where a field's raw values come from: a column of them (`undefined` when the table has no
 * such column), or the row objects that carry the field — read in place, not copied out first.
 */
export type FieldSource = { column: ArrayLike<unknown> | undefined } | { rows: readonly unknown[] };

/** Row i's raw value of `name`: from the column when there is one, else from the row. */
function rawAt(column: ArrayLike<unknown> | undefined, rows: readonly unknown[], name: string, i: number): unknown {
  return column !== undefined ? column[i] : (rows[i] as Record<string, unknown> | null | undefined)?.[name];
}

function checkNumbers(kind: Kind, optional: boolean, name: string, column: ArrayLike<unknown> | undefined, rows: readonly unknown[], refused: Uint8Array): Float64Array {
  const out = new Float64Array(refused.length);
  for (let i = 0; i < out.length; i++) {
    const value = rawAt(column, rows, name, i);
    if (value === null || value === undefined) {
      out[i] = NaN;
      if (!optional) refused[i] = 1;
      continue;
    }
    const n = numberOf(kind, value);
    if (n !== n) refused[i] = 1;
    out[i] = n;
  }
  return out;
}

/** Instants apart from other numbers: the bulk of most tables, so the loop calls nothing for epoch numbers. */
function checkInstants(optional: boolean, name: string, column: ArrayLike<unknown> | undefined, rows: readonly unknown[], refused: Uint8Array): Float64Array {
  const out = new Float64Array(refused.length);
  for (let i = 0; i < out.length; i++) {
    const value = rawAt(column, rows, name, i);
    let n = NaN;
    if (typeof value === 'string') n = parseInstant(value) ?? NaN;
    else if (typeof value === 'number') n = value <= MAX_INSTANT && value >= -MAX_INSTANT ? value + 0 : NaN;
    else if (value === null || value === undefined) {
      out[i] = NaN;
      if (!optional) refused[i] = 1;
      continue;
    }
    if (n !== n) refused[i] = 1;
    out[i] = n;
  }
  return out;
}

/** True when every value of a column is a string its kind takes: the column can be copied whole. */
function allStrings(column: ArrayLike<unknown>, nonEmpty: boolean, allowed: readonly string[] | undefined): boolean {
  for (let i = 0; i < column.length; i++) {
    const value = column[i];
    if (typeof value !== 'string' || (nonEmpty && value.length === 0) || (allowed !== undefined && !allowed.includes(value))) return false;
  }
  return true;
}

function checkStrings(kind: Kind, optional: boolean, name: string, column: ArrayLike<unknown> | undefined, rows: readonly unknown[], refused: Uint8Array): (string | undefined)[] {
  const allowed = typeof kind === 'string' ? undefined : kind;
  const nonEmpty = kind === 'text';
  // A clean column of a columnar table, the common case, is copied in one block (a copy, not
  // the input itself: the caller may change its input later, and the rows are made from this).
  if (Array.isArray(column) && allStrings(column, nonEmpty, allowed)) return column.slice() as string[];
  const out = new Array<string | undefined>(refused.length);
  for (let i = 0; i < out.length; i++) {
    const value = rawAt(column, rows, name, i);
    if (typeof value === 'string') {
      if ((nonEmpty && value.length === 0) || (allowed !== undefined && !allowed.includes(value))) refused[i] = 1;
      else out[i] = value;
    } else if (value === null || value === undefined) {
      if (!optional) refused[i] = 1;
    } else refused[i] = 1;
  }
  return out;
}

function checkOthers(kind: Kind, optional: boolean, name: string, column: ArrayLike<unknown> | undefined, rows: readonly unknown[], refused: Uint8Array): (boolean | undefined)[] | (CheckedEntry[] | undefined)[] {
  const out = new Array<boolean | CheckedEntry[] | undefined>(refused.length);
  for (let i = 0; i < out.length; i++) {
    const value = rawAt(column, rows, name, i);
    if (value === null || value === undefined) {
      if (!optional) refused[i] = 1;
      continue;
    }
    const parsed = kind === 'boolean' ? (typeof value === 'boolean' ? value : undefined) : history(value);
    if (parsed === undefined) refused[i] = 1;
    else out[i] = parsed;
  }
  return out as (boolean | undefined)[] | (CheckedEntry[] | undefined)[];
}

const NO_ROWS: readonly unknown[] = [];

/**
 * The parsed column of one field from its raw values (row i's value at i of a column, or the
 * field of row i), marking in `refused` every row whose value is not certainly valid. `null`
 * and `undefined` read as absent, as the schema sees them. Rows given as a list must be objects
 * or nullish; the caller refuses the others first.
 */
export function checkColumn([name, kind, optional]: Field, source: FieldSource, refused: Uint8Array): CheckedColumn {
  const column = 'column' in source ? source.column : undefined;
  const rows = 'rows' in source ? source.rows : NO_ROWS;
  if ('column' in source && column === undefined) {
    if (!optional) refused.fill(1);
    return emptyColumn(kind, refused.length);
  }
  if (kind === 'instant') return checkInstants(optional, name, column, rows, refused);
  if (isNumeric(kind)) return checkNumbers(kind, optional, name, column, rows, refused);
  if (kind === 'boolean' || kind === 'history') return checkOthers(kind, optional, name, column, rows, refused);
  return checkStrings(kind, optional, name, column, rows, refused);
}
