/**
 * The adapter protocol: how a vendor, or anyone whose data is not a JSON file at a URL, feeds an
 * element. An adapter is a plain object; set it as the element's `adapter` property.
 *
 * ```ts
 * const adapter: CrmAdapter = {
 *   async load(signal) {
 *     const response = await fetch('/api/pipeline', { signal });
 *     return toDataset(await response.json()); // → { stages, deals, … }
 *   },
 *   subscribe(listener) {
 *     const socket = new WebSocket('wss://crm.example/pipeline');
 *     socket.onmessage = (event) => listener(toDataset(JSON.parse(event.data)));
 *     return () => socket.close();
 *   },
 * };
 * document.querySelector('crm-funnel').adapter = adapter;
 * ```
 *
 * @module
 */
import type { DatasetInput } from '../schema/dataset.js';
import type { DatasetProblem } from '../schema/problems.js';

/** Called by an adapter when its data changed. */
export type CrmAdapterListener = (next?: DatasetInput) => void;

/**
 * The contract between an element and its data, for vendors.
 *
 * **Loading.** The element calls `load` when the adapter becomes its source (the `adapter`
 * property is set and no `data` property overrides it) and again each time it is connected to
 * the document after being removed. `load` returns the canonical dataset (the same object
 * `data` takes: `{ stages, deals, accounts, … }`, row or columnar tables) or a promise of one.
 * A dataset returned directly is drawn in the same frame, without a loading state; a promise
 * shows the loading state until it settles.
 *
 * **Cancelling.** `signal` aborts when the element no longer wants that load: another adapter
 * or source replaced this one, a newer update arrived, or the element left the document. Pass
 * it on to `fetch` and the like. Whatever a load resolves to after its signal aborted is thrown
 * away, so an aborted load can never show stale data; rejecting with the signal's reason is the
 * polite way to end.
 *
 * **Errors.** A rejection (or a throw) shows the element's error state with the error's
 * message and fires `crm-error`; write messages a person can act on ("Could not reach the CRM:
 * HTTP 503"). A dataset that is not a dataset is an error too; one with bad rows is drawn
 * without them and the rows are listed in the element's warning and `crm-data-warning` event
 * (or refused, with the element's `strict` attribute).
 *
 * **Live updates.** `subscribe`, when present, is called once the element has taken the
 * adapter, with a listener; it returns the function that ends the subscription. Call
 * `listener(next)` with a new dataset whenever the data changes, or `listener()` to have the
 * element call `load` again. The element redraws in place — no loading state — and keeps what
 * the person selected and where keyboard focus is, as long as the marks are the same (the same
 * stages of a funnel, say). The element ends the subscription when the adapter stops being its
 * source or the element leaves the document, and subscribes again when it comes back, so a
 * subscription lives exactly as long as an element shows the adapter's data. Calls after the
 * end are ignored, but an adapter should stop its own work (close the socket, clear the timer)
 * when its unsubscribe function is called.
 *
 * **Problems found on the way.** An adapter that converts a foreign format and leaves rows out
 * (a CSV row with a date it cannot read) lists them through `problems(dataset)`: the element
 * shows them with the dataset's own, and `strict` refuses a dataset that has any.
 *
 * One adapter object may feed many elements at once: each calls `load` and `subscribe` for
 * itself.
 */
export interface CrmAdapter {
  /** The dataset, or a promise of it. `signal` aborts when the element no longer wants it. */
  load(signal: AbortSignal): DatasetInput | Promise<DatasetInput>;
  /**
   * Optional live updates: call `listener(next)` with a new dataset, or `listener()` to have
   * the element load again. Returns the function that ends the subscription.
   */
  subscribe?(listener: CrmAdapterListener): () => void;
  /**
   * Optional: the rows this adapter left out while producing `dataset` (one of the objects its
   * `load` returned or its listener passed), each with where and why. Empty or absent: none.
   */
  problems?(dataset: DatasetInput): readonly DatasetProblem[];
}

/** Whether `value` keeps the adapter protocol's shape (a `load` function, and `subscribe` and `problems` functions if present). */
export function isCrmAdapter(value: unknown): value is CrmAdapter {
  if (typeof value !== 'object' || value === null) return false;
  const adapter = value as Record<string, unknown>;
  return typeof adapter.load === 'function' && (adapter.subscribe === undefined || typeof adapter.subscribe === 'function') && (adapter.problems === undefined || typeof adapter.problems === 'function');
}
