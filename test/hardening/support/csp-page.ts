/**
 * The script of the strict-CSP page (support/csp-server.mjs). It listens for
 * `securitypolicyviolation` before anything else runs, loads the kit (sources or CDN bundle, by
 * `?entry=`), then draws every element of the manifest in light and dark, hovers and focuses
 * its marks, opens its table view, exports SVG and PNG, and draws them all in a dashboard with
 * its filters and a cross-filter chip. It reports on `window.cspResult`; then, as a control,
 * it breaks the policy on purpose (eval, a string to innerHTML) and counts those violations.
 *
 * It never imports the kit statically: in bundle mode the page must hold the bundle's elements
 * only. The generator has no elements and is loaded from the sources in both modes.
 */
import { generateDataset } from '../../../src/generator/index.js';
import { deepElements } from './deep-elements.js';
import { drawAttributes } from './draw-attributes.js';

export interface CspResult {
  entry: string;
  /** Violations while loading and drawing: must be none. */
  violations: string[];
  /** Uncaught errors and rejections while drawing. */
  errors: string[];
  /** What each element showed: `crm-funnel light: drawn`, `…: error <message>`. */
  drawn: string[];
  /** Violations of the deliberate breaches at the end (eval, innerHTML, a style attribute): proves the listener hears. */
  control: string[];
}

declare global {
  interface Window {
    cspResult?: CspResult;
  }
}

