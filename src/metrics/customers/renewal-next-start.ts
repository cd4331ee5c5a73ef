/**
 * For each subscription term, when the account's next term starts: the earliest start of a
 * term of the same account that starts later than this one (NaN when none). A term followed
 * soon enough after its end was renewed, even where the data does not say so.
 */
import type { CrmTable } from '../../table/index.js';
import { perTable } from '../per-table.js';


/** Computed once per table (one sort of the term rows by account, then start); shared: do not write. */
export const nextTermStart: (table: CrmTable) => Float64Array = perTable(computeNextTermStart);

function computeNextTermStart({ subscriptions }: CrmTable): Float64Array {
  const { account, start, length } = subscriptions;
  const order = new Int32Array(length);
  for (let i = 0; i < length; i++) order[i] = i;
  order.sort((i, j) => (account[i] as number) - (account[j] as number) || (start[i] as number) - (start[j] as number));
  const next = new Float64Array(length).fill(NaN);
  // Walk each account's terms from the latest start back: `later` is the earliest start seen
  // that is strictly after the current term's (terms with equal starts do not follow each other).
  let k = length - 1;
  while (k >= 0) {
    const a = account[order[k] as number] as number;
    let later = NaN;
    let laterThanThis = NaN;
    let previousStart = NaN;
    for (; k >= 0 && account[order[k] as number] === a; k--) {
      const i = order[k] as number;
      const s = start[i] as number;
      if (s !== previousStart) {
        laterThanThis = later;
        previousStart = s;
      }
      next[i] = a < 0 ? NaN : laterThanThis;
      later = s;
    }
  }
  return next;
}
