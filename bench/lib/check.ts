/**
 * Equality of the key outputs of two implementations. Whole numbers must match exactly; other
 * numbers within a relative 1e-9 (sums of decimal amounts depend on the order of addition).
 * A mismatch is reported with the first differing element, never smoothed over.
 */
export type KeyValue = number | string | null | boolean;
export type KeyOutputs = Record<string, KeyValue | KeyValue[]>;

export interface Check {
  metric: string;
  peer: string;
  key: string;
  ok: boolean;
  detail: string;
}

const RELATIVE = 1e-9;

function sameValue(a: KeyValue | undefined, b: KeyValue | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return a === b;
    return Math.abs(a - b) <= RELATIVE * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return a === b;
}

const show = (v: unknown) => (Array.isArray(v) ? `[${v.length}] ${JSON.stringify(v.slice(0, 8))}${v.length > 8 ? '…' : ''}` : JSON.stringify(v));

function compareKey(expected: KeyValue | KeyValue[] | undefined, actual: KeyValue | KeyValue[] | undefined): { ok: boolean; detail: string } {
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return { ok: false, detail: `engine ${show(expected)} vs peer ${show(actual)}` };
    if (expected.length !== actual.length) return { ok: false, detail: `length ${expected.length} vs ${actual.length}; engine ${show(expected)} peer ${show(actual)}` };
    let differing = 0;
    let first = -1;
    for (let i = 0; i < expected.length; i++) {
      if (!sameValue(expected[i], actual[i])) {
        differing++;
        if (first < 0) first = i;
      }
    }
    if (differing === 0) return { ok: true, detail: `${expected.length} values equal; ${show(expected)}` };
    return { ok: false, detail: `${differing} of ${expected.length} differ; first at [${first}]: engine ${JSON.stringify(expected[first])} vs peer ${JSON.stringify(actual[first])}` };
  }
  return sameValue(expected, actual) ? { ok: true, detail: show(expected) } : { ok: false, detail: `engine ${show(expected)} vs peer ${show(actual)}` };
}

/** One check per key of the engine's outputs that the peer also computes. */
export function compareOutputs(metric: string, peer: string, engine: KeyOutputs, other: KeyOutputs): Check[] {
  return Object.keys(other).map((key) => ({ metric, peer, key, ...compareKey(engine[key], other[key]) }));
}
