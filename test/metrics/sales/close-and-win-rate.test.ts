import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../../src/schema/index.js';

type DealRow = NonNullable<DatasetInput['deals']>[number];
const deal = (id: string, outcome: DealRow['outcome'], createdAt: string, closedAt?: string, extra: Partial<DealRow> = {}): DealRow =>
  ({ id, amount: 100, createdAt, outcome, stage: 'Lead', ...(closedAt ? { closedAt } : {}), ...extra }) as DealRow;
const dataset = (input: DatasetInput) => parseDataset(input, { mode: 'strict' }).dataset;

describe('close-rate', () => {
  it("is the seed's example: 100 leads and 10 closed deals make a 10% close rate", () => {
    const deals = Array.from({ length: 100 }, (_, i) => (i < 10 ? deal(`d${i}`, 'won', '2024-01-10', '2024-02-01') : deal(`d${i}`, i < 30 ? 'lost' : 'open', '2024-01-10', i < 30 ? '2024-02-01' : undefined)));
    const result = computeMetric('close-rate', dataset({ deals }));
    expect(result).to.deep.equal({ value: 0.1, numerator: 10, denominator: 100, unit: 'ratio', definition: 'won-over-created' });
  });

  it('counts deals by creation in the half-open range and is null over an empty base', () => {
    const d = dataset({ deals: [deal('a', 'won', '2024-01-01', '2024-03-01'), deal('b', 'lost', '2024-01-31T23:59:59Z', '2024-02-02'), deal('c', 'won', '2024-02-01', '2024-02-05')] });
    expect(computeMetric('close-rate', d, { from: '2024-01-01', to: '2024-02-01' })).to.include({ numerator: 1, denominator: 2, value: 0.5 });
    expect(computeMetric('close-rate', d, { from: '2025-01-01', to: '2025-02-01' })).to.include({ value: null, denominator: 0 });
    expect(computeMetric('close-rate', dataset({}))).to.include({ value: null });
  });

  it('refuses a series of more than 10,000 periods, saying why, and takes one of 10,000', () => {
    // One stray row in year 1 and one in 9999: 119,988 months.
    const d = dataset({ deals: [deal('a', 'won', '0001-01-01', '0001-02-01'), deal('b', 'lost', '9999-12-31', '9999-12-31')] });
    expect(() => computeMetric('close-rate', d, { period: 'month' })).to.throw(RangeError, '119988 months from 0001-01-01 to 9999-12-01 are more periods than a series takes (at most 10000); narrow from/to or choose a longer period');
    expect(computeMetric('close-rate', d).value, 'without a period there is no series to refuse').to.equal(0.5);
    // 10,000 days exactly: from 2000-01-01, the last day is 2027-05-18.
    const days = dataset({ deals: [deal('a', 'won', '2000-01-01', '2000-01-02'), deal('b', 'won', '2027-05-18', '2027-05-18')] });
    expect(computeMetric('close-rate', days, { period: 'day' }).series).to.have.length(10_000);
  });

  it('adds a series per period, each point its own numerator and denominator', () => {
    const d = dataset({ deals: [deal('a', 'won', '2024-01-05', '2024-03-01'), deal('b', 'lost', '2024-01-06', '2024-03-01'), deal('c', 'won', '2024-03-01', '2024-03-05')] });
    const { series } = computeMetric('close-rate', d, { period: 'month' });
    expect(series).to.deep.equal([
      { start: '2024-01-01', value: 0.5, numerator: 1, denominator: 2 },
      { start: '2024-02-01', value: null, numerator: 0, denominator: 0 },
      { start: '2024-03-01', value: 1, numerator: 1, denominator: 1 },
    ]);
  });

  it('filters by segment through the account and by owner', () => {
    const d = dataset({
      accounts: [{ id: 'x', segment: 'SMB', owner: 'Ann', createdAt: '2024-01-01' }, { id: 'y', segment: 'Enterprise', owner: 'Bo', createdAt: '2024-01-01' }],
      deals: [deal('a', 'won', '2024-01-05', '2024-02-01', { accountId: 'x' }), deal('b', 'lost', '2024-01-06', '2024-02-01', { accountId: 'y' }), deal('c', 'open', '2024-01-07', undefined, { accountId: 'y', owner: 'Ann' })],
    });
    expect(computeMetric('close-rate', d, { segment: 'SMB' })).to.include({ numerator: 1, denominator: 1 });
    expect(computeMetric('close-rate', d, { segment: 'Enterprise' })).to.include({ numerator: 0, denominator: 2 });
    expect(computeMetric('close-rate', d, { owner: 'Ann' })).to.include({ numerator: 1, denominator: 2 });
    expect(computeMetric('close-rate', d, { segment: 'Nobody' })).to.include({ value: null, denominator: 0 });
  });
});

