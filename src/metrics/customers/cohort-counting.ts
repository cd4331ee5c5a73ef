/**
 * The two fills of the cohort matrix, each one pass over the source rows with integer
 * arithmetic only: distinct active customers per (cohort, offset) through a per-account bitset,
 * and net revenue per (cohort, offset).
 */
import type { CrmTable } from '../../table/index.js';
import { frameBucket, type PeriodFrame } from '../../table/period-frame.js';
import type { CohortSource } from './cohort-matrix.js';
import { purchaseRows, ROLE } from './customer-activity.js';

export interface CohortCounting {
  readonly table: CrmTable;
  /** The matrix's buckets: a row's is `frameBucket(frame, keys, times, row)`, -1 outside. */
  readonly frame: PeriodFrame;
  /** Period key of each row of the source table (orders' `at`, or subscriptions' `start`). */
  readonly keys: Int32Array;
  /** Each account's cohort bucket; -1 for accounts in no cohort (filtered out, or outside the range). */
  readonly cohortOf: Int32Array;
  readonly offsets: number;
  /** The matrix being filled, row-major: cohort bucket × offset. */
  readonly counts: Float64Array;
}

/**
 * Bitset budget in 32-bit words (16 MB): one pass covers 100k accounts × 1,300 offsets; more
 * offsets (or accounts) take further passes over windows of offsets, so memory stays bounded.
 */
const BITSET_WORDS = 1 << 22;

/**
 * The last bucket a subscription term touches: the one holding the last instant before its
 * `end`, never before its start's bucket (a term covers at least the period it starts in); the
 * matrix's last bucket for an open term or one ending after the matrix.
 */
function lastBucketBefore(starts: Float64Array, count: number, end: number, floor: number): number {
  if (!(end < starts[count]!)) return count - 1;
  let lo = floor;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! < end) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** counts[p0][k] = customers of cohort p0 with a purchase (or a term covering part of) bucket p0 + k. */
export function countActive(c: CohortCounting, source: CohortSource, budget = BITSET_WORDS): void {
  const accounts = c.cohortOf.length;
  const words = Math.max(1, Math.min(Math.ceil(c.offsets / 32), Math.floor(budget / Math.max(1, accounts))));
  const bits = new Uint32Array(accounts * words);
  for (let k0 = 0; k0 < c.offsets; k0 += words * 32) {
    if (k0 > 0) bits.fill(0);
    const k1 = Math.min(k0 + words * 32, c.offsets);
    if (source === 'orders') markPurchases(c, bits, words, k0, k1);
    else markTerms(c, bits, words, k0, k1);
  }
}

/**
 * Offsets [k0, k1) of the purchases: a bit per (account, offset) so each customer counts once per
 * cell. Cheapest test first: the purchase flag (one byte a row), then the account's cohort, and
 * only then the row's bucket.
 */
function markPurchases(c: CohortCounting, bits: Uint32Array, words: number, k0: number, k1: number): void {
  const { orders } = c.table;
  if (orders.length === 0) return;
  const { account, at } = orders;
  const { role } = purchaseRows(c.table); // the orders' roles whenever there are orders
  const { cohortOf, counts, offsets, frame, keys } = c;
  for (let i = 0; i < orders.length; i++) {
    if (role[i] !== ROLE.purchase) continue;
    const a = account[i]!;
    const p0 = a >= 0 ? cohortOf[a]! : -1;
    if (p0 < 0) continue;
    const p = frameBucket(frame, keys, at, i);
    if (p < 0) continue;
    const k = p - p0;
    if (k < k0 || k >= k1) continue;
    // Without a branch: whether this customer is new to the cell is as good as random.
    const w = a * words + ((k - k0) >>> 5);
    const seen = bits[w]!;
    bits[w] = seen | (1 << ((k - k0) & 31));
    counts[p0 * offsets + k]! += 1 - ((seen >>> ((k - k0) & 31)) & 1);
  }
}

/** Offsets [k0, k1) covered by any part of a subscription term. */
function markTerms(c: CohortCounting, bits: Uint32Array, words: number, k0: number, k1: number): void {
  const { account, end, start } = c.table.subscriptions;
  const { frame, keys, cohortOf, counts, offsets } = c;
  const { starts, count } = frame;
  for (let i = 0; i < account.length; i++) {
    const kStart = frameBucket(frame, keys, start, i);
    const a = account[i]!;
    const p0 = kStart >= 0 && a >= 0 ? cohortOf[a]! : -1;
    if (p0 < 0) continue;
    const kEnd = lastBucketBefore(starts, count, end[i]!, kStart);
    const hi = Math.min(kEnd - p0 + 1, k1);
    for (let k = Math.max(kStart - p0, k0); k < hi; k++) {
      const w = a * words + ((k - k0) >>> 5);
      const bit = 1 << ((k - k0) & 31);
      if ((bits[w]! & bit) === 0) {
        bits[w] = bits[w]! | bit;
        counts[p0 * offsets + k]!++;
      }
    }
  }
}

/**
 * counts[p0][k] = net revenue of cohort p0 in bucket p0 + k: orders of any sign (a refund lowers
 * the revenue of the period it is dated in), or each subscription term's `amount` in the period
 * the term starts, as its invoice would be (no double count where one term ends and the next
 * begins, and no guess at how long an open term will run).
 */
export function countRevenue(c: CohortCounting, source: CohortSource): void {
  const { frame, keys, cohortOf, counts, offsets } = c;
  const { account, amount } = source === 'orders' ? c.table.orders : c.table.subscriptions;
  const times = source === 'orders' ? c.table.orders.at : c.table.subscriptions.start;
  for (let i = 0; i < account.length; i++) {
    const p = frameBucket(frame, keys, times, i);
    const a = account[i]!;
    const p0 = p >= 0 && a >= 0 ? cohortOf[a]! : -1;
    const k = p - p0;
    // A refund dated before the customer's first purchase has no offset (k < 0).
    if (p0 < 0 || k < 0 || k >= offsets || Number.isNaN(amount[i]!)) continue;
    counts[p0 * offsets + k]! += amount[i]!;
  }
}
