/**
 * Shape checks of single rows with zod, turning zod's issues into located problems. The rows
 * of a table are held with a `kept` flag, so the rules across rows can leave a row out and
 * the parser build the dataset from what is left.
 */
import type * as z from 'zod/mini';
import type { FastRowCheck } from './fast-rows.js';
import { problem, type DatasetProblem, type ProblemRule } from './problems.js';

/** One table while it is being checked: input rows, their parsed form, and which are kept. */
export interface TableCheck<Row = Record<string, unknown>> {
  name: string;
  /** Parsed rows; `undefined` where the row failed its shape check. */
  rows: (Row | undefined)[];
  kept: Uint8Array;
  /** Each input row's `id` when it is a string, even for rows that failed their shape check. */
  rawIds: (string | undefined)[];
}

/** Leave a row out of the dataset, recording why. */
export function reject(check: TableCheck<unknown>, index: number, found: DatasetProblem, problems: DatasetProblem[]): void {
  check.kept[index] = 0;
  found.table = check.name;
  found.row = index;
  problems.push(found);
}

export function rowPath(table: string, index: number, path: readonly PropertyKey[] = []): string {
  let out = `${table}[${index}]`;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

type Issue = z.core.$ZodIssue;

function ruleOf(issue: Issue): [ProblemRule, string] {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) return ['required', 'missing'];
  switch (issue.code) {
    case 'custom': {
      const rule = (issue.params?.rule as ProblemRule | undefined) ?? 'type';
      return [rule, issue.message];
    }
    case 'invalid_union':
      return ['date', issue.message];
    case 'invalid_value':
      return ['enum', `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`];
    case 'invalid_type':
      return ['type', `expected ${issue.expected}`];
    case 'too_small':
      return issue.origin === 'string' ? ['required', issue.message] : ['range', issue.message];
    default:
      return ['type', issue.message];
  }
}

/** Row objects from JSON often carry `null` for "no value"; the schema says "absent". */
function withoutNulls(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  let copy: Record<string, unknown> | undefined;
  for (const key in row) {
    if ((row as Record<string, unknown>)[key] === null) {
      copy ??= { ...(row as Record<string, unknown>) };
      delete copy[key];
    }
  }
  return copy ?? row;
}

/**
 * Check every row of a table against its schema; failing rows are not kept. With `fast` (the
 * table's `fastRowChecks` entry), a row it accepts is taken as it parsed it, and only the others
 * meet the schema, which words their problems.
 */
export function checkRows<S extends z.ZodMiniType>(name: string, input: readonly unknown[], schema: S, problems: DatasetProblem[], fast?: FastRowCheck): TableCheck<z.output<S>> {
  const rows: (z.output<S> | undefined)[] = new Array(input.length);
  const kept = new Uint8Array(input.length).fill(1);
  const rawIds: (string | undefined)[] = new Array(input.length);
  const check: TableCheck<z.output<S>> = { name, rows, kept, rawIds };
  for (let i = 0; i < input.length; i++) {
    const accepted = fast?.(input[i]);
    if (accepted !== undefined) {
      rows[i] = accepted as z.output<S>;
      const id = (input[i] as { id?: unknown }).id;
      if (typeof id === 'string') rawIds[i] = id;
      continue;
    }
    const raw = withoutNulls(input[i]);
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string') rawIds[i] = id;
    const result = schema.safeParse(raw, { reportInput: true });
    if (result.success) {
      rows[i] = result.data;
      continue;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      reject(check, i, problem(rowPath(name, i), 'type', 'expected a row object', raw), problems);
      continue;
    }
    // One problem per field, so a row with three bad fields shows all three.
    kept[i] = 0;
    for (const issue of result.error.issues) {
      const [rule, message] = ruleOf(issue);
      const path = rowPath(name, i, issue.path);
      const found = issue.input === undefined && rule === 'required' ? problem(path, rule, message) : problem(path, rule, message, issue.input);
      reject(check, i, found, problems);
    }
  }
  return check;
}

/** The kept rows of a checked table, in input order. */
export function keptRows<Row>(check: TableCheck<Row>): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < check.rows.length; i++) if (check.kept[i]) out.push(check.rows[i] as Row);
  return out;
}
