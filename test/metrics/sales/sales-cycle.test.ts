import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../../src/schema/index.js';

type DealRow = NonNullable<DatasetInput['deals']>[number];
const dataset = (input: DatasetInput) => parseDataset(input, { mode: 'strict' }).dataset;
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
/** A deal created on day `created` of 2024 (0 = Jan 1) and closed `cycle` days later. */
const deal = (id: string, outcome: DealRow['outcome'], created: number, cycle: number, extra: Partial<DealRow> = {}): DealRow => ({
  id, amount: 100, createdAt: T0 + created * DAY, closedAt: T0 + (created + cycle) * DAY, outcome, stage: 'Lead', ...extra,
});

/*
 * By hand: won cycles 10, 20, 30, 40, 100 days (the lost and open deals have none).
 * median 30; mean 200 / 5 = 40; p90: rank (5 − 1) × 0.9 = 3.6 → 40 + 0.6 × (100 − 40) = 76.
 * 20 bins: width 1 needs 91 bins, 2 → 46, 5 → 19 ≤ 20: [10,15) … [100,105), one deal in each of
 * [10,15), [20,25), [30,35), [40,45), [100,105). 3 bins: widths up to 20 need 6, 50 → [0,50),
 * [50,100), [100,150) with 4, 0, 1. Owners: Ann (own) 10, 40; Bo (his account's) 20, 100; none 30.
 */
const fixture = dataset({
  accounts: [{ id: 'acc', owner: 'Bo', segment: 'SMB', createdAt: T0 }],
  deals: [
    deal('w10', 'won', 0, 10, { owner: 'Ann' }),
    deal('w20', 'won', 5, 20, { accountId: 'acc' }),
    deal('w30', 'won', 10, 30),
    deal('w40', 'won', 20, 40, { owner: 'Ann' }),
    deal('w100', 'won', 0, 100, { accountId: 'acc' }),
    deal('lost', 'lost', 0, 5),
    { id: 'open', amount: 1, createdAt: T0, outcome: 'open', stage: 'Lead' },
  ],
});

