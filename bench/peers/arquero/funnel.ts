/**
 * The funnel (mode `reached`, whole range, no filters) in arquero. Same definition as
 * src/metrics/sales/funnel.ts: a deal's reach is 1 + the furthest pipeline position over its
 * history entries and its current stage; a stage counts the deals whose reach passes it; a stay
 * runs from a history entry to the next entry or, for the last, to `closedAt` of a closed deal;
 * stays that end before they start, or never end (open deal's current stage), are left out.
 * With a scope: only the deals created in [from, to) whose account is in `segment` count, and
 * only their stays.
 */
import * as aq from 'arquero';
import type { KeyOutputs } from '../../lib/check.js';
import type { AqTable, AqTables } from './tables.js';

const op = aq.op;

/** Deals created in [from, to) of accounts in `segment`; absent keys do not filter. */
export interface FunnelScope {
  from?: number;
  to?: number;
  segment?: string;
}

/** The deals in scope and their stage-history rows. */
function scoped(t: AqTables, scope: FunnelScope): { deals: AqTable; history: AqTable } {
  if (scope.from === undefined && scope.to === undefined && scope.segment === undefined) return { deals: t.deals, history: t.history };
  const deals = t.deals
    .lookup(t.accounts, ['accountId', 'id'], 'segment')
    .params({ from: scope.from ?? -Infinity, to: scope.to ?? Infinity, segment: scope.segment ?? null })
    .filter((d: { createdAt: number; segment: string }, $: { from: number; to: number; segment: string | null }) => d.createdAt >= $.from && d.createdAt < $.to && ($.segment === null || d.segment === $.segment));
  return { deals, history: t.history.semijoin(deals, ['deal', 'idx']) };
}

export function arqueroFunnel(t: AqTables, scope: FunnelScope = {}): KeyOutputs {
  const names = t.stages.array('stage') as string[];
  const { deals, history } = scoped(t, scope);
  // Reach: history entries and the current stage, positioned in the pipeline, furthest per deal.
  const steps = history.select('deal', 'stage').concat(deals.select({ idx: 'deal', stage: 'stage' }));
  // `lookup` (a hash lookup into the 4-row stages table) rather than `join`: several times faster here.
  const reach = steps
    .lookup(t.stages, 'stage', 'pos')
    .groupby('deal')
    .rollup({ reach: (d: { pos: number }) => op.max(d.pos) + 1 });
  const byReach = deals
    .select('idx', 'amount')
    .lookup(reach, ['idx', 'deal'], 'reach')
    .groupby('reach')
    .rollup({ n: op.count(), value: op.sum('amount') })
    .objects() as { reach: number | undefined; n: number; value: number }[];
  const counts = new Array<number>(names.length).fill(0);
  const values = new Array<number>(names.length).fill(0);
  for (const { reach: r, n, value } of byReach) {
    for (let p = 0; p < (r ?? 0); p++) {
      counts[p] = (counts[p] as number) + n;
      values[p] = (values[p] as number) + value;
    }
  }
  const outcomes = Object.fromEntries(
    (deals.groupby('outcome').count().objects() as { outcome: string; count: number }[]).map((o) => [o.outcome, o.count]),
  );

  // Stays: history is built in (deal, seq) order, so the window needs no sort of its own.
  const stays = history
    .groupby('deal')
    .derive({ next: (d: { at: number }) => op.lead(d.at) })
    .ungroup()
    .lookup(t.stages, 'stage', 'pos')
    .filter((d: { pos: number | undefined }) => d.pos != null)
    .lookup(t.deals, ['deal', 'idx'], 'closedAt', 'outcome')
    .derive({
      days: (d: { next: number; at: number; outcome: string; closedAt: number }) =>
        ((d.next != null ? d.next : d.outcome !== 'open' ? d.closedAt : NaN) - d.at) / 86400000,
    })
    .filter((d: { days: number }) => d.days >= 0)
    .groupby('pos')
    .rollup({ median: op.median('days'), mean: op.mean('days') })
    .objects() as { pos: number; median: number; mean: number }[];
  const medianDays = new Array<number | null>(names.length).fill(null);
  const meanDays = new Array<number | null>(names.length).fill(null);
  for (const s of stays) {
    medianDays[s.pos] = s.median;
    meanDays[s.pos] = s.mean;
  }
  return { stages: names, counts, values, won: outcomes.won ?? 0, lost: outcomes.lost ?? 0, open: outcomes.open ?? 0, medianDays, meanDays, bottleneck: bottleneckOf(names, medianDays) };
}

/** The stage with the largest median days (the first of equals), as the engine picks it. */
export function bottleneckOf(names: readonly string[], medianDays: readonly (number | null)[]): string | null {
  let best: string | null = null;
  let slowest = -Infinity;
  medianDays.forEach((m, p) => {
    if (m !== null && m > slowest) {
      slowest = m;
      best = names[p] as string;
    }
  });
  return best;
}
