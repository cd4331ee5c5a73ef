/**
 * Exports in canvas mode: the SVG holds the axes, quadrants and labels but not the points, which
 * are pixels on a canvas under it. For the length of an export the canvas's picture goes into
 * the SVG as an `<image>` (a PNG data URL) under everything else, so that the SVG and PNG files
 * show what the screen shows; then it comes out again.
 */
export function embedCanvas(svg: SVGSVGElement, canvas: HTMLCanvasElement, width: number, height: number): () => void {
  const image = document.createElementNS('http://www.w3.org/2000/svg', 'image');
  image.setAttribute('class', 'points-image');
  image.setAttribute('width', String(width));
  image.setAttribute('height', String(height));
  image.setAttribute('href', canvas.toDataURL('image/png'));
  svg.prepend(image);
  return () => image.remove();
}
