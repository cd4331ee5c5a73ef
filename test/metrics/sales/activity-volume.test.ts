import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../../src/schema/index.js';

type ActivityRow = NonNullable<DatasetInput['activities']>[number];
const dataset = (input: DatasetInput) => parseDataset(input, { mode: 'strict' }).dataset;
let n = 0;
const act = (at: string, type: ActivityRow['type'], direction: ActivityRow['direction'], extra: Partial<ActivityRow> = {}): ActivityRow => ({ id: `v${++n}`, at, type, direction, ...extra });

/*
 * By hand — eight activities, two months:
 *   Jan  call out (Ann, own)   call out (acc s: Bo)   call in (acc s: Bo)   email in (acc e: Cy)   web in (no owner)
 *   Feb  email out (deal de → acc e: Cy)   meeting out (Ann, acc s)   chat in (acc e: Cy)
 * calls made 3 (either direction), outbound calls 2, inbound email + web inquiries 2.
 * By owner: Bo 2, Cy 3, Ann 2, none 1. Segments: s is SMB (3), e Enterprise (3), 2 without account.
 */
const fixture = dataset({
  accounts: [{ id: 's', segment: 'SMB', owner: 'Bo', createdAt: '2024-01-01' }, { id: 'e', segment: 'Enterprise', owner: 'Cy', createdAt: '2024-01-01' }],
  deals: [{ id: 'de', accountId: 'e', amount: 1, createdAt: '2024-01-01', outcome: 'open', stage: 'Lead' }],
  activities: [
    act('2024-01-02', 'call', 'outbound', { owner: 'Ann' }),
    act('2024-01-03', 'call', 'outbound', { accountId: 's' }),
    act('2024-01-04', 'call', 'inbound', { accountId: 's' }),
    act('2024-01-05', 'email', 'inbound', { accountId: 'e' }),
    act('2024-01-31T23:59:59Z', 'web', 'inbound'),
    act('2024-02-01', 'email', 'outbound', { dealId: 'de' }),
    act('2024-02-02', 'meeting', 'outbound', { accountId: 's', owner: 'Ann' }),
    act('2024-02-03', 'chat', 'inbound', { accountId: 'e' }),
  ],
});

describe('activity-volume', () => {
  it('counts activities with breakdowns by type, direction and owner, worked by hand', () => {
    expect(computeMetric('activity-volume', fixture)).to.deep.equal({
      value: 8, unit: 'count', definition: 'all-activities',
      byType: { call: 3, email: 2, meeting: 1, web: 1, chat: 1, other: 0 },
      byDirection: { inbound: 4, outbound: 4 },
      byOwner: [{ owner: 'Cy', count: 3 }, { owner: 'Ann', count: 2 }, { owner: 'Bo', count: 2 }, { owner: null, count: 1 }],
      callsMade: 3, outboundCalls: 2, inboundInquiries: 2,
    });
  });

  it('is a scalar: with a period the engine adds the count per period, breakdowns stay whole-range', () => {
    const result = computeMetric('activity-volume', fixture, { period: 'month' });
    expect(result.value).to.equal(8);
    expect(result.series).to.deep.equal([{ start: '2024-01-01', value: 5 }, { start: '2024-02-01', value: 3 }]);
    expect(result).not.to.have.property('numerator');
  });

  it('takes activities in [from, to) and filters by segment (a deal\'s account counts) and owner', () => {
    expect(computeMetric('activity-volume', fixture, { from: '2024-01-03', to: '2024-02-01' })).to.include({ value: 4, inboundInquiries: 2, outboundCalls: 1 });
    const smb = computeMetric('activity-volume', fixture, { segment: 'SMB' });
    const enterprise = computeMetric('activity-volume', fixture, { segment: 'Enterprise' });
    expect([smb.value, enterprise.value]).to.deep.equal([3, 3]);
    expect(enterprise.byType).to.include({ email: 2, chat: 1 });
    expect(computeMetric('activity-volume', fixture, { owner: 'Ann' })).to.deep.include({ value: 2, byOwner: [{ owner: 'Ann', count: 2 }] });
    expect(computeMetric('activity-volume', fixture, { owner: 'Bo' })).to.include({ value: 2, callsMade: 2 });
  });

  it('over an empty base: zero everywhere (a count is never null)', () => {
    const expected = {
      value: 0, unit: 'count', definition: 'all-activities',
      byType: { call: 0, email: 0, meeting: 0, web: 0, chat: 0, other: 0 }, byDirection: { inbound: 0, outbound: 0 },
      byOwner: [], callsMade: 0, outboundCalls: 0, inboundInquiries: 0,
    };
    expect(computeMetric('activity-volume', dataset({}))).to.deep.equal(expected);
    expect(computeMetric('activity-volume', fixture, { segment: 'Nobody' })).to.deep.equal(expected);
  });

  it('over one activity', () => {
    const result = computeMetric('activity-volume', dataset({ activities: [act('2024-05-05', 'other', 'inbound', { owner: 'Dee' })] }));
    expect(result).to.deep.include({ value: 1, byOwner: [{ owner: 'Dee', count: 1 }], byDirection: { inbound: 1, outbound: 0 }, inboundInquiries: 0 });
    expect(result.byType.other).to.equal(1);
  });
});
