/**
 * Field schemas shared by the tables of the canonical dataset. Written with `zod/mini`: the
 * same checks as classic zod at about a quarter of its size in the bundle (classic zod alone
 * would take a third of the kit's 70 KB budget).
 */
import * as z from 'zod/mini';
import { parseInstant } from '../time/instant.js';
import { MAX_MONEY } from './max-money.js';

/** An id: a non-empty string. Numbers are refused rather than coerced, so `1` and `"1"` never collide. */
export const id = z.string().check(z.minLength(1, { error: 'empty id' }));

/** A non-empty name or label. */
export const label = z.string().check(z.minLength(1, { error: 'empty text' }));

/**
 * A point in time: an ISO 8601 string (no offset means UTC, never the machine's zone) or epoch
 * milliseconds. Parsed to epoch milliseconds.
 */
export const instant = z.pipe(
  z.union([z.string(), z.number()], { error: 'expected an ISO 8601 date or epoch milliseconds' }),
  z.transform((value: string | number, ctx) => {
    const ms = parseInstant(value);
    if (ms === undefined) {
      ctx.issues.push({ code: 'custom', message: 'not an ISO 8601 date or epoch milliseconds', input: value, params: { rule: 'date' } });
      return z.NEVER;
    }
    return ms;
  }),
);

export { MAX_MONEY } from './max-money.js';

const beyondMoney = { error: 'beyond ±1e15, more money than any CRM records', params: { rule: 'range' } } as const;

/** Money that may be negative (an order's amount: a refund lowers revenue). */
export const money = z.number().check(z.refine((n: number) => Math.abs(n) <= MAX_MONEY, beyondMoney));

/** Money that cannot be negative (a deal's amount, a cost). */
export const nonNegativeMoney = z
  .number()
  .check(z.refine((n: number) => n >= 0, { error: 'negative money where money cannot be negative', params: { rule: 'negative-money' } }),
    // Only the upper bound here: a negative amount gets the one problem above, not two.
    z.refine((n: number) => n <= MAX_MONEY, beyondMoney),
  );

/** A count of things (items, contacts): a whole number ≥ 0. */
export const count = z.int({ error: 'expected a whole number' }).check(z.minimum(0, { error: 'negative count' }));

