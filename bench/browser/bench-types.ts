/**
 * The contract between the browser benchmark page and a scenario file
 * (`bench/browser/scenarios/<element>.ts`, which exports `benches: BrowserBench[]`).
 */
export interface BrowserBench<Ctx = unknown> {
  /** Benches in one group are compared in one table, e.g. 'cohort-churn: redraw 52 × 52'. */
  group: string;
  name: string;
  /** The group's peer: ratios are quoted against it (one per group, measured in the same run). */
  peer?: boolean;
  /** The target in ms, printed beside the median. */
  targetMs?: number;
  /** Untimed: build data and elements inside `stage` (a 1000 × 700 px box in the page). */
  setup(stage: HTMLElement): Promise<Ctx> | Ctx;
  /**
   * One timed run. The harness starts the clock, awaits this, then waits for the next frame to
   * be painted (requestAnimationFrame, then a macrotask) before it stops the clock.
   */
  run(ctx: Ctx, iteration: number): Promise<void> | void;
  teardown?(ctx: Ctx): void;
}

/** One bench's timings as the page returns them to the Node runner. */
export interface BenchTimings {
  group: string;
  name: string;
  peer: boolean;
  targetMs: number | null;
  /** Milliseconds per timed run, in run order. */
  samples: number[];
  /** Set when setup or a run threw: the bench has no figures. */
  error?: string;
}
