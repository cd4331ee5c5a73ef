/**
 * Dictionary encoding: each distinct string gets a small integer code, so a column of owners or
 * stages is an Int32Array and grouping by it is an array index, not a hash lookup per row.
 */
export class Dictionary {
  readonly values: string[] = [];
  readonly #codes = new Map<string, number>();

  /** A dictionary whose first codes are `seed`, in order (stages in pipeline order, ids in row order). */
  constructor(seed: Iterable<string> = []) {
    for (const value of seed) this.encode(value);
  }

  get size(): number {
    return this.values.length;
  }

  /** The code of `value`, adding it when new. */
  encode(value: string): number {
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.#codes.set(value, code);
    }
    return code;
  }

  /** The code of `value`, or -1 when it is not in the dictionary. */
  codeOf(value: string): number {
    return this.#codes.get(value) ?? -1;
  }

  decode(code: number): string | undefined {
    return this.values[code];
  }
}

/** The code used for an absent value in every dictionary-encoded column. */
export const ABSENT = -1;
