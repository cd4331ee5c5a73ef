/**
 * `parseDataset` without zod up front: clean data is checked by the fast column checks alone,
 * synchronously, and the zod row schemas (about 7 KiB gzip) are imported only when a row is
 * refused and its problems must be worded — in zod's exact words, as `parseDataset` gives them.
 */
import { parseCore, type ParsedDataset, type ParseOptions } from './parse-core.js';
import type { RowSchemas } from './tables.js';

/** The schemas once imported; from then on every parse is synchronous. */
let schemas: RowSchemas | undefined;
let importing: Promise<RowSchemas> | undefined;
let imports = 0;

/** How many times the schema module was asked for (0 or 1 per page): for tests. */
export function schemaImports(): number {
  return imports;
}

/**
 * For tests: forget the imported schemas, so the next refused row waits for the import again
 * (the browser answers it from its module map; the count goes on).
 */
export function forgetSchemas(): void {
  schemas = undefined;
  importing = undefined;
}

function importSchemas(): Promise<RowSchemas> {
  if (importing) return importing;
  imports++;
  importing = import('./row-schemas.js').then(
    (module) => (schemas = module.rowSchemas),
    (error: unknown) => {
      importing = undefined; // a failed chunk load may succeed next time
      throw error;
    },
  );
  return importing;
}

/**
 * The result of `parseDataset(input, options)`, or its error: synchronous unless a row needs
 * the schemas before they were imported, then a promise of the same.
 */
export function parseOnDemand(input: unknown, options: ParseOptions = {}): ParsedDataset | Promise<ParsedDataset> {
  const parsed = parseCore(input, options, schemas);
  if (parsed) return parsed;
  return importSchemas().then((loaded) => parseCore(input, options, loaded));
}
