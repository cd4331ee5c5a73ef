/**
 * The heatmap's sequential colour ramp and the text colour of each cell. The ramp runs between
 * two theme colours (`--crm-cohort-low-color` → `--crm-cohort-high-color`), mixed in OKLab so
 * that equal steps of rate look like equal steps of colour; it is a few lines, where a scheme
 * library would cost kilobytes. Each cell's text takes whichever of the two inks (the theme's
 * text colour and its on-accent colour: one is dark, one light, in either theme) contrasts more
 * with the cell, by WCAG 2 relative luminance.
 */

/** sRGB channels 0–255. */
export type Rgb = readonly [number, number, number];

/** Steps of the ramp: rates are drawn at the nearest of 256 shades. */
const STEPS = 256;

function toLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function fromLinear(value: number): number {
  const v = value <= 0.0031308 ? value * 12.92 : 1.055 * value ** (1 / 2.4) - 0.055;
  return Math.round(Math.min(1, Math.max(0, v)) * 255);
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The ink of `inks` that contrasts more with `fill` (the first on a tie). */
export function pickInk(fill: Rgb, inks: readonly [Rgb, Rgb]): Rgb {
  return contrastRatio(fill, inks[1]) > contrastRatio(fill, inks[0]) ? inks[1] : inks[0];
}

function toOklab([r, g, b]: Rgb): [number, number, number] {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
}

function fromOklab([L, a, b]: readonly [number, number, number]): Rgb {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s), fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s), fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s)];
}

export const rgbText = ([r, g, b]: Rgb): string => `rgb(${r}, ${g}, ${b})`;

/** The theme colours the heatmap is drawn with, resolved to sRGB. */
export interface HeatmapPalette {
  low: Rgb;
  high: Rgb;
  /** The two candidate inks for text on a cell; one dark and one light. */
  inks: readonly [Rgb, Rgb];
  /** Fill of a cell without a rate (a revenue cohort without revenue at first). */
  none: Rgb;
}

export interface Shade {
  fill: string;
  ink: string;
  /** Contrast of the ink on the fill. */
  contrast: number;
}

/** A sequential ramp from `palette.low` (t = 0) to `palette.high` (t = 1), with the ink of each shade. */
export interface ColorRamp {
  /** The shade for t in [0, 1]; t outside is clamped (a rate above the scale's top takes the top shade). */
  at(t: number): Shade;
  /** The shade of a cell without a rate. */
  none: Shade;
  /** Evenly spaced CSS colours along the ramp, for the legend's gradient. */
  stops(n: number): string[];
}

function shadeOf(fill: Rgb, inks: readonly [Rgb, Rgb]): Shade {
  const ink = pickInk(fill, inks);
  return { fill: rgbText(fill), ink: rgbText(ink), contrast: contrastRatio(fill, ink) };
}

export function colorRamp(palette: HeatmapPalette): ColorRamp {
  const low = toOklab(palette.low);
  const high = toOklab(palette.high);
  const mix = (t: number): Rgb => fromOklab([low[0] + (high[0] - low[0]) * t, low[1] + (high[1] - low[1]) * t, low[2] + (high[2] - low[2]) * t]);
  const shades = Array.from({ length: STEPS }, (_, i) => shadeOf(mix(i / (STEPS - 1)), palette.inks));
  return {
    at: (t) => shades[Math.round(Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (STEPS - 1))]!,
    none: shadeOf(palette.none, palette.inks),
    stops: (n) => Array.from({ length: n }, (_, i) => rgbText(mix(n === 1 ? 1 : i / (n - 1)))),
  };
}

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour the browser understands (hex, rgb(), hsl(), oklch(), color-mix(), a name) as
 * sRGB, by painting one pixel: the page may theme the kit with any colour syntax. Falls back
 * to `fallback` where there is no canvas or the text is not a colour.
 */
export function resolveColor(css: string, fallback: Rgb): Rgb {
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe || css.trim() === '') return fallback;
  probe.clearRect(0, 0, 1, 1);
  // An invalid colour leaves fillStyle as it was: transparent, so the pixel tells.
  probe.fillStyle = 'transparent';
  probe.fillStyle = css.trim();
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return a === 0 ? fallback : [r!, g!, b!];
}
