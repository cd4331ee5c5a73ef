import { problem, type DatasetProblem } from '../problems.js';
import { reject, rowPath, type TableCheck } from '../row-check.js';

/**
 * Ids are unique within a table. The first row with an id is kept and every later one is
 * refused, naming where the id was first seen.
 */
export function checkUniqueIds(check: TableCheck, problems: DatasetProblem[]): void {
  const ids = check.columns.id as (string | undefined)[];
  const firstAt = new Map<string, number>();
  for (let i = 0; i < check.length; i++) {
    if (!check.shaped[i]) continue;
    const id = ids[i] as string;
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, i);
    else reject(check, i, problem(rowPath(check.name, i, ['id']), 'duplicate-id', `duplicate id, first used by ${rowPath(check.name, first)}`, id), problems);
  }
}
