/**
 * What response time needs to look up per inquiry, built once per table: the outbound activity
 * times of each deal and of each account, sorted, and when each account last won a deal.
 */
import { DIRECTIONS, OUTCOME, type CrmTable } from '../../table/index.js';
import { activityAccount } from './row-links.js';

/** Times of a group of rows, sorted within each key: key `k` owns `times[starts[k] .. starts[k + 1])`. */
export interface SortedTimes {
  starts: Int32Array;
  times: Float64Array;
}

export interface ReplyIndex {
  outboundByDeal: SortedTimes;
  /** By the activity's account, or its deal's account when it names only a deal. */
  outboundByAccount: SortedTimes;
  /** Latest `closedAt` of a won deal per account; -Infinity when none. */
  lastWinByAccount: Float64Array;
}

const OUTBOUND = DIRECTIONS.indexOf('outbound');
const cache = new WeakMap<CrmTable, ReplyIndex>();

export function replyIndex(table: CrmTable): ReplyIndex {
  let index = cache.get(table);
  if (!index) {
    const { activities, deals, accounts } = table;
    const dealOf = new Int32Array(activities.length).fill(-1);
    const accountOf = new Int32Array(activities.length).fill(-1);
    for (let i = 0; i < activities.length; i++) {
      if (activities.direction[i] !== OUTBOUND) continue;
      dealOf[i] = activities.deal[i] as number;
      accountOf[i] = activityAccount(table, i);
    }
    const lastWinByAccount = new Float64Array(accounts.length).fill(-Infinity);
    for (let d = 0; d < deals.length; d++) {
      const a = deals.account[d] as number;
      if (a >= 0 && deals.outcome[d] === OUTCOME.won && (deals.closedAt[d] as number) > (lastWinByAccount[a] as number)) lastWinByAccount[a] = deals.closedAt[d] as number;
    }
    index = { outboundByDeal: sortedTimes(activities.at, dealOf, deals.ids.size), outboundByAccount: sortedTimes(activities.at, accountOf, accounts.length), lastWinByAccount };
    cache.set(table, index);
  }
  return index;
}

/** `at` grouped by `key` (-1 left out), each group sorted ascending; NaN times left out. */
function sortedTimes(at: Float64Array, key: Int32Array, keyCount: number): SortedTimes {
  const starts = new Int32Array(keyCount + 1);
  for (let i = 0; i < key.length; i++) if ((key[i] as number) >= 0 && !Number.isNaN(at[i])) (starts[(key[i] as number) + 1] as number)++;
  for (let k = 0; k < keyCount; k++) (starts[k + 1] as number) += starts[k] as number;
  const cursor = starts.slice();
  const times = new Float64Array(starts[keyCount] as number);
  for (let i = 0; i < key.length; i++) if ((key[i] as number) >= 0 && !Number.isNaN(at[i])) times[(cursor[key[i] as number] as number)++] = at[i] as number;
  for (let k = 0; k < keyCount; k++) if ((starts[k + 1] as number) - (starts[k] as number) > 1) times.subarray(starts[k], starts[k + 1]).sort();
  return { starts, times };
}

/** The first time of `key`'s group at or after `t`; NaN when there is none. */
export function firstAtOrAfter(group: SortedTimes, key: number, t: number): number {
  let lo = group.starts[key] as number;
  let hi = group.starts[key + 1] as number;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((group.times[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo < (group.starts[key + 1] as number) ? (group.times[lo] as number) : NaN;
}
