import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { ACCOUNTS, dataset, ticket } from './service-data.js';

const at = (day: string, hours = 0) => new Date(Date.parse(`${day}T00:00:00Z`) + hours * 3_600_000).toISOString();

/**
 * Worked by hand for January 2024 (as of 2024-02-01):
 * - opened in the range: t1 t2 t3 t4 t5 t6 t9 (7).
 * - first response, hours: t1 2, t2 4, t3 6, t4 1, t9 2 → [1, 2, 2, 4, 6]: median 2, mean 3,
 *   p90 at rank 3.6 → 4 + 0.6 × 2 = 5.2.
 * - resolution, hours: t1 10, t2 48, t4 5, t9 216 (resolved after `to`, counted so far) →
 *   [5, 10, 48, 216]: median 29, mean 69.75, p90 at rank 2.7 → 48 + 0.7 × 168 = 165.6.
 * - resolved in the range: t1 (1 contact), t2 (2), t4 (1), t7 (1, opened in December) → FCR 3 / 4.
 * - open on Feb 1: t3 22 days, t5 1 day, t6 12 hours, t8 92 days, t9 7 days (resolved Feb 3).
 * - Ann: t1 t2 t3 t9; resolved t1 t2; open t3 t8 t9; first responses [2, 2, 4, 6] → 3; resolutions [10, 48, 216] → 48.
 *   Bo: t4 t5; resolved t4 t7; open t5. Unassigned: t6.
 */
const tickets = [
  ticket('t1', at('2024-01-02'), { agent: 'Ann', firstResponseAt: at('2024-01-02', 2), resolvedAt: at('2024-01-02', 10), accountId: 'x' }),
  ticket('t2', at('2024-01-03'), { agent: 'Ann', firstResponseAt: at('2024-01-03', 4), resolvedAt: at('2024-01-05'), contacts: 2, accountId: 'x' }),
  ticket('t3', at('2024-01-10'), { agent: 'Ann', firstResponseAt: at('2024-01-10', 6), accountId: 'x' }),
  ticket('t4', at('2024-01-20'), { agent: 'Bo', firstResponseAt: at('2024-01-20', 1), resolvedAt: at('2024-01-20', 5), accountId: 'y' }),
  ticket('t5', at('2024-01-31'), { agent: 'Bo', accountId: 'y' }),
  ticket('t6', at('2024-01-31', 12)),
  ticket('t7', at('2023-12-01'), { agent: 'Bo', firstResponseAt: at('2023-12-01', 3), resolvedAt: at('2024-01-15'), accountId: 'x' }),
  ticket('t8', at('2023-11-01'), { agent: 'Ann', accountId: 'y' }),
  ticket('t9', at('2024-01-25'), { agent: 'Ann', firstResponseAt: at('2024-01-25', 2), resolvedAt: at('2024-02-03'), accountId: 'y' }),
  ticket('t10', at('2024-02-05'), { agent: 'Bo' }),
];
const d = dataset({ accounts: ACCOUNTS, tickets });
const ages = (counts: number[]) => ['<1d', '1–3d', '3–7d', '7–30d', '>30d'].map((band, k) => ({ band, count: counts[k] }));

