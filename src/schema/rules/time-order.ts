import { problem, type DatasetProblem } from '../problems.js';
import { reject, rowPath, type TableCheck } from '../row-check.js';
import { formatInstant } from '../../time/instant.js';

/** Pairs of times within a row where the second cannot come before the first. */
export const TIME_ORDER: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  accounts: [['createdAt', 'churnedAt']],
  subscriptions: [['start', 'end']],
  campaigns: [['start', 'end']],
  tickets: [
    ['openedAt', 'firstResponseAt'],
    ['openedAt', 'resolvedAt'],
  ],
};

export function checkTimeOrder(check: TableCheck<Record<string, unknown>>, problems: DatasetProblem[]): void {
  const pairs = TIME_ORDER[check.name];
  if (!pairs) return;
  for (let i = 0; i < check.rows.length; i++) {
    const row = check.rows[i];
    if (!row || !check.kept[i]) continue;
    for (const [earlier, later] of pairs) {
      const a = row[earlier];
      const b = row[later];
      if (typeof a === 'number' && typeof b === 'number' && b < a) {
        reject(check, i, problem(rowPath(check.name, i, [later]), 'time-order', `before ${earlier} (${formatInstant(a)})`, formatInstant(b)), problems);
      }
    }
  }
}
