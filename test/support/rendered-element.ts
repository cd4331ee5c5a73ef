/**
 * The usual way an element test starts: create the tag with `locale="en-US"`, the attributes
 * given as `name=value` words (a bare `name` sets it empty), a width and the data, add it to
 * the page, and wait for its first `crm-render` and the update after it.
 */
import { oneEvent } from '@open-wc/testing';
import type { CrmElement } from '../../src/elements/shared/crm-element.js';

export async function renderedElement<E extends CrmElement<unknown>>(tag: string, data: unknown, attributes = '', width = 720): Promise<E> {
  const el = document.createElement(tag) as E;
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of attributes.split(' ').filter(Boolean).map((a) => a.split('='))) el.setAttribute(name as string, value ?? '');
  el.style.width = `${width}px`;
  el.data = data;
  const rendered = oneEvent(el, 'crm-render');
  document.body.append(el);
  await rendered;
  await el.updateComplete;
  return el;
}

/**
 * Make `change` (a bad attribute, bad data, a missing `src`), wait for the `crm-error` it causes
 * and the update after it, and return the error text the element shows.
 */
export async function errorShownAfter(el: CrmElement<unknown>, change: () => void): Promise<string> {
  const error = oneEvent(el, 'crm-error');
  change();
  await error;
  await el.updateComplete;
  return el.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '';
}
