/**
 * Register a tag unless it is already registered: two copies of the kit on one page (a vendor's
 * bundle and the page's script tag) must not throw `NotSupportedError`. The first definition
 * wins; the second copy's elements use it.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
