/**
 * `cssProperties({ top: '24px' })`: sets inline style properties on an element through CSSOM
 * (`style.setProperty`), and nothing else.
 *
 * Why not lit's `styleMap`: on its first render it writes the whole map as a `style="…"`
 * attribute string, and a page whose Content-Security-Policy has `style-src` without
 * `'unsafe-inline'` refuses that attribute (a `style-src-attr` violation, and the element keeps
 * no position). Properties set through CSSOM are allowed by the same policy.
 *
 * Used as an element binding: `<div ${cssProperties({ top: `${y}px` })}>`. A property left out
 * of a later map is removed.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type CssProperties = Readonly<Record<string, string>>;

class CssPropertiesDirective extends Directive {
  #applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProperties() goes on an element: <div ${cssProperties({ … })}>');
  }

  render(_properties: CssProperties): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [CssProperties]): typeof nothing {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.#applied) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    this.#applied = new Set(Object.keys(properties));
    return nothing;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
