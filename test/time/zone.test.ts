import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { localToUtc, zoneOffsets } from '../../src/time/zone.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** An instant written with its offset, read by the engine's own ISO parser (an independent oracle). */
const at = (iso: string) => Date.parse(iso);
/** A wall-clock reading as milliseconds (the same scale `localToUtc` takes). */
const wall = (iso: string) => Date.parse(`${iso}Z`);

/** The zone's offset from Intl, the slow way: one formatToParts per instant. */
function referenceOffset(timeZone: string, t: number): number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  const part = Object.fromEntries(format.formatToParts(t).map(({ type, value }) => [type, Number(value)]));
  const local = Date.UTC(part.year!, part.month! - 1, part.day, part.hour, part.minute, part.second);
  return local - Math.floor(t / 1000) * 1000;
}

/** Counts formatToParts calls made while `run` runs. */
function countIntlCalls(run: () => void): number {
  const prototype = Intl.DateTimeFormat.prototype;
  const original = prototype.formatToParts;
  let calls = 0;
  prototype.formatToParts = function (this: Intl.DateTimeFormat, date?: Date | number) {
    calls += 1;
    return original.call(this, date);
  };
  try {
    run();
  } finally {
    prototype.formatToParts = original;
  }
  return calls;
}

describe('time/zone', () => {
  it('refuses names Intl does not know', () => {
    expect(() => zoneOffsets('Mars/Olympus_Mons')).to.throw(RangeError, 'unknown time zone: Mars/Olympus_Mons');
    expect(() => zoneOffsets('')).to.throw(RangeError, 'unknown time zone: ');
    expect(() => zoneOffsets(undefined as unknown as string)).to.throw(RangeError);
  });

  it('caches one table per zone name, and knows UTC by its other names', () => {
    expect(zoneOffsets('Europe/Berlin')).to.equal(zoneOffsets('Europe/Berlin'));
    expect(zoneOffsets('UTC').isUtc).to.equal(true);
    expect(zoneOffsets('Etc/UTC').isUtc).to.equal(true);
    expect(zoneOffsets('Etc/UTC').timeZone).to.equal('Etc/UTC');
    expect(zoneOffsets('UTC').offsetAt(at('2021-03-14T07:00Z'))).to.equal(0);
  });

  it('changes New York offsets on 2021-03-14 and 2021-11-07', () => {
    const ny = zoneOffsets('America/New_York');
    expect(ny.offsetAt(at('2021-03-14T06:59:59.999Z'))).to.equal(-5 * HOUR);
    expect(ny.offsetAt(at('2021-03-14T07:00Z'))).to.equal(-4 * HOUR);
    expect(ny.offsetAt(at('2021-11-07T05:59:59.999Z'))).to.equal(-4 * HOUR);
    expect(ny.offsetAt(at('2021-11-07T06:00Z'))).to.equal(-5 * HOUR);
  });

  it('changes Berlin offsets on 2021-03-28 and 2021-10-31 at 01:00 UTC', () => {
    const berlin = zoneOffsets('Europe/Berlin');
    expect(berlin.offsetAt(at('2021-03-28T00:59:59Z'))).to.equal(HOUR);
    expect(berlin.offsetAt(at('2021-03-28T01:00Z'))).to.equal(2 * HOUR);
    expect(berlin.offsetAt(at('2021-10-31T00:59:59Z'))).to.equal(2 * HOUR);
    expect(berlin.offsetAt(at('2021-10-31T01:00Z'))).to.equal(HOUR);
  });

  it('handles 30- and 45-minute offsets and half-hour DST', () => {
    expect(zoneOffsets('Asia/Kolkata').offsetAt(at('2021-06-01T00:00Z'))).to.equal(5.5 * HOUR);
    const lordHowe = zoneOffsets('Australia/Lord_Howe');
    expect(lordHowe.offsetAt(at('2021-04-03T14:59:59Z'))).to.equal(11 * HOUR);
    expect(lordHowe.offsetAt(at('2021-04-03T15:00Z'))).to.equal(10.5 * HOUR);
    expect(lordHowe.offsetAt(at('2021-10-02T15:29:59Z'))).to.equal(10.5 * HOUR);
    expect(lordHowe.offsetAt(at('2021-10-02T15:30Z'))).to.equal(11 * HOUR);
    const chatham = zoneOffsets('Pacific/Chatham');
    expect(chatham.offsetAt(at('2021-04-03T13:59:59Z'))).to.equal(13 * HOUR + 45 * MINUTE);
    expect(chatham.offsetAt(at('2021-04-03T14:00Z'))).to.equal(12 * HOUR + 45 * MINUTE);
    expect(chatham.offsetAt(at('2021-09-25T13:59:59Z'))).to.equal(12 * HOUR + 45 * MINUTE);
    expect(chatham.offsetAt(at('2021-09-25T14:00Z'))).to.equal(13 * HOUR + 45 * MINUTE);
  });

  it('starts São Paulo summer time at midnight on 2018-11-04', () => {
    const saoPaulo = zoneOffsets('America/Sao_Paulo');
    expect(saoPaulo.offsetAt(at('2018-11-04T02:59:59Z'))).to.equal(-3 * HOUR);
    expect(saoPaulo.offsetAt(at('2018-11-04T03:00Z'))).to.equal(-2 * HOUR);
  });

  it('learns offsets to the second, local mean time included', () => {
    // New York kept local mean time, 4:56:02 behind Greenwich, until 1883-11-18 12:03:58 local.
    const ny = zoneOffsets('America/New_York');
    expect(ny.offsetAt(at('1800-01-01T00:00Z'))).to.equal(-(4 * HOUR + 56 * MINUTE + 2000));
    expect(ny.offsetAt(at('1883-11-18T16:59:59Z'))).to.equal(-(4 * HOUR + 56 * MINUTE + 2000));
    expect(ny.offsetAt(at('1883-11-18T17:00Z'))).to.equal(-5 * HOUR);
  });

  it('answers NaN for what is not an instant', () => {
    const ny = zoneOffsets('America/New_York');
    expect(ny.offsetAt(Number.NaN)).to.be.NaN;
    expect(ny.offsetAt(Number.POSITIVE_INFINITY)).to.be.NaN;
    expect(ny.offsetAt(8.64e15 + 1)).to.be.NaN;
    expect(ny.localToUtc(Number.NaN)).to.be.NaN;
    expect(zoneOffsets('UTC').offsetAt(Number.NaN)).to.be.NaN;
  });

  describe('localToUtc', () => {
    it('maps a wall time skipped by spring forward to the change itself', () => {
      expect(localToUtc(wall('2021-03-14T02:30'), 'America/New_York')).to.equal(at('2021-03-14T07:00Z'));
      expect(localToUtc(wall('2021-03-28T02:30'), 'Europe/Berlin')).to.equal(at('2021-03-28T01:00Z'));
      expect(localToUtc(wall('2018-11-04T00:00'), 'America/Sao_Paulo')).to.equal(at('2018-11-04T03:00Z'));
    });

    it('maps a wall time repeated by fall back to the earlier instant', () => {
      expect(localToUtc(wall('2021-11-07T01:30'), 'America/New_York')).to.equal(at('2021-11-07T01:30-04:00'));
      expect(localToUtc(wall('2021-10-31T02:30'), 'Europe/Berlin')).to.equal(at('2021-10-31T02:30+02:00'));
      expect(localToUtc(wall('2021-04-04T01:45'), 'Australia/Lord_Howe')).to.equal(at('2021-04-04T01:45+11:00'));
    });

    it('maps ordinary wall times exactly', () => {
      expect(localToUtc(wall('2021-11-07T00:30'), 'America/New_York')).to.equal(at('2021-11-07T04:30Z'));
      expect(localToUtc(wall('2021-11-07T02:00'), 'America/New_York')).to.equal(at('2021-11-07T07:00Z'));
      expect(localToUtc(wall('2021-09-26T00:00'), 'Pacific/Chatham')).to.equal(at('2021-09-26T00:00+12:45'));
      expect(localToUtc(wall('2021-03-14T12:00'), 'UTC')).to.equal(at('2021-03-14T12:00Z'));
    });
  });

  describe('learning', () => {
    it('asks Intl nothing per call once a range is learned', () => {
      const paris = zoneOffsets('Europe/Paris');
      const from = at('2015-01-01T00:00Z');
      const learning = countIntlCalls(() => paris.offsetAt(from) + paris.offsetAt(from + 5 * 365 * 24 * HOUR));
      expect(learning).to.be.within(1, 2000);
      const calls = countIntlCalls(() => {
        for (let i = 0; i < 10_000; i++) paris.offsetAt(from + i * 4 * HOUR);
        paris.localToUtc(from + HOUR);
      });
      expect(calls).to.equal(0);
    });

    it('learns only the block around a stray far instant, not the centuries between', () => {
      const rome = zoneOffsets('Europe/Rome');
      rome.offsetAt(at('2020-06-01T00:00Z'));
      const calls = countIntlCalls(() => {
        expect(rome.offsetAt(8.64e15)).to.equal(2 * HOUR); // 13 September 275760: summer time
        expect(rome.offsetAt(-8.64e15)).to.be.a('number');
      });
      expect(calls).to.be.below(400);
    });

    const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Sao_Paulo', 'Asia/Kathmandu', 'Pacific/Apia'];
    const instants = fc.integer({ min: at('1900-01-01T00:00Z'), max: at('2100-01-01T00:00Z') });

    it('agrees with Intl at random instants in several zones', () => {
      fc.assert(
        fc.property(fc.constantFrom(...zones), instants, (timeZone, t) => {
          expect(zoneOffsets(timeZone).offsetAt(t)).to.equal(referenceOffset(timeZone, t));
        }),
        { seed: 1883, numRuns: 1500 },
      );
    });

    it('maps every wall time back to the earliest instant showing it', () => {
      fc.assert(
        fc.property(fc.constantFrom(...zones), instants, (timeZone, t) => {
          const zone = zoneOffsets(timeZone);
          const local = t + zone.offsetAt(t);
          const earliest = zone.localToUtc(local);
          expect(earliest).to.be.at.most(t);
          expect(earliest + zone.offsetAt(earliest)).to.equal(local);
        }),
        { seed: 1918, numRuns: 1500 },
      );
    });
  });
});
