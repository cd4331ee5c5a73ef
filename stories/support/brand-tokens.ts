// The tokens of Storybook's "Brand" theme: what a vendor writes to put the kit in its own
// colours and type. The theme switcher (.storybook/themes.ts) sets them on a wrapper, and the
// designers' guide shows them beside the defaults.
import type { TokenName } from '../../src/themes/tokens.js';

/**
 * "Harbor", a made-up vendor: a deep teal accent, warm paper surfaces, a humanist font stack
 * and rounder corners. Contrast on the surface: text 15.5:1, muted text 6.5:1, the accent 7.4:1
 * (white on it 7.5:1), every palette colour at least 3.7:1 (3.3:1 on the raised surface).
 */
export const BRAND_TOKENS = {
  '--crm-color-text': '#2b2118',
  '--crm-color-text-muted': '#6b5a4a',
  '--crm-color-surface': '#fffdf9',
  '--crm-color-surface-raised': '#f6efe6',
  '--crm-color-border': '#e3d6c6',
  '--crm-color-accent': '#0f5f5a',
  '--crm-color-on-accent': '#ffffff',
  '--crm-color-focus': '#0b4f4b',
  '--crm-color-positive': '#3d6b21',
  '--crm-color-negative': '#a4161a',
  '--crm-color-warning': '#8a4b00',
  '--crm-color-warning-surface': '#fdf1de',
  '--crm-color-error-surface': '#fbe9e7',
  '--crm-palette-1': '#0f5f5a',
  '--crm-palette-2': '#c2562a',
  '--crm-palette-3': '#8a6d1d',
  '--crm-palette-4': '#7d3c63',
  '--crm-palette-5': '#4d7c3a',
  '--crm-palette-6': '#2f8f9d',
  '--crm-palette-7': '#a8324a',
  '--crm-palette-8': '#6e6259',
  '--crm-font-family': 'Optima, Candara, "Segoe UI", "Liberation Sans", Arial, sans-serif',
  '--crm-radius': '12px',
  '--crm-focus-ring-width': '3px',
} as const satisfies Partial<Record<TokenName, string>>;
