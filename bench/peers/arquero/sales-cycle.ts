/**
 * Sales cycle (whole range) in arquero, after src/metrics/sales/sales-cycle.ts: days from
 * `createdAt` to `closedAt` of the won deals (negative cycles left out); median, mean and p90
 * (interpolated, R-7); a histogram of at most 20 bins of a nice whole-day width (1, 2, 5 × 10^k)
 * aligned on multiples of it; per owner (the deal's, else its account's) count, median and mean,
 * most deals first, then by name, no owner last.
 */
import * as aq from 'arquero';
import type { SalesCycleResult } from '../../../src/metrics/sales/sales-cycle.js';
import type { KeyOutputs } from '../../lib/check.js';
import type { AqTables } from './tables.js';

const op = aq.op;

type Deal = { outcome: string; createdAt: number; closedAt: number };
type OwnerRow = { owner: string | null; count: number; median: number; mean: number };

/** The narrowest width 1, 2, 5, 10, 20, 50 … days giving at most `maxBins` aligned bins over [min, max]. */
function niceWidth(min: number, max: number, maxBins: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const m of [1, 2, 5]) {
      const width = m * magnitude;
      if (Math.floor(max / width) - Math.floor(min / width) + 1 <= maxBins) return width;
    }
  }
}

function byCountThenOwner(a: OwnerRow, b: OwnerRow): number {
  if (a.count !== b.count) return b.count - a.count;
  if (a.owner === b.owner) return 0;
  if (a.owner === null) return 1;
  if (b.owner === null) return -1;
  return a.owner < b.owner ? -1 : 1;
}

export function arqueroSalesCycle(t: AqTables): KeyOutputs {
  const won = t.deals
    .filter((d: Deal) => d.outcome === 'won')
    .derive({ days: (d: Deal) => (d.closedAt - d.createdAt) / 86400000 })
    .filter((d: { days: number }) => d.days >= 0);
  const stats = won
    .rollup({ count: op.count(), median: op.median('days'), mean: op.mean('days'), p90: op.quantile('days', 0.9), min: op.min('days'), max: op.max('days') })
    .object() as { count: number; median: number; mean: number; p90: number; min: number; max: number };
  const width = niceWidth(stats.min, stats.max, 20);
  const first = Math.floor(stats.min / width);
  const bins = won
    .params({ width })
    .derive({ bin: (d: { days: number }, $: { width: number }) => op.floor(d.days / $.width) })
    .groupby('bin')
    .count()
    .objects() as { bin: number; count: number }[];
  const histogram = new Array<number>(Math.floor(stats.max / width) - first + 1).fill(0);
  for (const b of bins) histogram[b.bin - first] = b.count;
  const owners = (
    won
      .lookup(t.accounts, ['accountId', 'id'], { accountOwner: (d: { owner: string }) => d.owner })
      .derive({ who: (d: { owner: string | undefined; accountOwner: string | undefined }) => (d.owner != null ? d.owner : d.accountOwner != null ? d.accountOwner : null) })
      .groupby('who')
      .rollup({ count: op.count(), median: op.median('days'), mean: op.mean('days') })
      .objects() as (Omit<OwnerRow, 'owner'> & { who: string | null })[]
  )
    .map((o) => ({ owner: o.who ?? null, count: o.count, median: o.median, mean: o.mean }))
    .sort(byCountThenOwner);
  return {
    count: stats.count,
    medianDays: stats.median,
    meanDays: stats.mean,
    p90Days: stats.p90,
    binFrom: histogram.map((_, b) => (first + b) * width),
    binCounts: histogram,
    owners: owners.map((o) => o.owner),
    ownerCounts: owners.map((o) => o.count),
    ownerMedians: owners.map((o) => o.median),
    ownerMeans: owners.map((o) => o.mean),
  };
}

export function engineSalesCycle(result: unknown): KeyOutputs {
  const r = result as SalesCycleResult;
  return {
    count: r.count,
    medianDays: r.median,
    meanDays: r.mean,
    p90Days: r.p90,
    binFrom: r.histogram.map((b) => b.from),
    binCounts: r.histogram.map((b) => b.count),
    owners: r.byOwner.map((o) => o.owner),
    ownerCounts: r.byOwner.map((o) => o.count),
    ownerMedians: r.byOwner.map((o) => o.median),
    ownerMeans: r.byOwner.map((o) => o.mean),
  };
}
