import { hashText } from '../text-hash.js';

/**
 * The rows of each id of a table, built once and read by the uniqueness rule and by every
 * reference to the table. The rows carrying one id form a chain — `first` finds the first,
 * `next` gives each one's successor (-1 at the end).
 *
 * Why not a `Map`: a million fresh strings from `JSON.parse` cost a Map 0.5–1.4 s to take in
 * on the benchmark machine, a third of all the checks; this open-addressing table of (hash, row)
 * pairs in one Int32Array took 0.12–0.19 s for the same ids (see `text-hash.ts`).
 */
export interface IdIndex {
  /** The first row carrying `id`, or -1. */
  first(id: string): number;
  next: Int32Array;
  /** The first row of every id that more than one row carries, in row order. */
  repeated: number[];
}

/** The index of `ids` (row i's id at i; `undefined` for a row without a text id). */
export function idIndex(ids: readonly (string | undefined)[]): IdIndex {
  let size = 16;
  while (size < ids.length * 2) size *= 2;
  const mask = size - 1;
  // Slot s holds the hash at 2s and the first row at 2s + 1 (-1: empty).
  const slots = new Int32Array(size * 2).fill(-1);
  const next = new Int32Array(ids.length).fill(-1);
  /** The last row of each chain so far, indexed by its first row; only for repeated ids. */
  const last = new Map<number, number>();
  const repeated: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === undefined) continue;
    const h = hashText(id);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = slots[2 * s + 1] as number;
      if (at === -1) {
        slots[2 * s] = h;
        slots[2 * s + 1] = i;
        break;
      }
      if (slots[2 * s] === h && ids[at] === id) {
        const before = last.get(at);
        if (before === undefined) repeated.push(at);
        next[before ?? at] = i;
        last.set(at, i);
        break;
      }
    }
  }
  repeated.sort((a, b) => a - b);
  const first = (id: string): number => {
    const h = hashText(id);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = slots[2 * s + 1] as number;
      if (at === -1 || (slots[2 * s] === h && ids[at] === id)) return at;
    }
  };
  return { first, next, repeated };
}
