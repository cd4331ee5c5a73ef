import { expect } from '@open-wc/testing';
import { DAY, daysFromCivil, formatIso, monthStart, parseCivilDate, yearMonthOfDays } from '../../src/generator/calendar.js';
import { Random } from '../../src/generator/random.js';
import { createSpan, monthIndex } from '../../src/generator/span.js';

describe('generator/calendar', () => {
  it('formats instants exactly as toISOString does', () => {
    const rng = new Random(11);
    const special = [0, -1, 951782400000, 951868799999, 4107542399999, 253402300799999, -62167219200000, Date.UTC(2024, 1, 29, 23, 59, 59, 999)];
    for (const ms of special) expect(formatIso(ms), String(ms)).to.equal(new Date(ms).toISOString());
    for (let i = 0; i < 20_000; i++) {
      const ms = Math.floor((rng.next() * 2 - 0.5) * 4e12);
      expect(formatIso(ms)).to.equal(new Date(ms).toISOString());
    }
  });

  it('converts civil dates to days and back', () => {
    expect(daysFromCivil(1970, 1, 1)).to.equal(0);
    expect(daysFromCivil(2000, 3, 1)).to.equal(Date.UTC(2000, 2, 1) / DAY);
    for (let days = -800_000; days < 800_000; days += 997) {
      const date = new Date(days * DAY);
      expect(yearMonthOfDays(days)).to.deep.equal([date.getUTCFullYear(), date.getUTCMonth() + 1]);
      expect(daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).to.equal(days);
    }
    expect(monthStart(2022, 11, 3)).to.equal(Date.UTC(2023, 1, 1));
    expect(monthStart(2022, 1, -1)).to.equal(Date.UTC(2021, 11, 1));
  });

  it('reads YYYY-MM-DD and refuses dates that do not exist', () => {
    expect(parseCivilDate('2024-02-29')).to.equal(Date.UTC(2024, 1, 29));
    for (const bad of ['2023-02-29', '2022-04-31', '2022-13-01', '2022-00-10', '2022-1-1', '2022-01-01T00:00:00Z', '']) {
      expect(parseCivilDate(bad), bad).to.equal(undefined);
    }
  });

  it('splits a span into calendar months', () => {
    const span = createSpan('2022-11-01', 4);
    expect(Array.from(span.monthStarts)).to.deep.equal([Date.UTC(2022, 10, 1), Date.UTC(2022, 11, 1), Date.UTC(2023, 0, 1), Date.UTC(2023, 1, 1), Date.UTC(2023, 2, 1)]);
    expect(span.end).to.equal(Date.UTC(2023, 2, 1));
    expect(monthIndex(span, Date.UTC(2022, 10, 1))).to.equal(0);
    expect(monthIndex(span, Date.UTC(2022, 11, 31, 23))).to.equal(1);
    expect(monthIndex(span, Date.UTC(2023, 1, 1))).to.equal(3);
    // November is the peak month; January is quieter than December.
    expect(span.seasonShare[0]).to.equal(1);
    expect(span.seasonShare[2]).to.be.below(span.seasonShare[1]!);
  });
});
