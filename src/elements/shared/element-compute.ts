/**
 * An element's computation as data: a pure function of the table and plain options, under a key
 * that the load worker finds it by (src/worker/compute-registry.ts). The element runs the very
 * same function on the main thread for small data and for a dashboard's cross-filtered subset,
 * and asks the worker that holds the table for it after a large load, so both ways give one
 * result. No lit, no DOM: this module and every `*-compute.ts` it types run inside the worker.
 */
import type { CrmTable } from '../../table/index.js';

/** A pure computation of an element's result; `options` and the result survive structured clone. */
export interface ElementCompute<Options, Result> {
  /** Unique among the registered computations, e.g. `funnel`. */
  readonly key: string;
  readonly run: (table: CrmTable, options: Options) => Result;
  /**
   * What `run` needs loaded first, if anything (a `<crm-kpi>` tile imports its metric's module
   * on first use); the element awaits it before it computes, and so does the worker.
   */
  readonly prepare?: (options: Options) => Promise<void> | undefined;
  /**
   * How the result crosses from the worker to the page, when a structured clone of it would be
   * slow (a hundred thousand small objects): packed into typed arrays that are transferred, and
   * unpacked on the page into a result equal to the one `run` returns.
   */
  readonly wire?: ResultWire<Result>;
}

/** A result in a form a worker posts cheaply, and back; `unpack(pack(r).message)` deep-equals `r`. */
export interface ResultWire<Result> {
  pack(result: Result): { message: unknown; transfer: ArrayBuffer[] };
  unpack(message: unknown): Result;
}

/** One computation to run: which, and with what options. */
export interface ComputeTask<Result> {
  // The options' type is checked where the task is made (computeTask), not carried along.
  readonly compute: ElementCompute<never, Result>;
  readonly options: unknown;
}

export const elementCompute = <Options, Result>(
  key: string,
  run: (table: CrmTable, options: Options) => Result,
  prepare?: (options: Options) => Promise<void> | undefined,
): ElementCompute<Options, Result> => (prepare ? { key, run, prepare } : { key, run });

/** A task of `compute` with `options`, typed against each other. */
export const computeTask = <Options, Result>(compute: ElementCompute<Options, Result>, options: Options): ComputeTask<Result> => ({
  compute: compute as unknown as ElementCompute<never, Result>,
  options,
});

/** A worker's reply to `task` as the result it stands for (unpacked when the computation has a wire form). */
export const receivedResult = <Result>(task: ComputeTask<Result>, value: unknown): Result => (task.compute.wire ? task.compute.wire.unpack(value) : (value as Result));

/** Run a task on this thread. */
export const runTask = <Result>(task: ComputeTask<Result>, table: CrmTable): Result => (task.compute.run as (table: CrmTable, options: unknown) => Result)(table, task.options);