describe('win-rate', () => {
  const d = dataset({ deals: [
    deal('w1', 'won', '2023-12-01', '2024-01-10'), deal('w2', 'won', '2024-01-02', '2024-01-20'), deal('l1', 'lost', '2024-01-03', '2024-01-25'),
    deal('o1', 'open', '2024-01-04'), deal('w3', 'won', '2024-01-05', '2024-02-10'),
  ] });

  it('won-over-closed: won / (won + lost) of deals closed in the range', () => {
    expect(computeMetric('win-rate', d, { from: '2024-01-01', to: '2024-02-01' })).to.deep.equal({ value: 2 / 3, numerator: 2, denominator: 3, unit: 'ratio', definition: 'won-over-closed' });
  });

  it('won-over-all: won / all deals created in the range', () => {
    expect(computeMetric('win-rate', d, { from: '2024-01-01', to: '2024-02-01', definition: 'won-over-all' })).to.deep.equal({ value: 2 / 4, numerator: 2, denominator: 4, unit: 'ratio', definition: 'won-over-all' });
  });

  it('throws on an unknown definition, option or metric, listing the valid ones', () => {
    expect(() => computeMetric('win-rate', d, { definition: 'won-over-lost' })).to.throw(RangeError, 'unknown definition for win-rate: "won-over-lost" (expected one of "won-over-closed", "won-over-all")');
    expect(() => computeMetric('win-rate', d, { modee: 'x' })).to.throw(RangeError, /unknown option for win-rate: "modee" \(expected one of "from", "to", "period"/);
    expect(() => computeMetric('win-ratio' as 'win-rate', d)).to.throw(RangeError, /unknown metric: "win-ratio" \(expected one of .*close-rate.*win-rate/);
    expect(() => computeMetric('win-rate', d, { from: 'last week' })).to.throw(RangeError, /invalid from: "last week"/);
    expect(() => computeMetric('win-rate', d, { period: 'fortnight' as 'week' })).to.throw(RangeError, /unknown period: "fortnight"/);
    expect(() => computeMetric('win-rate', d, { timeZone: 'Mars/Olympus' })).to.throw(RangeError, /unknown time zone/);
  });
});

describe('filters on names nobody has', () => {
  it('keep nothing, not the rows without a segment or owner', () => {
    const d = dataset({
      accounts: [{ id: 'x', createdAt: '2024-01-01' }, { id: 'y', segment: 'SMB', createdAt: '2024-01-01' }],
      deals: [deal('a', 'won', '2024-01-05', '2024-02-01', { accountId: 'x' }), deal('b', 'won', '2024-01-05', '2024-02-01', { accountId: 'y', owner: 'Ann' })],
    });
    expect(computeMetric('close-rate', d, { segment: 'Nobody' })).to.include({ denominator: 0, value: null });
    expect(computeMetric('close-rate', d, { owner: 'Nobody' })).to.include({ denominator: 0, value: null });
    expect(computeMetric('close-rate', d, { segment: 'SMB' })).to.include({ denominator: 1 });
  });
});
