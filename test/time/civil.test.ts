import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatDay,
  formatIsoWeek,
  isLeapYear,
  isoWeekday,
  isoWeekOf,
  isoWeeksInYear,
  isoWeekStart,
} from '../../src/time/civil.js';

const MS_PER_DAY = 86_400_000;
/** The whole range a Date can hold: ±100,000,000 days. */
const anyDay = fc.integer({ min: -100_000_000, max: 100_000_000 });

describe('time/civil', () => {
  describe('daysFromCivil / civilFromDays', () => {
    it('counts days from 1970-01-01', () => {
      expect(daysFromCivil(1970, 1, 1)).to.equal(0);
      expect(daysFromCivil(1969, 12, 31)).to.equal(-1);
      expect(daysFromCivil(2000, 1, 1)).to.equal(10_957);
      expect(daysFromCivil(2000, 3, 1)).to.equal(11_017); // 10,957 + 31 + 29
      expect(daysFromCivil(2021, 3, 14)).to.equal(18_700);
      expect(daysFromCivil(0, 1, 1)).to.equal(-719_528);
    });

    it('turns day numbers back into dates, leap days included', () => {
      expect(civilFromDays(0)).to.deep.equal({ year: 1970, month: 1, day: 1 });
      expect(civilFromDays(11_016)).to.deep.equal({ year: 2000, month: 2, day: 29 });
      expect(civilFromDays(-719_528)).to.deep.equal({ year: 0, month: 1, day: 1 });
      expect(civilFromDays(-1)).to.deep.equal({ year: 1969, month: 12, day: 31 });
    });

    it('agrees with the UTC getters of Date over its whole range, and round-trips', () => {
      fc.assert(
        fc.property(anyDay, (days) => {
          const date = new Date(days * MS_PER_DAY);
          const civil = civilFromDays(days);
          expect(civil).to.deep.equal({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
          expect(daysFromCivil(civil.year, civil.month, civil.day)).to.equal(days);
        }),
        { seed: 1970, numRuns: 2000 },
      );
    });
  });

  describe('calendar facts', () => {
    it('knows leap years and month lengths', () => {
      expect([1900, 2000, 2020, 2021, 2100, 2400].map(isLeapYear)).to.deep.equal([false, true, true, false, false, true]);
      expect(daysInMonth(2020, 2)).to.equal(29);
      expect(daysInMonth(2021, 2)).to.equal(28);
      expect(daysInMonth(1900, 2)).to.equal(28);
      expect(daysInMonth(2000, 2)).to.equal(29);
      expect(daysInMonth(2021, 4)).to.equal(30);
      expect(daysInMonth(2021, 12)).to.equal(31);
    });

    it('numbers weekdays the ISO way, Monday = 1', () => {
      expect(isoWeekday(0)).to.equal(4); // 1970-01-01, a Thursday
      expect(isoWeekday(daysFromCivil(2021, 3, 14))).to.equal(7);
      expect(isoWeekday(daysFromCivil(2021, 1, 4))).to.equal(1);
      expect(isoWeekday(daysFromCivil(1969, 12, 29))).to.equal(1);
      fc.assert(
        fc.property(anyDay, (days) => {
          expect(isoWeekday(days)).to.equal(new Date(days * MS_PER_DAY).getUTCDay() || 7);
        }),
        { seed: 7, numRuns: 500 },
      );
    });
  });

  describe('ISO weeks', () => {
    const week = (year: number, month: number, day: number) => formatIsoWeek(daysFromCivil(year, month, day));

    it('puts the first days of January in the last week of the year before', () => {
      expect(week(2021, 1, 1)).to.equal('2020-W53');
      expect(week(2021, 1, 3)).to.equal('2020-W53');
      expect(week(2021, 1, 4)).to.equal('2021-W01');
      expect(week(2016, 1, 3)).to.equal('2015-W53');
      expect(week(2015, 12, 31)).to.equal('2015-W53');
      expect(week(2027, 1, 3)).to.equal('2026-W53');
      expect(week(2026, 12, 31)).to.equal('2026-W53');
    });

    it('starts week 1 in the previous December when 1 January is a Tuesday–Thursday', () => {
      expect(week(2019, 12, 30)).to.equal('2020-W01');
      expect(week(2024, 12, 30)).to.equal('2025-W01');
      expect(isoWeekOf(daysFromCivil(2019, 12, 29))).to.deep.equal({ weekYear: 2019, week: 52 });
    });

    it('finds the Monday of a week and the years with a week 53', () => {
      expect(formatDay(isoWeekStart(2020, 53))).to.equal('2020-12-28');
      expect(formatDay(isoWeekStart(2020, 1))).to.equal('2019-12-30');
      expect(formatDay(isoWeekStart(2015, 53))).to.equal('2015-12-28');
      expect(formatDay(isoWeekStart(2026, 53))).to.equal('2026-12-28');
      expect([2015, 2019, 2020, 2021, 2026, 2004].map(isoWeeksInYear)).to.deep.equal([53, 52, 53, 52, 53, 53]);
    });

    it('holds every day in the week it names', () => {
      fc.assert(
        fc.property(fc.integer({ min: -800_000, max: 800_000 }), (days) => {
          const { weekYear, week: number } = isoWeekOf(days);
          const monday = isoWeekStart(weekYear, number);
          expect(days - monday).to.be.within(0, 6);
          expect(number).to.be.within(1, isoWeeksInYear(weekYear));
        }),
        { seed: 53, numRuns: 1000 },
      );
    });
  });

  describe('formatDay', () => {
    it('writes YYYY-MM-DD, with signed six-digit years outside 0000–9999', () => {
      expect(formatDay(0)).to.equal('1970-01-01');
      expect(formatDay(-1)).to.equal('1969-12-31');
      expect(formatDay(daysFromCivil(2020, 2, 29))).to.equal('2020-02-29');
      expect(formatDay(daysFromCivil(0, 2, 29))).to.equal('0000-02-29');
      expect(formatDay(daysFromCivil(10_000, 1, 1))).to.equal('+010000-01-01');
      expect(formatDay(daysFromCivil(-1, 12, 31))).to.equal('-000001-12-31');
    });
  });
});
