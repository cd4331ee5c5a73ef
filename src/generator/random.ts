/**
 * A small, fast, seeded pseudo-random generator: sfc32 (Chris Doty-Humphrey's Small Fast
 * Counting generator, 128-bit state, passes PractRand to 2^40+ bytes) whose state is filled by
 * splitmix32 from a seed and a stream number. Each concern of the generator draws from its own
 * stream, so changing how many orders are made does not change a single deal.
 *
 * No `Math.random`: the same seed and stream give the same sequence on every engine.
 */

const TWO_32 = 4294967296;

/** splitmix32's finaliser: a bijective 32-bit mix with full avalanche. */
function mix32(x: number): number {
  let t = (x + 0x9e3779b9) | 0;
  t = Math.imul(t ^ (t >>> 16), 0x21f0aaad);
  t = Math.imul(t ^ (t >>> 15), 0x735a2d97);
  return (t ^ (t >>> 15)) >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /**
   * @param seed any safe integer (negative and above 2^32 included: both halves are mixed in)
   * @param stream a small integer naming an independent sequence for the same seed
   */
  constructor(seed: number, stream = 0) {
    const low = seed >>> 0;
    const high = Math.floor(seed / TWO_32) >>> 0;
    let s = mix32(mix32(mix32(low) ^ high) ^ stream);
    this.a = s = mix32(s);
    this.b = s = mix32(s);
    this.c = s = mix32(s);
    this.d = mix32(s);
    // The first outputs of a freshly seeded sfc32 are still close to its seed words.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** A uniform 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    const c = (this.c << 21) | (this.c >>> 11);
    this.c = (c + t) | 0;
    return t >>> 0;
  }

  /** A uniform float in [0, 1) with 32 bits of randomness. */
  next(): number {
    return this.uint32() / TWO_32;
  }
}

/** The independent streams of the generator, one per concern. */
export const STREAM = {
  campaigns: 1,
  accounts: 2,
  prospecting: 3,
  deals: 4,
  dealActivities: 5,
  lifecycle: 6,
  orders: 7,
  campaignCosts: 8,
  costs: 9,
} as const;
