import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { parseDataset, type Dataset, type DatasetInput } from '../../../src/schema/index.js';

type Rows<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>;
const dataset = (input: DatasetInput): Dataset => parseDataset(input, { mode: 'strict' }).dataset;
let ids = 0;
const order = (accountId: string, at: string, amount: number): Rows<'orders'>[number] => ({ id: `o${++ids}`, accountId, at, amount });

/**
 * 2024, churned-at definition:
 *   r1 (SMB) since 2022-06-01, never lost ................ retained, long tenure; buys 300 + 200 in 2024
 *   r2 (SMB) since 2023-06-01 ............................ retained, tenure 0.58 years; buys 100
 *   r3 (Ent) since 2022-01-01, lost 2024-06-01 ........... lost; its 500 does not count
 *   r4 (Ent) since exactly 365.25 days before 2024 ....... retained, long tenure (a year counts); 400 − 100 refund
 *   r5 (Ent) since 2024-03-01 ............................ acquired during 2024: neither
 * Retention spend in 2024: 1000 + 800 (the 5000 of 2023-12-31 and the marketing cost are not).
 * costPerRetained 1800 / 3 = 600; long tenure r1 r4: (500 + 300) / 2 = 400.
 */
function fixture(): Dataset {
  const firstOrder = (id: string, since: string) => order(id, since, 10);
  return dataset({
    accounts: [
      { id: 'r1', segment: 'SMB', createdAt: '2022-06-01' },
      { id: 'r2', segment: 'SMB', createdAt: '2023-06-01' },
      { id: 'r3', segment: 'Ent', createdAt: '2022-01-01', churnedAt: '2024-06-01' },
      { id: 'r4', segment: 'Ent', createdAt: '2022-12-31T18:00:00Z' },
      { id: 'r5', segment: 'Ent', createdAt: '2024-03-01' },
    ],
    orders: [
      firstOrder('r1', '2022-06-01'), firstOrder('r2', '2023-06-01'), firstOrder('r3', '2022-01-01'), firstOrder('r4', '2022-12-31T18:00:00Z'),
      order('r1', '2024-02-01', 300), order('r1', '2024-08-01', 200), order('r2', '2024-03-01', 100), order('r3', '2024-04-01', 500),
      order('r4', '2024-05-01', 400), order('r4', '2024-05-10', -100), order('r5', '2024-03-01', 50),
    ],
    costs: [
      { at: '2024-01-15', category: 'retention', amount: 1000 }, { at: '2024-07-15', category: 'retention', amount: 800 },
      { at: '2023-12-31', category: 'retention', amount: 5000 }, { at: '2024-02-01', category: 'marketing', amount: 999 },
    ],
  });
}
const YEAR = { from: '2024-01-01', to: '2025-01-01' };

describe('retention-cost', () => {
  it('retention spend per retained customer, against the average revenue of long-tenure customers', () => {
    expect(computeMetric('retention-cost', fixture(), YEAR)).to.deep.equal({
      costPerRetained: 600, spend: 1800, retained: 3, averageRevenueLongTenure: 400, longTenureCustomers: 2, definition: 'churned-at', unit: 'currency',
    });
  });

  it('under a segment filter counts the segment customers but cannot split the spend', () => {
    const r = computeMetric('retention-cost', fixture(), { ...YEAR, segment: 'SMB' });
    expect(r).to.include({ costPerRetained: null, spend: null, retained: 2, averageRevenueLongTenure: 500, longTenureCustomers: 1 });
    expect(r.note).to.match(/costs carry no account/);
    const ent = computeMetric('retention-cost', fixture(), { ...YEAR, segment: 'Ent' });
    expect(ent.retained + r.retained).to.equal(3);
  });

  it('gives each period its own figures, tenure measured at the period start', () => {
    const { series } = computeMetric('retention-cost', fixture(), { ...YEAR, period: 'quarter' });
    expect(series?.map((p) => p.start)).to.deep.equal(['2024-01-01', '2024-04-01', '2024-07-01', '2024-10-01']);
    // Q1: r1–r4 retained; long tenure r1 r3 r4, of whom r1 bought 300. Q2: r3 lost, r5 joins
    // the base; long tenure r1 r4, r4 net 300. Q3: r2 passes a year; r1's 200 over r1 r2 r4.
    expect(series?.[0]).to.deep.equal({ start: '2024-01-01', costPerRetained: 250, spend: 1000, retained: 4, averageRevenueLongTenure: 100, longTenureCustomers: 3 });
    expect(series?.[1]).to.deep.equal({ start: '2024-04-01', costPerRetained: 0, spend: 0, retained: 4, averageRevenueLongTenure: 150, longTenureCustomers: 2 });
    expect(series?.[2]).to.include({ costPerRetained: 200, longTenureCustomers: 3 });
    expect(series?.[2]?.averageRevenueLongTenure).to.be.closeTo(200 / 3, 1e-9);
  });

  it('takes every lost-at definition', () => {
    // inactivity (the data ends 2024-08-01): 90 days after their last purchase r2 (03-01), r3
    // (04-01) and r4 (05-01; its refund is no purchase) are lost within the data; r1 bought on its last day.
    expect(computeMetric('retention-cost', fixture(), { ...YEAR, definition: 'inactivity' })).to.include({ definition: 'inactivity', retained: 1 });
    expect(computeMetric('retention-cost', fixture(), { ...YEAR, definition: 'subscription-end' })).to.include({ definition: 'subscription-end', retained: 4 });
  });

  it('is null over an empty dataset and for one order', () => {
    expect(computeMetric('retention-cost', dataset({}))).to.deep.equal({
      costPerRetained: null, spend: 0, retained: 0, averageRevenueLongTenure: null, longTenureCustomers: 0, definition: 'inactivity', unit: 'currency',
    });
    expect(computeMetric('retention-cost', dataset({ orders: [order('solo', '2024-01-01', 5)] }))).to.include({ retained: 1, costPerRetained: 0, longTenureCustomers: 0 });
  });
});