describe('sales-cycle', () => {
  it('median, mean, p90, histogram and owners worked by hand', () => {
    const result = computeMetric('sales-cycle', fixture);
    expect(result).to.include({ count: 5, median: 30, mean: 40, unit: 'days', definition: 'created-to-won' });
    expect(result.p90).to.be.closeTo(76, 1e-9);
    expect(result.histogram).to.have.length(19);
    expect(result.histogram[0]).to.deep.equal({ from: 10, to: 15, count: 1 });
    expect(result.histogram[18]).to.deep.equal({ from: 100, to: 105, count: 1 });
    expect(result.histogram.filter((b) => b.count > 0).map((b) => b.from)).to.deep.equal([10, 20, 30, 40, 100]);
    expect(result.byOwner).to.deep.equal([
      { owner: 'Ann', count: 2, median: 25, mean: 25 },
      { owner: 'Bo', count: 2, median: 60, mean: 60 },
      { owner: null, count: 1, median: 30, mean: 30 },
    ]);
    expect(result).not.to.have.property('series');
  });

  it('uses nice bin widths within the bins option', () => {
    expect(computeMetric('sales-cycle', fixture, { bins: 3 }).histogram).to.deep.equal([
      { from: 0, to: 50, count: 4 },
      { from: 50, to: 100, count: 0 },
      { from: 100, to: 150, count: 1 },
    ]);
    expect(computeMetric('sales-cycle', fixture, { bins: 1 }).histogram).to.deep.equal([{ from: 0, to: 200, count: 5 }]);
    for (const bins of [0, 2.5, 'many', 1001]) {
      expect(() => computeMetric('sales-cycle', fixture, { bins })).to.throw(RangeError, /invalid bins for sales-cycle: .* \(expected a whole number from 1 to 1000\)/);
    }
  });

  it("is the seed's example: a first conversation in early January and a contract in early July make about six months", () => {
    const d = dataset({ deals: [{ id: 'd', amount: 1, createdAt: '2023-01-05T10:00:00Z', closedAt: '2023-07-05T10:00:00Z', outcome: 'won', stage: 'Lead' }] });
    const result = computeMetric('sales-cycle', d);
    expect(result).to.include({ count: 1, median: 181, mean: 181, p90: 181 });
    expect(result.median! / (365.2425 / 12)).to.be.closeTo(6, 0.1); // months
    expect(result.histogram).to.deep.equal([{ from: 181, to: 182, count: 1 }]);
  });

  it('takes won deals closed in [from, to), filtered by segment and owner', () => {
    // Closes: w10 Jan 11, w20 Jan 26, w30 Feb 10, w40 Mar 1, w100 Apr 10.
    expect(computeMetric('sales-cycle', fixture, { from: '2024-01-11', to: '2024-03-01' })).to.include({ count: 3, median: 20 });
    expect(computeMetric('sales-cycle', fixture, { segment: 'SMB' })).to.include({ count: 2, median: 60 });
    expect(computeMetric('sales-cycle', fixture, { owner: 'Ann' })).to.include({ count: 2, median: 25 });
    expect(computeMetric('sales-cycle', fixture, { owner: 'Bo' })).to.include({ count: 2, median: 60 });
  });

  it('with a period: the cycle and time in stage of the deals won in each period', () => {
    const stages = ['Lead', 'Won-ready'];
    const d = dataset({ stages, deals: [
      deal('a', 'won', 0, 10, { stage: 'Won-ready', history: [{ stage: 'Lead', at: T0 }, { stage: 'Won-ready', at: T0 + 4 * DAY }] }), // Jan: Lead 4, Won-ready 6
      deal('b', 'won', 0, 20, { stage: 'Won-ready', history: [{ stage: 'Lead', at: T0 }, { stage: 'Won-ready', at: T0 + 8 * DAY }] }), // Jan: Lead 8, Won-ready 12
      deal('c', 'won', 50, 50), // closes Apr 10, no history
    ] });
    const result = computeMetric('sales-cycle', d, { period: 'month', from: '2024-01-01', to: '2024-05-01' });
    expect(result.series).to.deep.equal([
      { start: '2024-01-01', count: 2, median: 15, mean: 15 },
      { start: '2024-02-01', count: 0, median: null, mean: null },
      { start: '2024-03-01', count: 0, median: null, mean: null },
      { start: '2024-04-01', count: 1, median: 50, mean: 50 },
    ]);
    expect(result.timeInStage?.[0]).to.deep.equal({ start: '2024-01-01', stages: [
      { stage: 'Lead', stays: 2, medianDays: 6, meanDays: 6 },
      { stage: 'Won-ready', stays: 2, medianDays: 9, meanDays: 9 },
    ] });
    expect(result.timeInStage?.[3]?.stages.map((s) => s.stays)).to.deep.equal([0, 0]);
  });

  it('buckets closes by the calendar of the time zone', () => {
    // Closed 2024-02-01T03:00Z: still January 31 in New York.
    const d = dataset({ deals: [{ id: 'ny', amount: 1, createdAt: '2024-01-21T03:00:00Z', closedAt: '2024-02-01T03:00:00Z', outcome: 'won', stage: 'Lead' }] });
    expect(computeMetric('sales-cycle', d, { period: 'month' }).series).to.deep.equal([{ start: '2024-02-01', count: 1, median: 11, mean: 11 }]);
    expect(computeMetric('sales-cycle', d, { period: 'month', timeZone: 'America/New_York' }).series).to.deep.equal([{ start: '2024-01-01', count: 1, median: 11, mean: 11 }]);
  });

  it('over an empty base: count 0, null stats, no bins', () => {
    const empty = { count: 0, median: null, mean: null, p90: null, histogram: [], byOwner: [], unit: 'days', definition: 'created-to-won' };
    expect(computeMetric('sales-cycle', dataset({}))).to.deep.equal(empty);
    expect(computeMetric('sales-cycle', fixture, { from: '2030-01-01', to: '2030-02-01' })).to.deep.equal(empty);
    expect(computeMetric('sales-cycle', dataset({}), { period: 'month' })).to.deep.equal({ ...empty, series: [], timeInStage: [] });
  });

  it('over one won deal: every statistic is its cycle', () => {
    const result = computeMetric('sales-cycle', dataset({ deals: [deal('one', 'won', 3, 12.5)] }));
    expect(result).to.deep.include({ count: 1, median: 12.5, mean: 12.5, p90: 12.5, histogram: [{ from: 12, to: 13, count: 1 }], byOwner: [{ owner: null, count: 1, median: 12.5, mean: 12.5 }] });
  });
});
