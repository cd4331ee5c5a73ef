// WCAG 2 contrast between two colours written as `#rrggbb`, for the designers' token table:
// the ratios shown there are computed from the tokens, not typed in.

/** Relative luminance of `#rrggbb` (WCAG 2.x), or undefined for anything else. */
export function luminance(hex: string): number | undefined {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = Number.parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two `#rrggbb` colours, from 1 to 21; undefined when either is not one. */
export function contrastRatio(a: string, b: string): number | undefined {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === undefined || lb === undefined) return undefined;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** "7.4:1", or an empty string when the ratio cannot be computed. */
export function formatContrast(a: string, b: string): string {
  const ratio = contrastRatio(a, b);
  return ratio === undefined ? '' : `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}
