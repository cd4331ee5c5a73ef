/// <reference types="vite/client" />
/**
 * The benchmark page: loads every scenario file, and on `runBenches(...)` times each group's
 * benches round-robin (a run of each in turn), so that the machine's noise falls on all of them
 * alike and the ratio to the peer means something.
 */
import type { BenchTimings, BrowserBench } from './bench-types.js';

const scenarioFiles = import.meta.glob<{ benches: BrowserBench[] }>('./scenarios/*.ts');

/** After the work: the next frame's callbacks run, then a macrotask, by which time it is painted. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

interface Slot {
  bench: BrowserBench;
  stage: HTMLElement;
  ctx: unknown;
  timings: BenchTimings;
}

async function setUp(bench: BrowserBench): Promise<Slot> {
  const stage = document.createElement('div');
  stage.className = 'stage';
  stage.setAttribute('hidden-stage', '');
  document.body.append(stage);
  const timings: BenchTimings = { group: bench.group, name: bench.name, peer: bench.peer ?? false, targetMs: bench.targetMs ?? null, samples: [] };
  const slot: Slot = { bench, stage, ctx: undefined, timings };
  try {
    slot.ctx = await bench.setup(stage);
  } catch (error) {
    timings.error = `setup: ${String((error as Error)?.stack ?? error)}`;
  }
  return slot;
}

async function timeOnce(slot: Slot, iteration: number): Promise<void> {
  for (const other of document.querySelectorAll('.stage')) other.toggleAttribute('hidden-stage', other !== slot.stage);
  collectGarbage();
  await nextPaint(); // untimed: the visibility switch paints here, not inside the measurement
  const start = performance.now();
  try {
    await slot.bench.run(slot.ctx, iteration);
    await nextPaint();
  } catch (error) {
    slot.timings.error = `run ${iteration}: ${String((error as Error)?.stack ?? error)}`;
    return;
  }
  const end = performance.now();
  slot.timings.samples.push(end - start);
  // A named span in a trace (`--trace`): the renderer's work inside it is what was timed.
  performance.measure(`bench: ${slot.timings.name}`, { start, end });
}

async function runGroup(benches: BrowserBench[], warmup: number, runs: number): Promise<BenchTimings[]> {
  const slots: Slot[] = [];
  for (const bench of benches) slots.push(await setUp(bench));
  for (let i = 0; i < warmup + runs; i++) {
    for (const slot of slots) {
      if (slot.timings.error) continue;
      await timeOnce(slot, i);
      if (i < warmup) slot.timings.samples.pop();
    }
  }
  for (const slot of slots) {
    try {
      slot.bench.teardown?.(slot.ctx);
    } catch {
      // A failed teardown does not change the figures already taken.
    }
    slot.stage.remove();
  }
  return slots.map((slot) => slot.timings);
}

/** Called by bench/browser/run.ts through the DevTools protocol. `only` filters scenario files by name. */
async function runBenches(only: string[], warmup: number, runs: number): Promise<BenchTimings[]> {
  const results: BenchTimings[] = [];
  for (const [path, load] of Object.entries(scenarioFiles).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.replace(/^.*\/|\.ts$/g, '');
    if (only.length > 0 && !only.includes(file)) continue;
    let benches: BrowserBench[];
    try {
      benches = (await load()).benches;
    } catch (error) {
      results.push({ group: file, name: '(load)', peer: false, targetMs: null, samples: [], error: String((error as Error)?.stack ?? error) });
      continue;
    }
    const groups = new Map<string, BrowserBench[]>();
    for (const bench of benches) groups.set(bench.group, [...(groups.get(bench.group) ?? []), bench]);
    for (const group of groups.values()) results.push(...(await runGroup(group, warmup, runs)));
  }
  return results;
}

Object.assign(globalThis, { runBenches, scenarioNames: () => Object.keys(scenarioFiles).map((p) => p.replace(/^.*\/|\.ts$/g, '')) });
document.body.dataset.ready = 'true';
