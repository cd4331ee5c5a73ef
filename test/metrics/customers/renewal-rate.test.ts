import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/schema/index.js';

type Rows<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>;
const dataset = (input: DatasetInput): Dataset => parseDataset(input, { mode: 'strict' }).dataset;
let ids = 0;
const sub = (accountId: string, start: string, end?: string, renewed?: boolean): Rows<'subscriptions'>[number] =>
  ({ id: `s${++ids}`, accountId, start, amount: 50, ...(end ? { end } : {}), ...(renewed === undefined ? {} : { renewed }) });

/**
 * Terms ending in 2024 ([2024-01-01, 2025-01-01)):
 *   p1 ends 2024-01-01 (at `from`), renewed: true ............ renewed
 *   p2 ends 2025-01-01 (at `to`) ............................. not in the period
 *   q  ends 2024-06-01, unknown, nothing follows ............. not renewed
 *   s2 ends 2024-03-01, unknown, nothing follows ............. not renewed (s1 ended in 2023)
 *   t  ends 2024-04-01, renewed: true (next term not in data)  renewed
 *   u  ends 2024-05-01, unknown, nothing follows ............. not renewed
 *   v1 ends 2024-05-01, unknown, next starts 31 days later ... renewed (the grace limit counts)
 *   w1 ends 2024-05-01, unknown, next starts 32 days later ... not renewed
 *   x1 ends 2024-07-01, renewed: false, next starts at once .. not renewed (the data's word wins)
 *   r, v2, w2, x2 have no end ................................ running, not counted
 * 8 terms ended, 3 renewed: 3/8.
 */
function terms(segmentOf: (account: string) => string = () => 'SMB'): Dataset {
  const subscriptions = [
    sub('p', '2023-01-01', '2024-01-01', true), sub('p', '2024-01-01', '2025-01-01', false), sub('q', '2023-06-01', '2024-06-01'),
    sub('r', '2023-03-01'), sub('s', '2023-02-01', '2023-08-01'), sub('s', '2023-09-01', '2024-03-01'),
    sub('t', '2023-04-01', '2024-04-01', true), sub('u', '2024-02-01', '2024-05-01'),
    sub('v', '2023-05-01', '2024-05-01'), sub('v', '2024-06-01'), sub('w', '2023-05-01', '2024-05-01'), sub('w', '2024-06-02'),
    sub('x', '2023-07-01', '2024-07-01', false), sub('x', '2024-07-01'),
  ];
  const accounts = [...new Set(subscriptions.map((s) => s.accountId))].map((id) => ({ id, createdAt: '2023-01-01', segment: segmentOf(id) }));
  return dataset({ accounts, subscriptions });
}
const YEAR = { from: '2024-01-01', to: '2025-01-01' };

describe('renewal-rate', () => {
  it('renewed terms / terms that ended in the period, a follow-up within graceDays counting when the data is silent', () => {
    expect(computeMetric('renewal-rate', terms(), YEAR)).to.deep.equal({ value: 3 / 8, numerator: 3, denominator: 8, unit: 'ratio', definition: 'renewed-over-ended' });
    expect(computeMetric('renewal-rate', terms(), { ...YEAR, graceDays: 32 })).to.include({ numerator: 4, denominator: 8 });
    expect(computeMetric('renewal-rate', terms(), { ...YEAR, graceDays: 0 })).to.include({ numerator: 2, denominator: 8 });
  });

  it('counts an early renewal (the next term starting before the end) and not a term starting at the same time', () => {
    const d = dataset({ subscriptions: [sub('a', '2024-01-01', '2024-07-01'), sub('a', '2024-06-15'), sub('b', '2024-01-01', '2024-07-01'), sub('b', '2024-01-01', '2024-02-01')] });
    // a: renewed early. b: two terms from the same day; neither follows the other.
    expect(computeMetric('renewal-rate', d, YEAR)).to.include({ numerator: 1, denominator: 3 });
  });

  it('filters by the term account, disjoint segments adding up, and adds a series', () => {
    const bySegment = terms((id) => (id < 's' ? 'SMB' : 'Ent'));
    // SMB: p1 q (u v w x are Ent): 1 of 2. Ent: s2 t u v1 w1 x1: 2 of 6.
    expect(computeMetric('renewal-rate', bySegment, { ...YEAR, segment: 'SMB' })).to.include({ numerator: 1, denominator: 2 });
    expect(computeMetric('renewal-rate', bySegment, { ...YEAR, segment: 'Ent' })).to.include({ numerator: 2, denominator: 6 });
    const { series } = computeMetric('renewal-rate', terms(), { ...YEAR, period: 'quarter' });
    // Q1: p1, s2. Q2: t, u, v1, w1, q. Q3: x1. Q4: none.
    expect(series?.map((p) => [p.numerator, p.denominator])).to.deep.equal([[1, 2], [2, 5], [0, 1], [0, 0]]);
    expect(series?.[3]?.value).to.equal(null);
  });

  it('is null without ended terms: empty dataset, one running term; one ended term is 0', () => {
    expect(computeMetric('renewal-rate', dataset({}))).to.include({ value: null, denominator: 0 });
    expect(computeMetric('renewal-rate', dataset({ subscriptions: [sub('a', '2024-01-01')] }))).to.include({ value: null, denominator: 0 });
    expect(computeMetric('renewal-rate', dataset({ subscriptions: [sub('a', '2024-01-01', '2024-02-01')] }))).to.include({ value: 0, denominator: 1 });
  });

  it('throws on a bad graceDays', () => {
    expect(() => computeMetric('renewal-rate', terms(), { graceDays: -1 })).to.throw(RangeError, /invalid graceDays for renewal-rate: -1/);
  });
});
