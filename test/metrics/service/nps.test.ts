import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { ACCOUNTS, dataset, survey, surveys } from './service-data.js';

describe('nps', () => {
  it('is the textbook example: 5 promoters, 3 passives, 2 detractors of 10 make an NPS of 30', () => {
    // 50% promoters − 20% detractors = 30 points; the CSAT and the response after `to` are not counted.
    const d = dataset({ surveys: [...surveys('nps', [10, 9, 9, 10, 9, 8, 7, 7, 6, 0]), survey('csat', 5), survey('nps', 10, '2024-02-01')] });
    expect(computeMetric('nps', d, { from: '2024-01-01', to: '2024-02-01' })).to.deep.equal({
      value: 30, numerator: 3, denominator: 10, unit: 'score', definition: 'promoters-minus-detractors',
      responses: 10, promoters: 5, passives: 3, detractors: 2, shares: { promoters: 0.5, passives: 0.3, detractors: 0.2 },
    });
  });

  it('scores on 0–10, not the seed\'s "one to ten": 0 is a detractor, 9 and 10 promoters, 7 and 8 passives', () => {
    const d = dataset({ surveys: surveys('nps', [0, 1, 6, 6.5, 7, 8, 8.5, 9, 10]) });
    // Detractors 0, 1, 6, 6.5 (4); passives 7, 8, 8.5 (3); promoters 9, 10 (2): 100 × (2 − 4) / 9.
    expect(computeMetric('nps', d)).to.include({ detractors: 4, passives: 3, promoters: 2, numerator: -2, denominator: 9, value: -200 / 9 });
  });

  it('is null with no response, and ±100 with one', () => {
    const empty = computeMetric('nps', dataset({}));
    expect(empty).to.deep.include({ value: null, numerator: 0, denominator: 0, responses: 0, shares: { promoters: null, passives: null, detractors: null } });
    expect(computeMetric('nps', dataset({ surveys: [survey('csat', 5)] }))).to.include({ value: null, responses: 0 });
    expect(computeMetric('nps', dataset({ surveys: [survey('nps', 10)] }))).to.include({ value: 100, promoters: 1 });
    expect(computeMetric('nps', dataset({ surveys: [survey('nps', 3)] }))).to.include({ value: -100, detractors: 1 });
  });

  it('adds a monthly series of the same formula', () => {
    const d = dataset({ surveys: [...surveys('nps', [10, 3], '2024-01-10'), ...surveys('nps', [9, 9, 8, 2], '2024-03-31T23:59:59Z')] });
    expect(computeMetric('nps', d, { period: 'month' }).series).to.deep.equal([
      { start: '2024-01-01', value: 0, numerator: 0, denominator: 2 },
      { start: '2024-02-01', value: null, numerator: 0, denominator: 0 },
      { start: '2024-03-01', value: 25, numerator: 1, denominator: 4 },
    ]);
  });

  it('filters by the account\'s segment and owner; a response without an account is in neither', () => {
    const d = dataset({ accounts: ACCOUNTS, surveys: [survey('nps', 10, '2024-01-15', { accountId: 'x' }), survey('nps', 0, '2024-01-15', { accountId: 'y' }), survey('nps', 9)] });
    expect(computeMetric('nps', d, { segment: 'SMB' })).to.include({ value: 100, responses: 1 });
    expect(computeMetric('nps', d, { owner: 'Lee' })).to.include({ value: -100, responses: 1 });
    expect(computeMetric('nps', d, { segment: 'Nobody' })).to.include({ value: null, responses: 0 });
    expect(computeMetric('nps', d)).to.include({ responses: 3, numerator: 1 });
  });
});
