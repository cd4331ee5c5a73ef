/**
 * Distinct periods with a purchase, per account, in one pass over the purchase rows: a bit per
 * (account, period since its first) instead of a Set per account, so 100k customers over 1M
 * purchases stay within the relationship-groups budget (DESIGN.md, "Performance budget").
 */
import { ROLE, type PurchaseRows } from './customer-activity.js';

/** 16 MB of bitset at most; longer histories take further passes over windows of periods. */
const BITSET_WORDS = 1 << 22;

/**
 * For each account with `firstPeriod[a] ≥ 0`: how many distinct periods (`period[i]`, the
 * bucket of purchase row i, -1 outside) at or after its first hold one of its purchases.
 * `span` bounds period − firstPeriod.
 */
export function distinctPurchasePeriods(rows: PurchaseRows, period: Int32Array, firstPeriod: Int32Array, span: number, budget = BITSET_WORDS): Int32Array {
  const accounts = firstPeriod.length;
  const counts = new Int32Array(accounts);
  const words = Math.max(1, Math.min(Math.ceil(span / 32), Math.floor(budget / Math.max(1, accounts))));
  const bits = new Uint32Array(accounts * words);
  const { account, role } = rows;
  for (let k0 = 0; k0 < span; k0 += words * 32) {
    if (k0 > 0) bits.fill(0);
    const k1 = k0 + words * 32;
    for (let i = 0; i < period.length; i++) {
      const a = account[i]!;
      const p0 = a >= 0 ? firstPeriod[a]! : -1;
      const k = period[i]! - p0;
      if (p0 < 0 || role[i] !== ROLE.purchase || period[i]! < 0 || k < k0 || k >= k1) continue;
      const w = a * words + ((k - k0) >>> 5);
      const bit = 1 << ((k - k0) & 31);
      if ((bits[w]! & bit) === 0) {
        bits[w] = bits[w]! | bit;
        counts[a]!++;
      }
    }
  }
  return counts;
}
