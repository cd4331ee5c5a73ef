import { expect } from '@open-wc/testing';
import { bernoulli, cumulative, exponential, lognormal, normal, poisson, uniform, weightedIndex } from '../../src/generator/distributions.js';
import { Random } from '../../src/generator/random.js';

function draws(n: number, draw: () => number): number[] {
  return Array.from({ length: n }, draw);
}

function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function variance(values: number[]): number {
  const m = mean(values);
  return values.reduce((s, v) => s + (v - m) ** 2, 0) / values.length;
}

describe('generator/random', () => {
  it('repeats its sequence for the same seed and stream', () => {
    const a = new Random(7, 3);
    const b = new Random(7, 3);
    expect(draws(1000, () => a.uint32())).to.deep.equal(draws(1000, () => b.uint32()));
  });

  it('gives different sequences for other seeds, streams and high bits', () => {
    const first = (r: Random) => draws(8, () => r.uint32()).join(',');
    const base = first(new Random(7, 3));
    expect(first(new Random(8, 3))).to.not.equal(base);
    expect(first(new Random(7, 4))).to.not.equal(base);
    expect(first(new Random(7 + 2 ** 32, 3))).to.not.equal(base);
    expect(first(new Random(-7, 3))).to.not.equal(base);
  });

  it('draws uniform floats in [0, 1) evenly', () => {
    const rng = new Random(1);
    const values = draws(100_000, () => rng.next());
    expect(Math.min(...values)).to.be.at.least(0);
    expect(Math.max(...values)).to.be.below(1);
    const bins = new Array(10).fill(0);
    for (const v of values) bins[Math.floor(v * 10)]++;
    for (const count of bins) expect(count).to.be.within(9500, 10500);
  });

  it('draws distributions with the right moments', () => {
    const rng = new Random(2);
    const n = 50_000;
    const normals = draws(n, () => normal(rng, 3, 2));
    expect(mean(normals)).to.be.closeTo(3, 0.05);
    expect(Math.sqrt(variance(normals))).to.be.closeTo(2, 0.05);
    expect(mean(draws(n, () => exponential(rng, 5)))).to.be.closeTo(5, 0.15);
    const logs = draws(n, () => lognormal(rng, 100, 0.5)).sort((x, y) => x - y);
    expect(logs[n / 2]).to.be.closeTo(100, 2);
    const small = draws(n, () => poisson(rng, 3.5));
    expect(mean(small)).to.be.closeTo(3.5, 0.05);
    expect(variance(small)).to.be.closeTo(3.5, 0.15);
    expect(small.every(Number.isInteger)).to.equal(true);
    expect(mean(draws(n, () => poisson(rng, 80)))).to.be.closeTo(80, 0.3);
    expect(poisson(rng, 0)).to.equal(0);
    expect(mean(draws(n, () => uniform(rng, 10, 20)))).to.be.closeTo(15, 0.1);
    expect(mean(draws(n, () => (bernoulli(rng, 0.3) ? 1 : 0)))).to.be.closeTo(0.3, 0.01);
  });

  it('picks by weight and never picks a zero weight', () => {
    const rng = new Random(3);
    const sums = cumulative([1, 0, 3, 6]);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 100_000; i++) counts[weightedIndex(rng, sums)]!++;
    expect(counts[1]).to.equal(0);
    expect(counts[0]! / 100_000).to.be.closeTo(0.1, 0.01);
    expect(counts[2]! / 100_000).to.be.closeTo(0.3, 0.01);
    expect(counts[3]! / 100_000).to.be.closeTo(0.6, 0.01);
  });
});
