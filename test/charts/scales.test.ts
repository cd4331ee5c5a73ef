import { expect } from '@open-wc/testing';
import * as d3 from 'd3-scale';
import fc from 'fast-check';
import { scaleBand, scaleLinear, scaleLog, scaleSymlog } from '../../src/charts/scales.js';

/** -0 and 0 are the same place on a chart. */
const plain = (values: number[]) => values.map((v) => v + 0);
/**
 * Equal up to rounding: two correct formulas differ by a few ulps of the largest number they
 * pass through, which for a range of millions is far above 1e-9 of a small result.
 */
const close = (a: number, b: number, magnitude = 1) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b), magnitude);
/** Fixed seeds: the same cases on every run (tests are deterministic). */
const SEEDED = { seed: 20261124, numRuns: 300 };

// d3-scale is the reference: the charts' own scales must place, invert, tick and nice exactly as it does.
describe('chart scales (checked against d3-scale)', () => {
  // Values as charts meet them: money and counts to the cent, not subnormal doubles.
  const finite = fc.integer({ min: -1e9, max: 1e9 }).map((cents) => cents / 100);

  it('linear: mapping, invert, ticks and nice', () => {
    // Found by an unseeded run: 0.3 on a domain to −9.5M and a range to 6.3M differs by 1e-9.
    const edge = scaleLinear().domain([0.1, -9461781.83]).range([0, 6334340.38]);
    expect(close(edge(0.3), d3.scaleLinear().domain([0.1, -9461781.83]).range([0, 6334340.38])(0.3), 9461781.83)).to.equal(true);
    fc.assert(
      fc.property(finite, finite, finite, finite, fc.integer({ min: 2, max: 12 }), (a, b, r0, r1, count) => {
        fc.pre(a !== b && r0 !== r1);
        const ours = scaleLinear().domain([a, b]).range([r0, r1]);
        const theirs = d3.scaleLinear().domain([a, b]).range([r0, r1]);
        const magnitude = Math.max(Math.abs(a), Math.abs(b), Math.abs(r0), Math.abs(r1));
        for (const v of [a, b, (a + b) / 2, a * 3]) expect(close(ours(v), theirs(v), magnitude), `${v}`).to.equal(true);
        expect(close(ours.invert(r0 + (r1 - r0) / 3), theirs.invert(r0 + (r1 - r0) / 3), magnitude)).to.equal(true);
        expect(plain(ours.ticks(count))).to.deep.equal(plain(theirs.ticks(count)));
        expect(plain(ours.nice(count).domain())).to.deep.equal(plain(theirs.nice(count).domain()));
      }),
      SEEDED,
    );
  });

  it('linear: a domain of one value maps to the middle of the range', () => {
    expect(scaleLinear().domain([5, 5]).range([0, 100])(5)).to.equal(d3.scaleLinear().domain([5, 5]).range([0, 100])(5));
  });

  it('log: mapping, invert and nice to powers of ten, positive and negative domains', () => {
    for (const domain of [[3, 4700], [0.02, 9], [-5000, -2]] as [number, number][]) {
      const ours = scaleLog().domain(domain).range([0, 500]);
      const theirs = d3.scaleLog().domain(domain).range([0, 500]);
      for (const v of [domain[0], domain[1], Math.sqrt(domain[0] * domain[1]) * Math.sign(domain[0])]) expect(close(ours(v), theirs(v))).to.equal(true);
      expect(close(ours.invert(123), theirs.invert(123))).to.equal(true);
      expect(ours.nice().domain()).to.deep.equal(theirs.nice().domain());
    }
    expect(scaleLog().domain([3, 4700]).ticks()).to.deep.equal([10, 100, 1000]);
  });

  it('symlog: mapping and invert as d3-scale, ticks linear', () => {
    const ours = scaleSymlog().domain([-2000, 1e6]).range([400, 0]);
    const theirs = d3.scaleSymlog().domain([-2000, 1e6]).range([400, 0]);
    for (const v of [-2000, -1, 0, 0.5, 10, 5e5, 1e6]) expect(close(ours(v), theirs(v)), `${v}`).to.equal(true);
    for (const p of [0, 133, 400]) expect(close(ours.invert(p), theirs.invert(p))).to.equal(true);
    expect(ours.ticks(5)).to.deep.equal(d3.scaleLinear().domain([-2000, 1e6]).ticks(5));
  });

  it('band: positions, bandwidth and step with inner and outer padding, either direction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), fc.boolean(), (n, inner, outer, reverse) => {
        const keys = Array.from({ length: n }, (_, i) => i);
        const range = reverse ? [900, 20] : [20, 900];
        const ours = scaleBand<number>().domain(keys).range(range).paddingInner(inner).paddingOuter(outer);
        const theirs = d3.scaleBand<number>().domain(keys).range(range as [number, number]).paddingInner(inner).paddingOuter(outer);
        expect(close(ours.bandwidth(), theirs.bandwidth())).to.equal(true);
        expect(close(ours.step(), theirs.step())).to.equal(true);
        for (const k of keys) expect(close(ours(k)!, theirs(k)!), `key ${k}`).to.equal(true);
        expect(ours(n + 5)).to.equal(undefined);
      }),
      SEEDED,
    );
  });
});
