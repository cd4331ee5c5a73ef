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

export function checkTimeOrder(check: TableCheck, problems: DatasetProblem[]): void {
  const pairs = TIME_ORDER[check.name];
  if (!pairs) return;
  const columns = pairs.map(([earlier, later]) => [check.columns[earlier] as Float64Array, check.columns[later] as Float64Array] as const);
  for (let i = 0; i < check.length; i++) {
    if (!check.kept[i]) continue;
    for (let p = 0; p < pairs.length; p++) {
      const [earlier, later] = columns[p] as readonly [Float64Array, Float64Array];
      const a = earlier[i] as number;
      const b = later[i] as number;
      // An absent time is NaN, and NaN compares false.
      if (b < a) {
        const name = (pairs[p] as readonly [string, string])[0];
        const laterName = (pairs[p] as readonly [string, string])[1];
        reject(check, i, problem(rowPath(check.name, i, [laterName]), 'time-order', `before ${name} (${formatInstant(a)})`, formatInstant(b)), problems);
      }
    }
  }
}
