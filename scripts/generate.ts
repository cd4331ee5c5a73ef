/**
 * Writes a generated CRM dataset (src/generator) to a JSON file, a table at a time and in
 * batches of rows, so a million deals never become one giant string.
 *
 *   tsx scripts/generate.ts --seed 7 --accounts 5000 --out demo/data/sample.json
 *     [--deals N] [--orders N] [--format rows|columnar] [--time iso|epoch]
 *     [--start YYYY-MM-DD] [--months N]
 *
 * Prints the rows of each table, the time taken and the file size.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset, type GeneratorOptions, type TimeFormat } from '../src/generator/index.js';
import { toColumnar, type DatasetInput } from '../src/schema/index.js';
import { writeDatasetFile } from './write-dataset.js';

const USAGE = `usage: tsx scripts/generate.ts --seed N --accounts N --out FILE [--deals N] [--orders N]
       [--format rows|columnar] [--time iso|epoch] [--start YYYY-MM-DD] [--months N]`;

const FLAGS = {
  seed: { type: 'string' },
  accounts: { type: 'string' },
  out: { type: 'string' },
  deals: { type: 'string' },
  orders: { type: 'string' },
  format: { type: 'string' },
  time: { type: 'string' },
  start: { type: 'string' },
  months: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

function wholeNumber(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value)) throw new UsageError(`--${flag}: expected a whole number, got "${text}"`);
  return value;
}

function oneOf<T extends string>(flag: string, text: string | undefined, allowed: readonly T[], fallback: T): T {
  if (text === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(text)) throw new UsageError(`--${flag}: expected ${allowed.join(' or ')}, got "${text}"`);
  return text as T;
}

function readArgs(argv: string[]): { options: GeneratorOptions; out: string; format: 'rows' | 'columnar' } | 'help' {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const flag = /'([^']+)'/.exec(message)?.[1] ?? message;
      throw new UsageError(`unknown flag ${flag} (known: ${Object.keys(FLAGS).map((f) => `--${f}`).join(', ')})`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`unexpected argument: ${/'([^']+)'/.exec(message)?.[1] ?? message} (every value follows its --flag)`);
    throw new UsageError(message.replace(/^Option '(-\w, )?(--\w+) <value>' argument missing$/, '$2: missing value'));
  }
  if (values.help) return 'help';
  const seed = wholeNumber('seed', values.seed);
  const accounts = wholeNumber('accounts', values.accounts);
  if (seed === undefined) throw new UsageError('--seed is required (the same seed gives the same file)');
  if (accounts === undefined) throw new UsageError('--accounts is required');
  if (!values.out) throw new UsageError('--out is required (the JSON file to write)');
  const options: GeneratorOptions = { seed, accounts, timeFormat: oneOf<TimeFormat>('time', values.time, ['iso', 'epoch'], 'iso') };
  const deals = wholeNumber('deals', values.deals);
  const orders = wholeNumber('orders', values.orders);
  const months = wholeNumber('months', values.months);
  if (deals !== undefined) options.deals = deals;
  if (orders !== undefined) options.orders = orders;
  if (months !== undefined) options.months = months;
  if (values.start !== undefined) options.start = values.start;
  return { options, out: values.out, format: oneOf<'rows' | 'columnar'>('format', values.format, ['rows', 'columnar'], 'rows') };
}

function rowCount(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  const first = Object.values(value as Record<string, unknown[]>)[0];
  return first ? first.length : 0;
}

function main(argv: string[]): void {
  const args = readArgs(argv);
  if (args === 'help') {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const rows: DatasetInput = generateDataset(args.options);
  const generated = performance.now();
  let dataset: Record<string, unknown> = rows;
  if (args.format === 'columnar') dataset = toColumnar(rows);
  mkdirSync(dirname(args.out), { recursive: true });
  writeDatasetFile(args.out, dataset);
  const written = performance.now();
  for (const [name, value] of Object.entries(dataset)) {
    if (value !== undefined) console.log(`${name.padEnd(14)}${String(rowCount(value)).padStart(10)}`);
  }
  const megabytes = statSync(args.out).size / 1e6;
  console.log(`generated in ${((generated - started) / 1000).toFixed(2)} s, written in ${((written - generated) / 1000).toFixed(2)} s`);
  console.log(`${args.out}: ${megabytes.toFixed(1)} MB (${args.format}, ${args.options.timeFormat ?? 'iso'} times, seed ${args.options.seed})`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError || error instanceof RangeError)) throw error;
  console.error(`generate: ${error.message}\n${USAGE}`);
  process.exitCode = 2;
}
