// The rows and accounts <crm-activity> hands to crm-select, checked against the metrics' counts
// on generated data, and the per-period volume against the metric's own series.
import { expect } from '@open-wc/testing';
import { activityPeriods } from '../../src/elements/activity/activity-periods.js';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric, tableOf } from '../../src/metrics/index.js';
import { activityAccounts, activityRows, responseBandAccounts, responseBandRows } from '../../src/metrics/sales/activity-members.js';
import { parseDataset } from '../../src/schema/index.js';

const dataset = parseDataset(generateDataset({ seed: 5, accounts: 500 })).dataset;
const table = tableOf(dataset);
const OPTIONS = [{}, { from: '2023-03-01', to: '2023-09-01' }, { segment: 'Enterprise', timeZone: 'America/New_York' }, { owner: 'Maya Chen', from: '2022-06-15' }];

describe('activity-members', () => {
  for (const options of OPTIONS) {
    it(`activityRows: all the rows activity-volume counts, and each owner's (${JSON.stringify(options)})`, () => {
      const volume = computeMetric('activity-volume', dataset, options);
      expect(volume.value).to.be.greaterThan(0);
      expect(activityRows(table, options)).to.have.length(volume.value);
      for (const { owner, count } of volume.byOwner) expect(activityRows(table, options, owner), String(owner)).to.have.length(count);
      expect(activityRows(table, options, 'Nobody at all')).to.deep.equal([]);
      const accounts = activityAccounts(table, options);
      expect(new Set(accounts).size).to.equal(accounts.length);
      expect(accounts.length).to.be.greaterThan(0).and.at.most(volume.value);
    });

    for (const definition of ['all-inquiries', 'new-inquiries']) {
      it(`responseBandRows: as many as each band's inquiries, ${definition} (${JSON.stringify(options)})`, () => {
        const response = computeMetric('response-time', dataset, { ...options, definition });
        for (const band of response.bands) {
          expect(responseBandRows(table, { ...options, definition }, band.band), band.band).to.have.length(band.inquiries);
          expect(responseBandAccounts(table, { ...options, definition }, band.band).length).to.be.at.most(band.inquiries);
        }
      });
    }
  }

  it('refuses an unknown band', () => {
    expect(() => responseBandRows(table, {}, 'soon' as '<1h')).to.throw(RangeError, /unknown response band: "soon"/);
  });

  it('the accounts of one period are those with an activity in it', () => {
    const periods = activityPeriods(table, {}, 'quarter');
    const p = periods[3]!;
    const ms = (t: string | number) => (typeof t === 'number' ? t : Date.parse(t));
    const expected = new Set(dataset.activities!.filter((a) => ms(a.at) >= p.from && ms(a.at) < p.to).map((a) => a.accountId));
    expect(expected.size).to.be.greaterThan(10);
    expect(activityAccounts(table, { from: p.from, to: p.to })).to.deep.equal([...expected].sort());
  });
});

describe('activityPeriods', () => {
  for (const period of ['week', 'month', 'quarter'] as const) {
    it(`matches activity-volume's series and adds up to its totals (${period}, Berlin, a clipped range)`, () => {
      const options = { from: '2023-02-15', to: '2024-01-10', timeZone: 'Europe/Berlin' };
      const periods = activityPeriods(table, options, period);
      const series = computeMetric('activity-volume', dataset, { ...options, period }).series!;
      expect(periods.map((p) => [p.start, p.value])).to.deep.equal(series.map((s) => [s.start, s.value]));
      const total = computeMetric('activity-volume', dataset, options);
      expect(periods.reduce((sum, p) => sum + p.value, 0)).to.equal(total.value);
      expect(periods.reduce((sum, p) => sum + p.byType.email, 0)).to.equal(total.byType.email);
      expect(periods.reduce((sum, p) => sum + p.byDirection.inbound, 0)).to.equal(total.byDirection.inbound);
      expect(periods[0]!.from).to.equal(Date.parse('2023-02-14T23:00:00Z'));
    });
  }
});
