/**
 * Every element of the kit, read from one place: the tags declared in custom-elements.json
 * (generated from the elements' JSDoc), each checked against the registry after importing
 * src/all.ts. An element added to the kit is covered by every hardening test without a change
 * here; `drawable(tag)` gives any element the generated dataset, and the few that need more
 * (a metric, children) say so in SETUP.
 */
import '../../../src/all.js';
import { generateDataset } from '../../../src/generator/index.js';

interface ManifestModule {
  declarations?: { tagName?: string; events?: { name: string }[] }[];
}

async function readManifest(): Promise<Map<string, string[]>> {
  const response = await fetch('/custom-elements.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/custom-elements.json: HTTP ${response.status}`);
  const manifest = (await response.json()) as { modules: ManifestModule[] };
  const events = new Map<string, string[]>();
  for (const module of manifest.modules) {
    for (const d of module.declarations ?? []) if (typeof d.tagName === 'string') events.set(d.tagName, (d.events ?? []).map((e) => e.name));
  }
  return events;
}

const EVENTS = await readManifest();

/** Every tag of custom-elements.json, sorted. */
export const MANIFEST_TAGS: readonly string[] = [...EVENTS.keys()].sort();

/** The events custom-elements.json says `tag` fires (its `@fires`). */
export const eventsOf = (tag: string): readonly string[] => EVENTS.get(tag) ?? [];

/** The tags that src/all.ts registered (an element in the manifest but not registered is reported by the tests). */
export const TAGS: readonly string[] = MANIFEST_TAGS.filter((tag) => customElements.get(tag) !== undefined);

/** Tags in the manifest that src/all.ts does not register (unfinished elements). */
export const UNREGISTERED: readonly string[] = MANIFEST_TAGS.filter((tag) => customElements.get(tag) === undefined);

/** Elements that draw a dataset: everything but the dashboard's filter bar. */
export const DATA_TAGS: readonly string[] = TAGS.filter((tag) => tag !== 'crm-filters');

/** A small generated dataset (seeded): every table, a few hundred rows each, three years from 2022. */
export const SMALL = generateDataset({ seed: 11, accounts: 60 });

/** What an element needs beyond the dataset to draw a picture. */
const SETUP: Record<string, (el: HTMLElement) => void> = {
  'crm-kpi': (el) => {
    el.setAttribute('metric', 'win-rate');
    el.setAttribute('period', 'month'); // with its sparkline (marks)
  },
  'crm-dashboard': (el) => {
    const filters = document.createElement('crm-filters');
    filters.slot = 'filters';
    const funnel = document.createElement('crm-funnel');
    const kpi = document.createElement('crm-kpi');
    kpi.setAttribute('metric', 'new-revenue');
    el.append(filters, funnel, kpi);
  },
};

/**
 * A new, unconnected `tag` that will draw `data` (default SMALL) once connected. crm-filters
 * comes alone (it has nothing to filter outside a dashboard, and says so).
 */
export function drawable(tag: string, data: unknown = SMALL): HTMLElement {
  const el = document.createElement(tag);
  if (tag !== 'crm-filters') (el as HTMLElement & { data: unknown }).data = data;
  SETUP[tag]?.(el);
  return el;
}

/** The element's own extra setup without data (for `src` tests). */
export function setUp(el: HTMLElement): void {
  SETUP[el.localName]?.(el);
}

/** Lit's updateComplete, for any element of the kit (the dashboard's children included). */
export async function settled(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const all = [el, ...el.querySelectorAll('*')].filter((e): e is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in e);
    const again = await Promise.all(all.map((e) => e.updateComplete));
    if (again.every((done) => done === true)) return;
  }
}
