import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { ACCOUNTS, dataset, survey, surveys } from './service-data.js';

const points = (counts: number[]) => counts.map((count, k) => ({ score: k + 1, count }));

describe('ces', () => {
  it('is the mean score on 1–7 with the distribution per point', () => {
    // (7 + 6 + 5 + 5 + 3) / 5 = 26 / 5 = 5.2; the NPS response and the one before `from` are left out.
    const d = dataset({ surveys: [...surveys('ces', [7, 6, 5, 5, 3]), survey('nps', 1), survey('ces', 1, '2023-12-01')] });
    expect(computeMetric('ces', d, { from: '2024-01-01', to: '2024-02-01' })).to.deep.equal({
      value: 5.2, numerator: 26, denominator: 5, unit: 'score', definition: 'mean', scale: 7, responses: 5, distribution: points([0, 0, 1, 0, 2, 1, 1]),
    });
  });

  it('rescales each response linearly from its own scale to the target before averaging', () => {
    // 3 on 1–5 is 1 + 2 × 6 / 4 = 4 on 1–7: (26 + 4) / 6 = 5; no distribution, 4 came from another scale.
    const d = dataset({ surveys: [...surveys('ces', [7, 6, 5, 5, 3]), survey('ces', 3, '2024-01-15', { scale: 5 })] });
    expect(computeMetric('ces', d)).to.include({ value: 5, numerator: 30, denominator: 6, scale: 7, distribution: null });
    // Onto 1–5: the 1–7 scores become 1 + (s − 1) × 4 / 6 → 5, 13/3, 11/3, 11/3, 7/3 (sum 19); plus 3: 22 / 6.
    const onFive = computeMetric('ces', d, { scale: 5 });
    expect(onFive.value).to.be.closeTo(22 / 6, 1e-12);
    expect(onFive).to.include({ scale: 5, responses: 6, distribution: null });
    expect(computeMetric('ces', dataset({ surveys: surveys('ces', [5, 1], '2024-01-15', { scale: 5 }) }), { scale: '5' })).to.deep.include({ value: 3, distribution: points([1, 0, 0, 0, 1]) });
  });

  it('has no distribution when a score is fractional', () => {
    expect(computeMetric('ces', dataset({ surveys: surveys('ces', [4.5, 5]) }))).to.include({ value: 4.75, distribution: null });
  });

  it('refuses a scale that is not a whole number from 2 to 100', () => {
    const d = dataset({});
    for (const scale of [1, 7.5, 101, 'seven', null]) {
      expect(() => computeMetric('ces', d, { scale }), String(scale)).to.throw(RangeError, /invalid scale for ces/);
    }
    expect(() => computeMetric('ces', d, { scales: 5 })).to.throw(RangeError, /unknown option for ces: "scales" \(expected one of .*"scale"\)/);
  });

  it('is null with no response (an all-zero distribution) and the score itself with one', () => {
    expect(computeMetric('ces', dataset({}))).to.deep.include({ value: null, responses: 0, distribution: points([0, 0, 0, 0, 0, 0, 0]) });
    expect(computeMetric('ces', dataset({ surveys: [survey('ces', 6)] }))).to.include({ value: 6, responses: 1 });
  });

  it('filters by segment and owner, and adds a series', () => {
    const d = dataset({ accounts: ACCOUNTS, surveys: [survey('ces', 7, '2024-01-15', { accountId: 'x' }), survey('ces', 3, '2024-02-15', { accountId: 'y' }), survey('ces', 5, '2024-02-15')] });
    expect(computeMetric('ces', d, { segment: 'SMB' })).to.include({ value: 7, responses: 1 });
    expect(computeMetric('ces', d, { owner: 'Lee' })).to.include({ value: 3, responses: 1 });
    expect(computeMetric('ces', d, { period: 'month' }).series).to.deep.equal([
      { start: '2024-01-01', value: 7, numerator: 7, denominator: 1 },
      { start: '2024-02-01', value: 4, numerator: 8, denominator: 2 },
    ]);
  });
});
