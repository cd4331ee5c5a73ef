import { expect } from '@open-wc/testing';
import { decodeUtf8 } from '../../src/sources/decode-utf8.js';
import { SourceError } from '../../src/sources/source-error.js';

describe('decodeUtf8', () => {
  it('decodes chunks as Response.text() decodes the whole body', async () => {
    // A byte order mark, a 2-byte, a 3-byte and a 4-byte character, and an invalid byte.
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"n":"Zoë € 🚀"}'), 0xff]);
    const expected = await new Response(bytes).text();
    expect(expected).to.equal('{"n":"Zoë € 🚀"}\ufffd');
    // Every split point, so each multi-byte character is cut across two chunks at some point.
    for (let at = 0; at <= bytes.length; at++) expect(decodeUtf8([bytes.slice(0, at), bytes.slice(at)], 'test.json'), `split at ${at}`).to.equal(expected);
    expect(decodeUtf8([...bytes].map((b) => new Uint8Array([b])), 'test.json')).to.equal(expected);
    expect(decodeUtf8([], 'test.json')).to.equal('');
  });

  it('turns a body over the longest string into a located too-large error, not an empty text', () => {
    // A real 540 MB body would take the test page's memory; the join of the decoded parts is
    // where V8 refuses ("Invalid string length"), so that is what is made to refuse here.
    const join = Array.prototype.join;
    Array.prototype.join = function () {
      throw new RangeError('Invalid string length');
    };
    let thrown: unknown;
    try {
      decodeUtf8([new Uint8Array(3_000_000), new Uint8Array(2_500_000)], '/data/crm.json');
    } catch (error) {
      thrown = error;
    } finally {
      Array.prototype.join = join;
    }
    expect(thrown).to.be.instanceOf(SourceError);
    expect((thrown as SourceError).kind).to.equal('too-large');
    expect((thrown as SourceError).message).to.equal(
      '/data/crm.json is 6 MB: more text than a browser can hold in one string (about 512 MB). Send columnar JSON (about two thirds of the size), leave out tables the page does not show, or split the data',
    );
  });
});
