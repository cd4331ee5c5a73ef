import { problem, type DatasetProblem } from '../problems.js';
import { reject, rowPath, type TableCheck } from '../row-check.js';
import type { IdIndex } from './id-index.js';

/**
 * The ids of a referenced table: every row carrying each id, kept or not, so a message can tell
 * "unknown" from "left out".
 */
export interface IdLookup {
  table: string;
  /** Singular noun for messages: "account", "deal", "campaign". */
  noun: string;
  index: IdIndex;
  check: TableCheck;
}

/**
 * Every `field` of `check` names a row of the referenced table. References are checked only
 * when that table is in the dataset: a funnel fed deals alone need not ship its accounts. A
 * reference to a row that was itself left out is refused too, so no row points at nothing.
 */
export function checkReferences(check: TableCheck, field: string, target: IdLookup | undefined, problems: DatasetProblem[]): void {
  if (!target) return;
  const refs = check.columns[field] as (string | undefined)[];
  const { first: firstRow, next } = target.index;
  const targetKept = target.check.kept;
  for (let i = 0; i < check.length; i++) {
    if (!check.kept[i]) continue;
    const ref = refs[i];
    if (ref === undefined) continue;
    const first = firstRow(ref);
    if (first === -1) {
      reject(check, i, problem(rowPath(check.name, i, [field]), 'unknown-reference', `unknown ${target.noun}`, ref), problems);
      continue;
    }
    let at = first;
    while (at !== -1 && !targetKept[at]) at = next[at] as number;
    if (at === -1) {
      reject(check, i, problem(rowPath(check.name, i, [field]), 'unknown-reference', `${target.noun} left out for its own problems (${rowPath(target.table, first)})`, ref), problems);
    }
  }
}
