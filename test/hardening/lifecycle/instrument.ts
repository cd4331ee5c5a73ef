/**
 * A ledger of everything live that code in the page can leave behind: event listeners (on any
 * EventTarget, MediaQueryList's `addListener` included), ResizeObserver / MutationObserver /
 * IntersectionObserver observations, pending timeouts, intervals and animation frames, and
 * subscriptions (an adapter's, and @lit/context's between a dashboard and its elements).
 *
 * Import this module BEFORE any element module: it replaces the globals, and code that runs
 * later goes through the replacements. It holds its targets weakly, so it never keeps an
 * element alive itself (the heap tests depend on that). The tests' own waiting uses `real`,
 * which the ledger does not see.
 */

/** The original globals, for the tests' own timers. */
export const real = {
  setTimeout: window.setTimeout.bind(window),
  clearTimeout: window.clearTimeout.bind(window),
};

type ListenerKey = string; // `${type}|${capture}`

interface ListenerEntry {
  /** What `remove` must be given to end each registration. */
  keys: Map<EventListenerOrEventListenerObject, Set<ListenerKey>>;
}

interface ObserverEntry {
  kind: string;
  targets: Set<WeakRef<Node>>;
}

// The entries (which hold the listeners, and through them their elements) are reachable only
// through their target's WeakMap slot: a dropped element with listeners inside its own shadow
// tree stays collectable.
const listeners = new WeakMap<EventTarget, ListenerEntry>();
/** Every target that has listeners, weakly. */
const listenerTargets = new Set<WeakRef<EventTarget>>();
const targetRefs = new WeakMap<EventTarget, WeakRef<EventTarget>>();
const observers = new Set<ObserverEntry>();
const observerEntry = new WeakMap<object, ObserverEntry>();
const timeouts = new Set<number>();
const intervals = new Set<number>();
const frames = new Set<number>();
/** Unsubscribe functions handed out and not yet called. */
const subscriptions = new Set<string>();
let subscriptionIds = 0;

const captureOf = (options: boolean | EventListenerOptions | undefined) => (typeof options === 'boolean' ? options : Boolean(options?.capture));

// --- event listeners ---------------------------------------------------------------------
const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;

function record(target: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options: boolean | AddEventListenerOptions | undefined): void {
  if (!listener) return;
  if (typeof options === 'object' && options?.once) return; // ends itself; counted as gone
  if (typeof options === 'object' && options?.signal?.aborted) return;
  let entry = listeners.get(target);
  if (!entry) {
    entry = { keys: new Map() };
    listeners.set(target, entry);
    const ref = new WeakRef(target);
    targetRefs.set(target, ref);
    listenerTargets.add(ref);
  }
  const keys = entry.keys.get(listener) ?? new Set<ListenerKey>();
  entry.keys.set(listener, keys);
  const key = `${type}|${captureOf(options)}`;
  keys.add(key);
  const signal = typeof options === 'object' ? options?.signal : undefined;
  signal?.addEventListener('abort', () => forget(target, type, listener, options), { once: true });
}

function forget(target: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options: boolean | EventListenerOptions | undefined): void {
  if (!listener) return;
  const entry = listeners.get(target);
  const keys = entry?.keys.get(listener);
  if (!entry || !keys) return;
  keys.delete(`${type}|${captureOf(options)}`);
  if (keys.size === 0) entry.keys.delete(listener);
  if (entry.keys.size === 0) {
    listeners.delete(target);
    const ref = targetRefs.get(target);
    if (ref) listenerTargets.delete(ref);
    targetRefs.delete(target);
  }
}

EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
  record(this, type, listener, options);
  return add.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
  forget(this, type, listener, options);
  return remove.call(this, type, listener, options);
};

