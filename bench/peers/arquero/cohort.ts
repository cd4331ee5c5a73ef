/**
 * Cohort retention (month, customers basis, whole range) in arquero, after
 * src/metrics/customers/cohort-retention.ts: a customer's cohort is the UTC month of its first
 * purchase (order with a positive amount); counts[p][k] = distinct customers of cohort p with a
 * purchase in month p + k; the months run from the first cohort's through the month of the
 * data's observed end; average[k] = Σ counts[k] / Σ size over cohorts that have offset k.
 * Months come from arquero's own date functions (op.utcyear / op.utcmonth), as a user would write.
 */
import * as aq from 'arquero';
import type { KeyOutputs } from '../../lib/check.js';
import type { AqTables } from './tables.js';

const op = aq.op;

type Row = { amount: number; at: number };

export function arqueroCohort(t: AqTables): KeyOutputs {
  const end = t.bounds.observedEnd + 1;
  const purchases = t.orders
    .params({ end })
    .filter((d: Row, $: { end: number }) => d.amount > 0 && d.at < $.end)
    .derive({ m: (d: Row) => op.utcyear(d.at) * 12 + op.utcmonth(d.at) })
    .select('accountId', 'm');
  const cohorts = purchases.groupby('accountId').rollup({ cohort: op.min('m') });
  const sizes = cohorts.groupby('cohort').count().objects() as { cohort: number; count: number }[];
  const cells = purchases
    .join(cohorts, 'accountId')
    .derive({ k: (d: { m: number; cohort: number }) => d.m - d.cohort })
    .groupby('cohort', 'k')
    .rollup({ n: op.distinct('accountId') })
    .objects() as { cohort: number; k: number; n: number }[];
  return assembleCohorts(sizes.map((s) => [s.cohort, s.count]), cells.map((c) => [c.cohort, c.k, c.n]), monthKeyUtc(end - 1));
}

/** year × 12 + month (0-based), UTC. */
export function monthKeyUtc(t: number): number {
  const date = new Date(t);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

const label = (m: number) => `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}-01`;

/** The triangular matrix and its average, from sizes per cohort month and distinct counts per (cohort, offset). */
export function assembleCohorts(sizes: [number, number][], cells: [number, number, number][], lastMonth: number): KeyOutputs {
  const firstMonth = Math.min(...sizes.map(([m]) => m));
  const periods = lastMonth - firstMonth + 1;
  const sizeOf = new Map(sizes);
  const countOf = new Map(cells.map(([cohort, k, n]) => [`${cohort}:${k}`, n]));
  const starts: string[] = [];
  const sizeList: number[] = [];
  const counts: number[] = [];
  const numerators = new Array<number>(periods).fill(0);
  const denominators = new Array<number>(periods).fill(0);
  for (let p = 0; p < periods; p++) {
    const size = sizeOf.get(firstMonth + p) ?? 0;
    if (size === 0) continue;
    starts.push(label(firstMonth + p));
    sizeList.push(size);
    for (let k = 0; k < periods - p; k++) {
      const n = countOf.get(`${firstMonth + p}:${k}`) ?? 0;
      counts.push(n);
      numerators[k] = (numerators[k] as number) + n;
      denominators[k] = (denominators[k] as number) + size;
    }
  }
  const average = numerators.map((n, k) => ((denominators[k] as number) > 0 ? n / (denominators[k] as number) : null));
  return { starts, sizes: sizeList, counts, average };
}
