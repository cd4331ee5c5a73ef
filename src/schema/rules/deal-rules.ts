import type { CheckedEntry } from '../check-columns.js';
import type { DealOutcome } from '../dataset.js';
import { problem, type DatasetProblem } from '../problems.js';
import { reject, rowPath, type TableCheck } from '../row-check.js';
import { formatInstant } from '../../time/instant.js';

/**
 * A deal's outcome and dates agree (won and lost deals have `closedAt`, never before
 * `createdAt`), and its stage history runs forward in time through stages the dataset names.
 * `stages` is undefined when the dataset does not list its stages (they are then derived).
 */
export function checkDeals(check: TableCheck, stages: ReadonlySet<string> | undefined, problems: DatasetProblem[]): void {
  const name = check.name;
  const createdAt = check.columns.createdAt as Float64Array;
  const closedAt = check.columns.closedAt as Float64Array;
  const outcomes = check.columns.outcome as DealOutcome[];
  const stageOf = check.columns.stage as string[];
  const histories = check.columns.history as (CheckedEntry[] | undefined)[];
  for (let i = 0; i < check.length; i++) {
    if (!check.kept[i]) continue;
    const created = createdAt[i] as number;
    const closed = closedAt[i] as number;
    const outcome = outcomes[i] as DealOutcome;
    const history = histories[i];
    // Clean deals, the common case, leave here without a closure or a list.
    if (!(closed < created) && (outcome === 'open' || closed === closed) && (!stages || stages.has(stageOf[i] as string)) && (!history || inOrder(history, stages))) continue;
    const found: DatasetProblem[] = [];
    if (closed < created) {
      found.push(problem(rowPath(name, i, ['closedAt']), 'closed-before-created', `before createdAt (${formatInstant(created)})`, formatInstant(closed)));
    }
    if (outcome !== 'open' && closed !== closed) {
      found.push(problem(rowPath(name, i, ['closedAt']), 'missing-closed-at', `a ${outcome} deal needs closedAt`));
    }
    if (stages && !stages.has(stageOf[i] as string)) {
      found.push(problem(rowPath(name, i, ['stage']), 'unknown-stage', 'not one of stages', stageOf[i]));
    }
    const entries = history ?? [];
    for (let h = 0; h < entries.length; h++) {
      const entry = entries[h] as CheckedEntry;
      if (stages && !stages.has(entry.stage)) {
        found.push(problem(rowPath(name, i, ['history', h, 'stage']), 'unknown-stage', 'not one of stages', entry.stage));
      }
      const previous = entries[h - 1];
      if (previous && entry.at < previous.at) {
        found.push(problem(rowPath(name, i, ['history', h, 'at']), 'history-order', `before the previous entry (${formatInstant(previous.at)})`, formatInstant(entry.at)));
      }
    }
    for (const p of found) reject(check, i, p, problems);
  }
}

/** True when a history names only known stages (any, without a list) and runs forward in time. */
function inOrder(history: readonly CheckedEntry[], stages: ReadonlySet<string> | undefined): boolean {
  for (let h = 0; h < history.length; h++) {
    const entry = history[h] as CheckedEntry;
    if (stages && !stages.has(entry.stage)) return false;
    if (h > 0 && entry.at < (history[h - 1] as CheckedEntry).at) return false;
  }
  return true;
}
