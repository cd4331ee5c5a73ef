import { expect } from '@open-wc/testing';
import { decodeUtf8 } from '../../src/sources/decode-utf8.js';

describe('decodeUtf8', () => {
  it('decodes chunks as Response.text() decodes the whole body', async () => {
    // A byte order mark, a 2-byte, a 3-byte and a 4-byte character, and an invalid byte.
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"n":"Zoë € 🚀"}'), 0xff]);
    const expected = await new Response(bytes).text();
    expect(expected).to.equal('{"n":"Zoë € 🚀"}\ufffd');
    // Every split point, so each multi-byte character is cut across two chunks at some point.
    for (let at = 0; at <= bytes.length; at++) expect(decodeUtf8([bytes.slice(0, at), bytes.slice(at)]), `split at ${at}`).to.equal(expected);
    expect(decodeUtf8([...bytes].map((b) => new Uint8Array([b])))).to.equal(expected);
    expect(decodeUtf8([])).to.equal('');
  });
});
