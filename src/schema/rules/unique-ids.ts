import { problem, type DatasetProblem } from '../problems.js';
import { reject, rowPath, type TableCheck } from '../row-check.js';
import type { IdIndex } from './id-index.js';

/**
 * Ids are unique within a table. The first row with an id is kept and every later one is
 * refused, naming where the id was first seen. Rows that failed their shape check do not count.
 */
export function checkUniqueIds(check: TableCheck, index: IdIndex, problems: DatasetProblem[]): void {
  const { next } = index;
  for (const start of index.repeated) {
    let first = -1;
    for (let i = start; i !== -1; i = next[i] as number) {
      if (!check.shaped[i]) continue;
      if (first === -1) first = i;
      else reject(check, i, problem(rowPath(check.name, i, ['id']), 'duplicate-id', `duplicate id, first used by ${rowPath(check.name, first)}`, check.rawIds[i]), problems);
    }
  }
}
