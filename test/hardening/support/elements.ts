/**
 * Every element of the kit, read from one place — the tags custom-elements.json declares — and
 * mounted the way a page uses it, so that a hardening test covers an element added later
 * without being edited. Helpers to wait until a tree of Lit elements has settled and to read
 * what it shows, shadow roots included.
 */
import { LitElement } from 'lit';
import '../../../src/all.js';
import { CrmElement } from '../../../src/elements/shared/crm-element.js';
import { deepElements } from './deep-elements.js';
import { drawAttributes } from './draw-attributes.js';
export { deepElements };

interface ManifestDeclaration {
  kind?: string;
  tagName?: string;
  customElement?: boolean;
}
interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

/** How an element gets its data. */
export type ElementKind =
  /** A CrmElement: takes `data` itself and draws it. */
  | 'chart'
  /** Takes `data` but draws nothing itself: it hands the data to the charts inside it (the dashboard). */
  | 'container'
  /** Takes no data: it lives inside a container (the filter bar). */
  | 'contained';

export interface ElementEntry {
  tag: string;
  kind: ElementKind;
}

/** The tags that custom-elements.json declares, in manifest order. */
export async function manifestTags(): Promise<string[]> {
  const response = await fetch('/custom-elements.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/custom-elements.json: HTTP ${response.status}`);
  const manifest = (await response.json()) as Manifest;
  return manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.kind === 'class' && d.customElement && d.tagName ? [d.tagName] : []));
}

/** The kind of a registered element, from its class (never from its name). */
export function kindOf(tag: string): ElementKind {
  const ctor = customElements.get(tag);
  if (!ctor) throw new Error(`${tag} is not registered`);
  if (ctor.prototype instanceof CrmElement) return 'chart';
  const props = (ctor as unknown as typeof LitElement).elementProperties;
  return props?.has('data') ? 'container' : 'contained';
}

/**
 * Every element in the manifest that src/all.ts registers. A tag in the manifest that is not
 * registered (an element still being built) is reported in `missing` instead of failing here.
 */
export async function kitElements(): Promise<{ elements: ElementEntry[]; missing: string[] }> {
  const tags = await manifestTags();
  const missing = tags.filter((tag) => !customElements.get(tag));
  const elements = tags.filter((tag) => customElements.get(tag)).map((tag) => ({ tag, kind: kindOf(tag) }));
  return { elements, missing };
}

export { drawAttributes } from './draw-attributes.js';

/** A mounted element: `root` is what was appended to the page, `target` the element under test. */
export interface Mounted {
  root: HTMLElement;
  target: HTMLElement;
  /** Every element whose state tells whether the data was understood (the target, or the charts inside a container). */
  probes: HTMLElement[];
  /** The element that took the data (the target, or its container). */
  dataHost: HTMLElement & { data?: unknown };
}

export interface MountOptions {
  /** Attributes for the element under test. */
  attributes?: Record<string, string>;
  /** Attributes for the element that takes the data (the element itself, or its container): `strict`. */
  dataAttributes?: Record<string, string>;
  /** Width of the box the element draws in. */
  width?: number;
  /** Where to append; default `document.body`. */
  parent?: ParentNode;
  /** The document to create elements in (a page in an iframe). */
  document?: Document;
}

/**
 * Put `entry` on the page with `data`: a chart takes it itself; a container takes it and holds
 * `chartTag` as its child; a contained element goes into a container's `filters` slot.
 */
export function mount(entry: ElementEntry, data: unknown, chartTag: string, options: MountOptions = {}): Mounted {
  const doc = options.document ?? document;
  const width = `${options.width ?? 640}px`;
  const make = (tag: string): HTMLElement & { data?: unknown } => {
    const el = doc.createElement(tag) as HTMLElement & { data?: unknown };
    el.setAttribute('locale', 'en-US');
    el.style.width = width;
    return el;
  };
  const setAttributes = (el: HTMLElement, attributes = options.attributes) => {
    for (const [name, value] of Object.entries(attributes ?? {})) el.setAttribute(name, value);
  };
  let root: HTMLElement;
  let target: HTMLElement;
  let probes: HTMLElement[];
  let dataHost: HTMLElement & { data?: unknown };
  if (entry.kind === 'chart') {
    const el = make(entry.tag);
    setAttributes(el);
    el.data = data;
    root = target = dataHost = el;
    probes = [el];
  } else {
    const container = entry.kind === 'container' ? entry.tag : containerTag();
    const host = make(container);
    const chart = make(chartTag);
    if (entry.kind === 'container') setAttributes(host);
    host.append(chart);
    if (entry.kind === 'contained') {
      const own = make(entry.tag);
      own.slot = 'filters';
      own.removeAttribute('locale');
      setAttributes(own);
      host.prepend(own);
      target = own;
    } else {
      target = host;
    }
    host.data = data;
    root = dataHost = host;
    probes = [chart];
  }
  setAttributes(dataHost, options.dataAttributes);
  (options.parent ?? doc.body).append(root);
  return { root, target, probes, dataHost };
}

