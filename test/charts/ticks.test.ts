import { expect } from '@open-wc/testing';
import * as d3 from 'd3-array';
import fc from 'fast-check';
import { tickIncrement, ticks } from '../../src/charts/ticks.js';

/** Fixed seeds: the same cases on every run (tests are deterministic). */
const SEEDED = { seed: 20261125, numRuns: 500 };

/** What a call gives, or the error it throws (both throw on a span of subnormal doubles). */
function outcome(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
}

// d3-array is the reference: the same values to the last bit, in either direction.
describe('ticks and tickIncrement (checked against d3-array)', () => {
  const value = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }).map((cents) => cents / 100), fc.double({ min: -1e12, max: 1e12, noNaN: true }));
  const count = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 30, noNaN: true }));

  it('the same ticks and step as d3-array', () => {
    fc.assert(
      fc.property(value, value, count, (start, stop, n) => {
        // deep: NaN equals NaN, and -0 differs from 0
        expect(outcome(() => ticks(start, stop, n))).to.deep.equal(outcome(() => d3.ticks(start, stop, n)));
        expect(outcome(() => tickIncrement(start, stop, n))).to.deep.equal(outcome(() => d3.tickIncrement(start, stop, n)));
      }),
      SEEDED,
    );
  });

  it('edge cases: one value, no count, a count under 2, decimals', () => {
    expect(ticks(3, 3, 5)).to.deep.equal([3]);
    expect(ticks(0, 1, 0)).to.deep.equal([]);
    expect(ticks(0, 1, 1.5)).to.deep.equal(d3.ticks(0, 1, 1.5));
    expect(ticks(0.2, 0.28, 3)).to.deep.equal(d3.ticks(0.2, 0.28, 3));
    expect(ticks(1, 0, 5)).to.deep.equal([1, 0.8, 0.6, 0.4, 0.2, 0]);
  });
});
