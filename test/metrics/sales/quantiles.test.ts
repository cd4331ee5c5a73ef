import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { meanOf, medianInPlace, quantileInPlace, selectRank } from '../../../src/metrics/sales/quantiles.js';

/** The textbook definition: sort, then interpolate between the ranks around (n − 1) p. */
function sortedQuantile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

describe('quantiles by selection', () => {
  it('median and p90 worked by hand', () => {
    expect(medianInPlace(new Float64Array([5, 1, 4, 2, 3]))).to.equal(3);
    expect(medianInPlace(new Float64Array([4, 1, 3, 2]))).to.equal(2.5);
    expect(quantileInPlace(new Float64Array([100, 10, 40, 20, 30]), 0.9)).to.be.closeTo(76, 1e-12);
    expect(medianInPlace(new Float64Array([]))).to.equal(null);
    expect(meanOf(new Float64Array([]))).to.equal(null);
    expect(medianInPlace(new Float64Array([7]))).to.equal(7);
  });

  it('works on a sub-range and leaves the rest alone', () => {
    const values = new Float64Array([9, 9, 3, 1, 2, 9]);
    expect(medianInPlace(values, 2, 5)).to.equal(2);
    expect(meanOf(values, 2, 5)).to.equal(2);
    expect([values[0], values[1], values[5]]).to.deep.equal([9, 9, 9]);
  });

  it('equals sort-and-interpolate for any values and p, duplicates included', () => {
    const values = fc.oneof(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), { maxLength: 60 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 200 }));
    fc.assert(
      fc.property(values, fc.double({ min: 0, max: 1, noNaN: true }), (list, p) => {
        const expected = sortedQuantile(list, p);
        const actual = quantileInPlace(Float64Array.from(list), p);
        if (expected === null) return actual === null;
        return Math.abs((actual as number) - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
      }),
      { seed: 20240401, numRuns: 300 },
    );
  });

  it('selects in large ranges too: random, sorted, reversed and all-equal input', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const inputs = [
      Array.from({ length: 20_001 }, () => Math.floor(random() * 1000) / 7),
      Array.from({ length: 5000 }, (_, i) => i),
      Array.from({ length: 5000 }, (_, i) => 5000 - i),
      Array.from({ length: 5000 }, () => 3),
      Array.from({ length: 5000 }, () => Math.floor(random() * 3)),
    ];
    for (const list of inputs) {
      for (const p of [0, 0.1, 0.5, 0.9, 1]) expect(quantileInPlace(Float64Array.from(list), p)).to.be.closeTo(sortedQuantile(list, p) as number, 1e-9);
    }
  });

  it('selectRank puts the rank-k value at k with smaller ones before and larger after', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 100 }), fc.nat(), (list, seed) => {
        const k = seed % list.length;
        const values = Float64Array.from(list);
        const v = selectRank(values, k);
        const sorted = [...list].sort((a, b) => a - b);
        return v === sorted[k] && values.subarray(0, k).every((x) => x <= v) && values.subarray(k + 1).every((x) => x >= v);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
