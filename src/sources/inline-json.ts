import { parseJsonText } from './parse-json.js';

export const INLINE_SOURCE = 'inline JSON';

/** The host's own `<script type="application/json">` child, if any (not one of a nested element). */
export function inlineJsonScript(host: Element): HTMLScriptElement | undefined {
  for (const child of Array.from(host.children)) {
    if (child.localName === 'script' && (child as HTMLScriptElement).type === 'application/json') return child as HTMLScriptElement;
  }
  return undefined;
}

/**
 * The data of an inline `<script type="application/json">` child. A script of that type is
 * never run by the browser, which makes it the safe way to put data in markup.
 */
export function readInlineJson(script: HTMLScriptElement): unknown {
  return parseJsonText(script.textContent ?? '', INLINE_SOURCE);
}