/** The first registered container (an element that takes data and hands it on). */
let container: string | undefined;
function containerTag(): string {
  if (container) return container;
  throw new Error('no container element is registered: call kitElements() first');
}
/** Remember the container of the kit, for mounting the elements that live inside one. */
export function useContainer(elements: readonly ElementEntry[]): void {
  container = elements.find((e) => e.kind === 'container')?.tag;
}

/**
 * All text under `root`, shadow roots included; the text of closed `<details>` too. `skip`
 * leaves out the elements it matches and everything in them.
 */
export function deepText(root: Node, skip?: string): string {
  let text = '';
  const visit = (node: Node) => {
    if (skip && node instanceof Element && node.matches(skip)) return;
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data + ' ';
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    if (node instanceof HTMLStyleElement || node instanceof SVGStyleElement) return;
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return text;
}

/** Lit elements under `root` (itself included), shadow roots included. */
function litElements(root: Element): LitElement[] {
  return deepElements(root).filter((el): el is LitElement => el instanceof LitElement || (el as { updateComplete?: unknown }).updateComplete instanceof Promise);
}

// A frame, or 50 ms in a page that draws no frames: of the two test pages the runner keeps
// open, the one in the background tab gets no animation frames.
const frame = () => new Promise<void>((resolve) => {
  requestAnimationFrame(() => resolve());
  setTimeout(resolve, 50);
});

/**
 * Wait until every Lit element under `root` has finished updating and a frame has passed with
 * nothing new to do (a resize observation re-renders once). Rejects with what an update threw.
 */
export async function settle(root: Element, rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const els = litElements(root);
    await Promise.all(els.map((el) => el.updateComplete));
    await frame();
    if (litElements(root).every((el) => !el.isUpdatePending)) return;
  }
}

/** What the probes show: the messages of their error and warning states, and whether any is still loading. */
export interface ShownState {
  errors: string[];
  warnings: string[];
  empty: string[];
  loading: boolean;
  /** Every word shown, shadow roots included. */
  text: string;
  /** The words shown outside the error and warning messages (which quote the bad values). */
  drawnText: string;
}

export function shownState(mounted: Mounted): ShownState {
  const parts = (selector: string) => [mounted.root, ...mounted.probes].flatMap((el) => deepElements(el).filter((e) => e.matches(selector)));
  const unique = <T>(xs: T[]) => [...new Set(xs)];
  return {
    errors: unique(parts('[part~="error"]')).map((e) => deepText(e)),
    warnings: unique(parts('[part~="warning"]')).map((e) => deepText(e)),
    empty: unique(parts('[part~="empty"]')).map((e) => deepText(e)),
    loading: parts('[part~="loading"]').length > 0,
    text: deepText(mounted.root),
    drawnText: deepText(mounted.root, '[part~="error"], [part~="warning"]'),
  };
}

/**
 * Uncaught errors and unhandled rejections while `run` runs: listened for on `window` in the
 * capture phase and kept from reaching the test runner's own handler, so that one test can say
 * which case caused them.
 */
export class UncaughtTrap {
  readonly errors: string[] = [];
  readonly #onError = (event: ErrorEvent) => {
    this.errors.push(`uncaught: ${event.message}`);
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  readonly #onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as { message?: string } | undefined;
    this.errors.push(`unhandled rejection: ${reason?.message ?? String(reason)}`);
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  readonly #target: Window;

  constructor(target: Window = window) {
    this.#target = target;
    target.addEventListener('error', this.#onError, true);
    target.addEventListener('unhandledrejection', this.#onRejection, true);
  }

  /** Errors since the last call; clears them. */
  take(): string[] {
    return this.errors.splice(0);
  }

  dispose(): void {
    this.#target.removeEventListener('error', this.#onError, true);
    this.#target.removeEventListener('unhandledrejection', this.#onRejection, true);
  }
}

/** Let queued tasks and rejections surface (an unhandled rejection is reported after a task). */
export const tasks = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The chart to put inside a container (a dashboard) when the container is what is tested: the
 * first chart that needs no attribute of its own, so a container is judged on its own.
 */
export function robustChart(elements: readonly ElementEntry[]): string {
  const chart = elements.find((e) => e.kind === 'chart' && Object.keys(drawAttributes(e.tag)).length === 0);
  if (!chart) throw new Error('no chart that draws without attributes of its own to put in a container');
  return chart.tag;
}
