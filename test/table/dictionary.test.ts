import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Dictionary } from '../../src/table/index.js';

describe('Dictionary', () => {
  it('gives each distinct string the code a Map of first appearances gives, through growth and after packing', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', 'a', 'b', 'Ana', 'acct-000001', '\u{1F600}')), { maxLength: 300 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 20 }), (values, probes) => {
        const reference = new Map<string, number>();
        const dictionary = new Dictionary();
        for (const value of values) {
          if (!reference.has(value)) reference.set(value, reference.size);
          expect(dictionary.encode(value), value).to.equal(reference.get(value));
        }
        expect(dictionary.values).to.deep.equal([...reference.keys()]);
        const unpacked = Dictionary.fromPacked(dictionary.pack());
        for (const probe of [...probes, ...values]) {
          expect(dictionary.codeOf(probe), probe).to.equal(reference.get(probe) ?? -1);
          expect(unpacked.codeOf(probe), probe).to.equal(reference.get(probe) ?? -1);
        }
        // A value new to the unpacked copy takes the next code.
        expect(unpacked.encode('\u0000new')).to.equal(reference.has('\u0000new') ? reference.get('\u0000new') : reference.size);
      }),
      { seed: 2611, numRuns: 300 },
    );
  });

  it('tells apart strings whose hashes collide', () => {
    // Many short strings in a small table: the probe sequence must compare strings, not hashes.
    const dictionary = new Dictionary();
    const values = Array.from({ length: 5000 }, (_, i) => i.toString(36));
    values.forEach((value, i) => expect(dictionary.encode(value)).to.equal(i));
    values.forEach((value, i) => expect(dictionary.codeOf(value)).to.equal(i));
    expect(dictionary.codeOf('zzzzzz')).to.equal(-1);
  });
});
