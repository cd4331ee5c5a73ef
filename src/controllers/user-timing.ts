/**
 * Opt-in user timing of the steps between a dataset's URL and a drawn chart (fetch, JSON.parse,
 * validation, table build, each element's compute and update), for the end-to-end benchmark
 * (bench/browser/e2e). A page that sets `globalThis.crmKitTiming = true` gets one
 * `performance.measure('crm-kit:<step>')` per step, visible in DevTools' Performance panel too.
 *
 * Off by default, where a step costs one property read: measures stay in the page's performance
 * timeline until cleared, and a live adapter reloading all day would grow it without bound.
 */

const enabled = (): boolean => (globalThis as { crmKitTiming?: unknown }).crmKitTiming === true;

/** Run `work`; with timing on, record it as the measure `crm-kit:<step>`. */
export function timed<T>(step: string, work: () => T): T {
  if (!enabled()) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`crm-kit:${step}`, { start, end: performance.now() });
  }
}

/** `timed` for asynchronous work: the measure ends when the promise settles. */
export async function timedAsync<T>(step: string, work: () => Promise<T>): Promise<T> {
  if (!enabled()) return work();
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`crm-kit:${step}`, { start, end: performance.now() });
  }
}
