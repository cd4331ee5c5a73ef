/**
 * A chart's picture as a standalone SVG file (the PNG and the download are in
 * picture-download.ts, imported on first use). The chart's colours come from CSS custom
 * properties that mean nothing outside the page, so the computed style of every node is written
 * onto the copy before it is serialised.
 */
const STYLE_PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'] as const;

export function svgToString(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((node, i) => {
    const style = getComputedStyle(node);
    const target = copies[i] as SVGElement;
    for (const name of STYLE_PROPERTIES) target.style.setProperty(name, style.getPropertyValue(name));
    target.removeAttribute('tabindex');
  });
  const box = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(box.width)));
  copy.setAttribute('height', String(Math.round(box.height)));
  return new XMLSerializer().serializeToString(copy);
}
