/**
 * Dictionary encoding: each distinct string gets a small integer code, so a column of owners or
 * stages is an Int32Array and grouping by it is an array index, not a hash lookup per row.
 *
 * A dictionary that came from a worker (`Dictionary.fromPacked`) starts as one packed string:
 * `decode` slices it, `values` and the lookup map of `codeOf` are built on first use. A million
 * deal ids then cost the page nothing on arrival, and only the metric that lists ids or looks
 * one up pays for them, once.
 */
import { packStrings, packedAt, packedLength, unpackStrings, type PackedStrings } from './packed-strings.js';

export class Dictionary {
  #values: string[] | undefined = [];
  #codes: Map<string, number> | undefined = new Map();
  #packed: PackedStrings | undefined;

  /** A dictionary whose first codes are `seed`, in order (stages in pipeline order, ids in row order). */
  constructor(seed: Iterable<string> = []) {
    for (const value of seed) this.encode(value);
  }

  /** A dictionary of `packed` (codes in its order, no repeats: see `pack`), unpacked lazily. */
  static fromPacked(packed: PackedStrings): Dictionary {
    const dictionary = new Dictionary();
    dictionary.#values = undefined;
    dictionary.#codes = undefined;
    dictionary.#packed = packed;
    return dictionary;
  }

  /** The values in code order, as one packed string (for a worker's message). */
  pack(): PackedStrings {
    return this.#packed ?? packStrings(this.values);
  }

  /** Every value, in code order. */
  get values(): string[] {
    return (this.#values ??= unpackStrings(this.#packed as PackedStrings) as string[]);
  }

  get size(): number {
    return this.#values ? this.#values.length : packedLength(this.#packed as PackedStrings);
  }

  /** The code of `value`, adding it when new. */
  encode(value: string): number {
    const codes = this.#codeMap();
    let code = codes.get(value);
    if (code === undefined) {
      const values = this.values;
      this.#packed = undefined; // from now on the values array is the truth
      code = values.length;
      values.push(value);
      codes.set(value, code);
    }
    return code;
  }

  /** The code of `value`, or -1 when it is not in the dictionary. */
  codeOf(value: string): number {
    return this.#codeMap().get(value) ?? -1;
  }

  decode(code: number): string | undefined {
    return this.#values ? this.#values[code] : packedAt(this.#packed as PackedStrings, code);
  }

  #codeMap(): Map<string, number> {
    if (this.#codes) return this.#codes;
    const codes = new Map<string, number>();
    const values = this.values;
    for (let code = 0; code < values.length; code++) codes.set(values[code] as string, code);
    return (this.#codes = codes);
  }
}

/** The code used for an absent value in every dictionary-encoded column. */
export const ABSENT = -1;
