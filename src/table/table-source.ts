/**
 * Where a table's builder reads its rows from: the row objects of a dataset, or the checked
 * columns `parseDataset` left behind (its kept rows only), so that a load that goes straight
 * from the checks to `buildTable` never makes a row object. The builders see the same values
 * either way: numbers and times as a Float64Array with NaN where absent, any field as a getter
 * of the k-th row (undefined where absent).
 */
import type { CheckedColumn } from '../schema/check-columns.js';
import type { TableCheck } from '../schema/row-check.js';

export interface TableSource<Row> {
  readonly length: number;
  /** A number or time field of every row, NaN where absent. */
  numbers(field: keyof Row & string): Float64Array;
  /** A getter of a field's value in the k-th row. */
  values<F extends keyof Row & string>(field: F): (k: number) => Row[F] | undefined;
}

/** The rows of a dataset's table. */
export function rowSource<Row>(rows: readonly Row[]): TableSource<Row> {
  return {
    length: rows.length,
    numbers(field) {
      const out = new Float64Array(rows.length);
      for (let k = 0; k < rows.length; k++) out[k] = ((rows[k] as Row)[field] as number | undefined) ?? NaN;
      return out;
    },
    values: (field) => (k) => (rows[k] as Row)[field],
  };
}

/** The kept rows of a checked table, read from its columns. */
export function checkedSource<Row>(check: TableCheck): TableSource<Row> {
  let keptCount = 0;
  for (let i = 0; i < check.length; i++) keptCount += check.kept[i] as number;
  // Row numbers of the kept rows; none needed when every row is kept.
  let rowOf: Int32Array | undefined;
  if (keptCount < check.length) {
    rowOf = new Int32Array(keptCount);
    for (let i = 0, k = 0; i < check.length; i++) if (check.kept[i]) rowOf[k++] = i;
  }
  const column = (field: string): CheckedColumn => {
    const found = check.columns[field];
    if (!found) throw new RangeError(`${check.name} has no field ${field}`);
    return found;
  };
  return {
    length: keptCount,
    numbers(field) {
      const values = column(field);
      if (!(values instanceof Float64Array)) throw new TypeError(`${check.name}.${field} is not a number field`);
      // A copy even when every row is kept: the table's arrays may be transferred to another thread.
      if (!rowOf) return values.slice();
      const out = new Float64Array(keptCount);
      for (let k = 0; k < keptCount; k++) out[k] = values[rowOf[k] as number] as number;
      return out;
    },
    values<F extends keyof Row & string>(field: F) {
      const values = column(field);
      const at = rowOf;
      if (values instanceof Float64Array) {
        return (k: number) => {
          const n = values[at ? (at[k] as number) : k] as number;
          return (n === n ? n : undefined) as Row[F] | undefined;
        };
      }
      return (k: number) => values[at ? (at[k] as number) : k] as Row[F] | undefined;
    },
  };
}
