/**
 * Billing periods elapsed, for many subscription terms at the few instants a computation asks
 * about. Taking an instant apart into its calendar month is the costly step (a dozen
 * divisions), so it is done once per term's start (per table), once for each end of the range
 * (per computation) and once per term's whole length (per table and billing period, when first
 * needed): a term cut by the range's start or end, or ending inside it, then costs a few
 * multiplications and month lengths.
 */
import type { CrmTable } from '../../table/index.js';
import { DAY_MS, elapsedFrom, monthLength, monthOf, packedCivil, periodsElapsed } from './subscription-revenue.js';

/** Per term: its start taken apart (UTC). */
interface TermStarts {
  month: Int32Array;
  dayOfMonth: Uint8Array;
  timeOfDay: Float64Array;
}

export interface SubscriptionClock {
  readonly table: CrmTable;
  /** Months per billing period. */
  readonly months: number;
  readonly starts: TermStarts;
  /** Per term: periods from its start to its end (NaN until first needed). Shared per table. */
  readonly lengths: Float64Array;
  /** Where an open term ends: the data's latest time. */
  readonly dataEnd: number;
  readonly from: Boundary;
  readonly to: Boundary;
}

/** One end of the range taken apart: its month, that month's first day and the lengths around it. */
interface Boundary {
  readonly t: number;
  /** Month index (year × 12 + month − 1). */
  readonly month: number;
  /** Day number of the month's first day. */
  readonly monthStart: number;
  readonly previousLength: number;
  readonly length: number;
  readonly nextLength: number;
}

function boundary(t: number): Boundary {
  if (!Number.isFinite(t)) return { t, month: NaN, monthStart: NaN, previousLength: NaN, length: NaN, nextLength: NaN };
  const { month, monthStart } = monthOf(t);
  return { t, month, monthStart, previousLength: monthLength(month - 1), length: monthLength(month), nextLength: monthLength(month + 1) };
}

const startsCache = new WeakMap<CrmTable, TermStarts>();
const lengthsCache = new WeakMap<CrmTable, Map<number, Float64Array>>();

function termStarts({ subscriptions }: CrmTable): TermStarts {
  const starts: TermStarts = { month: new Int32Array(subscriptions.length), dayOfMonth: new Uint8Array(subscriptions.length), timeOfDay: new Float64Array(subscriptions.length) };
  for (let i = 0; i < subscriptions.length; i++) {
    const start = subscriptions.start[i] as number;
    const day = Math.floor(start / DAY_MS);
    const packed = packedCivil(day);
    const month = Math.floor(packed / 32);
    starts.month[i] = month;
    starts.dayOfMonth[i] = packed - month * 32 + 1;
    starts.timeOfDay[i] = start - day * DAY_MS;
  }
  return starts;
}

/** The clock for the range [from, to) with `months`-month billing periods. */
export function subscriptionClock(table: CrmTable, months: number, from: number, to: number): SubscriptionClock {
  let starts = startsCache.get(table);
  if (!starts) startsCache.set(table, (starts = termStarts(table)));
  let byMonths = lengthsCache.get(table);
  if (!byMonths) lengthsCache.set(table, (byMonths = new Map()));
  let lengths = byMonths.get(months);
  if (!lengths) byMonths.set(months, (lengths = new Float64Array(table.subscriptions.length).fill(NaN)));
  return { table, months, starts, lengths, dataEnd: table.timeSpan.max, from: boundary(from), to: boundary(to) };
}

/** Where term `i` ends: its `end`, or the data's end while it is open. */
export function termEnd(clock: SubscriptionClock, i: number): number {
  const end = clock.table.subscriptions.end[i] as number;
  return Number.isNaN(end) ? clock.dataEnd : end;
}

/** Billing periods of term `i` elapsed at `t`, which lies within the term. */
export function elapsedAt(clock: SubscriptionClock, i: number, t: number): number {
  const start = clock.table.subscriptions.start[i] as number;
  if (!(t > start)) return 0;
  if (t === clock.from.t) return elapsedAtBoundary(clock, i, clock.from);
  if (t === clock.to.t) return elapsedAtBoundary(clock, i, clock.to);
  if (t === termEnd(clock, i)) {
    let length = clock.lengths[i] as number;
    if (Number.isNaN(length)) clock.lengths[i] = length = periodsElapsed(start, t, clock.months);
    return length;
  }
  return periodsElapsed(start, t, clock.months);
}

/**
 * elapsedFrom at a range end. Monthly, the anniversary falls in the boundary's month or the
 * one before, whose lengths are known: no calendar arithmetic per term.
 */
function elapsedAtBoundary(clock: SubscriptionClock, i: number, b: Boundary): number {
  const { starts } = clock;
  const dayOfMonth = starts.dayOfMonth[i] as number;
  const timeOfDay = starts.timeOfDay[i] as number;
  if (clock.months !== 1) return elapsedFrom(starts.month[i] as number, dayOfMonth, timeOfDay, b.t, b.month, b.monthStart, clock.months);
  let whole = b.month - (starts.month[i] as number);
  let from = (b.monthStart + Math.min(dayOfMonth, b.length) - 1) * DAY_MS + timeOfDay;
  let next: number;
  if (from > b.t) {
    whole--;
    next = from;
    from = (b.monthStart - b.previousLength + Math.min(dayOfMonth, b.previousLength) - 1) * DAY_MS + timeOfDay;
  } else {
    next = (b.monthStart + b.length + Math.min(dayOfMonth, b.nextLength) - 1) * DAY_MS + timeOfDay;
  }
  return whole + (b.t - from) / (next - from);
}

/** Billing periods of term `i` within [from, to), both clipped to the term by the caller. */
export function periodsBetween(clock: SubscriptionClock, i: number, from: number, to: number): number {
  return to > from ? elapsedAt(clock, i, to) - elapsedAt(clock, i, from) : 0;
}
