/**
 * What every fuzzed case must satisfy, shared by the fuzz test files: nothing thrown, a settled
 * state that names the faults the kit must refuse, no NaN drawn, a bounded number of DOM nodes,
 * and a good dataset drawn afterwards on the same element (the page stays usable).
 */
import { baseDataset, type Fault } from './broken-data.js';
import { deepElements, drawAttributes, mount, settle, shownState, tasks, type ElementEntry, type Mounted, type UncaughtTrap } from './elements.js';

/**
 * The most elements one element may put on the page for any input. A big page draws a few
 * thousand; far beyond this, the page freezes for seconds to minutes (a countable stand-in for
 * "the page stays usable" that never depends on the machine's speed).
 */
export const MAX_NODES = 20_000;

/** A seed per element from its tag, so that adding an element never changes another's cases. */
export const seedOf = (tag: string, salt = 1101): number => [...tag].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, salt);

/** True when `text` names `path` or a place inside it (`deals[1]` is named by `deals[1].id`, not by `deals[10]`). */
export function names(text: string, path: string): boolean {
  let at = text.indexOf(path);
  while (at >= 0) {
    const next = text[at + path.length] ?? ' ';
    if (!/\w/.test(next)) return true;
    at = text.indexOf(path, at + 1);
  }
  return false;
}

/** Settle, and collect what went wrong on the way: a rejected update or an uncaught error. */
export async function settleTrapped(mounted: Mounted, trap: UncaughtTrap): Promise<string[]> {
  const errors: string[] = [];
  try {
    await settle(mounted.root);
  } catch (error) {
    errors.push(`update threw: ${(error as Error)?.message ?? String(error)}`);
  }
  await tasks();
  return [...errors, ...trap.take()];
}

/** The good dataset draws after a bad one: same element, new `data`, no error and no warning. */
export async function recovers(mounted: Mounted, trap: UncaughtTrap): Promise<string | undefined> {
  mounted.dataHost.data = baseDataset();
  const thrown = await settleTrapped(mounted, trap);
  if (thrown.length > 0) return `after a good dataset: ${thrown.join('; ')}`;
  const state = shownState(mounted);
  if (state.errors.length > 0 || state.warnings.length > 0 || state.loading) return `after a good dataset it still shows ${JSON.stringify({ errors: state.errors, warnings: state.warnings, loading: state.loading }).slice(0, 400)}`;
  return undefined;
}

/** What is wrong with what is drawn, whatever the input: NaN in the words, too many nodes. */
export function drawnProblems(mounted: Mounted): string[] {
  const wrong: string[] = [];
  const { drawnText, loading } = shownState(mounted);
  if (loading) wrong.push('still loading');
  const nan = drawnText.search(/\bNaN\b/);
  if (nan >= 0) wrong.push(`draws NaN: …${drawnText.slice(Math.max(0, nan - 80), nan + 40).replace(/\s+/g, ' ')}…`);
  const nodes = deepElements(mounted.root).length;
  if (nodes > MAX_NODES) wrong.push(`draws ${nodes} elements (more than ${MAX_NODES})`);
  return wrong;
}

/**
 * Everything wrong with how `entry` handled `data` with `faults` in it; empty when it did all
 * it must. The element is removed afterwards.
 */
export async function checkFaults(entry: ElementEntry, data: unknown, faults: readonly Fault[], strict: boolean, chartTag: string, trap: UncaughtTrap): Promise<string[]> {
  const mounted = mount(entry, data, chartTag, { attributes: drawAttributes(entry.tag), dataAttributes: strict ? { strict: '' } : {} });
  try {
    const wrong = await settleTrapped(mounted, trap);
    const state = shownState(mounted);
    const refused = faults.filter((f) => f.must);
    const errors = state.errors.join('\n');
    if (state.errors.length > 0) {
      // The dataset was refused as a whole (a table of the wrong shape, or strict mode): the
      // error must say at least one reason. Its other faults need not be listed.
      if (!faults.some((f) => names(errors, f.path))) wrong.push(`the error names none of ${faults.map((f) => f.path).join(', ')}: ${JSON.stringify(errors).slice(0, 300)}`);
    } else if (strict && refused.length > 0) {
      wrong.push(`strict, yet no error for ${refused.map((f) => f.label).join(', ')}`);
    } else {
      // Accepted with rows left out: every fault is in the warning.
      const warnings = state.warnings.join('\n');
      for (const fault of refused) if (!names(warnings, fault.path)) wrong.push(`${fault.label}: no warning names ${fault.path} (shown: ${JSON.stringify(warnings.slice(0, 300))})`);
    }
    wrong.push(...drawnProblems(mounted));
    const unusable = await recovers(mounted, trap);
    if (unusable) wrong.push(unusable);
    return wrong;
  } finally {
    mounted.root.remove();
  }
}
