import { problem, type DatasetProblem } from '../problems.js';
import { reject, rowPath, type TableCheck } from '../row-check.js';

/**
 * Ids are unique within a table. The first row with an id is kept and every later one is
 * refused, naming where the id was first seen.
 */
export function checkUniqueIds(check: TableCheck<{ id: string }>, problems: DatasetProblem[]): void {
  const firstAt = new Map<string, number>();
  for (let i = 0; i < check.rows.length; i++) {
    const row = check.rows[i];
    if (!row) continue;
    const first = firstAt.get(row.id);
    if (first === undefined) firstAt.set(row.id, i);
    else reject(check, i, problem(rowPath(check.name, i, ['id']), 'duplicate-id', `duplicate id, first used by ${rowPath(check.name, first)}`, row.id), problems);
  }

}
