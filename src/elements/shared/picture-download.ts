/**
 * The downloads of the toolbar and `toPNG()`: a chart's SVG drawn as a PNG, and a file offered
 * for download. Only a click or a call needs them, so elements import this module then
 * (`import('./picture-download.js')`) and it stays out of what a page loads to draw.
 */
import { svgToString } from './picture-export.js';

/** The SVG drawn onto a canvas at `scale` (2 for crisp text on most screens), as a PNG blob. */
export async function svgToPng(svg: SVGSVGElement, scale = 2, background?: string): Promise<Blob> {
  const text = svgToString(svg);
  const box = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(box.width * scale));
    canvas.height = Math.max(1, Math.round(box.height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('PNG export: no 2D canvas available');
    if (background) {
      context.fillStyle = background;
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offer `blob` as a download named `filename`. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click starts the download synchronously; the URL can go once the task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
