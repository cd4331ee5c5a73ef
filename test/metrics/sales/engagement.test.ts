import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../../src/schema/index.js';

type ActivityRow = NonNullable<DatasetInput['activities']>[number];
const dataset = (input: DatasetInput) => parseDataset(input, { mode: 'strict' }).dataset;
const HOUR = 3_600_000;
const T0 = Date.UTC(2024, 3, 1);
let n = 0;
/** An outbound attempt; `responded` undefined means not recorded. */
const attempt = (accountId: string | undefined, hours: number, responded: boolean | undefined, extra: Partial<ActivityRow> = {}): ActivityRow => ({
  id: `a${++n}`, at: T0 + hours * HOUR, type: 'call', direction: 'outbound',
  ...(accountId ? { accountId } : {}), ...(responded === undefined ? {} : { responded }), ...extra,
});

/*
 * By hand:
 *   A  6 attempts (hours 0, 24 … 120), none answered                    → streak 6
 *   B  5 attempts: no, no, yes, no, no                                  → streak 2
 *   C  6 attempts listed out of order; by time 10 no, 20 no, 30 unknown, 40 no, 50 no, 60 no → 3
 *   D  1 attempt, answer not recorded                                   → 0
 *   dq a deal without account: 5 attempts (hours 1 … 5), none answered → streak 5
 *   an inbound call from A and an outbound email to nobody are no attempts.
 * prospects 5, attempts 23, per prospect 4.6; answers known 6 + 5 + 5 + 5 = 21, replied 1.
 */
const fixture = dataset({
  accounts: [
    { id: 'A', segment: 'SMB', owner: 'Ann', createdAt: T0 }, { id: 'B', segment: 'SMB', owner: 'Ann', createdAt: T0 },
    { id: 'C', segment: 'Enterprise', owner: 'Bo', createdAt: T0 }, { id: 'D', segment: 'Enterprise', owner: 'Bo', createdAt: T0 },
  ],
  deals: [{ id: 'dq', amount: 1, createdAt: T0, outcome: 'open', stage: 'Lead' }],
  activities: [
    ...[0, 24, 48, 72, 96, 120].map((h) => attempt('A', h, false)),
    ...[false, false, true, false, false].map((r, k) => attempt('B', k * 24, r)),
    attempt('C', 50, false), attempt('C', 10, false), attempt('C', 40, false), attempt('C', 30, undefined), attempt('C', 60, false), attempt('C', 20, false),
    attempt('D', 5, undefined),
    ...[1, 2, 3, 4, 5].map((h) => attempt(undefined, h, false, { dealId: 'dq', owner: 'Cy' })),
    attempt('A', 130, undefined, { direction: 'inbound' }),
    attempt(undefined, 7, false, { type: 'email' }),
  ],
});
const listedA = { accountId: 'A', dealId: null, streak: 6, lastAttempt: T0 + 120 * HOUR };
const listedDeal = { accountId: null, dealId: 'dq', streak: 5, lastAttempt: T0 + 5 * HOUR };

describe('engagement', () => {
  it('attempts per prospect, reply rate and five-in-a-row silences, worked by hand', () => {
    expect(computeMetric('engagement', fixture)).to.deep.equal({
      prospects: 5, attempts: 23, attemptsPerProspect: 23 / 5,
      replyRate: { value: 1 / 21, numerator: 1, denominator: 21, unit: 'ratio', definition: 'replied-over-known' },
      unanswered: [listedA, listedDeal], streak: 5, definition: 'outbound-attempts',
    });
  });

  it('lists shorter streaks with the streak option; an unknown answer ends a streak', () => {
    expect(computeMetric('engagement', fixture, { streak: 3 }).unanswered).to.deep.equal([listedA, listedDeal, { accountId: 'C', dealId: null, streak: 3, lastAttempt: T0 + 60 * HOUR }]);
    expect(computeMetric('engagement', fixture, { streak: 2 }).unanswered.map((p) => p.accountId ?? p.dealId)).to.deep.equal(['A', 'dq', 'C', 'B']);
    for (const streak of [0, 1.5, 'five']) {
      expect(() => computeMetric('engagement', fixture, { streak })).to.throw(RangeError, /invalid streak for engagement: .* \(expected a whole number from 1 to 1000000\)/);
    }
  });

  it('counts only attempts in [from, to): a streak cut by the range is shorter', () => {
    const result = computeMetric('engagement', fixture, { from: T0 + 48 * HOUR, to: T0 + 121 * HOUR });
    // A 48, 72, 96, 120; B 48, 72, 96; C 50, 60.
    expect(result).to.deep.include({ prospects: 3, attempts: 9, unanswered: [] });
    expect(computeMetric('engagement', fixture, { from: T0 + 48 * HOUR, streak: 4 }).unanswered).to.deep.equal([{ ...listedA, streak: 4 }]);
  });

  it('filters by segment and owner; two segments add up to the attempts with an account', () => {
    const smb = computeMetric('engagement', fixture, { segment: 'SMB' });
    const enterprise = computeMetric('engagement', fixture, { segment: 'Enterprise' });
    expect([smb.attempts, enterprise.attempts]).to.deep.equal([11, 7]);
    expect(smb.attempts + enterprise.attempts).to.equal(23 - 5); // the deal without account has no segment
    expect(computeMetric('engagement', fixture, { owner: 'Cy' })).to.deep.include({ prospects: 1, attempts: 5, unanswered: [listedDeal] });
  });

  it('over an empty base: zero counts, null ratios, nobody listed', () => {
    const expected = {
      prospects: 0, attempts: 0, attemptsPerProspect: null, unanswered: [], streak: 5, definition: 'outbound-attempts',
      replyRate: { value: null, numerator: 0, denominator: 0, unit: 'ratio', definition: 'replied-over-known' },
    };
    expect(computeMetric('engagement', dataset({}))).to.deep.equal(expected);
    expect(computeMetric('engagement', fixture, { to: T0 })).to.deep.equal(expected);
  });

  it('over one answered attempt', () => {
    const result = computeMetric('engagement', dataset({ activities: [attempt('solo', 0, true)] }));
    expect(result).to.deep.include({ prospects: 1, attempts: 1, attemptsPerProspect: 1, unanswered: [] });
    expect(result.replyRate).to.include({ value: 1, numerator: 1, denominator: 1 });
  });
});