// MediaQueryList's legacy addListener/removeListener are 'change' listeners by another name.
const mqlAdd = MediaQueryList.prototype.addListener;
const mqlRemove = MediaQueryList.prototype.removeListener;
MediaQueryList.prototype.addListener = function (this: MediaQueryList, listener: ((this: MediaQueryList, ev: MediaQueryListEvent) => unknown) | null) {
  record(this, 'change', listener as EventListener, false);
  return mqlAdd.call(this, listener);
};
MediaQueryList.prototype.removeListener = function (this: MediaQueryList, listener: ((this: MediaQueryList, ev: MediaQueryListEvent) => unknown) | null) {
  forget(this, 'change', listener as EventListener, false);
  return mqlRemove.call(this, listener);
};

// --- observers -----------------------------------------------------------------------------
function wrapObserver<T extends { prototype: { observe: (...a: never[]) => void; disconnect(): void } }>(name: 'ResizeObserver' | 'MutationObserver' | 'IntersectionObserver'): void {
  const Base = window[name] as unknown as T & (new (...args: never[]) => object);
  const proto = Base.prototype as unknown as { observe(target: Node, ...rest: unknown[]): void; unobserve?(target: Node): void; disconnect(): void };
  const observe = proto.observe;
  const unobserve = proto.unobserve;
  const disconnect = proto.disconnect;
  const entryOf = (observer: object): ObserverEntry => {
    let entry = observerEntry.get(observer);
    if (!entry) {
      entry = { kind: name, targets: new Set() };
      observerEntry.set(observer, entry);
    }
    return entry;
  };
  proto.observe = function (this: object, target: Node, ...rest: unknown[]) {
    const entry = entryOf(this);
    if (![...entry.targets].some((ref) => ref.deref() === target)) entry.targets.add(new WeakRef(target));
    observers.add(entry);
    return observe.call(this, target, ...rest);
  };
  if (unobserve) {
    proto.unobserve = function (this: object, target: Node) {
      const entry = entryOf(this);
      for (const ref of entry.targets) if (ref.deref() === target) entry.targets.delete(ref);
      if (entry.targets.size === 0) observers.delete(entry);
      return unobserve.call(this, target);
    };
  }
  proto.disconnect = function (this: object) {
    const entry = entryOf(this);
    entry.targets.clear();
    observers.delete(entry);
    return disconnect.call(this);
  };
}
wrapObserver('ResizeObserver');
wrapObserver('MutationObserver');
wrapObserver('IntersectionObserver');

// --- timers and frames ---------------------------------------------------------------------
// Only the kit's own timers count (a creation stack through /src/): the test runner and mocha
// keep timers of their own, which come and go on their own schedule.
const fromKit = () => (new Error().stack ?? '').includes('/src/');
const win = window as unknown as Record<string, unknown>;
const setTimeoutReal = window.setTimeout.bind(window);
const clearTimeoutReal = window.clearTimeout.bind(window);
const setIntervalReal = window.setInterval.bind(window);
const clearIntervalReal = window.clearInterval.bind(window);
const rafReal = window.requestAnimationFrame.bind(window);
const cafReal = window.cancelAnimationFrame.bind(window);

win.setTimeout = (handler: TimerHandler, timeout?: number, ...args: unknown[]): number => {
  if (typeof handler !== 'function') throw new Error('instrument: a string timer handler would be eval');
  const id: number = setTimeoutReal(
    (...a: unknown[]) => {
      timeouts.delete(id);
      (handler as (...x: unknown[]) => void)(...a);
    },
    timeout,
    ...args,
  );
  if (fromKit()) timeouts.add(id);
  return id;
};
win.clearTimeout = (id?: number) => {
  if (id !== undefined) timeouts.delete(id);
  clearTimeoutReal(id);
};
win.setInterval = (handler: TimerHandler, timeout?: number, ...args: unknown[]): number => {
  if (typeof handler !== 'function') throw new Error('instrument: a string timer handler would be eval');
  const id = setIntervalReal(handler, timeout, ...args);
  if (fromKit()) intervals.add(id);
  return id;
};
win.clearInterval = (id?: number) => {
  if (id !== undefined) intervals.delete(id);
  clearIntervalReal(id);
};
win.requestAnimationFrame = (callback: FrameRequestCallback): number => {
  const id = rafReal((time) => {
    frames.delete(id);
    callback(time);
  });
  if (fromKit()) frames.add(id);
  return id;
};
win.cancelAnimationFrame = (id: number) => {
  frames.delete(id);
  cafReal(id);
};

