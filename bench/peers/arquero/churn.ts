/**
 * Churn rate over [from, to) in arquero, after src/metrics/customers/churn-rate.ts with the
 * `auto` definition resolved to `churned-at` (the accounts carry `churnedAt`): a customer since
 * its first purchase, won deal (closedAt) or subscription start; the base is the customers
 * since strictly before `from` and not lost at or before it; lost when `churnedAt < to`.
 */
import * as aq from 'arquero';
import type { KeyOutputs } from '../../lib/check.js';
import type { AqTables } from './tables.js';

const op = aq.op;

type Range = { from: number; to: number };

export function arqueroChurn(t: AqTables, range: Range): KeyOutputs {
  const since = t.orders
    .filter((d: { amount: number }) => d.amount > 0)
    .select({ accountId: 'accountId', at: 't' })
    .concat(
      t.deals.filter((d: { outcome: string }) => d.outcome === 'won').select({ accountId: 'accountId', closedAt: 't' }),
      t.subscriptions.select({ accountId: 'accountId', start: 't' }),
    )
    .groupby('accountId')
    .rollup({ since: op.min('t') });
  const counts = since
    .lookup(t.accounts, ['accountId', 'id'], 'churnedAt')
    .params(range)
    .filter((d: { since: number; churnedAt: number }, $: Range) => d.since < $.from && !(d.churnedAt <= $.from))
    .rollup({ base: op.count(), lost: (d: { churnedAt: number }, $: Range) => op.sum(d.churnedAt < $.to ? 1 : 0) })
    .object() as { base: number; lost: number };
  return { definition: 'churned-at', numerator: counts.lost, denominator: counts.base, value: counts.base > 0 ? counts.lost / counts.base : null };
}
