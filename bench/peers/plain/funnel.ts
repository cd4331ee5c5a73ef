/**
 * The funnel written plainly over arrays of objects with a Map (DESIGN.md's "arrays of objects +
 * Map" column): the same definition as the engine and the arquero peer, no typed arrays.
 */
import type { Dataset } from '../../../src/metrics.js';
import type { KeyOutputs } from '../../lib/check.js';
import { bottleneckOf } from '../arquero/funnel.js';

const DAY = 86_400_000;

function median(sorted: number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) / 2;
  const lo = Math.floor(h);
  return lo === h ? (sorted[lo] as number) : (sorted[lo] as number) + (h - lo) * ((sorted[lo + 1] as number) - (sorted[lo] as number));
}

export function plainFunnel(dataset: Dataset): KeyOutputs {
  const names = dataset.stages ?? [];
  const position = new Map(names.map((name, i) => [name, i]));
  const counts = names.map(() => 0);
  const values = names.map(() => 0);
  const outcomes = new Map<string, number>();
  const stays = new Map<number, number[]>();
  for (const deal of dataset.deals ?? []) {
    outcomes.set(deal.outcome, (outcomes.get(deal.outcome) ?? 0) + 1);
    const history = deal.history ?? [];
    let furthest = position.get(deal.stage) ?? -1;
    for (const entry of history) furthest = Math.max(furthest, position.get(entry.stage) ?? -1);
    for (let p = 0; p <= furthest; p++) {
      counts[p] = counts[p]! + 1;
      values[p] = values[p]! + deal.amount;
    }
    if (furthest < 0) continue;
    history.forEach((entry, k) => {
      const p = position.get(entry.stage);
      if (p === undefined) return;
      const end = k + 1 < history.length ? history[k + 1]!.at : deal.outcome !== 'open' ? (deal.closedAt ?? NaN) : NaN;
      const days = (end - entry.at) / DAY;
      if (!(days >= 0)) return;
      let list = stays.get(p);
      if (!list) stays.set(p, (list = []));
      list.push(days);
    });
  }
  const medianDays = names.map((_, p) => median((stays.get(p) ?? []).sort((a, b) => a - b)));
  const meanDays = names.map((_, p) => {
    const list = stays.get(p) ?? [];
    return list.length ? list.reduce((s, d) => s + d, 0) / list.length : null;
  });
  return {
    stages: names,
    counts,
    values,
    won: outcomes.get('won') ?? 0,
    lost: outcomes.get('lost') ?? 0,
    open: outcomes.get('open') ?? 0,
    medianDays,
    meanDays,
    bottleneck: bottleneckOf(names, medianDays),
  };
}
