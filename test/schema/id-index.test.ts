import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { idIndex } from '../../src/schema/rules/id-index.js';

describe('idIndex', () => {
  it('chains every row of an id in row order, as a list per id in a Map would', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom('', 'a', 'b', 'acct-1', 'acct-2', 'é', '\u{1F680}'), { nil: undefined }), { maxLength: 80 }), (ids) => {
        const reference = new Map<string, number[]>();
        ids.forEach((id, i) => id !== undefined && reference.set(id, [...(reference.get(id) ?? []), i]));
        const index = idIndex(ids);
        for (const [id, rows] of reference) {
          const chain: number[] = [];
          for (let at = index.first(id); at !== -1; at = index.next[at] as number) chain.push(at);
          expect(chain, id).to.deep.equal(rows);
        }
        expect(index.first('never')).to.equal(-1);
        expect(index.repeated).to.deep.equal([...reference.values()].filter((rows) => rows.length > 1).map((rows) => rows[0]).sort((a, b) => (a as number) - (b as number)));
      }),
      { seed: 1125, numRuns: 300 },
    );
  });
});
