import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatInstant, parseInstant } from '../../src/time/instant.js';

describe('time/instant', () => {
  describe('parseInstant', () => {
    it('reads dates as UTC midnight', () => {
      expect(parseInstant('1970-01-01')).to.equal(0);
      expect(parseInstant('2017-03-07')).to.equal(1_488_844_800_000);
      expect(parseInstant('2020-02-29')).to.equal(1_582_934_400_000);
      expect(parseInstant('0000-01-01')).to.equal(-62_167_219_200_000);
    });

    it('reads times without an offset as UTC, never the local zone', () => {
      expect(parseInstant('2017-03-07T12:34')).to.equal(1_488_890_040_000);
      expect(parseInstant('2017-03-07 12:34:56')).to.equal(1_488_890_096_000);
      expect(parseInstant('2017-03-07T12:34:56Z')).to.equal(1_488_890_096_000);
    });

    it('reads fractions of 1–9 digits', () => {
      expect(parseInstant('2017-03-07T12:34:56.789Z')).to.equal(1_488_890_096_789);
      expect(parseInstant('2017-03-07T12:34:56.7Z')).to.equal(1_488_890_096_700);
      expect(parseInstant('2017-03-07T12:34:56.123456789Z')).to.be.closeTo(1_488_890_096_123.456789, 1e-3);
      expect(parseInstant('2000-02-29T23:59:59.999Z')).to.equal(951_868_799_999);
      expect(parseInstant('1969-12-31T23:59:59.999Z')).to.equal(-1);
      expect(parseInstant('9999-12-31T23:59:59.999Z')).to.equal(253_402_300_799_999);
    });

    it('reads offsets as ±HH:mm, ±HHmm and ±HH', () => {
      expect(parseInstant('2017-03-07T12:34+05:30')).to.equal(1_488_870_240_000);
      expect(parseInstant('2017-03-07T12:34+0530')).to.equal(1_488_870_240_000);
      expect(parseInstant('2017-03-07 12:34+05')).to.equal(1_488_872_040_000);
      expect(parseInstant('2017-03-07T12:34-03:00')).to.equal(1_488_900_840_000);
      expect(parseInstant('2017-03-07T12:34:56-00:00')).to.equal(1_488_890_096_000);
      expect(parseInstant('2021-11-07T01:30-04:00')).to.equal(parseInstant('2021-11-07T05:30Z'));
    });

    it('takes finite epoch milliseconds within ±8.64e15 as they are', () => {
      expect(parseInstant(1_488_844_800_000)).to.equal(1_488_844_800_000);
      expect(parseInstant(1.5)).to.equal(1.5);
      expect(parseInstant(8.64e15)).to.equal(8.64e15);
      expect(parseInstant(-8.64e15)).to.equal(-8.64e15);
      expect(Object.is(parseInstant(-0), 0)).to.equal(true);
    });

    const invalid: unknown[] = [
      'March 7, 2017',
      '2017-13-01',
      '2017-00-10',
      '2017-02-30',
      '2019-02-29',
      '2021-04-31',
      '',
      '2017-1-5',
      '17-01-05',
      '1488844800000',
      ' 2017-03-07',
      '2017-03-07 ',
      '2017-03-07Z',
      '2017-03-07T12',
      '2017-03-07T24:00',
      '2017-03-07T12:60',
      '2017-03-07T12:00:60',
      '2017-03-07T12:00:00.',
      '2017-03-07T12:00:00.1234567890Z',
      '2017-03-07  12:00',
      '2017-03-07t12:00',
      '2017-03-07T12:00+24:00',
      '2017-03-07T12:00+05:60',
      '2017-03-07T12:00+5',
      '2017-03-07T12:00 +05:00',
      '+002017-03-07',
      '2017/03/07',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      8.64e15 + 1,
      null,
      undefined,
      true,
      {},
      [2017, 3, 7],
      new Date(0),
    ];
    for (const value of invalid) {
      it(`rejects ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`, () => {
        expect(parseInstant(value)).to.equal(undefined);
      });
    }

    it('agrees with Date.parse on the strings both accept', () => {
      fc.assert(
        fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
          const iso = new Date(ms).toISOString();
          expect(parseInstant(iso)).to.equal(ms);
          expect(parseInstant(iso.slice(0, 10))).to.equal(Date.parse(iso.slice(0, 10)));
        }),
        { seed: 2017, numRuns: 1000 },
      );
    });
  });

  describe('formatInstant', () => {
    it('writes ISO 8601 in UTC with milliseconds', () => {
      expect(formatInstant(0)).to.equal('1970-01-01T00:00:00.000Z');
      expect(formatInstant(-1)).to.equal('1969-12-31T23:59:59.999Z');
      expect(formatInstant(1_488_890_096_789)).to.equal('2017-03-07T12:34:56.789Z');
      expect(formatInstant(1.9)).to.equal('1970-01-01T00:00:00.001Z');
      expect(formatInstant(-0.5)).to.equal('1969-12-31T23:59:59.999Z');
      expect(formatInstant(8.64e15)).to.equal('+275760-09-13T00:00:00.000Z');
      expect(formatInstant(-8.64e15)).to.equal('-271821-04-20T00:00:00.000Z');
    });

    it('refuses what is not an instant', () => {
      expect(() => formatInstant(Number.NaN)).to.throw(RangeError, 'invalid instant: NaN');
      expect(() => formatInstant(8.64e15 + 1)).to.throw(RangeError);
    });

    it('matches toISOString and parses back', () => {
      fc.assert(
        fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
          const text = formatInstant(ms);
          expect(text).to.equal(new Date(ms).toISOString());
          expect(parseInstant(text) ?? ms).to.equal(ms); // six-digit years are written, not read
        }),
        { seed: 1, numRuns: 1000 },
      );
    });
  });
});
