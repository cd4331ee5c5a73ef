/** Timing helpers: one clock (performance.now), medians over runs, and a GC between blocks when exposed. */

export interface Timings {
  runs: number[];
  median: number;
  min: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarize(runs: number[]): Timings {
  return { runs, median: median(runs), min: Math.min(...runs) };
}

/** Runs `fn` once and returns its result with the elapsed milliseconds. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/**
 * Runs `fn` once: its result, the elapsed milliseconds and the CPU milliseconds the process
 * spent meanwhile (user + system, every thread). On a shared machine the wall time also counts
 * the time the neighbours held the cores; the CPU time does not (though their use of the memory
 * bus and caches still slows it).
 */
export function timedCpu<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Full GC when node runs with --expose-gc; a no-op otherwise (run.ts re-spawns with the flag). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** Keeps a result alive and observable so the JIT cannot drop the work that made it. */
let sink: unknown;
export function consume(value: unknown): void {
  sink = value;
}
export function lastConsumed(): unknown {
  return sink;
}

export const fmt = (ms: number, digits = ms < 10 ? 2 : ms < 100 ? 1 : 0) => (Number.isFinite(ms) ? ms.toFixed(digits) : '—');

/**
 * The machine's speed right now, against DESIGN.md's reference: summing a 10M-element
 * Float64Array took 6.6 ms there. A ratio above 1 means this machine (or its load) is slower.
 */
export function floorSum(runs = 15): Timings {
  const values = new Float64Array(10_000_000).fill(1.5);
  const times: number[] = [];
  for (let r = 0; r < runs + 3; r++) {
    const start = performance.now();
    consume(sumOf(values));
    const ms = performance.now() - start;
    if (r >= 3) times.push(ms); // the first runs compile sumOf
  }
  return summarize(times);
}

/** A function of its own, so that it is optimized as a whole rather than entered on-stack. */
function sumOf(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum;
}

export const DESIGN_FLOOR_MS = 6.6;
