import { expect } from '@open-wc/testing';
import { generateDataset } from '../../../src/generator/index.js';
import { computeMetric } from '../../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../../src/schema/index.js';

type ActivityRow = NonNullable<DatasetInput['activities']>[number];
const dataset = (input: DatasetInput) => parseDataset(input, { mode: 'strict' }).dataset;
const HOUR = 3_600_000;
const T0 = Date.UTC(2024, 0, 1);
let n = 0;
const act = (accountId: string | undefined, hours: number, direction: ActivityRow['direction'], type: ActivityRow['type'], extra: Partial<ActivityRow> = {}): ActivityRow => ({
  id: `act${++n}`, at: T0 + hours * HOUR, type, direction, ...(accountId ? { accountId } : {}), ...extra,
});
const account = (id: string, segment: string) => ({ id, segment, owner: 'Ann', createdAt: T0 - 1000 * HOUR });

/*
 * By hand (hours from Jan 1 00:00):
 *   x  web in at 10, outbound at 10.5                  → 0.5 h  <1h    x wins a deal on Feb 1 → converted
 *   y  email in at 0, outbound at 1 (an end: slower)    → 1 h    1–24h  y's deal is lost       → not
 *   z  chat in at 24, outbound at 72                    → 48 h   1–3d   z won on Dec 31, before → not
 *   w  call in at 48 (an outbound at 24 came before), outbound at 216 → 168 h  >3d  w wins later → converted
 *   v  email in at 96, never answered                              none   v wins later → converted
 *   x  email in at 120 on deal dx: account outbound at 121, deal outbound at 125 → 5 h (the deal's)
 *      1–24h, x wins on Feb 1 → converted
 *   an inbound meeting and an outbound email are not inquiries.
 * count 6, answered 5; hours 0.5, 1, 5, 48, 168: median 5, mean 222.5 / 5 = 44.5.
 */
const fixture = dataset({
  accounts: ['x', 'y', 'z', 'w', 'v'].map((id) => account(id, id === 'x' || id === 'y' ? 'SMB' : 'Enterprise')),
  deals: [
    { id: 'dx', accountId: 'x', amount: 1, createdAt: T0, closedAt: Date.UTC(2024, 1, 1), outcome: 'won', stage: 'Lead' },
    { id: 'dy', accountId: 'y', amount: 1, createdAt: T0, closedAt: Date.UTC(2024, 1, 1), outcome: 'lost', stage: 'Lead' },
    { id: 'dz', accountId: 'z', amount: 1, createdAt: T0 - 100 * HOUR, closedAt: T0 - 24 * HOUR, outcome: 'won', stage: 'Lead' },
    { id: 'dw', accountId: 'w', amount: 1, createdAt: T0, closedAt: Date.UTC(2024, 2, 1), outcome: 'won', stage: 'Lead' },
    { id: 'dv', accountId: 'v', amount: 1, createdAt: T0, closedAt: Date.UTC(2024, 2, 1), outcome: 'won', stage: 'Lead' },
  ],
  activities: [
    act('x', 10, 'inbound', 'web'), act('x', 10.5, 'outbound', 'email'),
    act('y', 0, 'inbound', 'email'), act('y', 1, 'outbound', 'call'),
    act('z', 24, 'inbound', 'chat'), act('z', 72, 'outbound', 'call'),
    act('w', 24, 'outbound', 'email'), act('w', 48, 'inbound', 'call'), act('w', 216, 'outbound', 'meeting'),
    act('v', 96, 'inbound', 'email'),
    act('x', 120, 'inbound', 'email', { dealId: 'dx' }), act('x', 125, 'outbound', 'email', { dealId: 'dx' }), act('x', 121, 'outbound', 'call'),
    act('y', 30, 'inbound', 'meeting'), act('y', 30, 'outbound', 'email'),
  ],
});

const band = (band: string, inquiries: number, converted: number) => ({ band, inquiries, converted, conversion: inquiries ? converted / inquiries : null });

describe('response-time', () => {
  it('matches each inquiry to the first outbound activity after it, by deal else account, worked by hand', () => {
    expect(computeMetric('response-time', fixture)).to.deep.equal({
      count: 6, answered: 5, unanswered: 1, medianHours: 5, meanHours: 44.5, definition: 'all-inquiries',
      bands: [band('<1h', 1, 1), band('1–24h', 2, 1), band('1–3d', 1, 0), band('>3d', 1, 1), band('none', 1, 1)],
    });
  });

  it('new-inquiries leaves out the inquiries logged on a deal', () => {
    const result = computeMetric('response-time', fixture, { definition: 'new-inquiries' });
    expect(result).to.include({ count: 5, answered: 4, medianHours: 24.5, definition: 'new-inquiries' });
    expect(result.bands[1]).to.deep.equal(band('1–24h', 1, 0));
  });

  it('takes inquiries in [from, to) (their answer may come later) and filters by segment and owner', () => {
    const range = computeMetric('response-time', fixture, { from: T0 + 24 * HOUR, to: T0 + 96 * HOUR });
    expect(range).to.include({ count: 2, answered: 2, medianHours: 108 }); // z 48 h, w 168 h
    expect(computeMetric('response-time', fixture, { segment: 'SMB' })).to.include({ count: 3, answered: 3, medianHours: 1 });
    expect(computeMetric('response-time', fixture, { segment: 'Enterprise' })).to.include({ count: 3, answered: 2 });
    expect(computeMetric('response-time', fixture, { owner: 'Ann' })).to.include({ count: 6 });
    expect(computeMetric('response-time', fixture, { owner: 'Bo' })).to.include({ count: 0 });
  });

  it('over an empty base: zero counts, null hours and conversions', () => {
    const expected = {
      count: 0, answered: 0, unanswered: 0, medianHours: null, meanHours: null, definition: 'all-inquiries',
      bands: ['<1h', '1–24h', '1–3d', '>3d', 'none'].map((b) => band(b, 0, 0)),
    };
    expect(computeMetric('response-time', dataset({}))).to.deep.equal(expected);
    expect(computeMetric('response-time', fixture, { from: '2030-01-01' })).to.deep.equal(expected);
  });

  it('over one inquiry without account or deal: it cannot be answered', () => {
    const result = computeMetric('response-time', dataset({ activities: [act(undefined, 0, 'inbound', 'web'), act(undefined, 1, 'outbound', 'email')] }));
    expect(result).to.include({ count: 1, answered: 0, unanswered: 1, medianHours: null });
    expect(result.bands[4]).to.deep.equal(band('none', 1, 0));
  });

  it('shows the seed\'s point on generated data: inquiries answered fast convert more often (seed 2, 1,500 accounts)', () => {
    const generated = parseDataset(generateDataset({ seed: 2, accounts: 1500 }), { mode: 'strict' }).dataset;
    const { bands } = computeMetric('response-time', generated, { definition: 'new-inquiries' });
    const [underHour, underDay, underThreeDays, slower] = bands;
    const share = (...rows: typeof bands) => rows.reduce((s, r) => s + r.converted, 0) / rows.reduce((s, r) => s + r.inquiries, 0);
    expect(underHour!.conversion!).to.be.greaterThan(underDay!.conversion!);
    expect(underDay!.conversion!).to.be.greaterThan(underThreeDays!.conversion!);
    expect(share(underHour!, underDay!)).to.be.greaterThan(share(underThreeDays!, slower!));
  });
});
