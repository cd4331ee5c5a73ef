/**
 * The leak check every element goes through: connect and disconnect it CYCLES times (a fresh
 * instance every FRESH_EVERY cycles; one cycle in DRAW_EVERY waits for the whole draw before it
 * disconnects, the others disconnect before the update runs), then ask that nothing it
 * set up outlives it — listeners on window, document, MediaQueryLists or the page's nodes,
 * observations, timers, frames, subscriptions — that every instance was garbage-collected, and
 * that the page's heap came back to what it was before the first one.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { added, live, sleep, type Live } from './instrument.js';
import { settled } from './elements.js';

export const CYCLES = 1000;
const FRESH_EVERY = 10;
/** Unmeasured cycles first. */
const WARM_UP = 50;
/** Cycles that wait for a whole draw (the others disconnect before the update): 2 in 10. */
const DRAW_EVERY = 5;
/** A frame's worth of real time every this many cycles, so ResizeObservers fire and their timers run. */
const LAYOUT_EVERY = 50;
/**
 * Heap allowed to remain after GC: 1 MiB over 1,000 cycles is about 1 KB a cycle, under one
 * retained element with its shadow tree; what remains legitimately is compiled code and
 * inline caches. A leaked table or element per cycle would be tens of MB.
 */
export const HEAP_SLACK = 1024 * 1024;

interface HeapUsage {
  usedSize: number;
  totalSize: number;
}

/** Collect garbage (through the DevTools protocol) and read the used heap. */
export async function heap(): Promise<number> {
  const usage = (await executeServerCommand<HeapUsage, undefined>('crm-heap')) as HeapUsage;
  return usage.usedSize;
}

export interface LeakReport {
  tag: string;
  cycles: number;
  instances: number;
  collected: number;
  heapBefore: number;
  heapAfter: number;
  leftBehind: Live;
}

/**
 * Run the cycles for elements made by `make`, inside `host` (connected to the page).
 * `make` must return a new element each call, with no reference kept elsewhere.
 */
export async function connectDisconnect(tag: string, host: HTMLElement, make: () => HTMLElement, cycles = CYCLES): Promise<LeakReport> {
  // Warm up with the same cycles: the first instances compile the element's templates and
  // code and fill caches that are filled once (formatters, time zones); none of that is a leak.
  await run(host, make, WARM_UP);
  await sleep(20);
  const before = live();
  const heapBefore = await heap();
  const refs = await run(host, make, cycles);
  // Timers an element may leave for itself on disconnect (none should) would fire by now.
  await sleep(50);
  const after = live();
  // An instance can be held for a moment by work the page has not finished (an event being
  // dispatched, a task of the other test page): a few more rounds before calling it a leak.
  let heapAfter = await heap();
  const uncollected = () => refs.filter((ref) => ref.deref() !== undefined).length;
  for (let round = 0; round < 3 && uncollected() > 0; round++) {
    await sleep(200);
    heapAfter = await heap();
  }
  const collected = refs.length - uncollected();
  return {
    tag,
    cycles,
    instances: refs.length,
    collected,
    heapBefore,
    heapAfter,
    leftBehind: {
      listeners: added(before.listeners, after.listeners),
      observations: added(before.observations, after.observations),
      timeouts: after.timeouts - before.timeouts,
      intervals: after.intervals - before.intervals,
      frames: after.frames - before.frames,
      subscriptions: after.subscriptions - before.subscriptions,
    },
  };
}

/** `cycles` connects and disconnects; weak references to the instances made. */
async function run(host: HTMLElement, make: () => HTMLElement, cycles: number): Promise<WeakRef<HTMLElement>[]> {
  const refs: WeakRef<HTMLElement>[] = [];
  let el: HTMLElement | undefined;
  for (let i = 0; i < cycles; i++) {
    if (i % FRESH_EVERY === 0) {
      el = make();
      refs.push(new WeakRef(el));
    }
    host.append(el!);
    if (i % DRAW_EVERY === 0) {
      // Connected through a whole update: loaded, computed, drawn.
      await settled(el!);
      if (i % LAYOUT_EVERY === 0) await sleep(20);
      el!.remove();
    } else {
      // Removed before its update runs: a load begun and cut short, a subscription made and ended.
      el!.remove();
      await settled(el!);
    }
  }
  return refs;
}

/** The assertions on a report, each naming the element and what was left. */
export function expectNoLeak(report: LeakReport): void {
  const { tag, leftBehind } = report;
  expect(leftBehind.listeners, `${tag}: listeners left behind`).to.deep.equal([]);
  expect(leftBehind.observations, `${tag}: observations left behind`).to.deep.equal([]);
  expect(leftBehind.timeouts, `${tag}: pending timeouts left behind`).to.be.at.most(0);
  expect(leftBehind.intervals, `${tag}: intervals left behind`).to.be.at.most(0);
  expect(leftBehind.frames, `${tag}: animation frames left behind`).to.be.at.most(0);
  expect(leftBehind.subscriptions, `${tag}: subscriptions left behind`).to.be.at.most(0);
  expect(report.collected, `${tag}: instances garbage-collected of ${report.instances}`).to.equal(report.instances);
  expect(report.heapAfter - report.heapBefore, `${tag}: heap growth after ${report.cycles} cycles (bytes; before ${report.heapBefore})`).to.be.below(HEAP_SLACK);
}

/** One line per report in the browser log: the counts the hardening note gives. */
export function logReports(reports: readonly LeakReport[]): void {
  for (const r of reports) {
    const growth = r.heapAfter - r.heapBefore;
    console.log(`leaks ${r.tag}: ${r.cycles} cycles, ${r.collected}/${r.instances} instances collected, heap ${r.heapBefore} -> ${r.heapAfter} B (${growth >= 0 ? '+' : ''}${growth})`);
  }
}

/**
 * The mocha hooks of a leak suite: a 640 px wide host in the page for each test, and the
 * reports logged after the suite. Returns the current host (a getter: a new one per test).
 */
export function leakSuite(reports: LeakReport[]): () => HTMLDivElement {
  let host: HTMLDivElement | undefined;
  beforeEach(() => {
    host = document.createElement('div');
    host.style.width = '640px';
    document.body.append(host);
  });
  afterEach(() => host?.remove());
  after(() => logReports(reports));
  return () => {
    if (!host) throw new Error('leakSuite: no host outside a test');
    return host;
  };
}
