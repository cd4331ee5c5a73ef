/**
 * The global design tokens, `--crm-*`, in a light and a dark set. Every element adopts these
 * styles, and its own public custom properties (`--crm-funnel-bar-color`, …) default to them,
 * so a page themes the whole kit by setting a token once on `:root` or on a dashboard, and one
 * element by setting its own property.
 *
 * The scheme follows the element's own `theme` attribute, else `data-crm-theme`, which
 * CrmElement sets from its dashboard's theme; without either, `prefers-color-scheme`.
 *
 * Tokens are read with a fallback on `:host` only: a value the page sets on any ancestor wins,
 * because custom properties inherit through shadow roots.
 */
import { css, unsafeCSS } from 'lit';

/** Token name → [light, dark] value. The names are the public API; the values are defaults. */
export const TOKENS = {
  '--crm-color-text': ['#1d2330', '#e6e9ef'],
  '--crm-color-text-muted': ['#596273', '#a3acbb'],
  '--crm-color-surface': ['#ffffff', '#1b202a'],
  '--crm-color-surface-raised': ['#f4f6f9', '#242a36'],
  '--crm-color-border': ['#d5dae2', '#363e4d'],
  '--crm-color-accent': ['#2563b8', '#79b0f2'],
  /** Text drawn on the accent and on the first palette colour. */
  '--crm-color-on-accent': ['#ffffff', '#0d1b2e'],
  '--crm-color-focus': ['#1a56c4', '#9cc4ff'],
  '--crm-color-negative': ['#b42318', '#ff8a80'],
  /** An improvement, a met target; readable as small text on the surfaces (≥ 4.5 : 1). */
  '--crm-color-positive': ['#1a7f37', '#56d364'],
  '--crm-color-warning': ['#8a5300', '#f0b35a'],
  '--crm-color-warning-surface': ['#fff5e1', '#3a2e14'],
  '--crm-color-error-surface': ['#fdecea', '#3b1c1a'],
  // A categorical palette safe for the common colour-vision deficiencies (Okabe–Ito based).
  '--crm-palette-1': ['#2563b8', '#79b0f2'],
  '--crm-palette-2': ['#d55e00', '#f5a05a'],
  '--crm-palette-3': ['#009e73', '#4fd1a5'],
  '--crm-palette-4': ['#c26a9c', '#e6a8cc'],
  '--crm-palette-5': ['#7a5c00', '#e6c35c'],
  '--crm-palette-6': ['#2b8cc4', '#8fd0f5'],
  '--crm-palette-7': ['#6b4c9a', '#b79ce0'],
  '--crm-palette-8': ['#5f6b7a', '#aab4c2'],
  '--crm-font-family': ['inherit', 'inherit'],
  '--crm-font-size': ['0.875rem', '0.875rem'],
  '--crm-font-size-small': ['0.75rem', '0.75rem'],
  '--crm-font-size-large': ['1.25rem', '1.25rem'],
  '--crm-space-1': ['0.25rem', '0.25rem'],
  '--crm-space-2': ['0.5rem', '0.5rem'],
  '--crm-space-3': ['0.75rem', '0.75rem'],
  '--crm-space-4': ['1rem', '1rem'],
  '--crm-radius': ['6px', '6px'],
  '--crm-focus-ring-width': ['2px', '2px'],
} as const satisfies Record<string, readonly [string, string]>;

export type TokenName = keyof typeof TOKENS;

/**
 * Private `--_crm-*` copies of every token: the page's `--crm-*` value when it set one, else
 * the default of the active scheme. Elements read only the private names.
 */
function declarations(scheme: 0 | 1): string {
  return Object.entries(TOKENS)
    .map(([name, values]) => `--_${name.slice(2)}: var(${name}, ${values[scheme]});`)
    .join('\n');
}

export const tokenStyles = css`
  :host {
    ${unsafeCSS(declarations(0))}
    color-scheme: light;
  }
  :host([theme='dark']),
  :host(:not([theme])[data-crm-theme='dark']) {
    ${unsafeCSS(declarations(1))}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([data-crm-theme='light'])) {
      ${unsafeCSS(declarations(1))}
      color-scheme: dark;
    }
  }
`;
