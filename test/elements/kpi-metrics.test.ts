import { expect } from '@open-wc/testing';
import { KPI_METRIC_IDS } from '../../src/elements/kpi/kpi-catalog.js';
import { KPI_LOADABLE_IDS, kpiMetric, loadKpiMetric } from '../../src/elements/kpi/kpi-metrics.js';
import { METRICS } from '../../src/metrics/registry.js';

describe('kpi-metrics: the module of each tile metric, imported on first use', () => {
  it('has a loader for every metric of the KPI catalog, and no other', () => {
    expect(KPI_LOADABLE_IDS).to.deep.equal(KPI_METRIC_IDS);
  });

  it("loads, for every id, the very module the registry has under it", async () => {
    for (const id of KPI_METRIC_IDS) {
      await loadKpiMetric(id);
      expect(kpiMetric(id), id).to.equal(METRICS.get(id));
      expect(loadKpiMetric(id), `${id} once loaded`).to.equal(undefined);
    }
  });

  it('waits for nothing on an id outside the catalog, and says so when asked for its module', () => {
    expect(loadKpiMetric('funnel')).to.equal(undefined);
    expect(loadKpiMetric(undefined)).to.equal(undefined);
    expect(() => kpiMetric('funnel')).to.throw('not loaded');
  });
});
