/** Datasets the generator tests share, made once per test file, and helpers to read them. */
import { generateDataset } from '../../src/generator/index.js';
import type { DatasetInput } from '../../src/schema/index.js';

export type Table<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>;
export type Row<K extends Exclude<keyof DatasetInput, 'stages'>> = Table<K>[number];

/** A dataset time as epoch ms (the generator writes ISO with `Z`, which `Date.parse` reads exactly). */
export function ms(value: string | number): number {
  return typeof value === 'number' ? value : Date.parse(value);
}

export const SPAN_START = Date.UTC(2022, 0, 1);
export const SPAN_END = Date.UTC(2025, 0, 1);

let small: DatasetInput | undefined;
let large: DatasetInput | undefined;

/** 300 accounts, epoch times: every table present, quick to check row by row. */
export function smallSample(): DatasetInput {
  return (small ??= generateDataset({ seed: 42, accounts: 300, timeFormat: 'epoch' }));
}

/** 3000 accounts, epoch times: enough customers per segment for the statistical checks. */
export function largeSample(): DatasetInput {
  return (large ??= generateDataset({ seed: 7, accounts: 3000, timeFormat: 'epoch' }));
}

/** Table rows, failing loudly when the generator left the table out. */
export function rows<K extends Exclude<keyof DatasetInput, 'stages'>>(dataset: DatasetInput, table: K): Table<K> {
  const list = dataset[table];
  if (!list) throw new Error(`no ${table} table`);
  return list as Table<K>;
}
