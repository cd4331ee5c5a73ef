import { SourceError } from './source-error.js';

/**
 * JSON.parse with a message that names where the text came from. The engine's own message
 * already gives the position (`at position 20 (line 1 column 21)`); a body that starts with
 * `<` is almost always an HTML error or login page, which the message says outright.
 */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const html = /^\s*</.test(text) ? ' (the response is HTML, not JSON)' : '';
    const empty = text.trim() === '' ? ' (the response is empty)' : '';
    throw new SourceError('syntax', `${source} is not valid JSON${html}${empty}: ${reason}`, source);
  }
}
