import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { ACCOUNTS, dataset, survey, surveys } from './service-data.js';

describe('csat', () => {
  it('is the share in the top two points: 8 of 10 responses at 4–5 on 1–5 make 0.8', () => {
    const d = dataset({ surveys: [...surveys('csat', [5, 5, 4, 4, 5, 4, 5, 4, 3, 1]), survey('nps', 2), survey('csat', 1, '2023-12-31T23:59:59Z')] });
    expect(computeMetric('csat', d, { from: '2024-01-01', to: '2024-02-01' })).to.deep.equal({ value: 0.8, numerator: 8, denominator: 10, unit: 'ratio', definition: 'top-two-box' });
  });

  it('judges each response on its own scale: 9–10 on 1–10, 4–5 on 1–5, a fraction below the threshold is not satisfied', () => {
    // Satisfied: 10/10, 9/10, 4/5 (3); not: 8/10, 3.5/5, 3/5 (3).
    const d = dataset({ surveys: [...surveys('csat', [10, 9, 8], '2024-01-15', { scale: 10 }), ...surveys('csat', [4, 3.5, 3])] });
    expect(computeMetric('csat', d)).to.include({ numerator: 3, denominator: 6, value: 0.5 });
  });

  it('is null with no response, 1 or 0 with one', () => {
    expect(computeMetric('csat', dataset({}))).to.include({ value: null, denominator: 0 });
    expect(computeMetric('csat', dataset({ surveys: [survey('csat', 4)] }))).to.include({ value: 1 });
    expect(computeMetric('csat', dataset({ surveys: [survey('csat', 3)] }))).to.include({ value: 0 });
  });

  it('filters by segment and owner through the account, and adds a series', () => {
    const d = dataset({ accounts: ACCOUNTS, surveys: [survey('csat', 5, '2024-01-15', { accountId: 'x' }), survey('csat', 2, '2024-02-15', { accountId: 'y' }), survey('csat', 5, '2024-02-15')] });
    expect(computeMetric('csat', d, { segment: 'SMB' })).to.include({ value: 1, denominator: 1 });
    expect(computeMetric('csat', d, { owner: 'Lee' })).to.include({ value: 0, denominator: 1 });
    expect(computeMetric('csat', d, { period: 'month' }).series).to.deep.equal([
      { start: '2024-01-01', value: 1, numerator: 1, denominator: 1 },
      { start: '2024-02-01', value: 0.5, numerator: 1, denominator: 2 },
    ]);
  });
});
