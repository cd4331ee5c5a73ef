/**
 * The few scales the charts use — linear, log, symlog and band — as small functions with the
 * d3-scale calls the layouts make (`domain`, `range`, `nice`, `ticks`, `invert`, `bandwidth`).
 *
 * Why not d3-scale: its continuous scales interpolate ranges of any type, which pulls in
 * d3-interpolate, d3-color and d3-format (about 9 KB gzip of the CDN bundle, whose budget is
 * 70 KB for every element). The charts map numbers to pixels and format with Intl, so they need
 * none of that. Ticks follow d3-array (ticks.ts) and nice domains d3-scale's loop, exactly as d3-scale computes them;
 * test/charts/scales.test.ts checks these against d3-scale.
 */
import { tickIncrement, ticks as linearTicks } from './ticks.js';

type Pair = [number, number];

export interface ContinuousScale {
  (value: number): number;
  domain(): Pair;
  domain(domain: readonly number[]): this;
  range(): Pair;
  range(range: readonly number[]): this;
  invert(pixel: number): number;
  ticks(count?: number): number[];
  nice(count?: number): this;
}

interface Transform {
  forward(value: number): number;
  inverse(value: number): number;
  ticks(domain: Pair, count: number): number[];
  nice(domain: Pair, count: number): Pair;
}

function continuous(transform: Transform): ContinuousScale {
  let domain: Pair = [0, 1];
  let range: Pair = [0, 1];
  let t0 = transform.forward(0);
  let t1 = transform.forward(1);
  const update = () => {
    t0 = transform.forward(domain[0]);
    t1 = transform.forward(domain[1]);
  };
  // A domain of one value maps everything to the middle of the range, as d3-scale does.
  const scale = ((value: number) => {
    const span = t1 - t0;
    const unit = span === 0 ? 0.5 : (transform.forward(value) - t0) / span;
    return range[0] * (1 - unit) + range[1] * unit;
  }) as ContinuousScale;
  scale.domain = ((next?: readonly number[]) => {
    if (next === undefined) return [...domain] as Pair;
    domain = [Number(next[0]), Number(next[next.length - 1])];
    update();
    return scale;
  }) as ContinuousScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (next === undefined) return [...range] as Pair;
    range = [Number(next[0]), Number(next[next.length - 1])];
    return scale;
  }) as ContinuousScale['range'];
  scale.invert = (pixel) => {
    const span = range[1] - range[0];
    const unit = span === 0 ? 0.5 : (pixel - range[0]) / span;
    return transform.inverse(t0 + unit * (t1 - t0));
  };
  scale.ticks = (count = 10) => transform.ticks(domain, count);
  scale.nice = (count = 10) => {
    domain = transform.nice(domain, count);
    update();
    return scale;
  };
  return scale;
}

/** Linear ticks of a domain in either direction. */
function ticksOf([a, b]: Pair, count: number): number[] {
  return a <= b ? linearTicks(a, b, count) : linearTicks(b, a, count).reverse();
}

/**
 * d3-scale's `linear.nice` (not d3-array's `nice`, which stops one round earlier on some
 * domains: [0.2, 0.28] with 3 ticks stays there, where d3-scale widens to [0.2, 0.3]).
 */
function niceLinear(domain: Pair, count: number): Pair {
  const reversed = domain[1] < domain[0];
  let start = reversed ? domain[1] : domain[0];
  let stop = reversed ? domain[0] : domain[1];
  let previous: number | undefined;
  for (let round = 0; round < 10; round++) {
    const step = tickIncrement(start, stop, count);
    if (step === previous) return reversed ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else {
      return domain; // no step fits (an empty or non-finite domain): leave it as it is
    }
    previous = step;
  }
  return domain; // did not settle in ten rounds: d3-scale leaves such a domain too
}

const identity = (v: number) => v;

export function scaleLinear(): ContinuousScale {
  return continuous({ forward: identity, inverse: identity, ticks: ticksOf, nice: niceLinear });
}

/**
 * Base-10 log scale for a positive (or an all-negative) domain. `nice` widens the domain to
 * whole powers of ten; `ticks` are the powers of ten inside it, or linear ticks when it spans
 * less than a decade.
 */
