/**
 * The rows of each id of a table, built once and read by the uniqueness rule and by every
 * reference to the table. The rows carrying one id form a chain — `firstOf` gives the first,
 * `next` each one's successor (-1 at the end) — so a million ids cost one Map and one
 * Int32Array, not a list each.
 */
export interface IdIndex {
  firstOf: Map<string, number>;
  next: Int32Array;
  /** The first row of every id that more than one row carries, in order of that first row. */
  repeated: number[];
}

/** The index of `ids` (row i's id at i; `undefined` for a row without a text id). */
export function idIndex(ids: readonly (string | undefined)[]): IdIndex {
  const firstOf = new Map<string, number>();
  const next = new Int32Array(ids.length).fill(-1);
  const last = new Map<string, number>();
  const repeated: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === undefined) continue;
    const first = firstOf.get(id);
    if (first === undefined) {
      firstOf.set(id, i);
      continue;
    }
    const before = last.get(id);
    if (before === undefined) repeated.push(first);
    next[before ?? first] = i;
    last.set(id, i);
  }
  repeated.sort((a, b) => a - b);
  return { firstOf, next, repeated };
}
