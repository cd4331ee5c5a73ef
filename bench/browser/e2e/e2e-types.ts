/** What one end-to-end run reports, from the page (bench/browser/e2e/page.ts) to the runner. */

/** The elements of the benchmark's dashboard, in page order. */
export const E2E_ELEMENTS = ['crm-funnel', 'crm-cohort-churn', 'crm-relationship-grid'] as const;

/** One main-thread task over 50 ms: when (ms from the run's start), how long, and the `crm-kit:` measures inside it. */
export interface LongTask {
  startMs: number;
  ms: number;
  /** `name ms` of each measure that started inside the task (the rest is the browser's: messages, style, layout, paint, GC). */
  inside: string[];
}

export interface E2eRun {
  /** Set when the dashboard or an element reported `crm-error`, or the run timed out: no figures. */
  error?: string;
  /** Bytes over the wire and decoded, from the resource timing entry of `src`. */
  transferBytes: number;
  decodedBytes: number;
  /**
   * Milliseconds per step. The `crm-kit:` measures (src/controllers/user-timing.ts) by their
   * step name — `fetch`, `json-parse`, `validate`, `build-table`, `load-in-worker`, `compute <tag>`, `update <tag>`
   * (absent when the load path does not record them, e.g. work done off the main thread) —
   * and from the page's clock: `load` (start to the end of `build-table`; absent without it),
   * `before fetch` and `between steps` (the parts of `load` that no measure covers),
   * `elements` (from there to the last element's `crm-render`), `paint` (from there to the
   * painted frame) and `total` (start to the painted frame).
   */
  steps: Record<string, number>;
  /** Main-thread tasks over 50 ms between start and the painted frame (PerformanceObserver 'longtask'). */
  longTasks: { count: number; longestMs: number; totalMs: number; tasks?: LongTask[] };
  /** JS heap in use after the first frame (Chromium's performance.memory), MB. */
  heapMB: number | null;
  /** Each filter change to its painted frame, in run order (the first is cold). */
  filterMs: number[];
  /**
   * CPU ms of the benchmark's Chromium (bench/browser/e2e/cpu-time.ts), set by the runner: from
   * start to the painted frame, and per filter change (the mean over the run's changes).
   */
  cpu?: { loadAllMs: number; loadRendererMainMs: number; filterAllMs: number; filterRendererMainMs: number };
  /** `compute <tag>` and `update <tag>` per filter change, in run order. */
  filterSteps: Record<string, number[]>;
}
