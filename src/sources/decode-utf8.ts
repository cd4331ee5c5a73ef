/**
 * Bytes to text as Response.text() decodes a body — UTF-8, a leading byte order mark dropped,
 * invalid bytes replaced — from the chunks it arrived in (a character may straddle two).
 */
export function decodeUtf8(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  const parts = chunks.map((chunk) => decoder.decode(chunk, { stream: true }));
  parts.push(decoder.decode());
  return parts.join('');
}
