import { expect } from '@open-wc/testing';
import { generateDataset } from '../../../src/generator/index.js';
import { computeMetric, funnelStageDeals, type MetricOptions } from '../../../src/metrics/index.js';
import { parseDataset, type Dataset } from '../../../src/schema/index.js';
import { buildTable } from '../../../src/table/index.js';

const DAY = 86_400_000;
const raw = generateDataset({ seed: 5, accounts: 300, timeFormat: 'epoch' });
// Some deals skip a stage (strict mode drops them) and some go back to an earlier one (a
// second stay in a stage), so the whole table's stays and a scope's differ in every way.
raw.deals!.forEach((deal, i) => {
  const history = deal.history ?? [];
  if (i % 4 === 0 && history.length >= 3) history[1] = { ...history[1]!, stage: history[2]!.stage };
  if (i % 7 === 0 && history.length >= 3) history[2] = { ...history[2]!, stage: history[0]!.stage };
});
const dataset: Dataset = parseDataset(raw, { mode: 'strict' }).dataset;

/** Finished stays per stage of the given deals, in dataset order then history order: the obvious way. */
function staysOf(ids: ReadonlySet<string>): Map<string, number[]> {
  const stays = new Map<string, number[]>((dataset.stages ?? []).map((s) => [s, []]));
  for (const deal of dataset.deals ?? []) {
    if (!ids.has(deal.id)) continue;
    const history = deal.history ?? [];
    history.forEach((entry, k) => {
      const end = k + 1 < history.length ? history[k + 1]!.at : deal.outcome === 'open' ? NaN : (deal.closedAt ?? NaN);
      const days = (end - entry.at) / DAY;
      if (days >= 0) stays.get(entry.stage)?.push(days);
    });
  }
  return stays;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) / 2;
  const lo = Math.floor(h);
  return lo === h ? sorted[lo]! : sorted[lo]! + (h - lo) * (sorted[lo + 1]! - sorted[lo]!);
}

/** Added in the same order as the engine, so the mean is the same to the last bit. */
const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length);

describe('funnel time in stage against the stays of the deals it counts', () => {
  const scopes: MetricOptions[] = [
    {}, // every deal with a stay counts: the whole table's stays, worked out once
    { mode: 'strict' }, // deals that skip a stage drop out: the scope's own stays
    { from: '2023-01-01', to: '2024-01-01' },
    { segment: 'Enterprise' },
    { mode: 'strict', from: '2022-07-01', segment: 'SMB', timeZone: 'Asia/Tokyo' },
    { from: '2019-01-01' }, // bounded, yet it holds every deal
  ];
  for (const options of scopes) {
    it(`matches medians and means worked out from the rows: ${JSON.stringify(options)}`, () => {
      const table = buildTable(dataset);
      const result = computeMetric('funnel', table, options);
      // The deals the funnel counts at its first stage are those it reads stays of.
      const counted = new Set(funnelStageDeals(table, options, 0));
      expect(counted.size).to.equal(result.stages[0]!.count);
      const stays = staysOf(counted);
      expect(result.stages.map((s) => [s.stage, s.medianDays, s.meanDays])).to.deep.equal(
        result.stages.map((s) => [s.stage, median(stays.get(s.stage)!), mean(stays.get(s.stage)!)]),
      );
    });
  }

  it('the data makes the scopes differ: strict mode and a range change the stays', () => {
    const table = buildTable(dataset);
    const days = (options: MetricOptions) => computeMetric('funnel', table, options).stages.map((s) => s.medianDays);
    expect(days({ mode: 'strict' })).not.to.deep.equal(days({}));
    expect(days({ from: '2023-01-01', to: '2024-01-01' })).not.to.deep.equal(days({}));
    expect(days({ from: '2019-01-01' })).to.deep.equal(days({}));
  });
});
