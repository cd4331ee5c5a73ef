/**
 * The load worker's last results, by computation and options. Its table never changes, and each
 * computation is a pure function of table and options, so a request it has answered before — a
 * dashboard switched back to a segment it showed a moment ago — is answered from here instead
 * of being computed again (a million deals: 30–80 ms per element).
 *
 * Only options that JSON writes without losing anything are keyed (plain objects, arrays,
 * strings, booleans, null, finite numbers other than -0); anything else — a Date, NaN,
 * undefined in an array — is computed every time, so that two different requests can never
 * share a key.
 */

/** Results kept: a few filter settings of a dashboard's elements, the largest (100k customers) about 10 MB each. */
export const RESULTS_KEPT = 16;

function plain(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(plain);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  // An undefined property is left out by JSON and means the same as an absent one to every option reader.
  return Object.values(value).every((item) => item === undefined || plain(item));
}

/** The cache key of a request, or undefined when its options are not plain enough to key. */
export function resultKey(key: string, options: unknown): string | undefined {
  return options === undefined ? `${key} undefined` : plain(options) ? `${key} ${JSON.stringify(options)}` : undefined;
}

/** Least recently used first out. */
export class ResultCache {
  readonly #results = new Map<string, unknown>();
  readonly #limit: number;

  constructor(limit = RESULTS_KEPT) {
    this.#limit = limit;
  }

  get(key: string): { result: unknown } | undefined {
    if (!this.#results.has(key)) return undefined;
    const result = this.#results.get(key);
    this.#results.delete(key);
    this.#results.set(key, result);
    return { result };
  }

  set(key: string, result: unknown): void {
    this.#results.delete(key);
    this.#results.set(key, result);
    if (this.#results.size > this.#limit) this.#results.delete(this.#results.keys().next().value as string);
  }
}
