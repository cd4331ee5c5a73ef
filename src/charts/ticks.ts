/**
 * Linear ticks and their step, d3-array's `ticks` and `tickIncrement` (d3-array 3.2,
 * `src/ticks.js`, ISC): the same nice steps (1, 2, 5 × 10ⁿ), the same rounding, so the charts'
 * axes match d3-scale's exactly (test/charts/scales.test.ts checks them against d3-scale).
 *
 * Why not import them: d3-array ships one bundled file whose top level calls functions a
 * bundler cannot prove pure (`bisector(ascending)`, `blur2`, `shuffler(Math.random)`), so
 * importing two functions kept about 2.3 KB of unused code in every chart that has an axis.
 */

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** `[first, last, step]`: ticks are `first..last` times `step`, or divided by `-step` when it is negative (exact decimals). */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** About `count` round values from `start` to `stop` (either order), as d3-array's `ticks`. */
export function ticks(start: number, stop: number, count: number): number[] {
  start = +start;
  stop = +stop;
  count = +count;
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const values = new Array<number>(n);
  for (let i = 0; i < n; ++i) {
    const k = reverse ? i2 - i : i1 + i;
    values[i] = inc < 0 ? k / -inc : k * inc;
  }
  return values;
}

/** The step between ticks, negative for the inverse of a step below 1 (`-10` is 0.1), as d3-array's `tickIncrement`. */
export function tickIncrement(start: number, stop: number, count: number): number {
  return tickSpec(+start, +stop, +count)[2];
}
