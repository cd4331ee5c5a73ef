/**
 * Ingest, timed step by step: generate in-process, the JSON round trip of the deals (row JSON
 * and columnar JSON), `parseDataset` (lenient) and `buildTable`.
 */
import { generateDataset } from '../../src/generator/index.js';
import { buildTable, parseDataset, toColumnar, type CrmTable, type Dataset } from '../../src/metrics.js';
import type { DatasetInput } from '../../src/schema/index.js';
import { collectGarbage, timed } from './stats.js';

export const DATA_OPTIONS = { seed: 1, accounts: 100_000, deals: 1_000_000, orders: 1_000_000, timeFormat: 'epoch' } as const;

export interface IngestStep {
  step: string;
  ms: number;
  note?: string;
}

export interface Loaded {
  dataset: Dataset;
  table: CrmTable;
  steps: IngestStep[];
  rowCounts: Record<string, number>;
  problems: number;
}

const MB = 1e6;

/** Bytes of a string as UTF-8 (the ids and names here are ASCII, but count properly anyway). */
function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Row JSON vs columnar JSON of the deals: stringify, size and parse time of each. */
function jsonRoundTrip(raw: DatasetInput, steps: IngestStep[]): void {
  const deals = { deals: raw.deals ?? [] };
  let text = timed(() => JSON.stringify(deals));
  const rowMB = utf8Bytes(text.value) / MB;
  steps.push({ step: 'deals as row JSON: JSON.stringify', ms: text.ms, note: `${rowMB.toFixed(1)} MB` });
  collectGarbage();
  let parsed = timed(() => JSON.parse(text.value) as unknown);
  steps.push({ step: 'deals as row JSON: JSON.parse', ms: parsed.ms, note: `${rowMB.toFixed(1)} MB` });
  text = { value: '', ms: 0 };
  parsed = { value: null, ms: 0 };
  collectGarbage();

  const columnar = timed(() => toColumnar(deals));
  steps.push({ step: 'deals: toColumnar (rows → columns)', ms: columnar.ms });
  text = timed(() => JSON.stringify(columnar.value));
  const colMB = utf8Bytes(text.value) / MB;
  steps.push({ step: 'deals as columnar JSON: JSON.stringify', ms: text.ms, note: `${colMB.toFixed(1)} MB` });
  collectGarbage();
  parsed = timed(() => JSON.parse(text.value) as unknown);
  steps.push({ step: 'deals as columnar JSON: JSON.parse', ms: parsed.ms, note: `${colMB.toFixed(1)} MB (${(colMB / rowMB).toFixed(2)}× the row JSON size)` });
}

export function load(options: typeof DATA_OPTIONS | (Omit<typeof DATA_OPTIONS, 'accounts' | 'deals' | 'orders'> & { accounts: number; deals: number; orders: number }), log: (line: string) => void): Loaded {
  const steps: IngestStep[] = [];
  collectGarbage();
  const generated = timed(() => generateDataset(options));
  steps.push({ step: 'generateDataset', ms: generated.ms, note: JSON.stringify(options) });
  log(`  generateDataset ${generated.ms.toFixed(0)} ms`);

  jsonRoundTrip(generated.value, steps);
  log(`  JSON round trip of the deals done`);

  collectGarbage();
  const parsed = timed(() => parseDataset(generated.value, { mode: 'lenient' }));
  const problemNote = `${parsed.value.problems.length} problems (lenient)`;
  steps.push({ step: 'parseDataset (lenient: fast row checks, zod for the rows they refuse, rules)', ms: parsed.ms, note: problemNote });
  log(`  parseDataset ${parsed.ms.toFixed(0)} ms, ${problemNote}`);
  // The same parse with every row through zod, the peer of the fast path.
  collectGarbage();
  const zodOnly = timed(() => parseDataset(generated.value, { mode: 'lenient', fastPath: false }).problems.length);
  steps.push({ step: 'parseDataset, every row through zod (fastPath: false)', ms: zodOnly.ms, note: `${(zodOnly.ms / parsed.ms).toFixed(1)}× the fast path` });
  log(`  parseDataset, zod only ${zodOnly.ms.toFixed(0)} ms`);
  const rowCounts: Record<string, number> = {};
  for (const [name, counts] of Object.entries(parsed.value.rows)) rowCounts[name] = counts.kept;

  collectGarbage();
  const built = timed(() => buildTable(parsed.value.dataset));
  steps.push({ step: 'buildTable (columnar)', ms: built.ms });
  log(`  buildTable ${built.ms.toFixed(0)} ms`);
  return { dataset: parsed.value.dataset, table: built.value, steps, rowCounts, problems: parsed.value.problems.length };
}
