/**
 * The end-to-end bench's datasets: the seeded generator at N deals and N orders with N / 10
 * accounts (the engine bench's 1M / 1M / 100k, scaled down), epoch times, written once as row
 * JSON and as columnar JSON into bench/out/e2e (gitignored) and reused while the file exists.
 *
 * Generating 1M rows needs more heap than Node's default, so the runner calls this file as a
 * child process (`node --max-old-space-size=… --import tsx datasets.ts <deals> [dropped tables]`).
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDatasetFile } from '../../../scripts/write-dataset.js';
import { generateDataset } from '../../../src/generator/index.js';
import { toColumnar, type DatasetInput } from '../../../src/schema/index.js';

export type E2eFormat = 'rows' | 'columnar';

const here = dirname(fileURLToPath(import.meta.url));
export const E2E_DATA_DIR = join(here, '..', '..', 'out', 'e2e');

/** The generator's options for `deals` deals (and as many orders). */
export const generatorOptions = (deals: number) => ({ seed: 1, accounts: Math.max(1, Math.round(deals / 10)), deals, orders: deals, timeFormat: 'epoch' as const });

/** The file of one dataset; `dropped` tables are left out of it (see the runner's `--drop`). */
export function datasetFile(deals: number, format: E2eFormat, dropped: readonly string[]): string {
  const without = dropped.length > 0 ? `-without-${[...dropped].sort().join('-')}` : '';
  return join(E2E_DATA_DIR, `deals${deals}-seed1-epoch${without}-${format}.json`);
}

function generate(deals: number, dropped: readonly string[]): void {
  const files = { rows: datasetFile(deals, 'rows', dropped), columnar: datasetFile(deals, 'columnar', dropped) };
  if (existsSync(files.rows) && existsSync(files.columnar)) return;
  const started = performance.now();
  const dataset: Record<string, unknown> = generateDataset(generatorOptions(deals));
  for (const table of dropped) delete dataset[table];
  mkdirSync(E2E_DATA_DIR, { recursive: true });
  // Written under a temporary name first: a run cut short must not leave a truncated file that
  // the next run would take for a finished one.
  for (const [format, data] of [['rows', dataset], ['columnar', toColumnar(dataset as DatasetInput)]] as const) {
    writeDatasetFile(`${files[format]}.part`, data);
    renameSync(`${files[format]}.part`, files[format]);
  }
  console.log(`  generated ${deals} deals in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [deals, ...dropped] = process.argv.slice(2);
  generate(Number(deals), dropped);
}
