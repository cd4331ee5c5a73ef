/**
 * The core of `parseDataset`, the one gate between raw input and the engine. It accepts row JSON
 * or columnar JSON, checks every row and the rules across rows and tables, and either refuses
 * the dataset (`strict`) or leaves the bad rows out and lists every one (`lenient`).
 *
 * The zod row schemas come in as an argument: they only judge the rows the fast column checks
 * refuse, and word their problems, so an element's load path can import them when a row needs them
 * (`parse-on-demand.ts`) instead of carrying zod in every bundle.
 */
import { columnarLength, isColumnarTable } from './columnar.js';
import type { Dataset } from './dataset.js';
import { DatasetError, problem, type DatasetProblem } from './problems.js';
import { checkTable, SchemasNeeded, type TableCheck, type TableInput } from './row-check.js';
import { lazyDataset } from './lazy-dataset.js';
import { ROW_SPECS } from './row-specs.js';
import { checkDeals } from './rules/deal-rules.js';
import { idIndex, type IdIndex } from './rules/id-index.js';
import { checkReferences } from './rules/references.js';
import { checkSurveyScores } from './rules/survey-scale.js';
import { checkTimeOrder } from './rules/time-order.js';
import { checkUniqueIds } from './rules/unique-ids.js';
import { ROW_TABLES, TABLE_NAMES, type RowTableName } from './table-names.js';
import type { RowSchemas } from './tables.js';

export type ParseMode = 'strict' | 'lenient';

export interface ParseOptions {
  /** `strict`: any problem refuses the dataset. `lenient` (default): bad rows are left out and listed. */
  mode?: ParseMode;
  /**
   * Whether clean rows may skip the zod schemas (`fastRowChecks`; default true). The problems
   * and the dataset are the same either way; `false` is for tests and benchmarks that compare.
   */
  fastPath?: boolean;
}

export interface ParsedDataset {
  dataset: Dataset;
  /** Every problem found, in table order then row order; empty when the input is clean. */
  problems: DatasetProblem[];
  /** Rows given and rows kept, per table present in the input. */
  rows: Partial<Record<RowTableName, { given: number; kept: number }>>;
}

/** Which field of which table refers to which other table. */
const REFERENCES: readonly (readonly [RowTableName, string, RowTableName, string])[] = [
  ['accounts', 'campaignId', 'campaigns', 'campaign'],
  ['deals', 'accountId', 'accounts', 'account'],
  ['deals', 'campaignId', 'campaigns', 'campaign'],
  ['orders', 'accountId', 'accounts', 'account'],
  ['subscriptions', 'accountId', 'accounts', 'account'],
  ['activities', 'accountId', 'accounts', 'account'],
  ['activities', 'dealId', 'deals', 'deal'],
  ['surveys', 'accountId', 'accounts', 'account'],
  ['tickets', 'accountId', 'accounts', 'account'],
];

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

function fatal(path: string, rule: DatasetProblem['rule'], message: string): never {
  throw new DatasetError([problem(path, rule, message)], `${path ? `${path}: ` : ''}${message}`);
}

/** A table's input as rows or as columns of equal length; anything else is fatal. */
function tableInput(name: string, value: unknown): TableInput {
  if (Array.isArray(value)) return { rows: value };
  if (isColumnarTable(value)) return { columns: value, length: columnarLength(name, value) };
  return fatal(name, 'not-a-list', `expected a list of rows or an object of columns, got ${describe(value)}`);
}

const isStageName = (stage: unknown): stage is string => typeof stage === 'string' && stage.length > 0;

/** The check of `stageNamesSchema` by hand: its problems are worded here, never by zod. */
function checkStages(value: unknown, problems: DatasetProblem[]): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) fatal('stages', 'not-a-list', 'expected a list of stage names, e.g. ["Lead", "Qualified", "Proposal"]');
  // Name the first bad entry: "stages: not a list" would leave the reader to hunt for it.
  // An index loop, not findIndex's callback alone: a hole in a sparse list is a bad entry too.
  for (let bad = 0; bad < value.length; bad++) {
    if (!isStageName(value[bad])) fatal(`stages[${bad}]`, 'type', `expected a stage name (non-empty text), got ${value[bad] === '' ? 'empty text' : describe(value[bad])}`);
  }
  const seen = new Set<string>();
  const stages: string[] = [];
  (value as string[]).forEach((stage, i) => {
    if (seen.has(stage)) problems.push(problem(`stages[${i}]`, 'duplicate-stage', 'stage listed twice', stage));
    else {
      seen.add(stage);
      stages.push(stage);
    }
  });
  return stages;
}