describe('help-desk', () => {
  it('gives the queue by age, response and resolution times, FCR and agents for a range', () => {
    const result = computeMetric('help-desk', d, { from: '2024-01-01', to: '2024-02-01' });
    expect(result.resolutionHours.p90).to.be.closeTo(165.6, 1e-9);
    expect({ ...result, resolutionHours: { ...result.resolutionHours, p90: 165.6 } }).to.deep.equal({
      asOf: Date.UTC(2024, 1, 1),
      opened: 7,
      open: { count: 5, byAge: ages([1, 1, 0, 2, 1]) },
      firstResponseHours: { count: 5, median: 2, mean: 3, p90: 5.2 },
      resolutionHours: { count: 4, median: 29, mean: 69.75, p90: 165.6 },
      fcr: { value: 0.75, numerator: 3, denominator: 4, unit: 'ratio', definition: 'over-resolved' },
      byAgent: [
        { agent: 'Ann', tickets: 4, resolved: 2, firstContactResolved: 1, open: 3, medianFirstResponseHours: 3, medianResolutionHours: 48, fcr: 0.5 },
        { agent: 'Bo', tickets: 2, resolved: 2, firstContactResolved: 2, open: 1, medianFirstResponseHours: 1, medianResolutionHours: 5, fcr: 1 },
        { agent: null, tickets: 1, resolved: 0, firstContactResolved: 0, open: 1, medianFirstResponseHours: null, medianResolutionHours: null, fcr: null },
      ],
    });
    expect(result.fcr).to.deep.equal(computeMetric('first-contact-resolution', d, { from: '2024-01-01', to: '2024-02-01' }));
  });

  it('takes the queue at the data\'s last instant when the range is open', () => {
    // Last instant: t10 opened Feb 5. Unresolved: t10 0 d, t6 4.5 d, t5 5 d, t3 26 d, t8 96 d.
    const result = computeMetric('help-desk', d);
    expect(result.asOf).to.equal(Date.UTC(2024, 1, 5));
    expect(result.open).to.deep.equal({ count: 5, byAge: ages([1, 0, 2, 1, 1]) });
    expect(result.opened).to.equal(10);
  });

  it('has a series with the queue at the end of each period', () => {
    const { series, period } = computeMetric('help-desk', dataset({ tickets }), { period: 'month' }); // no accounts: the span is the tickets'
    expect(period).to.equal('month');
    expect(series).to.deep.equal([
      { start: '2023-11-01', opened: 1, open: 1, medianFirstResponseHours: null, medianResolutionHours: null, fcr: null },
      { start: '2023-12-01', opened: 1, open: 2, medianFirstResponseHours: 3, medianResolutionHours: 1080, fcr: null },
      { start: '2024-01-01', opened: 7, open: 5, medianFirstResponseHours: 2, medianResolutionHours: 29, fcr: 0.75 },
      { start: '2024-02-01', opened: 1, open: 5, medianFirstResponseHours: null, medianResolutionHours: null, fcr: 1 },
    ]);
  });

  it('filters tickets through their account; a ticket without one is in no segment', () => {
    const range = { from: '2024-01-01', to: '2024-02-01' };
    const smb = computeMetric('help-desk', d, { ...range, segment: 'SMB' });
    const enterprise = computeMetric('help-desk', d, { ...range, segment: 'Enterprise' });
    expect([smb.opened, enterprise.opened]).to.deep.equal([3, 3]); // t6 has no account: 3 + 3 of 7
    expect([smb.open.count, enterprise.open.count]).to.deep.equal([1, 3]);
    expect(smb.byAgent.map((a) => a.agent)).to.deep.equal(['Ann', 'Bo']); // Bo only through t7, resolved in range
    expect(computeMetric('help-desk', d, { ...range, owner: 'Lee' }).opened).to.equal(3);
  });

  it('is empty but whole with no tickets, and handles a single one', () => {
    expect(computeMetric('help-desk', dataset({}))).to.deep.equal({
      asOf: null, opened: 0, open: { count: 0, byAge: ages([0, 0, 0, 0, 0]) },
      firstResponseHours: { count: 0, median: null, mean: null, p90: null }, resolutionHours: { count: 0, median: null, mean: null, p90: null },
      fcr: { value: null, numerator: 0, denominator: 0, unit: 'ratio', definition: 'over-resolved' }, byAgent: [],
    });
    const one = computeMetric('help-desk', dataset({ tickets: [ticket('a', at('2024-01-01'), { agent: 'Ann', firstResponseAt: at('2024-01-01', 3), resolvedAt: at('2024-01-02') })] }));
    expect(one).to.deep.include({ opened: 1, open: { count: 0, byAge: ages([0, 0, 0, 0, 0]) }, firstResponseHours: { count: 1, median: 3, mean: 3, p90: 3 } });
    expect(one.byAgent).to.deep.equal([{ agent: 'Ann', tickets: 1, resolved: 1, firstContactResolved: 1, open: 0, medianFirstResponseHours: 3, medianResolutionHours: 24, fcr: 1 }]);
  });
});
