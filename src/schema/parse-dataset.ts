/**
 * `parseDataset`: the one gate between raw input and the engine, synchronous, with the zod row
 * schemas imported up front (for scripts and Node; elements parse through `parse-on-demand.ts`).
 */
import { parseCore, type ParsedDataset, type ParseOptions } from './parse-core.js';
import { rowSchemas } from './tables.js';

export type { ParseMode, ParseOptions, ParsedDataset } from './parse-core.js';

export function parseDataset(input: unknown, options: ParseOptions = {}): ParsedDataset {
  return parseCore(input, options, rowSchemas);
}
