/**
 * Scatter points on a canvas, for more points than SVG can draw in time (DESIGN: 100k SVG
 * circles take about a second to the next frame). The points must look like the SVG circles of
 * the same chart: the same radius, colour and opacity, each point blended over the ones before
 * it, antialiased edges.
 *
 * Why pixels and not `arc()`: with the GPU off (as on the machines this kit is tested on) a
 * canvas path per point costs 4–8 × more than writing the pixels here. Each point stamps a
 * precomputed coverage mask (a disc supersampled 4 × 4 per pixel) into an ImageData, blending
 * its colour over what is already there; the canvas starts filled with the chart's surface
 * colour, so it is opaque and the blend needs no alpha channel. One `putImageData` at the end.
 */

/** An opaque colour as 0–255 channels. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export interface ScatterCanvasPoints {
  /** Point centres in CSS pixels. */
  x: Float32Array;
  y: Float32Array;
  /** Each point's colour, an index into `colors`. */
  color: Uint8Array;
}

export interface ScatterCanvasStyle {
  /** Size in CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel (window.devicePixelRatio). */
  dpr: number;
  /** Point radius in CSS pixels. */
  radius: number;
  /** Opacity of one point, 0–1. */
  opacity: number;
  /** The colour under the points. */
  background: Rgb;
  colors: readonly Rgb[];
}

/** A disc's coverage of the pixels around its centre: offsets and 0–256 blend weights. */
interface Stamp {
  reach: number;
  dx: Int32Array;
  dy: Int32Array;
  weight: Int32Array;
}

const stamps = new Map<string, Stamp>();
const images = new WeakMap<HTMLCanvasElement, ImageData>();

/** The mask of a disc of `radius` device pixels centred on a pixel centre, at `opacity`. */
function stampOf(radius: number, opacity: number): Stamp {
  const key = `${radius}|${opacity}`;
  let stamp = stamps.get(key);
  if (stamp) return stamp;
  const reach = Math.ceil(radius + 0.5);
  const dx: number[] = [];
  const dy: number[] = [];
  const weight: number[] = [];
  const r2 = radius * radius;
  for (let py = -reach; py <= reach; py++) {
    for (let px = -reach; px <= reach; px++) {
      let inside = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const x = px + (sx + 0.5) / 4 - 0.5;
          const y = py + (sy + 0.5) / 4 - 0.5;
          if (x * x + y * y <= r2) inside++;
        }
      }
      const w = Math.round((inside / 16) * opacity * 256);
      if (w > 0) {
        dx.push(px);
        dy.push(py);
        weight.push(w);
      }
    }
  }
  stamp = { reach, dx: Int32Array.from(dx), dy: Int32Array.from(dy), weight: Int32Array.from(weight) };
  stamps.set(key, stamp);
  return stamp;
}

const colours = new Map<string, Rgb>();
let probe: CanvasRenderingContext2D | null | undefined;

/**
 * The colour a CSS colour string paints, read back from a 1 × 1 canvas (so any syntax the
 * browser accepts works: hex, rgb(), named, oklch()) and remembered: a redraw must not pay for a
 * canvas per colour. Transparency is dropped.
 */
export function cssColorToRgb(color: string): Rgb {
  let rgb = colours.get(color);
  if (rgb) return rgb;
  if (probe === undefined) {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    probe = canvas.getContext('2d', { willReadFrequently: true });
  }
  if (!probe) return { r: 0, g: 0, b: 0 };
  probe.fillStyle = '#000';
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = probe.getImageData(0, 0, 1, 1).data;
  rgb = { r, g, b };
  colours.set(color, rgb);
  return rgb;
}

/** Size the canvas for `style` (device pixels behind CSS pixels) and draw every point. */
export function drawScatterCanvas(canvas: HTMLCanvasElement, points: ScatterCanvasPoints, style: ScatterCanvasStyle): void {
  const dpr = Math.max(1, style.dpr || 1);
  const w = Math.max(1, Math.round(style.width * dpr));
  const h = Math.max(1, Math.round(style.height * dpr));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  canvas.style.width = `${style.width}px`;
  canvas.style.height = `${style.height}px`;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('scatter: no 2D canvas available');
  // One pixel buffer per canvas, reused while its size holds: a drag redraws every frame.
  let image = images.get(canvas);
  if (!image || image.width !== w || image.height !== h) {
    image = context.createImageData(w, h);
    images.set(canvas, image);
  }
  const data = image.data;
  const { background: bg } = style;
  new Uint32Array(data.buffer).fill(new Uint32Array(new Uint8Array([bg.r, bg.g, bg.b, 255]).buffer)[0]!);

  const { reach, dx, dy, weight } = stampOf(style.radius * dpr, style.opacity);
  const m = weight.length;
  const palette = new Int32Array(style.colors.length * 3);
  style.colors.forEach((c, i) => palette.set([c.r, c.g, c.b], i * 3));
  const { x, y, color } = points;
  for (let i = 0; i < x.length; i++) {
    const cx = Math.round(x[i]! * dpr - 0.5);
    const cy = Math.round(y[i]! * dpr - 0.5);
    if (!(cx > -reach && cy > -reach && cx < w + reach && cy < h + reach)) continue; // off the canvas, or NaN
    const p = color[i]! * 3;
    const r = palette[p]!;
    const g = palette[p + 1]!;
    const b = palette[p + 2]!;
    const clipped = cx < reach || cy < reach || cx >= w - reach || cy >= h - reach;
    for (let j = 0; j < m; j++) {
      const px = cx + dx[j]!;
      const py = cy + dy[j]!;
      if (clipped && (px < 0 || py < 0 || px >= w || py >= h)) continue;
      const o = (py * w + px) << 2;
      const a = weight[j]!;
      const keep = 256 - a;
      data[o] = (r * a + data[o]! * keep) >> 8;
      data[o + 1] = (g * a + data[o + 1]! * keep) >> 8;
      data[o + 2] = (b * a + data[o + 2]! * keep) >> 8;
    }
  }
  context.putImageData(image, 0, 0);
}