const violations: string[] = [];
/** What the page is doing, so that a violation says which element caused it. */
let phase = 'loading the kit';
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${phase}: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber}${e.sample ? ` sample ${JSON.stringify(e.sample)}` : ''}`);
});
const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(`uncaught: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${(e.reason as Error)?.message ?? String(e.reason)}`));

type LitLike = HTMLElement & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean; data?: unknown; toSVG?: () => string; toPNG?: () => Promise<Blob> };

// A frame, or 50 ms in a page that draws no frames: of the two test pages the runner keeps
// open, the one in the background tab gets no animation frames.
const frame = () => new Promise<void>((resolve) => {
  requestAnimationFrame(() => resolve());
  setTimeout(resolve, 50);
});
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function settle(root: Element): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const els = deepElements(root) as LitLike[];
    await Promise.all(els.map((el) => el.updateComplete?.catch((e: unknown) => errors.push(`update threw: ${(e as Error).message}`))));
    await frame();
    if ((deepElements(root) as LitLike[]).every((el) => !el.isUpdatePending)) return;
  }
}

/** What an element shows: drawn, or the words of its error or empty state. */
function stateOf(el: Element): string {
  const error = deepElements(el).find((e) => e.matches('[part~="error"]'));
  if (error) return `error ${error.textContent?.trim()}`;
  const empty = deepElements(el).find((e) => e.matches('[part~="empty"], [part~="loading"]'));
  if (empty) return `not drawn: ${empty.textContent?.trim()}`;
  return 'drawn';
}

async function exercise(el: LitLike): Promise<void> {
  const marks = deepElements(el).filter((m) => m.matches('[tabindex], [role="button"]'));
  for (const mark of marks.slice(0, 12)) {
    for (const type of ['pointerenter', 'pointerover', 'mouseover', 'pointermove']) mark.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: 20, clientY: 20 }));
    (mark as HTMLElement).focus?.();
    await settle(el);
  }
  if (el.shadowRoot?.querySelector('svg[part~="chart"]') && el.toSVG && el.toPNG) {
    el.toSVG();
    await el.toPNG();
  }
  const table = deepElements(el).find((b): b is HTMLButtonElement => b instanceof HTMLButtonElement && b.textContent?.trim() === 'Table');
  table?.click();
  await settle(el);
  table?.click();
  await settle(el);
}

async function run(): Promise<void> {
  const entry = new URLSearchParams(location.search).get('entry') === 'bundle' ? 'bundle' : 'src';
  // A variable, so that neither the dev server nor a bundler follows it: the page loads one copy.
  const kit = entry === 'bundle' ? '/dist/cdn/crm-kit.js' : '/src/all.ts';
  await import(/* @vite-ignore */ kit);
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: { kind?: string; tagName?: string; customElement?: boolean }[] }[] };
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.kind === 'class' && d.customElement && d.tagName ? [d.tagName] : []));
  const data = generateDataset({ seed: 11, accounts: 40 });
  const drawn: string[] = [];
  const kindOf = (tag: string) => {
    const ctor = customElements.get(tag) as (CustomElementConstructor & { elementProperties?: Map<PropertyKey, unknown> }) | undefined;
    if (!ctor) return 'missing';
    if ('toCSV' in ctor.prototype) return 'chart';
    return ctor.elementProperties?.has('data') ? 'container' : 'contained';
  };
  const charts = tags.filter((t) => kindOf(t) === 'chart');
  for (const tag of tags.filter((t) => kindOf(t) === 'missing')) drawn.push(`${tag}: not registered by the ${entry} entry`);

  const make = (tag: string, theme: string) => {
    const el = document.createElement(tag) as LitLike;
    for (const [name, value] of Object.entries(drawAttributes(tag))) el.setAttribute(name, value);
    el.setAttribute('locale', 'en-US');
    el.setAttribute('theme', theme);
    el.toggleAttribute('toolbar', true);
    return el;
  };

  // Every chart on its own, in both themes.
  for (const theme of ['light', 'dark']) {
    for (const tag of charts) {
      phase = `${tag} ${theme}`;
      const el = make(tag, theme);
      el.style.width = '720px';
      el.data = data;
      document.body.append(el);
      await settle(el);
      await exercise(el);
      drawn.push(`${tag} ${theme}: ${stateOf(el)}`);
      await pause(20); // violation events arrive as tasks: let them name this phase
      el.remove();
    }
  }

  // Every chart in every container, with the contained elements (the filter bar) in its slot.
  for (const container of tags.filter((t) => kindOf(t) === 'container')) {
    for (const theme of ['light', 'dark']) {
      phase = `${container} ${theme}`;
      const host = document.createElement(container) as LitLike;
      host.setAttribute('theme', theme);
      for (const tag of tags.filter((t) => kindOf(t) === 'contained')) {
        const own = document.createElement(tag);
        own.slot = 'filters';
        host.append(own);
      }
      for (const tag of charts) host.append(make(tag, theme));
      host.data = data;
      document.body.append(host);
      await settle(host);
      drawn.push(`${container} ${theme}: ${[...host.children].map((c) => `${c.localName} ${stateOf(c)}`).join('; ')}`);
      // A click on a mark cross-filters the dashboard (the other charts narrow, some to nothing) and shows its chip.
      const mark = deepElements(host).find((m) => m.matches('[role="button"][tabindex="0"]'));
      mark?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settle(host);
      const chip = host.shadowRoot?.querySelector('[part~="chip"]');
      drawn.push(`${container} ${theme} cross-filtered: ${chip ? 'chip drawn' : 'not drawn: no chip'}`);
      await pause(20);
      host.remove();
    }
  }

  // Violation events are queued as tasks: let them arrive before reading.
  await pause(300);
  phase = 'control';
  const result: CspResult = { entry, violations: [...violations], errors: [...errors], drawn, control: [] };

  // The control: breaches the policy must stop and report. A string to eval or innerHTML is
  // stopped by Trusted Types; a TrustedScript to eval gets past those and is stopped by
  // script-src (no 'unsafe-eval'); a style attribute from a string by style-src.
  try {
    (0, eval)('1');
  } catch {
    /* blocked, as it must be */
  }
  try {
    document.createElement('div').innerHTML = '<b>string to a script sink</b>';
  } catch {
    /* blocked by Trusted Types */
  }
  try {
    const policy = (window as unknown as { trustedTypes: { createPolicy(name: string, rules: { createScript(s: string): string }): { createScript(s: string): unknown } } }).trustedTypes.createPolicy('csp-control', { createScript: (text) => text });
    (0, eval)(policy.createScript('1') as string);
  } catch {
    /* blocked by script-src */
  }
  document.body.setAttribute('style', 'color: red');
  await pause(300);
  result.control = violations.slice(result.violations.length);
  window.cspResult = result;
}

run().catch((error: unknown) => {
  window.cspResult = { entry: 'failed', violations, errors: [...errors, `the page failed: ${(error as Error)?.message ?? String(error)}`], drawn: [], control: [] };
});