// --- subscriptions -----------------------------------------------------------------------
/**
 * @lit/context: a provider answers a consumer's `context-request` with `callback(value,
 * unsubscribe)`. Wrapping the callback (before the provider sees the event) counts each
 * unsubscribe handed out until it is called.
 */
window.addEventListener(
  'context-request',
  (event) => {
    const request = event as Event & { callback: (value: unknown, unsubscribe?: () => void) => void; subscribe?: boolean };
    if (!request.subscribe) return;
    const callback = request.callback;
    const wrapped = new WeakMap<() => void, () => void>();
    request.callback = (value, unsubscribe) => {
      if (!unsubscribe) return callback(value, unsubscribe);
      let counted = wrapped.get(unsubscribe);
      if (!counted) {
        const id = `context#${++subscriptionIds}`;
        subscriptions.add(id);
        counted = () => {
          subscriptions.delete(id);
          unsubscribe();
        };
        wrapped.set(unsubscribe, counted);
      }
      callback(value, counted);
    };
  },
  true,
);

/** An adapter that counts its live subscriptions in the ledger (load gives `data` at once). */
export function countingAdapter(data: unknown) {
  return {
    load: () => data,
    subscribe(_listener: (next?: unknown) => void) {
      const id = `adapter#${++subscriptionIds}`;
      subscriptions.add(id);
      return () => subscriptions.delete(id);
    },
  };
}

// --- reading the ledger ------------------------------------------------------------------
/** What is live now. Listeners and observations on nodes outside the document are left out unless `detached` is given. */
export interface Live {
  /** `target type` per listener on a target that outlives any one element: window, document, a connected node, a MediaQueryList. */
  listeners: string[];
  /** `Kind on target` per observation still active. */
  observations: string[];
  timeouts: number;
  intervals: number;
  frames: number;
  subscriptions: number;
}

function describe(target: EventTarget): string {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (target instanceof MediaQueryList) return `matchMedia(${target.media})`;
  if (target instanceof Element) return `<${target.localName}>`;
  if (target instanceof Node) return target.nodeName;
  return target.constructor.name;
}

/** Whether a listener on `target` can outlive an element that was removed from the page. */
function lasting(target: EventTarget): boolean {
  if (target instanceof Node) return target.isConnected;
  return true; // window, MediaQueryList, AbortSignal, …
}

export function live(): Live {
  const listenerList: string[] = [];
  for (const ref of listenerTargets) {
    const target = ref.deref();
    const entry = target && listeners.get(target);
    if (!target || !entry) {
      listenerTargets.delete(ref);
      continue;
    }
    if (!lasting(target)) continue;
    for (const keys of entry.keys.values()) for (const key of keys) listenerList.push(`${describe(target)} ${key.split('|')[0]}`);
  }
  const observations: string[] = [];
  for (const entry of observers) {
    for (const ref of entry.targets) {
      const target = ref.deref();
      if (target) observations.push(`${entry.kind} on ${describe(target)}${target.isConnected ? '' : ' (detached)'}`);
    }
  }
  return { listeners: listenerList.sort(), observations: observations.sort(), timeouts: timeouts.size, intervals: intervals.size, frames: frames.size, subscriptions: subscriptions.size };
}

/** What is in `after` and not in `before`, counted per line (for listeners and observations). */
export function added(before: readonly string[], after: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const line of before) left.set(line, (left.get(line) ?? 0) + 1);
  const extra: string[] = [];
  for (const line of after) {
    const n = left.get(line) ?? 0;
    if (n > 0) left.set(line, n - 1);
    else extra.push(line);
  }
  return extra;
}

/** Wait `ms` on the real clock (not in the ledger). */
export const sleep = (ms: number) => new Promise<void>((resolve) => real.setTimeout(resolve, ms));
