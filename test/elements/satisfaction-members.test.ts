// The survey rows and accounts <crm-satisfaction> hands to crm-select, checked against the
// nps, ces and csat counts on generated data, and its per-period scores against the series.
import { expect } from '@open-wc/testing';
import { satisfactionView } from '../../src/elements/satisfaction/satisfaction-compute.js';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric, tableOf } from '../../src/metrics/index.js';
import type { NpsResult } from '../../src/metrics/service/nps.js';
import type { CesResult } from '../../src/metrics/service/ces.js';
import { NPS_GROUPS, npsGroupOf, surveyAccounts, surveyRows } from '../../src/metrics/service/survey-members.js';
import { parseDataset } from '../../src/schema/index.js';

const dataset = parseDataset(generateDataset({ seed: 5, accounts: 500 })).dataset;
const table = tableOf(dataset);
const OPTIONS = [{}, { from: '2023-03-01', to: '2023-09-01' }, { segment: 'Enterprise', timeZone: 'America/New_York' }, { owner: 'Maya Chen', from: '2022-06-15' }];

describe('survey-members', () => {
  for (const options of OPTIONS) {
    it(`surveyRows: the responses nps, ces and csat count, group by group (${JSON.stringify(options)})`, () => {
      const nps = computeMetric('nps', dataset, options) as NpsResult;
      expect(nps.responses).to.be.greaterThan(0);
      expect(surveyRows(table, options, { kind: 'nps' })).to.have.length(nps.responses);
      for (const group of NPS_GROUPS) expect(surveyRows(table, options, { kind: 'nps', group }), group).to.have.length(nps[group]);

      const ces = computeMetric('ces', dataset, options) as CesResult;
      expect(ces.distribution, 'generated CES is all on 1–7').to.not.equal(null);
      expect(surveyRows(table, options, { kind: 'ces' })).to.have.length(ces.responses);
      for (const { score, count } of ces.distribution!) expect(surveyRows(table, options, { kind: 'ces', score }), `CES ${score}`).to.have.length(count);

      const csat = computeMetric('csat', dataset, options);
      expect(surveyRows(table, options, { kind: 'csat' })).to.have.length(csat.denominator!);
      expect(surveyRows(table, options, { kind: 'csat', satisfied: true })).to.have.length(csat.numerator!);
      expect(surveyRows(table, options, { kind: 'csat', satisfied: false })).to.have.length(csat.denominator! - csat.numerator!);

      const accounts = surveyAccounts(table, options, { kind: 'nps' });
      expect(new Set(accounts).size).to.equal(accounts.length);
      expect(accounts.length).to.be.greaterThan(0).and.at.most(nps.responses);
    });
  }

  it('puts a score in its NPS group by the metric thresholds, fractions included', () => {
    expect([0, 6, 6.5, 7, 8.5, 9, 10].map(npsGroupOf)).to.deep.equal(['detractors', 'detractors', 'detractors', 'passives', 'passives', 'promoters', 'promoters']);
  });

  it('a CES point holds only responses given on the target scale', () => {
    const data = parseDataset({ surveys: [{ at: '2024-01-01', kind: 'ces', score: 5, scale: 7 }, { at: '2024-01-02', kind: 'ces', score: 5, scale: 5, accountId: 'x' }] }).dataset;
    const t = tableOf(data);
    expect(surveyRows(t, {}, { kind: 'ces', score: 5 })).to.deep.equal([0]);
    expect(surveyRows(t, { scale: 5 }, { kind: 'ces', score: 5 })).to.deep.equal([1]);
    expect(surveyAccounts(t, { scale: 5 }, { kind: 'ces' })).to.deep.equal(['x']);
  });

  it("satisfactionView: each period's scores and counts are the metrics' series", () => {
    for (const period of ['quarter', 'month'] as const) {
      const options = { from: '2022-01-01', to: '2024-07-01' };
      const view = satisfactionView(table, options, period, 30, undefined);
      for (const kind of ['nps', 'ces', 'csat'] as const) {
        const series = computeMetric(kind, dataset, { ...options, period }).series!;
        expect(view.periods.map((p) => p.start)).to.deep.equal(series.map((p) => p.start));
        expect(view.periods.map((p) => p[kind].value)).to.deep.equal(series.map((p) => p.value));
        expect(view.periods.map((p) => p[kind].denominator)).to.deep.equal(series.map((p) => p.denominator));
        // Too few: exactly the periods with 1..29 responses.
        const low = view.low.filter((l) => l.kind === kind && l.start !== null).map((l) => l.start);
        expect(low).to.deep.equal(series.filter((p) => p.denominator! > 0 && p.denominator! < 30).map((p) => p.start));
      }
    }
  });
});
