/**
 * Cohort retention (month, customers basis) written plainly: arrays of objects, a Map of first
 * months and a Set of customers per cell, months from `Date` — what a first version looks like
 * (DESIGN.md's "arrays of objects + Map" column). Same definition as the engine.
 */
import type { Dataset } from '../../../src/metrics.js';
import type { KeyOutputs } from '../../lib/check.js';
import type { DataBounds } from '../../lib/data-bounds.js';
import { assembleCohorts, monthKeyUtc } from '../arquero/cohort.js';

export function plainCohort(dataset: Dataset, bounds: DataBounds): KeyOutputs {
  const end = bounds.observedEnd + 1;
  const orders = dataset.orders ?? [];
  const firstMonth = new Map<string, number>();
  for (const order of orders) {
    if (!(order.amount > 0) || !(order.at < end)) continue;
    const date = new Date(order.at);
    const month = date.getUTCFullYear() * 12 + date.getUTCMonth();
    const first = firstMonth.get(order.accountId);
    if (first === undefined || month < first) firstMonth.set(order.accountId, month);
  }
  const cells = new Map<string, Set<string>>();
  for (const order of orders) {
    if (!(order.amount > 0) || !(order.at < end)) continue;
    const date = new Date(order.at);
    const month = date.getUTCFullYear() * 12 + date.getUTCMonth();
    const cohort = firstMonth.get(order.accountId) as number;
    const key = `${cohort}:${month - cohort}`;
    let customers = cells.get(key);
    if (!customers) cells.set(key, (customers = new Set()));
    customers.add(order.accountId);
  }
  const sizes = new Map<number, number>();
  for (const month of firstMonth.values()) sizes.set(month, (sizes.get(month) ?? 0) + 1);
  const cellList: [number, number, number][] = [];
  for (const [key, customers] of cells) {
    const [cohort, k] = key.split(':').map(Number) as [number, number];
    cellList.push([cohort, k, customers.size]);
  }
  return assembleCohorts([...sizes], cellList, monthKeyUtc(end - 1));
}
