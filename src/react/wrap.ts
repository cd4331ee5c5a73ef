/**
 * One call per element: a React component for a registered crm element, made by @lit/react's
 * `createComponent`. React props that are element properties (`data`, `mode`, `from`) are set as
 * properties, so objects reach the element as they are; the named event props become listeners.
 */
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import React from 'react';

/** React prop name → DOM event name. */
export type EventProps = Record<string, EventName>;

/** `crm-relationship-grid` → `CrmRelationshipGrid`: the element's class name, for React DevTools. */
export function componentName(tagName: string): string {
  return tagName.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}

/**
 * A React component for `tagName`. `elementClass` must be the class registered under it: the
 * wrapper reads its prototype to tell properties from attributes, so import the element's
 * `define.js` (which registers the tag and exports the class) rather than the bare class.
 */
export function wrap<Element extends HTMLElement, Events extends EventProps>(
  tagName: string,
  elementClass: new () => Element,
  events: Events,
): ReactWebComponent<Element, Events> {
  return createComponent({ react: React, tagName, elementClass, events, displayName: componentName(tagName) });
}
