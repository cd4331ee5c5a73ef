/**
 * Dispatch a `crm-*` event from an element: it bubbles and is composed, so a page listening on
 * `document` (or a dashboard around the element) hears it through any shadow root.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: false }));
}
