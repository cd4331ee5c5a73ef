import { expect } from '@open-wc/testing';
import { bucketTimes, type Period } from '../../src/table/index.js';
import { frameBucket, frameIndex, NO_KEY, periodFrame, rowPeriodKeys } from '../../src/table/period-frame.js';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

/**
 * Rows every 37 minutes for 70 days around two clock changes, plus rows that are no instant: the
 * frame must give every row the bucket bucketTimes gives it, for any range.
 */
function rowsAround(startIso: string): Float64Array {
  const start = at(startIso);
  const times = Array.from({ length: (70 * 24 * 60) / 37 }, (_, i) => start + i * 37 * 60_000);
  return Float64Array.from([...times, Number.NaN, Number.POSITIVE_INFINITY, 9e15, start - 400 * 24 * HOUR]);
}

describe('periodFrame and frameBucket', () => {
  const cases: [string, string, Period[]][] = [
    ['Europe/Berlin', '2021-03-01T00:00Z', ['day', 'week', 'month', 'quarter']],
    ['America/New_York', '2021-10-15T00:00Z', ['day', 'week', 'month']],
    ['America/Sao_Paulo', '2018-10-20T00:00Z', ['day', 'week', 'month']], // a skipped midnight
    ['Asia/Tokyo', '2021-12-20T00:00Z', ['day', 'month', 'year']],
    ['Australia/Lord_Howe', '2021-09-20T00:00Z', ['day', 'week']], // half-hour changes
    ['UTC', '2020-02-20T00:00Z', ['day', 'week', 'month', 'quarter', 'year']],
  ];
  for (const [timeZone, startIso, periods] of cases) {
    it(`gives every row the bucket bucketTimes gives it, in ${timeZone}, for ranges cutting anywhere`, () => {
      const times = rowsAround(startIso);
      const start = at(startIso);
      const ranges = [
        [start, start + 70 * 24 * HOUR],
        [start + 13 * HOUR + 17 * 60_000, start + 41 * 24 * HOUR + 5 * HOUR],
        [start + 20 * 24 * HOUR, start + 20 * 24 * HOUR + 1],
        [start + 5 * 24 * HOUR, start + 5 * 24 * HOUR],
        [start - 3 * 365 * 24 * HOUR, start + 9 * 24 * HOUR - 1],
      ] as const;
      for (const period of periods) {
        const keys = rowPeriodKeys(times, period, timeZone);
        for (const [from, to] of ranges) {
          const expected = bucketTimes(times, period, { timeZone, from, to });
          const frame = periodFrame(period, { timeZone, from, to });
          const label = `${period} ${new Date(from).toISOString()}…${new Date(to).toISOString()}`;
          expect({ count: frame.count, starts: Array.from(frame.starts), labels: frame.labels }, label).to.deep.equal({ count: expected.count, starts: Array.from(expected.starts), labels: expected.labels });
          expect(Array.from(frameIndex(frame, keys, times)), label).to.deep.equal(Array.from(expected.index));
        }
      }
    });
  }

  it('gives a row that is no instant the key NO_KEY and never a bucket', () => {
    const times = Float64Array.from([Number.NaN, Number.NEGATIVE_INFINITY, 8.7e15, at('2021-05-05T00:00Z')]);
    const keys = rowPeriodKeys(times, 'month', 'Europe/Berlin');
    expect(Array.from(keys.subarray(0, 3))).to.deep.equal([NO_KEY, NO_KEY, NO_KEY]);
    expect(keys[3]).to.equal(2021 * 12 + 4);
    const frame = periodFrame('month', { timeZone: 'Europe/Berlin', from: at('2021-01-01T00:00Z'), to: at('2022-01-01T00:00Z') });
    expect([0, 1, 2, 3].map((i) => frameBucket(frame, keys, times, i))).to.deep.equal([-1, -1, -1, 4]);
  });

  it('refuses an open or reversed range, and a bad period or zone', () => {
    expect(() => periodFrame('month', { from: -Infinity, to: 0 })).to.throw(RangeError, 'from is not an instant');
    expect(() => periodFrame('month', { from: 2, to: 1 })).to.throw(RangeError, 'is after to');
    expect(() => periodFrame('fortnight' as Period, { from: 0, to: 1 })).to.throw(RangeError, 'unknown period: fortnight');
    expect(() => rowPeriodKeys(new Float64Array(1), 'day', 'Europe/Atlantis')).to.throw(RangeError, 'unknown time zone');
  });
});
