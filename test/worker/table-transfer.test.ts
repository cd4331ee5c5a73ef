import { expect } from '@open-wc/testing';
import { generateDataset } from '../../src/generator/index.js';
import { parseDataset } from '../../src/schema/index.js';
import { buildTable, Dictionary, type CrmTable } from '../../src/table/index.js';
import { packStrings, packedAt, unpackStrings } from '../../src/table/packed-strings.js';
import { packTable, unpackTable } from '../../src/table/table-transfer.js';
import { plainTable, SECTIONS } from '../support/plain-table.js';

/** 300 generated accounts (seed 42): every table present. */
const table = (): CrmTable => buildTable(parseDataset(generateDataset({ seed: 42, accounts: 300, timeFormat: 'epoch' })).dataset);

function typedArrays(t: CrmTable): ArrayBufferView[] {
  return SECTIONS.flatMap((name) => Object.values(t[name]).filter((v): v is ArrayBufferView => ArrayBuffer.isView(v)));
}

describe('table transfer (worker → page)', () => {
  it('rebuilds the same table after a structured clone with the transfer list', () => {
    const original = table();
    const expected = plainTable(table());
    const { table: message, transfer } = packTable(original);
    const received = unpackTable(structuredClone(message, { transfer }));
    expect(plainTable(received)).to.deep.equal(expected);
    expect(received.deals.length).to.equal(expected['deals.length']);
    expect(received.orders.id.length).to.be.greaterThan(300);
  });

  it('moves every typed array instead of copying it: the sender is left with detached buffers', () => {
    const original = table();
    const arrays = typedArrays(original);
    expect(arrays.length).to.be.greaterThan(40);
    expect(arrays.some((a) => a.byteLength > 0)).to.equal(true);
    const { table: message, transfer } = packTable(original);
    // Each buffer once (twice would make postMessage throw), and every column's buffer among them.
    expect(new Set(transfer).size).to.equal(transfer.length);
    for (const array of arrays) expect(transfer).to.include(array.buffer);
    structuredClone(message, { transfer });
    // A detached buffer has no bytes left (`ArrayBuffer.prototype.detached` is ES2024, past this project's lib).
    expect(arrays.filter((a) => a.byteLength !== 0 || a.buffer.byteLength !== 0)).to.have.length(0);
  });

  it('sends ASCII strings as bytes in a transferred buffer, other text as a string, and reads both back the same', () => {
    const t = table();
    const names = ['Acme', 'Ünïcödé 🚀', 'Globex', ''];
    t.campaigns.name = names.concat(Array<string>(t.campaigns.length - names.length).fill('x'));
    const expected = plainTable(t);
    const { table: message, transfer } = packTable(t);
    const wire = (name: string) => (message.sections[name === 'campaigns' ? 'campaigns' : 'deals']![name === 'campaigns' ? 'name' : 'ids'] as { packed: object }).packed;
    const ascii = (wire('deals') as { ascii?: Uint8Array }).ascii;
    expect(ascii, 'deal ids as bytes').to.be.instanceOf(Uint8Array);
    expect(transfer).to.include(ascii!.buffer);
    expect(wire('deals')).not.to.have.property('text');
    expect((wire('campaigns') as { text?: string }).text).to.be.a('string');
    const received = unpackTable(structuredClone(message, { transfer }));
    expect(received.campaigns.name.slice(0, 4)).to.deep.equal(names);
    expect(plainTable(received)).to.deep.equal(expected);
  });

  it('lists a buffer shared by two columns once', () => {
    const t = table();
    const shared = new Float64Array(2 * t.costs.length);
    t.costs.amount = shared.subarray(0, t.costs.length);
    t.costs.at = shared.subarray(t.costs.length);
    const { transfer } = packTable(t);
    expect(transfer.filter((b) => b === shared.buffer)).to.have.length(1);
  });

  it('with `keep`, sends copies: the sender keeps a whole table (the load worker computes on it)', () => {
    const original = table();
    const expected = plainTable(table());
    const arrays = typedArrays(original);
    const { table: message, transfer } = packTable(original, { keep: true });
    for (const array of arrays) expect(transfer, 'a column of the sender in the transfer list').not.to.include(array.buffer);
    const received = unpackTable(structuredClone(message, { transfer }));
    expect(plainTable(original), 'the sender, after the transfer').to.deep.equal(expected);
    expect(plainTable(received)).to.deep.equal(expected);
    expect(received.deals.amount).not.to.equal(original.deals.amount);
  });

  it('with `keep`, gives views of one buffer one copy, at the same offsets', () => {
    const t = table();
    const shared = new Float64Array(2 * t.costs.length);
    shared.forEach((_, i) => (shared[i] = i));
    t.costs.amount = shared.subarray(0, t.costs.length);
    t.costs.at = shared.subarray(t.costs.length);
    const { table: message, transfer } = packTable(t, { keep: true });
    const amount = (message.sections.costs!.amount as { value: Float64Array }).value;
    const at = (message.sections.costs!.at as { value: Float64Array }).value;
    expect(amount.buffer).to.equal(at.buffer);
    expect(amount.buffer).not.to.equal(shared.buffer);
    expect(transfer.filter((b) => b === amount.buffer)).to.have.length(1);
    expect([Array.from(amount), Array.from(at)]).to.deep.equal([Array.from(t.costs.amount), Array.from(t.costs.at)]);
  });

  it('gives a packed dictionary the API metrics use, building values and lookups only on demand', () => {
    const ids = ['d-1', 'd-2', 'Ünïcödé 🚀', '', 'd-10'];
    const packed = Dictionary.fromPacked(new Dictionary(ids).pack());
    expect(packed.size).to.equal(5);
    expect([0, 1, 2, 3, 4, 5, -1].map((c) => packed.decode(c))).to.deep.equal([...ids, undefined, undefined]);
    expect(packed.codeOf('Ünïcödé 🚀')).to.equal(2);
    expect(packed.codeOf('')).to.equal(3);
    expect(packed.codeOf('nope')).to.equal(-1);
    expect(packed.values).to.deep.equal(ids);
    expect(packed.encode('d-2')).to.equal(1);
    expect(packed.encode('d-11')).to.equal(5);
    expect([packed.size, packed.decode(5), packed.codeOf('d-11')]).to.deep.equal([6, 'd-11', 5]);
    expect(packed.pack().text).to.equal('d-1d-2Ünïcödé 🚀d-10d-11');
  });

  it('packs absent strings apart from empty ones', () => {
    const values = ['Acme', undefined, '', 'Globex'];
    const packed = packStrings(values);
    expect(unpackStrings(structuredClone(packed))).to.deep.equal(values);
    expect([0, 1, 2, 3, 4].map((i) => packedAt(packed, i))).to.deep.equal(['Acme', undefined, '', 'Globex', undefined]);
    expect(packStrings(['a', 'b']).absent).to.equal(undefined);
  });
});