/**
 * Parse with the given row schemas, or without: then the result is `undefined` as soon as a row
 * is refused by the fast checks (or `fastPath` is off), and the caller parses again with them.
 * Every problem and error is the same as with the schemas from the start: the pass without them
 * stops at the first row that needs them, and nothing it did before that depends on them.
 */
export function parseCore(input: unknown, options: ParseOptions, schemas: RowSchemas): ParsedDataset;
export function parseCore(input: unknown, options: ParseOptions, schemas: RowSchemas | undefined): ParsedDataset | undefined;
export function parseCore(input: unknown, options: ParseOptions, schemas: RowSchemas | undefined): ParsedDataset | undefined {
  try {
    return parseWith(input, options, schemas);
  } catch (error) {
    if (error instanceof SchemasNeeded) return undefined;
    throw error;
  }
}

function parseWith(input: unknown, options: ParseOptions, schemas: RowSchemas | undefined): ParsedDataset {
  const mode = options.mode ?? 'lenient';
  if (mode !== 'strict' && mode !== 'lenient') throw new RangeError(`unknown parse mode: ${String(mode)} (expected "strict" or "lenient")`);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const hint = Array.isArray(input) ? '; to pass deals alone, wrap them: { "deals": [...] }' : '';
    fatal('', 'not-a-dataset', `expected a dataset: an object of tables such as { "deals": [...] }, got ${describe(input)}${hint}`);
  }
  const raw = input as Record<string, unknown>;
  const problems: DatasetProblem[] = [];
  for (const key of Object.keys(raw)) {
    if (!(TABLE_NAMES as readonly string[]).includes(key)) {
      problems.push(problem(key, 'unknown-table', `not a table of the dataset (expected one of ${TABLE_NAMES.join(', ')})`));
    }
  }

  const stages = checkStages(raw.stages, problems);
  const checks: Partial<Record<RowTableName, TableCheck>> = {};
  for (const name of ROW_TABLES) {
    if (raw[name] === undefined) continue;
    checks[name] = checkTable(name, tableInput(name, raw[name]), ROW_SPECS[name], schemas?.[name], problems, options.fastPath !== false);
  }

  const indexes: Partial<Record<RowTableName, IdIndex>> = {};
  for (const name of ROW_TABLES) {
    const check = checks[name];
    if (!check) continue;
    if (name !== 'surveys' && name !== 'costs') checkUniqueIds(check, (indexes[name] = idIndex(check.rawIds)), problems);
    checkTimeOrder(check, problems);
  }
  if (checks.deals) checkDeals(checks.deals, stages ? new Set(stages) : undefined, problems);
  if (checks.surveys) checkSurveyScores(checks.surveys, problems);

  // In table order, so a row left out earlier is seen as left out by the rows pointing at it.
  for (const [table, field, target, noun] of REFERENCES) {
    const check = checks[table];
    const targetCheck = checks[target];
    const index = indexes[target];
    if (check) checkReferences(check, field, targetCheck && index && { table: target, noun, index, check: targetCheck }, problems);
  }

  const rows: ParsedDataset['rows'] = {};
  let given = 0;
  let kept = 0;
  for (const name of ROW_TABLES) {
    const check = checks[name];
    if (!check) continue;
    let keptCount = 0;
    for (let i = 0; i < check.length; i++) keptCount += check.kept[i] as number;
    rows[name] = { given: check.length, kept: keptCount };
    given += check.length;
    kept += keptCount;
  }

  const order = (p: DatasetProblem) => TABLE_NAMES.indexOf((p.table ?? p.path.replace(/[[.].*$/, '')) as never);
  problems.sort((a, b) => order(a) - order(b) || (a.row ?? -1) - (b.row ?? -1));
  if (given > 0 && kept === 0) {
    throw new DatasetError(problems, `No usable rows: all ${given} rows have problems; the first: ${problems[0] ? `${problems[0].path}: ${problems[0].message}` : 'unknown'}`);
  }
  if (mode === 'strict' && problems.length > 0) throw new DatasetError(problems);
  return { dataset: lazyDataset(stages, checks), problems, rows };
}
