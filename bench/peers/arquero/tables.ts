/**
 * Arquero tables built from the same parsed rows the engine's table is built from. Built once
 * and timed on their own (not part of any metric's time). Deals carry their row number (`idx`)
 * so that the unnested stage history joins on an integer; accounts are joined by id string,
 * as a person using arquero would.
 */
import * as aq from 'arquero';
import type { Dataset } from '../../../src/metrics.js';
import type { DataBounds } from '../../lib/data-bounds.js';

export type AqTable = ReturnType<typeof aq.table>;

export interface AqTables {
  stages: AqTable;
  deals: AqTable;
  history: AqTable;
  orders: AqTable;
  accounts: AqTable;
  subscriptions: AqTable;
  /** Account and time of every activity, ticket (opened) and survey: the other interactions. */
  activities: AqTable;
  tickets: AqTable;
  surveys: AqTable;
  /** Where the data starts and ends, worked out from the rows (see data-bounds.ts). */
  bounds: DataBounds;
}

export interface AqBuild {
  tables: AqTables;
  steps: { step: string; ms: number }[];
}

function timedStep<T>(steps: AqBuild['steps'], step: string, fn: () => T): T {
  const start = performance.now();
  const value = fn();
  steps.push({ step, ms: performance.now() - start });
  return value;
}

export function buildArqueroTables(dataset: Dataset, bounds: DataBounds): AqBuild {
  const steps: AqBuild['steps'] = [];
  const stageNames = dataset.stages ?? [];
  const stages = aq.table({ stage: stageNames, pos: stageNames.map((_, i) => i) });
  const dealRows = dataset.deals ?? [];
  const deals = timedStep(steps, 'aq.from(deals)', () =>
    aq.from(dealRows, ['accountId', 'owner', 'amount', 'createdAt', 'closedAt', 'outcome', 'stage']).derive({ idx: () => aq.op.row_number() - 1 }),
  );
  // Stage history unnested to one row per entry (arquero has `unroll`, but over 1M nested arrays
  // of objects it is far slower than filling the columns directly, and that is not the metric).
  const history = timedStep(steps, 'history unnested to columns + aq.table', () => {
    const deal: number[] = [];
    const seq: number[] = [];
    const stage: string[] = [];
    const at: number[] = [];
    dealRows.forEach((row, i) => {
      (row.history ?? []).forEach((entry, k) => {
        deal.push(i);
        seq.push(k);
        stage.push(entry.stage);
        at.push(entry.at as number);
      });
    });
    return aq.table({ deal, seq, stage, at });
  });
  const orders = timedStep(steps, 'aq.from(orders)', () => aq.from(dataset.orders ?? [], ['accountId', 'at', 'amount', 'cost']));
  const accounts = timedStep(steps, 'aq.from(accounts)', () => aq.from(dataset.accounts ?? [], ['id', 'segment', 'owner', 'createdAt', 'churnedAt']));
  const subscriptions = timedStep(steps, 'aq.from(subscriptions)', () =>
    aq.from(dataset.subscriptions ?? [], ['accountId', 'start', 'end', 'amount', 'renewed']),
  );
  const activities = timedStep(steps, 'aq.from(activities)', () => aq.from(dataset.activities ?? [], ['accountId', 'at']));
  const tickets = timedStep(steps, 'aq.from(tickets)', () => aq.from(dataset.tickets ?? [], ['accountId', 'openedAt']));
  const surveys = timedStep(steps, 'aq.from(surveys)', () => aq.from(dataset.surveys ?? [], ['accountId', 'at']));
  return { tables: { stages, deals, history, orders, accounts, subscriptions, activities, tickets, surveys, bounds }, steps };
}