export function scaleLog(): ContinuousScale {
  let sign = 1;
  const forward = (v: number) => Math.log10(sign * v);
  const inverse = (v: number) => sign * 10 ** v;
  const scale = continuous({
    forward,
    inverse,
    ticks: ([a, b], count) => {
      const lo = Math.min(a, b) * sign;
      const hi = Math.max(a, b) * sign;
      const first = Math.ceil(Math.log10(lo));
      const last = Math.floor(Math.log10(hi));
      if (!(last > first)) return ticksOf([a, b], count);
      const decades: number[] = [];
      for (let k = first; k <= last; k++) decades.push(sign * 10 ** k);
      return sign < 0 ? decades.reverse() : decades;
    },
    nice: ([a, b]) => {
      const toPower = (v: number, round: (x: number) => number) => sign * 10 ** round(Math.log10(sign * v));
      const ascending = sign * a <= sign * b;
      return ascending ? [toPower(a, Math.floor), toPower(b, Math.ceil)] : [toPower(a, Math.ceil), toPower(b, Math.floor)];
    },
  });
  const setDomain = scale.domain;
  scale.domain = ((next?: readonly number[]) => {
    if (next === undefined) return setDomain();
    sign = Number(next[0]) < 0 ? -1 : 1;
    return setDomain(next);
  }) as ContinuousScale['domain'];
  return scale;
}

/**
 * Bi-symmetric log scale (Webber, "A bi-symmetric log transformation for wide-range data",
 * 2012; d3-scale's scaleSymlog with constant 1): log-like for large magnitudes of either sign,
 * linear around zero, so zero and negative values (losses) have a place.
 */
export function scaleSymlog(): ContinuousScale {
  return continuous({
    forward: (v) => Math.sign(v) * Math.log1p(Math.abs(v)),
    inverse: (v) => Math.sign(v) * Math.expm1(Math.abs(v)),
    ticks: ticksOf,
    nice: niceLinear,
  });
}

export interface BandScale<K> {
  (key: K): number | undefined;
  domain(): K[];
  domain(domain: readonly K[]): this;
  range(): Pair;
  range(range: readonly number[]): this;
  paddingInner(): number;
  paddingInner(padding: number): this;
  paddingOuter(): number;
  paddingOuter(padding: number): this;
  padding(padding: number): this;
  bandwidth(): number;
  step(): number;
}

/** Equal bands for discrete keys, with d3-scale's inner and outer padding (align 0.5, unrounded). */
export function scaleBand<K = string>(): BandScale<K> {
  let keys: K[] = [];
  let index = new Map<K, number>();
  let range: Pair = [0, 1];
  let inner = 0;
  let outer = 0;
  let start = 0;
  let step = 0;
  let width = 0;
  const rescale = () => {
    const n = keys.length;
    const reverse = range[1] < range[0];
    const [r0, r1] = reverse ? [range[1], range[0]] : range;
    step = (r1 - r0) / Math.max(1, n - inner + outer * 2);
    start = r0 + (r1 - r0 - step * (n - inner)) * 0.5;
    width = step * (1 - inner);
    if (reverse) {
      start = r1 - (start - r0) - width;
      step = -step;
    }
  };
  const scale = ((key: K) => {
    const i = index.get(key);
    return i === undefined ? undefined : start + i * step;
  }) as BandScale<K>;
  scale.domain = ((next?: readonly K[]) => {
    if (next === undefined) return [...keys];
    keys = [];
    index = new Map();
    for (const key of next) if (!index.has(key)) index.set(key, keys.push(key) - 1);
    rescale();
    return scale;
  }) as BandScale<K>['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (next === undefined) return [...range] as Pair;
    range = [Number(next[0]), Number(next[1])];
    rescale();
    return scale;
  }) as BandScale<K>['range'];
  scale.paddingInner = ((p?: number) => {
    if (p === undefined) return inner;
    inner = Math.min(1, Math.max(0, p));
    rescale();
    return scale;
  }) as BandScale<K>['paddingInner'];
  scale.paddingOuter = ((p?: number) => {
    if (p === undefined) return outer;
    outer = Math.max(0, p);
    rescale();
    return scale;
  }) as BandScale<K>['paddingOuter'];
  scale.padding = (p) => scale.paddingInner(p).paddingOuter(p);
  scale.bandwidth = () => width;
  scale.step = () => Math.abs(step);
  return scale;
}
