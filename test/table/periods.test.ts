import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addPeriods,
  bucketTimes,
  isoWeekLabel,
  MAX_BUCKETS,
  periodStart,
  PERIODS,
  resolveBoundary,
  type Period,
  type PeriodBuckets,
} from '../../src/table/periods.js';

const HOUR = 3_600_000;
/** An instant written with its offset, read by the engine's own ISO parser (an independent oracle). */
const at = (iso: string) => Date.parse(iso);
const column = (...isos: (string | number)[]) => Float64Array.from(isos, (iso) => (typeof iso === 'string' ? at(iso) : iso));
const iso = (ms: number) => new Date(ms).toISOString();
/** The parts of a result a person checks by hand, instants as ISO strings. */
const summary = ({ index, starts, labels, count }: PeriodBuckets) => ({ index: [...index], starts: [...starts].map(iso), labels, count });

describe('table/periods', () => {
  describe('bucketTimes in New York across DST', () => {
    it('gives 2021-03-14 23 hours and keeps 01:30 EST and 03:30 EDT on the same day', () => {
      const times = column('2021-03-13T12:00-05:00', '2021-03-14T01:30-05:00', '2021-03-14T03:30-04:00', '2021-03-15T00:00-04:00');
      expect(summary(bucketTimes(times, 'day', { timeZone: 'America/New_York' }))).to.deep.equal({
        index: [0, 1, 1, 2],
        starts: ['2021-03-13T05:00:00.000Z', '2021-03-14T05:00:00.000Z', '2021-03-15T04:00:00.000Z', '2021-03-16T04:00:00.000Z'],
        labels: ['2021-03-13', '2021-03-14', '2021-03-15'],
        count: 3,
      });
    });

    it('gives 2021-11-07 25 hours, with 01:30 before and after the change in it', () => {
      const times = column('2021-11-07T01:30-04:00', '2021-11-07T01:30-05:00', '2021-11-06T23:59:59.999-04:00', '2021-11-08T00:00-05:00');
      const buckets = bucketTimes(times, 'day', { timeZone: 'America/New_York' });
      expect(summary(buckets)).to.deep.equal({
        index: [1, 1, 0, 2],
        starts: ['2021-11-06T04:00:00.000Z', '2021-11-07T04:00:00.000Z', '2021-11-08T05:00:00.000Z', '2021-11-09T05:00:00.000Z'],
        labels: ['2021-11-06', '2021-11-07', '2021-11-08'],
        count: 3,
      });
      expect(buckets.starts[2]! - buckets.starts[1]!).to.equal(25 * HOUR);
    });

    it('makes weeks and months that hold a change an hour shorter or longer', () => {
      const weeks = bucketTimes(column('2021-03-14T23:59-04:00', '2021-03-15T00:00-04:00'), 'week', { timeZone: 'America/New_York' });
      expect(summary(weeks)).to.deep.equal({
        index: [0, 1],
        starts: ['2021-03-08T05:00:00.000Z', '2021-03-15T04:00:00.000Z', '2021-03-22T04:00:00.000Z'],
        labels: ['2021-03-08', '2021-03-15'],
        count: 2,
      });
      const months = bucketTimes(column('2021-03-31T23:30-04:00', '2021-11-07T01:30-05:00'), 'month', { timeZone: 'America/New_York' });
      expect(months.labels).to.deep.equal(['2021-03-01', '2021-04-01', '2021-05-01', '2021-06-01', '2021-07-01', '2021-08-01', '2021-09-01', '2021-10-01', '2021-11-01']);
      expect([...months.index]).to.deep.equal([0, 8]);
      expect(iso(months.starts[0]!)).to.equal('2021-03-01T05:00:00.000Z');
      expect(iso(months.starts[1]!)).to.equal('2021-04-01T04:00:00.000Z');
      expect(iso(months.starts[8]!)).to.equal('2021-11-01T04:00:00.000Z');
      expect(iso(months.starts[9]!)).to.equal('2021-12-01T05:00:00.000Z');
    });
  });

  describe('bucketTimes in Berlin across DST', () => {
    const timeZone = 'Europe/Berlin';

    it('starts days at local midnight on 2021-03-28 (23 h) and 2021-10-31 (25 h)', () => {
      const spring = bucketTimes(column('2021-03-28T01:59:59+01:00', '2021-03-28T03:00+02:00', '2021-03-28T23:59:59+02:00'), 'day', { timeZone });
      expect(summary(spring)).to.deep.equal({
        index: [0, 0, 0],
        starts: ['2021-03-27T23:00:00.000Z', '2021-03-28T22:00:00.000Z'],
        labels: ['2021-03-28'],
        count: 1,
      });
      const autumn = bucketTimes(column('2021-10-31T02:30+02:00', '2021-10-31T02:30+01:00', '2021-10-30T23:59+02:00'), 'day', { timeZone });
      expect(summary(autumn)).to.deep.equal({
        index: [1, 1, 0],
        starts: ['2021-10-29T22:00:00.000Z', '2021-10-30T22:00:00.000Z', '2021-10-31T23:00:00.000Z'],
        labels: ['2021-10-30', '2021-10-31'],
        count: 2,
      });
    });

    it('starts weeks and months at local midnight, in summer or winter time', () => {
      const weeks = bucketTimes(column('2021-03-28T12:00+02:00', '2021-03-29T00:00+02:00'), 'week', { timeZone });
      expect(summary(weeks)).to.deep.equal({
        index: [0, 1],
        starts: ['2021-03-21T23:00:00.000Z', '2021-03-28T22:00:00.000Z', '2021-04-04T22:00:00.000Z'],
        labels: ['2021-03-22', '2021-03-29'],
        count: 2,
      });
      const months = bucketTimes(column('2021-10-31T23:59+01:00', '2021-11-01T00:00+01:00'), 'month', { timeZone });
      expect(summary(months)).to.deep.equal({
        index: [0, 1],
        starts: ['2021-09-30T22:00:00.000Z', '2021-10-31T23:00:00.000Z', '2021-11-30T23:00:00.000Z'],
        labels: ['2021-10-01', '2021-11-01'],
        count: 2,
      });
    });
  });

  describe('bucketTimes at the edges of the calendar', () => {
    it('puts 2021-01-31T23:30Z in February in Berlin, January in UTC and New York', () => {
      const times = column('2021-01-31T23:30Z');
      expect(bucketTimes(times, 'month', { timeZone: 'Europe/Berlin' }).labels).to.deep.equal(['2021-02-01']);
      expect(bucketTimes(times, 'month').labels).to.deep.equal(['2021-01-01']);
      expect(bucketTimes(times, 'month', { timeZone: 'America/New_York' }).labels).to.deep.equal(['2021-01-01']);
    });

    it('keeps the leap day', () => {
      const days = bucketTimes(column('2020-02-28T12:00Z', '2020-03-01T04:30Z'), 'day', { timeZone: 'America/New_York' });
      expect(days.labels).to.deep.equal(['2020-02-28', '2020-02-29']);
      expect([...days.index]).to.deep.equal([0, 1]);
      const months = bucketTimes(column('2020-02-29T12:00Z'), 'month');
      expect(summary(months).starts).to.deep.equal(['2020-02-01T00:00:00.000Z', '2020-03-01T00:00:00.000Z']);
    });

    it('labels ISO weeks 53 by their Monday, in the year before', () => {
      const weeks = bucketTimes(column('2020-12-28T00:00Z', '2021-01-01T00:00Z', '2021-01-03T23:59:59.999Z', '2021-01-04T00:00Z'), 'week');
      expect(summary(weeks)).to.deep.equal({
        index: [0, 0, 0, 1],
        starts: ['2020-12-28T00:00:00.000Z', '2021-01-04T00:00:00.000Z', '2021-01-11T00:00:00.000Z'],
        labels: ['2020-12-28', '2021-01-04'],
        count: 2,
      });
      expect(weeks.labels.map((label) => isoWeekLabel(label))).to.deep.equal(['2020-W53', '2021-W01']);
      const w2015 = bucketTimes(column('2016-01-03T12:00Z', '2015-12-28T00:00Z'), 'week');
      expect([w2015.labels, [...w2015.index]]).to.deep.equal([['2015-12-28'], [0, 0]]);
      const w2026 = bucketTimes(column('2027-01-03T23:00Z'), 'week');
      expect([w2026.labels[0], isoWeekLabel(w2026.labels[0]!)]).to.deep.equal(['2026-12-28', '2026-W53']);
    });

    it('starts week 1 in the previous December', () => {
      const weeks = bucketTimes(column('2020-01-01T00:00Z', '2024-12-31T00:00Z'), 'week');
      expect(weeks.labels[0]).to.equal('2019-12-30');
      expect(weeks.labels.at(-1)).to.equal('2024-12-30');
      expect([isoWeekLabel('2019-12-30'), isoWeekLabel('2024-12-30')]).to.deep.equal(['2020-W01', '2025-W01']);
    });

    it('buckets quarters and years, empty ones between included', () => {
      const quarters = bucketTimes(column('2021-02-15T00:00Z', '2021-05-01T00:00Z', '2021-09-30T23:59:59.999Z', '2021-10-01T00:00Z'), 'quarter');
      expect(summary(quarters)).to.deep.equal({
        index: [0, 1, 2, 3],
        starts: ['2021-01-01T00:00:00.000Z', '2021-04-01T00:00:00.000Z', '2021-07-01T00:00:00.000Z', '2021-10-01T00:00:00.000Z', '2022-01-01T00:00:00.000Z'],
        labels: ['2021-01-01', '2021-04-01', '2021-07-01', '2021-10-01'],
        count: 4,
      });
      expect(bucketTimes(column('2021-03-31T22:30Z'), 'quarter', { timeZone: 'Europe/Berlin' }).labels).to.deep.equal(['2021-04-01']);
      const years = bucketTimes(column('2019-06-01T00:00Z', '2021-12-31T23:00-05:00'), 'year', { timeZone: 'America/New_York' });
      expect(summary(years)).to.deep.equal({
        index: [0, 2],
        starts: ['2019-01-01T05:00:00.000Z', '2020-01-01T05:00:00.000Z', '2021-01-01T05:00:00.000Z', '2022-01-01T05:00:00.000Z'],
        labels: ['2019-01-01', '2020-01-01', '2021-01-01'],
        count: 3,
      });
    });

    it('includes empty months between the rows', () => {
      const months = bucketTimes(column('2021-04-10T00:00Z', '2021-01-10T00:00Z'), 'month');
      expect([months.count, [...months.index], months.labels]).to.deep.equal([4, [3, 0], ['2021-01-01', '2021-02-01', '2021-03-01', '2021-04-01']]);
    });
  });

  describe('bucketTimes from/to', () => {
    const from = at('2021-01-01T00:00Z');
    const to = at('2021-03-01T00:00Z');

    it('is half-open: a row at from is in, a row at to is out', () => {
      const times = column(from, to, to - 1, from - 1, '2021-02-01T00:00Z');
      expect(summary(bucketTimes(times, 'month', { from, to }))).to.deep.equal({
        index: [0, -1, 1, -1, 1],
        starts: ['2021-01-01T00:00:00.000Z', '2021-02-01T00:00:00.000Z', '2021-03-01T00:00:00.000Z'],
        labels: ['2021-01-01', '2021-02-01'],
        count: 2,
      });
    });

    it('spans from the bucket of from to the bucket of the last instant before to, rows or not', () => {
      const buckets = bucketTimes(column('2021-02-10T00:00Z'), 'month', { from: at('2020-11-15T00:00Z'), to: at('2021-04-01T00:00:00.001Z') });
      expect([buckets.labels, [...buckets.index]]).to.deep.equal([['2020-11-01', '2020-12-01', '2021-01-01', '2021-02-01', '2021-03-01', '2021-04-01'], [3]]);
      expect(bucketTimes(new Float64Array(0), 'day', { from, to }).count).to.equal(59);
      expect(bucketTimes(column(from), 'day', { from, to: from }).count).to.equal(0);
    });

    it('reads date boundaries as local midnight in the zone', () => {
      const timeZone = 'America/New_York';
      const options = { timeZone, from: resolveBoundary('2021-11-07', timeZone), to: resolveBoundary('2021-11-08', timeZone) };
      const buckets = bucketTimes(column('2021-11-07T00:00-04:00', '2021-11-07T23:59-05:00', '2021-11-08T00:00-05:00', '2021-11-06T23:59-04:00'), 'day', options);
      expect(summary(buckets)).to.deep.equal({
        index: [0, 0, -1, -1],
        starts: ['2021-11-07T04:00:00.000Z', '2021-11-08T05:00:00.000Z'],
        labels: ['2021-11-07'],
        count: 1,
      });
    });
  });

  describe('bucketTimes rows that are not instants', () => {
    it('gives NaN and values beyond the Date range −1', () => {
      const buckets = bucketTimes(column(Number.NaN, '2021-05-05T00:00Z', Number.POSITIVE_INFINITY, 9e15), 'day');
      expect([...buckets.index]).to.deep.equal([-1, 0, -1, -1]);
      expect(buckets.count).to.equal(1);
    });

    it('has no buckets for no rows at all', () => {
      const buckets = bucketTimes(column(Number.NaN), 'month', { timeZone: 'Europe/Berlin' });
      expect(summary(buckets)).to.deep.equal({ index: [-1], starts: [], labels: [], count: 0 });
      expect(buckets.timeZone).to.equal('Europe/Berlin');
    });
  });

  describe('bucketTimes in unusual zones', () => {
    it('splits months at 18:30 UTC in Kolkata', () => {
      const buckets = bucketTimes(column('2021-01-31T18:29:59.999Z', '2021-01-31T18:30Z'), 'month', { timeZone: 'Asia/Kolkata' });
      expect(summary(buckets)).to.deep.equal({
        index: [0, 1],
        starts: ['2020-12-31T18:30:00.000Z', '2021-01-31T18:30:00.000Z', '2021-02-28T18:30:00.000Z'],
        labels: ['2021-01-01', '2021-02-01'],
        count: 2,
      });
    });

    it('gives Lord Howe a 23.5-hour day on 2021-10-03 and Chatham a 23-hour day on 2021-09-26', () => {
      const lordHowe = bucketTimes(column('2021-10-03T01:59+10:30', '2021-10-03T02:30+11:00'), 'day', { timeZone: 'Australia/Lord_Howe' });
      expect(summary(lordHowe)).to.deep.equal({ index: [0, 0], starts: ['2021-10-02T13:30:00.000Z', '2021-10-03T13:00:00.000Z'], labels: ['2021-10-03'], count: 1 });
      const chatham = bucketTimes(column('2021-09-26T02:44+12:45', '2021-09-26T03:45+13:45'), 'day', { timeZone: 'Pacific/Chatham' });
      expect(summary(chatham)).to.deep.equal({ index: [0, 0], starts: ['2021-09-25T11:15:00.000Z', '2021-09-26T10:15:00.000Z'], labels: ['2021-09-26'], count: 1 });
    });

    it('starts São Paulo’s 2018-11-04 at 01:00, the first instant of a day whose midnight was skipped', () => {
      const timeZone = 'America/Sao_Paulo';
      const buckets = bucketTimes(column('2018-11-04T02:59:59Z', '2018-11-04T03:00Z', '2018-11-05T01:59:59Z'), 'day', { timeZone });
      expect(summary(buckets)).to.deep.equal({
        index: [0, 1, 1],
        starts: ['2018-11-03T03:00:00.000Z', '2018-11-04T03:00:00.000Z', '2018-11-05T02:00:00.000Z'],
        labels: ['2018-11-03', '2018-11-04'],
        count: 2,
      });
      expect(iso(resolveBoundary('2018-11-04', timeZone))).to.equal('2018-11-04T03:00:00.000Z');
      expect(iso(periodStart(at('2018-11-04T12:00Z'), 'day', timeZone))).to.equal('2018-11-04T03:00:00.000Z');
      expect(iso(periodStart(at('2018-11-20T12:00Z'), 'month', timeZone))).to.equal('2018-11-01T03:00:00.000Z');
    });
  });

  describe('bucketTimes options', () => {
    it('refuses an unknown period, an unknown zone, and bad bounds', () => {
      const times = column('2021-01-01T00:00Z');
      expect(() => bucketTimes(times, 'fortnight' as Period)).to.throw(RangeError, 'unknown period: fortnight');
      expect(() => bucketTimes(times, 'day', { timeZone: 'Europe/Atlantis' })).to.throw(RangeError, 'unknown time zone: Europe/Atlantis');
      expect(() => bucketTimes(times, 'day', { from: Number.NaN })).to.throw(RangeError, 'from is not an instant');
      expect(() => bucketTimes(times, 'day', { from: 2, to: 1 })).to.throw(RangeError, 'is after to');
    });

    it(`refuses more than ${MAX_BUCKETS} buckets instead of allocating them`, () => {
      expect(() => bucketTimes(column(-8e15, 8e15), 'day')).to.throw(RangeError, 'buckets exceed');
    });

    it('handles a stray row centuries away by arithmetic instead of a huge lookup', () => {
      const buckets = bucketTimes(column('2021-01-01T00:00Z', '2400-01-01T00:00Z', '2021-01-02T00:00Z'), 'day');
      expect(buckets.count).to.equal(138_427); // 379 years, 91 of them leap, and 2400-01-01 itself
      expect([...buckets.index]).to.deep.equal([0, 138_426, 1]);
      expect(buckets.labels.at(-1)).to.equal('2400-01-01');
    });

    it('lists its periods', () => {
      expect(PERIODS).to.deep.equal(['day', 'week', 'month', 'quarter', 'year']);
    });
  });

  describe('periodStart, addPeriods, resolveBoundary, isoWeekLabel', () => {
    it('finds where a period starts in a zone', () => {
      expect(iso(periodStart(at('2021-01-31T23:30Z'), 'month', 'Europe/Berlin'))).to.equal('2021-01-31T23:00:00.000Z');
      expect(iso(periodStart(at('2021-01-31T23:30Z'), 'month'))).to.equal('2021-01-01T00:00:00.000Z');
      expect(iso(periodStart(at('2021-11-07T01:30-05:00'), 'day', 'America/New_York'))).to.equal('2021-11-07T04:00:00.000Z');
      expect(iso(periodStart(at('2021-01-03T12:00Z'), 'week'))).to.equal('2020-12-28T00:00:00.000Z');
      expect(periodStart(Number.NaN, 'day')).to.be.NaN;
    });

    it('adds calendar periods, not milliseconds', () => {
      const ny = 'America/New_York';
      expect(iso(addPeriods(at('2021-03-14T05:00Z'), 'day', 1, ny))).to.equal('2021-03-15T04:00:00.000Z');
      expect(iso(addPeriods(at('2021-01-31T23:30Z'), 'month', 1, 'Europe/Berlin'))).to.equal('2021-02-28T23:00:00.000Z');
      expect(iso(addPeriods(at('2021-05-17T00:00Z'), 'quarter', -2))).to.equal('2020-10-01T00:00:00.000Z');
      expect(iso(addPeriods(at('2020-02-29T00:00Z'), 'year', 1))).to.equal('2021-01-01T00:00:00.000Z');
      expect(() => addPeriods(0, 'day', 0.5)).to.throw(RangeError, 'not a whole number of periods: 0.5');
    });

    it('reads a date as local midnight and leaves instants alone', () => {
      const ny = 'America/New_York';
      expect(iso(resolveBoundary('2021-03-14', ny))).to.equal('2021-03-14T05:00:00.000Z');
      expect(iso(resolveBoundary('2021-03-15', ny))).to.equal('2021-03-15T04:00:00.000Z');
      expect(iso(resolveBoundary('2021-03-14', 'UTC'))).to.equal('2021-03-14T00:00:00.000Z');
      expect(iso(resolveBoundary('2021-03-14T12:00Z', ny))).to.equal('2021-03-14T12:00:00.000Z');
      expect(iso(resolveBoundary('2021-03-14T12:00', ny))).to.equal('2021-03-14T12:00:00.000Z');
      expect(resolveBoundary(1_615_680_000_000, ny)).to.equal(1_615_680_000_000);
      for (const bad of ['2021-02-30', 'March 7, 2017', '', '1615680000000']) {
        expect(() => resolveBoundary(bad, ny)).to.throw(RangeError, 'invalid boundary');
      }
      expect(() => resolveBoundary(Number.NaN, ny)).to.throw(RangeError, 'invalid boundary');
    });

    it('labels ISO weeks of dates and of instants in a zone', () => {
      expect(isoWeekLabel('2021-01-01')).to.equal('2020-W53');
      expect(isoWeekLabel('2015-12-31')).to.equal('2015-W53');
      expect(isoWeekLabel('2027-01-03')).to.equal('2026-W53');
      expect(isoWeekLabel(at('2021-01-03T23:30Z'))).to.equal('2020-W53');
      expect(isoWeekLabel(at('2021-01-03T23:30Z'), 'Europe/Berlin')).to.equal('2021-W01');
      expect(() => isoWeekLabel('2021-W01')).to.throw(RangeError);
    });
  });

  describe('bucketTimes against a per-instant Intl reference', () => {
    const DAY = 86_400_000;
    const formats = new Map<string, Intl.DateTimeFormat>();
    /** The local calendar date of `t` in `timeZone`, one formatToParts per instant. */
    function referenceDate(timeZone: string, t: number): { year: number; month: number; day: number } {
      let format = formats.get(timeZone);
      if (format === undefined) {
        format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
        formats.set(timeZone, format);
      }
      const part = Object.fromEntries(format.formatToParts(t).map(({ type, value }) => [type, Number(value)]));
      return { year: part.year!, month: part.month!, day: part.day! };
    }
    const pad = (n: number) => String(n).padStart(2, '0');
    /** A date as YYYY-MM-DD after Date.UTC normalises it (day 0 is the last of the month before). */
    const label = (year: number, month: number, day: number) => {
      const date = new Date(Date.UTC(year, month - 1, day));
      return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    };
    /** The first day of the period holding a local date, by Date.UTC arithmetic. */
    function referenceLabel(period: Period, { year, month, day }: { year: number; month: number; day: number }): string {
      switch (period) {
        case 'day': return label(year, month, day);
        case 'week': return label(year, month, day - ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7));
        case 'month': return label(year, month, 1);
        case 'quarter': return label(year, month - ((month - 1) % 3), 1);
        case 'year': return label(year, 1, 1);
      }
    }
    const localLabel = (timeZone: string, t: number) => {
      const { year, month, day } = referenceDate(timeZone, t);
      return label(year, month, day);
    };
    const nextLabel = (period: Period, labelText: string) => {
      const [year, month, day] = labelText.split('-').map(Number) as [number, number, number];
      const step = { day: [0, 0, 1], week: [0, 0, 7], month: [0, 1, 0], quarter: [0, 3, 0], year: [1, 0, 0] }[period];
      return label(year + step[0]!, month + step[1]!, day + step[2]!);
    };

    const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Sao_Paulo', 'Pacific/Apia'];
    // Rows within ±400 days of a day anywhere in 1990–2040: some anywhere, some in the hours
    // around a UTC midnight (where local midnights and clock changes fall), some NaN.
    const sample = fc.record({
      timeZone: fc.constantFrom(...zones),
      period: fc.constantFrom(...PERIODS),
      around: fc.integer({ min: at('1990-01-01T00:00Z') / DAY + 400, max: at('2040-01-01T00:00Z') / DAY - 400 }),
      offsets: fc.array(
        fc.oneof(
          fc.integer({ min: -400 * DAY, max: 400 * DAY }),
          fc.tuple(fc.integer({ min: -400, max: 400 }), fc.integer({ min: -15 * 60, max: 15 * 60 })).map(([day, minutes]) => day * DAY + minutes * 60_000),
          fc.constant(Number.NaN),
        ),
        { minLength: 1, maxLength: 40 },
      ),
    });

    it('puts every instant in the bucket of its local date, for all periods and zones', () => {
      fc.assert(
        fc.property(sample, ({ timeZone, period, around, offsets }) => {
          const values = offsets.map((offset) => around * DAY + offset);
          const buckets = bucketTimes(Float64Array.from(values), period, { timeZone });
          const touched = new Set<number>([0, buckets.count - 1]);
          values.forEach((t, i) => {
            const bucket = buckets.index[i]!;
            if (Number.isNaN(t)) return expect(bucket).to.equal(-1);
            touched.add(bucket).add(bucket + 1);
            expect(buckets.labels[bucket]).to.equal(referenceLabel(period, referenceDate(timeZone, t)));
            expect(t).to.be.at.least(buckets.starts[bucket]!).and.below(buckets.starts[bucket + 1]!);
          });
          for (const k of touched) {
            const text = buckets.labels[k];
            if (text === undefined) continue;
            if (k > 0) expect(text).to.equal(nextLabel(period, buckets.labels[k - 1]!));
            // A bucket starts at the first instant of its first day (later only if that day was skipped).
            expect(localLabel(timeZone, buckets.starts[k]!) >= text).to.equal(true);
            expect(localLabel(timeZone, buckets.starts[k]! - 1) < text).to.equal(true);
          }
        }),
        { seed: 20_210_314, numRuns: 1000 },
      );
    });
  });

  describe('bucketTimes and Date', () => {
    /** Runs `work` with globalThis.Date replaced by a proxy that counts constructions and calls. */
    function countDates(work: () => void): number {
      const RealDate = globalThis.Date;
      let count = 0;
      globalThis.Date = new Proxy(RealDate, {
        construct(target, args, newTarget) {
          count += 1;
          return Reflect.construct(target, args, newTarget) as object;
        },
        apply(target, self, args) {
          count += 1;
          return Reflect.apply(target, self, args) as unknown;
        },
      });
      try {
        work();
      } finally {
        globalThis.Date = RealDate;
      }
      return count;
    }
    const rows = (n: number) => Float64Array.from({ length: n }, (_, i) => at('2000-01-01T00:00Z') + ((i * 7919) % n) * ((30 * 365.25 * 86_400_000) / n));

    it('constructs (almost) no Date, however many rows, even while learning a zone', () => {
      const thousand = rows(1000);
      const tenThousand = rows(10_000);
      const counts = [
        countDates(() => bucketTimes(thousand, 'month', { timeZone: 'Europe/Madrid' })),
        countDates(() => bucketTimes(tenThousand, 'month', { timeZone: 'Europe/Lisbon' })),
        countDates(() => bucketTimes(tenThousand, 'week', { timeZone: 'Europe/Madrid' })),
        countDates(() => bucketTimes(tenThousand, 'day')),
      ];
      expect(counts[1]).to.equal(counts[0]);
      for (const count of counts) expect(count).to.be.at.most(4);
    });
  });
});
