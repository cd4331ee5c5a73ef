/**
 * `parseDataset`: the one gate between raw input and the engine. It accepts row JSON or
 * columnar JSON, checks every row and the rules across rows and tables, and either refuses
 * the dataset (`strict`) or leaves the bad rows out and lists every one (`lenient`).
 */
import { columnsToRows, isColumnarTable } from './columnar.js';
import type { Dataset, Deal, Survey } from './dataset.js';
import { DatasetError, problem, type DatasetProblem } from './problems.js';
import { fastRowChecks } from './fast-rows.js';
import { checkRows, keptRows, type TableCheck } from './row-check.js';
import { checkDeals } from './rules/deal-rules.js';
import { checkReferences, idLookup } from './rules/references.js';
import { checkSurveyScores } from './rules/survey-scale.js';
import { checkTimeOrder } from './rules/time-order.js';
import { checkUniqueIds } from './rules/unique-ids.js';
import { ROW_TABLES, rowSchemas, stageNamesSchema, TABLE_NAMES, type RowTableName } from './tables.js';

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

/** The rows of a table, from a list of rows or from columnar form; anything else is fatal. */
function tableRows(name: string, value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isColumnarTable(value)) return columnsToRows(name, value);
  return fatal(name, 'not-a-list', `expected a list of rows or an object of columns, got ${describe(value)}`);
}

function checkStages(value: unknown, problems: DatasetProblem[]): string[] | undefined {
  if (value === undefined) return undefined;
  const parsed = stageNamesSchema.safeParse(value);
  if (!parsed.success) {
    if (!Array.isArray(value)) fatal('stages', 'not-a-list', 'expected a list of stage names, e.g. ["Lead", "Qualified", "Proposal"]');
    // Name the first bad entry: "stages: not a list" would leave the reader to hunt for it.
    const bad = value.findIndex((stage) => typeof stage !== 'string' || stage.length === 0);
    fatal(`stages[${bad}]`, 'type', `expected a stage name (non-empty text), got ${value[bad] === '' ? 'empty text' : describe(value[bad])}`);
  }
  const seen = new Set<string>();
  const stages: string[] = [];
  parsed.data.forEach((stage, i) => {
    if (seen.has(stage)) problems.push(problem(`stages[${i}]`, 'duplicate-stage', 'stage listed twice', stage));
    else {
      seen.add(stage);
      stages.push(stage);
    }
  });
  return stages;
}

export function parseDataset(input: unknown, options: ParseOptions = {}): ParsedDataset {
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
  const checks: Partial<Record<RowTableName, TableCheck<Record<string, unknown>>>> = {};
  for (const name of ROW_TABLES) {
    if (raw[name] === undefined) continue;
    checks[name] = checkRows(name, tableRows(name, raw[name]), rowSchemas[name], problems, options.fastPath === false ? undefined : fastRowChecks[name]) as TableCheck<Record<string, unknown>>;
  }

  for (const name of ROW_TABLES) {
    const check = checks[name];
    if (!check) continue;
    if (name !== 'surveys' && name !== 'costs') checkUniqueIds(check as TableCheck<{ id: string }>, problems);
    checkTimeOrder(check, problems);
  }
  if (checks.deals) checkDeals(checks.deals as unknown as TableCheck<Deal>, stages ? new Set(stages) : undefined, problems);
  if (checks.surveys) checkSurveyScores(checks.surveys as unknown as TableCheck<Survey>, problems);

  // In table order, so a row left out earlier is seen as left out by the rows pointing at it.
  for (const [table, field, target, noun] of REFERENCES) {
    const check = checks[table];
    const targetCheck = checks[target];
    if (check) checkReferences(check, field, targetCheck && idLookup(target, noun, targetCheck), problems);
  }

  const dataset: Record<string, unknown> = {};
  const rows: ParsedDataset['rows'] = {};
  let given = 0;
  let kept = 0;
  if (stages) dataset.stages = stages;
  for (const name of ROW_TABLES) {
    const check = checks[name];
    if (!check) continue;
    const keptList = keptRows(check);
    dataset[name] = keptList;
    rows[name] = { given: check.rows.length, kept: keptList.length };
    given += check.rows.length;
    kept += keptList.length;
  }

  const order = (p: DatasetProblem) => TABLE_NAMES.indexOf((p.table ?? p.path.replace(/[[.].*$/, '')) as never);
  problems.sort((a, b) => order(a) - order(b) || (a.row ?? -1) - (b.row ?? -1));
  if (given > 0 && kept === 0) {
    throw new DatasetError(problems, `No usable rows: all ${given} rows have problems; the first: ${problems[0] ? `${problems[0].path}: ${problems[0].message}` : 'unknown'}`);
  }
  if (mode === 'strict' && problems.length > 0) throw new DatasetError(problems);
  return { dataset: dataset as Dataset, problems, rows };
}
