/**
 * The benchmark's datasets, generated once into bench/out/load/ (seeded: the same bytes every
 * time) and written a batch of rows at a time, so that no giant string is built in Node.
 *
 * Only the tables the measured elements read: a full generated dataset of 100k accounts and a
 * million deals is 505 MB of JSON — a million activities, surveys and tickets come with it —
 * which is close to V8's longest string (about 512 MB) and not a dataset anyone serves to one
 * chart. A pipeline export (stages, accounts, deals) or an order history (accounts, orders) is.
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateDataset, type GeneratorOptions } from '../../../src/generator/index.js';
import type { DatasetInput } from '../../../src/schema/index.js';

export interface BenchDataset {
  name: string;
  file: string;
  options: GeneratorOptions;
  tables: readonly (keyof DatasetInput)[];
}

function write(path: string, dataset: DatasetInput, tables: readonly (keyof DatasetInput)[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    tables.forEach((table, t) => {
      const rows = (dataset[table] ?? []) as readonly unknown[];
      writeSync(fd, `${t === 0 ? '{' : ','}${JSON.stringify(table)}:[`);
      for (let i = 0; i < rows.length; i += 10_000) {
        writeSync(fd, `${i === 0 ? '' : ','}${rows.slice(i, i + 10_000).map((row) => JSON.stringify(row)).join(',')}`);
      }
      writeSync(fd, ']');
    });
    writeSync(fd, '}');
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
}

/** The file of `spec`, generated when missing; its size in MB. */
export function ensureDataset(spec: BenchDataset, log: (line: string) => void): number {
  if (!existsSync(spec.file)) {
    log(`generating ${spec.name}: ${JSON.stringify(spec.options)}, tables ${spec.tables.join(', ')}`);
    write(spec.file, generateDataset(spec.options), spec.tables);
  }
  return statSync(spec.file).size / 1e6;
}
