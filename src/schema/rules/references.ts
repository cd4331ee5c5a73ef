import { problem, type DatasetProblem } from '../problems.js';
import { reject, rowPath, type TableCheck } from '../row-check.js';

/** The ids of a referenced table: every row carrying each id, kept or not, so a message can tell "unknown" from "left out". */
export interface IdLookup {
  table: string;
  /** Singular noun for messages: "account", "deal", "campaign". */
  noun: string;
  rowsOf: Map<string, number[]>;
  check: TableCheck<unknown>;
}

export function idLookup(table: string, noun: string, check: TableCheck<unknown>): IdLookup {
  const rowsOf = new Map<string, number[]>();
  check.rawIds.forEach((id, i) => {
    if (id === undefined) return;
    const rows = rowsOf.get(id);
    if (rows) rows.push(i);
    else rowsOf.set(id, [i]);
  });
  return { table, noun, rowsOf, check };
}

/**
 * Every `field` of `check` names a row of the referenced table. References are checked only
 * when that table is in the dataset: a funnel fed deals alone need not ship its accounts. A
 * reference to a row that was itself left out is refused too, so no row points at nothing.
 */
export function checkReferences(check: TableCheck<Record<string, unknown>>, field: string, target: IdLookup | undefined, problems: DatasetProblem[]): void {
  if (!target) return;
  for (let i = 0; i < check.rows.length; i++) {
    const row = check.rows[i];
    if (!row || !check.kept[i]) continue;
    const ref = row[field];
    if (typeof ref !== 'string') continue;
    const rows = target.rowsOf.get(ref);
    const path = rowPath(check.name, i, [field]);
    if (rows === undefined) reject(check, i, problem(path, 'unknown-reference', `unknown ${target.noun}`, ref), problems);
    else if (!rows.some((at) => target.check.kept[at])) {
      reject(check, i, problem(path, 'unknown-reference', `${target.noun} left out for its own problems (${rowPath(target.table, rows[0] as number)})`, ref), problems);
    }
  }
}
