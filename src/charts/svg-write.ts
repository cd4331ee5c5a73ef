/**
 * Writing SVG without needless work: an attribute or text is written only when it changes, so a
 * redraw that moves nothing costs reads, not style invalidations.
 */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Set `name` to `value` unless it already is. */
export function set(node: Element, name: string, value: string | number): void {
  const text = String(value);
  if (node.getAttribute(name) !== text) node.setAttribute(name, text);
}

/** Set the text of `node` unless it already is. */
export function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Append an SVG `tag` of `className` to `parent`. */
export function child<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, className: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  node.setAttribute('class', className);
  parent.append(node);
  return node;
}
