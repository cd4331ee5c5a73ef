/**
 * The categorical palette as CSS values, for marks coloured by category (segments, owners,
 * channels): each resolves to the page's `--crm-palette-n` when set, else the theme's default.
 * Eight colours, then they repeat; beyond eight categories a chart should group the rest.
 */
export const PALETTE = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `var(--_crm-palette-${n})`);

export function paletteColor(index: number): string {
  return PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length] as string;
}
