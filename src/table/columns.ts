/**
 * Builders of typed columns from rows. Absent numbers and times become NaN; absent strings
 * and references become -1 (`ABSENT`). One pass per column keeps each builder trivial and the
 * resulting arrays contiguous.
 */
import { ABSENT, type Dictionary } from './dictionary.js';

type Get<Row, T> = (row: Row) => T | undefined;

export function numberColumn<Row>(rows: readonly Row[], get: Get<Row, number>): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = get(rows[i] as Row) ?? NaN;
  return out;
}

/** Times are epoch milliseconds, held as Float64 (integers up to 2^53 are exact). */
export const timeColumn = numberColumn;

export function codeColumn<Row>(rows: readonly Row[], get: Get<Row, string>, dictionary: Dictionary): Int32Array {
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = get(rows[i] as Row);
    out[i] = value === undefined ? ABSENT : dictionary.encode(value);
  }
  return out;
}

/** A small fixed set of values (outcome, kind, type) as a Uint8Array of indexes into `values`; 255 when absent. */
export function enumColumn<Row, V extends string>(rows: readonly Row[], get: Get<Row, V>, values: readonly V[]): Uint8Array {
  const out = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = get(rows[i] as Row);
    out[i] = value === undefined ? ENUM_ABSENT : values.indexOf(value);
  }
  return out;
}

export const ENUM_ABSENT = 255;

export function booleanColumn<Row>(rows: readonly Row[], get: Get<Row, boolean>): Uint8Array {
  const out = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = get(rows[i] as Row);
    out[i] = value === undefined ? BOOLEAN_ABSENT : value ? 1 : 0;
  }
  return out;
}

/** In a boolean column: 0 false, 1 true, 2 absent. */
export const BOOLEAN_ABSENT = 2;

/** Row ids in input order, and the row of each id. */
export function idIndex(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) index.set(ids[i] as string, i);
  return index;
}
