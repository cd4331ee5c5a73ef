import { OUTCOME } from '../../table/index.js';
import { isFiltered, passes, type MetricScope } from '../scope.js';
import { COUNTS_STAYS, createdAllFinite, funnelCodes, OUTCOME_MASK, REACH_SHIFT } from './funnel-codes.js';
import type { FunnelMode } from './stage-reach.js';
import { stayEntries } from './stay-entries.js';

export interface FunnelTally {
  /** Deals in scope by reach (1 + furthest stage position; 0: no pipeline stage). */
  byReach: Float64Array;
  /** Sum of their amounts, by reach (over the whole table: even and odd rows apart, then added; see `countAll`). */
  valueByReach: Float64Array;
  won: number;
  lost: number;
  open: number;
  /**
   * Null when the deals counted (in scope, reach above 0) include every deal of the table that
   * has a finished stay: their stays are then all the table's, and time in stage is the whole
   * table's (`wholeTableStayStats`), with no pass over the histories. Otherwise the rows of the
   * deals counted that have a finished stay, in row order, `members[0 … count)`.
   */
  staysOf: { members: Int32Array; count: number } | null;
}

/**
 * One pass over the deals in scope: deals and value by (reach, stays, outcome) through one code
 * per deal (`funnelCodes`). Over the whole table (no range, no filter) the pass reads the code
 * and the amount of each deal and nothing else, into two interleaved tallies (`countAll`). A scoped pass also reads `createdAt` and the
 * filters, and keeps the rows of the deals whose stays count (a branch-free write per deal), so
 * that time in stage need not test every deal again.
 */
export function tallyFunnelDeals(scope: MetricScope, mode: FunnelMode, stageCount: number): FunnelTally {
  const { table } = scope;
  const { codes, codeCount } = funnelCodes(table, mode);
  const { amount } = table.deals;
  const byCode = new Float64Array(codeCount);
  const valueByReach = new Float64Array(stageCount + 1);
  // A NaN `createdAt` is in no range, not even an open one: such a table is always scoped.
  const bounded = scope.from > -Infinity || scope.to < Infinity || !createdAllFinite(table);
  const filtered = isFiltered(scope);
  const members = bounded || filtered ? countScoped(scope, codes, byCode, valueByReach, bounded, filtered) : countAll(codes, amount, byCode, valueByReach);
  const byReach = new Float64Array(stageCount + 1);
  const outcomes = new Float64Array(OUTCOME_MASK + 1);
  let countedWithStays = 0;
  for (let code = 0; code < codeCount; code++) {
    const n = byCode[code] as number;
    (byReach[code >> REACH_SHIFT] as number) += n;
    (outcomes[code & OUTCOME_MASK] as number) += n;
    if ((code & COUNTS_STAYS) !== 0) countedWithStays += n;
  }
  const holdsEveryStay = countedWithStays === stayEntries(table).dealsWithStays;
  return {
    byReach,
    valueByReach,
    won: outcomes[OUTCOME.won] as number,
    lost: outcomes[OUTCOME.lost] as number,
    open: outcomes[OUTCOME.open] as number,
    staysOf: holdsEveryStay ? null : (members ?? everyDealWithStays(codes)),
  };
}

/**
 * The whole table's tally, two deals at a time into two sets of tallies (even rows, odd rows),
 * merged at the end. One set would make each deal's update wait for the previous one whenever
 * both land on the same code (a read of what was just written); two independent sets let the
 * processor overlap them, which roughly halves the pass on this kind of machine. Each reach's
 * value is thus the sum of its even rows plus the sum of its odd rows, each added in row order.
 */
function countAll(codes: Uint16Array | Int32Array, amount: Float64Array, byCode: Float64Array, valueByReach: Float64Array): null {
  const codeCount = byCode.length;
  const reachCount = valueByReach.length;
  const counts = new Int32Array(2 * codeCount);
  const values = new Float64Array(2 * reachCount);
  const pairs = codes.length & ~1;
  for (let i = 0; i < pairs; i += 2) {
    const even = codes[i] as number;
    const odd = codes[i + 1] as number;
    (counts[even] as number)++;
    (counts[codeCount + odd] as number)++;
    (values[even >> REACH_SHIFT] as number) += amount[i] as number;
    (values[reachCount + (odd >> REACH_SHIFT)] as number) += amount[i + 1] as number;
  }
  if (pairs < codes.length) {
    const last = codes[pairs] as number;
    (counts[last] as number)++;
    (values[last >> REACH_SHIFT] as number) += amount[pairs] as number;
  }
  for (let c = 0; c < codeCount; c++) byCode[c] = (counts[c] as number) + (counts[codeCount + c] as number);
  for (let r = 0; r < reachCount; r++) valueByReach[r] = (values[r] as number) + (values[reachCount + r] as number);
  return null;
}

/** A scoped tally: the deals in range and passing the filters, keeping the rows whose stays count. */
function countScoped(scope: MetricScope, codes: Uint16Array | Int32Array, byCode: Float64Array, valueByReach: Float64Array, bounded: boolean, filtered: boolean): { members: Int32Array; count: number } {
  const { amount, createdAt, account, owner } = scope.table.deals;
  const { from, to } = scope;
  const members = new Int32Array(stayEntries(scope.table).dealsWithStays + 1); // + 1: the write past the last member
  let count = 0;
  for (let i = 0; i < codes.length; i++) {
    if (bounded && !((createdAt[i] as number) >= from && (createdAt[i] as number) < to)) continue;
    if (filtered && !passes(scope, account[i] as number, owner[i])) continue;
    const code = codes[i] as number;
    (byCode[code] as number)++;
    (valueByReach[code >> REACH_SHIFT] as number) += amount[i] as number;
    members[count] = i;
    count += (code & COUNTS_STAYS) >>> 2;
  }
  return { members, count };
}

/** The rows of the deals whose stays count, over the whole table: those with the code's stays bit. */
function everyDealWithStays(codes: Uint16Array | Int32Array): { members: Int32Array; count: number } {
  let count = 0;
  for (let i = 0; i < codes.length; i++) if (((codes[i] as number) & COUNTS_STAYS) !== 0) count++;
  const members = new Int32Array(count);
  for (let i = 0, m = 0; i < codes.length; i++) if (((codes[i] as number) & COUNTS_STAYS) !== 0) members[m++] = i;
  return { members, count };
}
