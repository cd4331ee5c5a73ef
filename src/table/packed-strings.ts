/**
 * Many strings as one: their concatenation plus an offset per string. A worker hands a table's
 * ids and names to the page in this form because a Worker message copies strings one by one —
 * a million ids arrive as a million allocations on the page's main thread — while one long
 * string copies in a single block and the offsets are a typed array that moves without a copy.
 */
export interface PackedStrings {
  /** Every string, concatenated in order. */
  readonly text: string;
  /** `length + 1` offsets into `text`: string `i` is `text.slice(offsets[i], offsets[i + 1])`. */
  readonly offsets: Uint32Array;
  /** 1 where the value was `undefined` (an account without a name); absent when none was. */
  readonly absent?: Uint8Array;
}

export function packStrings(values: readonly (string | undefined)[]): PackedStrings {
  const offsets = new Uint32Array(values.length + 1);
  let absent: Uint8Array | undefined;
  let length = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === undefined) (absent ??= new Uint8Array(values.length))[i] = 1;
    else length += value.length;
    offsets[i + 1] = length;
  }
  // One join, not repeated `+=`: V8 would build a rope of a million pieces and flatten it later.
  const text = values.map((value) => value ?? '').join('');
  return absent ? { text, offsets, absent } : { text, offsets };
}

export const packedLength = (packed: PackedStrings): number => packed.offsets.length - 1;

/** String `i`, or undefined when it was absent or `i` is out of range. */
export function packedAt(packed: PackedStrings, i: number): string | undefined {
  if (!(i >= 0 && i < packedLength(packed)) || packed.absent?.[i] === 1) return undefined;
  return packed.text.slice(packed.offsets[i], packed.offsets[i + 1]);
}

export function unpackStrings(packed: PackedStrings): (string | undefined)[] {
  const { text, offsets, absent } = packed;
  const out: (string | undefined)[] = [];
  // push, not `new Array(n)`: a preallocated array is holey, and every later read of it slower.
  for (let i = 0, n = packedLength(packed); i < n; i++) out.push(absent?.[i] === 1 ? undefined : text.slice(offsets[i], offsets[i + 1]));
  return out;
}
