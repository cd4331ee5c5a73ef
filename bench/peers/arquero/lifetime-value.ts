/**
 * Historic lifetime value over the whole data in arquero, after
 * src/metrics/customers/lifetime-value.ts and lifetime-totals.ts: the range is [first instant,
 * last instant + 1 ms) of the data; customers are accounts with a purchase in it; per customer
 * `until = max(min(end, churnedAt), last purchase in range)`, lifespan = max(until − first
 * purchase ever, 1 day), exposure = max(until − max(first, start), 1 day), both in 365.25-day
 * years; value = (revenue / purchases) × (purchases / Σ exposure) × (Σ lifespan / customers),
 * overall and by segment.
 */
import * as aq from 'arquero';
import type { KeyOutputs } from '../../lib/check.js';
import type { AqTables } from './tables.js';

const op = aq.op;

// In the expressions below (arquero compiles them from source, so no outer constants):
// 86400000 = one day, 31557600000 = a 365.25-day year, in ms.

type Window = { start: number; end: number };
type Order = { amount: number; at: number };
type Customer = { first: number; last: number; churnedAt: number | undefined };

interface Sums {
  customers: number;
  revenue: number;
  purchases: number;
  lifespan: number;
  exposure: number;
}

export function ltvFigures(s: Sums): { value: number | null; averagePurchaseValue: number | null; purchasesPerYear: number | null; lifespanYears: number | null } {
  const averagePurchaseValue = s.purchases > 0 ? s.revenue / s.purchases : null;
  const purchasesPerYear = s.exposure > 0 ? s.purchases / s.exposure : null;
  const lifespanYears = s.customers > 0 ? s.lifespan / s.customers : null;
  const value = averagePurchaseValue === null || purchasesPerYear === null || lifespanYears === null ? null : averagePurchaseValue * purchasesPerYear * lifespanYears;
  return { value, averagePurchaseValue, purchasesPerYear, lifespanYears };
}

export function ltvOutputs(all: Sums, bySegment: (Sums & { segment: string | null })[]): KeyOutputs {
  const overall = ltvFigures(all);
  const segments = [...bySegment].sort((a, b) => String(a.segment).localeCompare(String(b.segment)));
  return {
    customers: all.customers,
    value: overall.value,
    averagePurchaseValue: overall.averagePurchaseValue,
    purchasesPerYear: overall.purchasesPerYear,
    lifespanYears: overall.lifespanYears,
    segments: segments.map((s) => s.segment),
    segmentCustomers: segments.map((s) => s.customers),
    segmentValues: segments.map((s) => ltvFigures(s).value),
  };
}

export function arqueroLifetimeValue(t: AqTables): KeyOutputs {
  const window: Window = { start: t.bounds.spanMin, end: t.bounds.spanMax + 1 };
  const customers = t.orders
    .params(window)
    .groupby('accountId')
    .rollup({
      first: (d: Order) => op.min(d.amount > 0 ? d.at : null),
      revenue: (d: Order, $: Window) => op.sum(d.at >= $.start && d.at < $.end ? d.amount : 0),
      purchases: (d: Order, $: Window) => op.sum(d.amount > 0 && d.at >= $.start && d.at < $.end ? 1 : 0),
      last: (d: Order, $: Window) => op.max(d.amount > 0 && d.at >= $.start && d.at < $.end ? d.at : null),
    })
    .filter((d: { purchases: number }) => d.purchases > 0)
    .lookup(t.accounts, ['accountId', 'id'], 'churnedAt', 'segment')
    .params(window)
    .derive({ until: (d: Customer, $: Window) => op.greatest(d.churnedAt != null ? op.least($.end, d.churnedAt) : $.end, d.last) })
    .derive({
      lifespan: (d: Customer & { until: number }) => op.greatest(d.until - d.first, 86400000) / 31557600000,
      exposure: (d: Customer & { until: number }, $: Window) => op.greatest(d.until - op.greatest(d.first, $.start), 86400000) / 31557600000,
    });
  const sums = { customers: op.count(), revenue: op.sum('revenue'), purchases: op.sum('purchases'), lifespan: op.sum('lifespan'), exposure: op.sum('exposure') };
  const all = customers.rollup(sums).object() as Sums;
  const bySegment = customers.groupby('segment').rollup(sums).objects() as (Sums & { segment: string | null })[];
  return ltvOutputs(all, bySegment.map((s) => ({ ...s, segment: s.segment ?? null })));
}
