// The load worker under watch, for the tests of test/worker/: a Worker class that records every
// worker the page starts, the computations asked of it, its replies and its end, and the hooks
// that put it in place for each test and check afterwards that nothing leaked or threw.
import { expect, oneEvent } from '@open-wc/testing';
import { DataSourceController } from '../../src/controllers/index.js';
import type { CrmElement } from '../../src/elements/shared/crm-element.js';
import type { ComputeReply, WorkerRequest } from '../../src/worker/load-protocol.js';

export const RealWorker = globalThis.Worker;
export const setWorker = (value: unknown) => ((globalThis as { Worker: unknown }).Worker = value);

export class SpyWorker extends RealWorker {
  static made: SpyWorker[] = [];
  /** Keys of the `compute` requests posted to any worker, in order. */
  static computes: string[] = [];
  /** Replies to `compute` requests, in order of arrival. */
  static replies: ComputeReply[] = [];
  terminated = false;
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    SpyWorker.made.push(this);
    this.addEventListener('message', ({ data }: MessageEvent<{ type: string }>) => {
      if (data.type === 'computed' || data.type === 'compute-failed') SpyWorker.replies.push(data as ComputeReply);
    });
  }
  override postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  override postMessage(message: WorkerRequest, options?: StructuredSerializeOptions): void;
  override postMessage(message: WorkerRequest, transfer?: Transferable[] | StructuredSerializeOptions): void {
    if (message.type === 'compute') SpyWorker.computes.push(message.key);
    super.postMessage(message, transfer as Transferable[]);
  }
  override terminate(): void {
    this.terminated = true;
    super.terminate();
  }
}

const urls: string[] = [];
/** The dataset as a JSON response (a blob: URL: fetched like any `src`, no server state); revoked after the test. */
export function jsonUrl(data: unknown): string {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
  urls.push(url);
  return url;
}

/**
 * Mocha hooks for the enclosing `describe`: SpyWorker in place of Worker during each test; after
 * it, the elements matching `selector` removed, the default threshold back, and checks that no
 * error went uncaught and that every worker started was terminated once its element left.
 */
export function watchLoadWorkers(selector: string): void {
  const unexpected: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unexpected.push(event.reason);
  const onError = (event: ErrorEvent) => unexpected.push(event.message);

  beforeEach(() => {
    SpyWorker.made = [];
    SpyWorker.computes = [];
    SpyWorker.replies = [];
    unexpected.length = 0;
    setWorker(SpyWorker);
    window.addEventListener('unhandledrejection', onUnhandled);
    window.addEventListener('error', onError);
  });

  afterEach(() => {
    setWorker(RealWorker);
    DataSourceController.workerThreshold = 4 * 1024 * 1024;
    window.removeEventListener('unhandledrejection', onUnhandled);
    window.removeEventListener('error', onError);
    document.querySelectorAll(selector).forEach((el) => el.remove());
    urls.splice(0).forEach((url) => URL.revokeObjectURL(url));
    expect(unexpected, 'uncaught errors or unhandled rejections').to.deep.equal([]);
    // A worker lives exactly as long as the element that loaded with it.
    expect(SpyWorker.made.filter((w) => !w.terminated)).to.have.length(0);
  });
}

export type Settled = { el: CrmElement<unknown>; event: Event };

/** The element `tag` with `src` in the page, once it drew (`crm-render`) or showed an error (`crm-error`). */
export async function settled(tag: string, src: string, attributes: Record<string, string> = {}): Promise<Settled> {
  const el = document.createElement(tag) as CrmElement<unknown>;
  for (const [name, value] of Object.entries({ locale: 'en-US', ...attributes, src })) el.setAttribute(name, value);
  el.style.width = '720px';
  const done = Promise.race([oneEvent(el, 'crm-render'), oneEvent(el, 'crm-error')]);
  document.body.append(el);
  const event = await done;
  await el.updateComplete;
  return { el, event };
}
