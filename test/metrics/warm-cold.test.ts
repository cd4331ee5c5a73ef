import { expect } from '@open-wc/testing';
import { generateDataset } from '../../src/generator/index.js';
import { KEPT_PER_TABLE } from '../../src/metrics/period-key-cache.js';
import { computeMetric, type MetricId, type MetricOptions } from '../../src/metrics/index.js';
import { parseDataset } from '../../src/schema/index.js';
import { buildTable } from '../../src/table/index.js';

/*
 * The engine keeps per-table caches (stays, funnel codes, period keys per column/period/zone,
 * first activities, the account ledger, interaction times, won deals). Each test here runs a
 * sequence of option sets on ONE table — so every call after the first finds caches filled
 * under other options — and checks each result against the same call on a FRESH table, whose
 * caches are empty. A cache keyed too loosely (say, period keys without the zone) hands the
 * second zone the first zone's buckets and fails here.
 */
const raw = generateDataset({ seed: 11, accounts: 400, timeFormat: 'epoch' });
// Every fifth deal with three or more history entries skips its second stage, so the funnel's
// strict mode keeps fewer deals (and stays) than its reached mode.
raw.deals!.forEach((deal, i) => {
  const history = deal.history ?? [];
  if (i % 5 === 0 && history.length >= 3) history[1] = { ...history[1]!, stage: history[2]!.stage };
});
const dataset = parseDataset(raw, { mode: 'strict' }).dataset;
const OWNER = dataset.accounts![0]!.owner!;

function expectWarmEqualsCold(calls: [MetricId, MetricOptions][]): void {
  const warmTable = buildTable(dataset);
  for (const [id, options] of calls) {
    const warm = computeMetric(id, warmTable, options);
    const cold = computeMetric(id, buildTable(dataset), options);
    expect(warm, `${id} ${JSON.stringify(options)}`).to.deep.equal(cold);
  }
}

describe('per-table caches: a warm call equals a cold one', () => {
  it('the data has what the sequences below need: zones that bucket orders differently', () => {
    // Without orders whose month differs between Berlin and Tokyo the zone tests could not fail.
    const berlin = computeMetric('cohort-retention', dataset, { period: 'month', timeZone: 'Europe/Berlin' });
    const tokyo = computeMetric('cohort-retention', dataset, { period: 'month', timeZone: 'Asia/Tokyo' });
    expect(berlin.cohorts.map((c) => c.counts)).not.to.deep.equal(tokyo.cohorts.map((c) => c.counts));
    // Without deals that strict mode drops, a funnel cache mixing the modes could not fail.
    const reached = computeMetric('funnel', dataset, {});
    const strict = computeMetric('funnel', dataset, { mode: 'strict' });
    expect(strict.stages.map((s) => s.count)).not.to.deep.equal(reached.stages.map((s) => s.count));
    expect(strict.stages.map((s) => s.medianDays)).not.to.deep.equal(reached.stages.map((s) => s.medianDays));
  });

  it('cohort retention: two zones, then two periods, in a row, with ranges and filters', () => {
    expectWarmEqualsCold([
      ['cohort-retention', { period: 'month', timeZone: 'Europe/Berlin' }],
      ['cohort-retention', { period: 'month', timeZone: 'Asia/Tokyo' }],
      ['cohort-retention', { period: 'week', timeZone: 'Asia/Tokyo' }],
      ['cohort-retention', { period: 'quarter', timeZone: 'Asia/Tokyo', basis: 'revenue' }],
      ['cohort-retention', { period: 'month', timeZone: 'Europe/Berlin', from: '2023-02-15', to: '2024-03-01' }],
      ['cohort-retention', { period: 'month', timeZone: 'America/New_York', segment: 'SMB', to: '2023-11-05T06:30:00Z' }],
      ['cohort-retention', { period: 'week', source: 'subscriptions', timeZone: 'Europe/Berlin' }],
      ['cohort-retention', { period: 'week', source: 'subscriptions', timeZone: 'Asia/Tokyo', owner: OWNER }],
      ['cohort-retention', { period: 'month', timeZone: 'Europe/Berlin', basis: 'revenue', maxPeriods: 5 }],
    ]);
  });

  it(`cohort retention after more zones and periods than a table keeps (${KEPT_PER_TABLE}): evicted keys are rebuilt`, () => {
    const zones = ['UTC', 'Europe/Berlin', 'Asia/Tokyo', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham'];
    const calls: [MetricId, MetricOptions][] = [];
    for (const period of ['month', 'week'] as const) for (const timeZone of zones) calls.push(['cohort-retention', { period, timeZone }]);
    calls.push(['cohort-retention', { period: 'month', timeZone: 'UTC' }], ['relationship-groups', { loyalty: 'regularity', timeZone: 'UTC' }]);
    expectWarmEqualsCold(calls);
  });

  it('relationship groups and recency: ranges cutting inside accounts, zones, filters, then the whole range again', () => {
    expectWarmEqualsCold([
      ['relationship-groups', {}],
      ['relationship-groups', { loyalty: 'regularity', timeZone: 'Europe/Berlin' }],
      ['relationship-groups', { loyalty: 'regularity', timeZone: 'Asia/Tokyo', from: '2023-01-01' }],
      ['relationship-groups', { from: '2023-03-10', to: '2024-02-01', per: 'year' }],
      ['relationship-groups', { to: '2023-06-30T12:00:00Z', segment: 'Enterprise' }],
      ['relationship-groups', { owner: OWNER, profitability: 'revenue', threshold: 'mean' }],
      ['recency', { to: '2023-09-01', timeZone: 'Asia/Tokyo' }],
      ['recency', { from: '2022-06-01', segment: 'SMB' }],
      ['recency', {}],
      ['relationship-groups', {}],
    ]);
  });

  it('funnel and sales cycle: modes, ranges, filters, periods and zones', () => {
    expectWarmEqualsCold([
      ['funnel', {}],
      ['funnel', { mode: 'strict' }],
      ['funnel', { from: '2023-01-01', to: '2023-07-01' }],
      ['funnel', { segment: 'SMB', mode: 'strict' }],
      ['funnel', { owner: OWNER, definition: 'won-over-all' }],
      ['funnel', {}],
      ['sales-cycle', { period: 'month', timeZone: 'Europe/Berlin' }],
      ['sales-cycle', { period: 'quarter', timeZone: 'Asia/Tokyo', segment: 'Mid-Market' }],
      ['sales-cycle', { from: '2023-01-01', to: '2024-01-01', bins: 7 }],
      ['sales-cycle', {}],
    ]);
  });

  it('lifetime value and churn on the same table in between', () => {
    expectWarmEqualsCold([
      ['lifetime-value', { definition: 'historic' }],
      ['churn-rate', { from: '2023-01-01', to: '2024-01-01', period: 'quarter', timeZone: 'Asia/Tokyo' }],
      ['lifetime-value', { definition: 'historic', segment: 'SMB', from: '2023-01-01' }],
      ['relationship-groups', { from: '2023-01-01' }],
      ['lifetime-value', { definition: 'churn', period: 'quarter' }],
    ]);
  });
});
