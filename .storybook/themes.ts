// The theme switcher: a toolbar global (light, dark, brand) that every story and docs page
// follows. The elements must work standalone, so no dashboard is wrapped around a story:
// - light and dark set the `theme` attribute on each crm element the story draws that has no
//   theme of its own (a story about the dark theme keeps it; an element inside a dashboard
//   follows its dashboard), and paint the canvas to match;
// - brand sets a vendor's own `--crm-*` tokens on a wrapper: custom properties inherit through
//   shadow roots, so a value set on an ancestor wins over every element's defaults — the same
//   way a vendor themes the kit on their page.
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { TOKENS } from '../src/themes/tokens.js';
import { BRAND_TOKENS } from '../stories/support/brand-tokens.js';

export { BRAND_TOKENS };

export const THEME_NAMES = ['light', 'dark', 'brand'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** The global's key: `?globals=theme:dark` in a story's URL. */
export const THEME_GLOBAL = 'theme';

export function themeName(value: unknown): ThemeName {
  return THEME_NAMES.includes(value as ThemeName) ? (value as ThemeName) : 'light';
}

/** What the canvas around the elements looks like in each theme (dark: the page colour the element stories' own dark frames use). */
export const CANVAS: Record<ThemeName, { background: string; color: string; scheme: 'light' | 'dark'; fontFamily: string }> = {
  light: { background: '#ffffff', color: TOKENS['--crm-color-text'][0], scheme: 'light', fontFamily: 'system-ui, sans-serif' },
  dark: { background: '#12151c', color: TOKENS['--crm-color-text'][1], scheme: 'dark', fontFamily: 'system-ui, sans-serif' },
  brand: { background: '#f3ece2', color: BRAND_TOKENS['--crm-color-text'], scheme: 'light', fontFamily: BRAND_TOKENS['--crm-font-family'] },
};

/** The scheme an element gets from the global; brand is a light scheme with its own tokens. */
const ELEMENT_THEME: Record<ThemeName, 'light' | 'dark'> = { light: 'light', dark: 'dark', brand: 'light' };

/** The theme this switcher put on an element, to tell it from a theme the story set itself. */
const themedBySwitcher = new WeakMap<Element, string>();

/** The top-level crm elements under `root`: one inside a dashboard follows the dashboard. */
function topLevelCrmElements(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('crm-') && !hasCrmAncestor(el, root));
}

function hasCrmAncestor(element: Element, root: Element): boolean {
  for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
    if (node.localName.startsWith('crm-')) return true;
  }
  return false;
}

function applyTheme(root: Element, theme: ThemeName): void {
  const scheme = ELEMENT_THEME[theme];
  for (const element of topLevelCrmElements(root)) {
    const own = element.getAttribute('theme');
    const ours = themedBySwitcher.get(element);
    // A non-empty theme the switcher did not set is the story's own: leave it.
    if (own && own !== ours) continue;
    if (own !== scheme) element.setAttribute('theme', scheme);
    themedBySwitcher.set(element, scheme);
  }
}

/** One observer per canvas wrapper: elements a story adds later get the theme too. */
const observers = new WeakMap<Element, MutationObserver>();
const wrapperTheme = new WeakMap<Element, ThemeName>();

function watch(wrapper: Element | undefined): void {
  if (!wrapper || observers.has(wrapper)) return;
  const observer = new MutationObserver(() => applyTheme(wrapper, wrapperTheme.get(wrapper) ?? 'light'));
  observer.observe(wrapper, { childList: true, subtree: true });
  observers.set(wrapper, observer);
}

/** Paints the story canvas (not a docs page: the docs container themes that). */
function paintCanvas(theme: ThemeName): void {
  const canvas = CANVAS[theme];
  document.body.style.background = canvas.background;
  document.body.style.color = canvas.color;
  document.documentElement.style.colorScheme = canvas.scheme;
}

export const themeDecorator: Decorator = (storyFn, context) => {
  const theme = themeName(context.globals[THEME_GLOBAL]);
  const inDocs = context.viewMode === 'docs';
  if (!inDocs) paintCanvas(theme);
  const canvas = CANVAS[theme];
  const style = {
    display: 'block',
    background: canvas.background,
    color: canvas.color,
    'color-scheme': canvas.scheme,
    'font-family': canvas.fontFamily,
    // On a docs page the story sits in a block: give the painted area room at its edges.
    padding: inDocs ? '1rem' : '0',
    'border-radius': inDocs ? '4px' : '0',
    ...(theme === 'brand' ? BRAND_TOKENS : {}),
  };
  const story = storyFn();
  const root = context.canvasElement;
  // The story commits synchronously after the decorators return; a microtask runs after it.
  queueMicrotask(() => {
    const wrapper = root.querySelector('[data-crm-sb-canvas]');
    if (wrapper) {
      wrapperTheme.set(wrapper, theme);
      applyTheme(wrapper, theme);
    }
  });
  return html`<div data-crm-sb-canvas=${theme} style=${styleMap(style)} ${ref((el) => watch(el))}>${story}</div>`;
};
