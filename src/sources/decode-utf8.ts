import { SourceError } from './source-error.js';

/**
 * Bytes to text as Response.text() decodes a body — UTF-8, a leading byte order mark dropped,
 * invalid bytes replaced — from the chunks it arrived in (a character may straddle two).
 *
 * A body over V8's longest string (2^29 − 24 characters, about 512 MiB) cannot become one text:
 * Chromium's own `response.text()` then quietly gives an empty string, which reads as "the
 * response is empty". Here it is a SourceError (`too-large`) that says what happened and what to
 * send instead; `source` names the URL.
 */
export function decodeUtf8(chunks: readonly Uint8Array[], source: string): string {
  const decoder = new TextDecoder();
  const parts = chunks.map((chunk) => decoder.decode(chunk, { stream: true }));
  parts.push(decoder.decode());
  try {
    return parts.join('');
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const bytes = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    const mb = Math.round(bytes / 1e6);
    throw new SourceError(
      'too-large',
      `${source} is ${mb} MB: more text than a browser can hold in one string (about 512 MB). Send columnar JSON (about two thirds of the size), leave out tables the page does not show, or split the data`,
      source,
    );
  }
}
