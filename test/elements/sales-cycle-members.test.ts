import { expect } from '@open-wc/testing';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric, tableOf } from '../../src/metrics/index.js';
import { salesCycleDeals } from '../../src/metrics/sales/sales-cycle-members.js';
import { parseDataset } from '../../src/schema/index.js';

/** The won deals behind each mark are exactly as many as the metric counts, and they partition the won deals. */
describe('salesCycleDeals: the won deals behind a sales-cycle mark', () => {
  const { dataset } = parseDataset(generateDataset({ seed: 5, accounts: 400 }));
  const table = tableOf(dataset);
  const scenarios = [
    { period: 'quarter' as const },
    { period: 'month' as const, from: '2023-01-01', to: '2024-01-01', timeZone: 'America/New_York' },
    { period: 'month' as const, segment: 'Enterprise', bins: 7 },
  ];

  for (const options of scenarios) {
    it(`match the metric's counts per bin, owner and period (${JSON.stringify(options)})`, () => {
      const result = computeMetric('sales-cycle', dataset, options);
      expect(result.count).to.be.greaterThan(10);
      const all = new Set<string>();
      for (const bin of result.histogram) {
        const ids = salesCycleDeals(table, options, { by: 'days', from: bin.from, to: bin.to });
        expect(ids, `bin ${bin.from}-${bin.to}`).to.have.length(bin.count);
        for (const id of ids) all.add(id);
      }
      expect(all.size, 'the bins hold every won deal once').to.equal(result.count);
      const byOwner = result.byOwner.map((o) => salesCycleDeals(table, options, { by: 'owner', owner: o.owner }).length);
      expect(byOwner).to.deep.equal(result.byOwner.map((o) => o.count));
      const byPeriod = (result.series ?? []).map((p) => salesCycleDeals(table, options, { by: 'period', start: p.start }).length);
      expect(byPeriod).to.deep.equal((result.series ?? []).map((p) => p.count));
    });
  }

  it('finds nothing for a period or owner the metric does not have', () => {
    expect(salesCycleDeals(table, { period: 'month' }, { by: 'period', start: '1999-01-01' })).to.deep.equal([]);
    expect(salesCycleDeals(table, {}, { by: 'owner', owner: 'Nobody at all' })).to.deep.equal([]);
  });
});
