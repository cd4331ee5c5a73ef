import type { Deal } from '../dataset.js';
import { problem, type DatasetProblem } from '../problems.js';
import { reject, rowPath, type TableCheck } from '../row-check.js';
import { formatInstant } from '../../time/instant.js';

/**
 * A deal's outcome and dates agree (won and lost deals have `closedAt`, never before
 * `createdAt`), and its stage history runs forward in time through stages the dataset names.
 * `stages` is undefined when the dataset does not list its stages (they are then derived).
 */
export function checkDeals(check: TableCheck<Deal>, stages: ReadonlySet<string> | undefined, problems: DatasetProblem[]): void {
  const name = check.name;
  for (let i = 0; i < check.rows.length; i++) {
    const deal = check.rows[i];
    if (!deal || !check.kept[i]) continue;
    const found: DatasetProblem[] = [];
    if (deal.closedAt !== undefined && deal.closedAt < deal.createdAt) {
      found.push(problem(rowPath(name, i, ['closedAt']), 'closed-before-created', `before createdAt (${formatInstant(deal.createdAt)})`, formatInstant(deal.closedAt)));
    }
    if (deal.outcome !== 'open' && deal.closedAt === undefined) {
      found.push(problem(rowPath(name, i, ['closedAt']), 'missing-closed-at', `a ${deal.outcome} deal needs closedAt`));
    }
    if (stages && !stages.has(deal.stage)) {
      found.push(problem(rowPath(name, i, ['stage']), 'unknown-stage', 'not one of stages', deal.stage));
    }
    const history = deal.history ?? [];
    for (let h = 0; h < history.length; h++) {
      const entry = history[h] as { stage: string; at: number };
      if (stages && !stages.has(entry.stage)) {
        found.push(problem(rowPath(name, i, ['history', h, 'stage']), 'unknown-stage', 'not one of stages', entry.stage));
      }
      const previous = history[h - 1];
      if (previous && entry.at < previous.at) {
        found.push(problem(rowPath(name, i, ['history', h, 'at']), 'history-order', `before the previous entry (${formatInstant(previous.at)})`, formatInstant(entry.at)));
      }
    }
    for (const p of found) reject(check, i, p, problems);
  }
}
