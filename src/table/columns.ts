/**
 * Builders of typed columns from a table's rows (`TableSource`). Absent numbers and times are
 * NaN; absent strings and references are -1 (`ABSENT`). One pass per column keeps each builder
 * trivial and the resulting arrays contiguous.
 */
import { ABSENT, type Dictionary } from './dictionary.js';

/** The value of a field in the k-th row, undefined where absent. */
type Get<T> = (k: number) => T | undefined;

export function numberColumn(length: number, get: Get<number>): Float64Array {
  const out = new Float64Array(length);
  for (let k = 0; k < length; k++) out[k] = get(k) ?? NaN;
  return out;
}

export function codeColumn(length: number, get: Get<string>, dictionary: Dictionary): Int32Array {
  const out = new Int32Array(length);
  for (let k = 0; k < length; k++) {
    const value = get(k);
    out[k] = value === undefined ? ABSENT : dictionary.encode(value);
  }
  return out;
}

/** A small fixed set of values (outcome, kind, type) as a Uint8Array of indexes into `values`; 255 when absent. */
export function enumColumn<V extends string>(length: number, get: Get<V>, values: readonly V[]): Uint8Array {
  const out = new Uint8Array(length);
  for (let k = 0; k < length; k++) {
    const value = get(k);
    out[k] = value === undefined ? ENUM_ABSENT : values.indexOf(value);
  }
  return out;
}

export const ENUM_ABSENT = 255;

export function booleanColumn(length: number, get: Get<boolean>): Uint8Array {
  const out = new Uint8Array(length);
  for (let k = 0; k < length; k++) {
    const value = get(k);
    out[k] = value === undefined ? BOOLEAN_ABSENT : value ? 1 : 0;
  }
  return out;
}

/** In a boolean column: 0 false, 1 true, 2 absent. */
export const BOOLEAN_ABSENT = 2;

/** A field of every row as a plain array (ids and names, kept as strings). */
export function valueList<T>(length: number, get: Get<T>): (T | undefined)[] {
  const out = new Array<T | undefined>(length);
  for (let k = 0; k < length; k++) out[k] = get(k);
  return out;
}

/** Row ids in input order, and the row of each id. */
export function idIndex(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) index.set(ids[i] as string, i);
  return index;
}
