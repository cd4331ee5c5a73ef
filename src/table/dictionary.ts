/**
 * Dictionary encoding: each distinct string gets a small integer code, so a column of owners or
 * stages is an Int32Array and grouping by it is an array index, not a hash lookup per row.
 *
 * A dictionary that came from a worker (`Dictionary.fromPacked`) starts as one packed string:
 * `decode` slices it, `values` and the lookup map of `codeOf` are built on first use. A million
 * deal ids then cost the page nothing on arrival, and only the metric that lists ids or looks
 * one up pays for them, once.
 */
import { hashText } from '../schema/text-hash.js';
import { packStrings, packedAt, packedLength, unpackStrings, type PackedStrings } from './packed-strings.js';

/**
 * The code of each value: an open-addressing table of (hash, code) pairs, not a `Map` — a
 * table of a million deals encodes a million account and deal references, fresh strings that
 * a Map took several times as long to look up (see `text-hash.ts`).
 */
class CodeTable {
  #slots = new Int32Array(32).fill(-1);
  #mask = 15;
  #size = 0;
  readonly #values: readonly string[];

  /** `values[code]` is the value of each code (the dictionary's own array, which grows with it). */
  constructor(values: readonly string[]) {
    this.#values = values;
  }

  /** The code of `value`, or -1. */
  get(value: string, h = hashText(value)): number {
    const slots = this.#slots;
    for (let s = h & this.#mask; ; s = (s + 1) & this.#mask) {
      const code = slots[2 * s + 1] as number;
      if (code === -1 || (slots[2 * s] === h && this.#values[code] === value)) return code;
    }
  }

  /** Records `code` for `value`, which must not be in the table yet. */
  add(value: string, code: number, h = hashText(value)): void {
    if (2 * (this.#size + 1) > this.#mask + 1) this.#grow();
    this.#place(h, code);
  }

  #place(h: number, code: number): void {
    const slots = this.#slots;
    let s = h & this.#mask;
    while (slots[2 * s + 1] !== -1) s = (s + 1) & this.#mask;
    slots[2 * s] = h;
    slots[2 * s + 1] = code;
    this.#size++;
  }

  #grow(): void {
    const old = this.#slots;
    this.#mask = this.#mask * 2 + 1;
    this.#slots = new Int32Array(2 * (this.#mask + 1)).fill(-1);
    this.#size = 0;
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== -1) this.#place(old[s] as number, old[s + 1] as number);
  }
}

export class Dictionary {
  #values: string[] | undefined = [];
  #codes: CodeTable | undefined = new CodeTable(this.#values as string[]);
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
    const h = hashText(value);
    let code = codes.get(value, h);
    if (code === -1) {
      const values = this.values;
      this.#packed = undefined; // from now on the values array is the truth
      code = values.length;
      values.push(value);
      codes.add(value, code, h);
    }
    return code;
  }

  /** The code of `value`, or -1 when it is not in the dictionary. */
  codeOf(value: string): number {
    return this.#codeMap().get(value);
  }

  decode(code: number): string | undefined {
    return this.#values ? this.#values[code] : packedAt(this.#packed as PackedStrings, code);
  }

  #codeMap(): CodeTable {
    if (this.#codes) return this.#codes;
    const values = this.values;
    const codes = new CodeTable(values);
    // A packed dictionary has no repeats (see `pack`), so each value is added once.
    for (let code = 0; code < values.length; code++) codes.add(values[code] as string, code);
    return (this.#codes = codes);
  }
}

/** The code used for an absent value in every dictionary-encoded column. */
export const ABSENT = -1;
