/**
 * The module of each metric a `<crm-kpi>` tile can show, imported the first time a tile shows
 * it. A tile shows one metric: importing the whole registry (`computeMetric`) put every metric
 * of the catalog, about 19 KiB gzip, in front of the first paint of every tile.
 *
 * One entry per id of KPI_CATALOG (kpi-catalog.ts); test/elements/kpi-metrics.test.ts holds each
 * to the module the registry has under that id.
 */
import type { MetricModule } from '../../metrics/metric-module.js';

/** A metric's module; the metric is the export whose `id` is the tile's (one literal import each, so that a bundler splits them). */
type Loader = () => Promise<Readonly<Record<string, unknown>>>;

const LOADERS: Readonly<Record<string, Loader>> = {
  'close-rate': () => import('../../metrics/sales/close-rate.js'),
  'win-rate': () => import('../../metrics/sales/win-rate.js'),
  'activity-volume': () => import('../../metrics/sales/activity-volume.js'),
  'new-revenue': () => import('../../metrics/revenue/new-revenue.js'),
  'upsell-rate': () => import('../../metrics/revenue/upsell-rate.js'),
  'order-value': () => import('../../metrics/revenue/order-value.js'),
  cac: () => import('../../metrics/marketing/cac.js'),
  'churn-rate': () => import('../../metrics/customers/churn-rate.js'),
  'retention-rate': () => import('../../metrics/customers/retention-rate.js'),
  'renewal-rate': () => import('../../metrics/customers/renewal-rate.js'),
  'clv-cac-ratio': () => import('../../metrics/customers/clv-cac-ratio.js'),
  nps: () => import('../../metrics/service/nps.js'),
  ces: () => import('../../metrics/service/ces.js'),
  csat: () => import('../../metrics/service/csat.js'),
  'first-contact-resolution': () => import('../../metrics/service/first-contact-resolution.js'),
  'expense-to-revenue': () => import('../../metrics/finance/expense-to-revenue.js'),
};

/** The ids a loader exists for (the test compares them with KPI_CATALOG's). */
export const KPI_LOADABLE_IDS = Object.keys(LOADERS).sort();

type Loaded = { module: MetricModule } | { error: Error };
const loaded = new Map<string, Loaded>();
const pending = new Map<string, Promise<void>>();

/**
 * Start importing the metric's module unless it is loaded; resolves once it is loaded or its
 * import failed (then `kpiMetric` throws why). Nothing for an id outside the catalog: the tile
 * says what is wrong with it when it computes.
 */
export function loadKpiMetric(id: string | null | undefined): Promise<void> | undefined {
  if (!id || !Object.hasOwn(LOADERS, id) || loaded.has(id)) return undefined;
  let load = pending.get(id);
  if (!load) {
    load = (LOADERS[id] as Loader)().then(
      (exports) => {
        const module = Object.values(exports).find((value): value is MetricModule => (value as Partial<MetricModule> | null)?.id === id);
        loaded.set(id, module ? { module } : { error: new Error(`the module of metric ${JSON.stringify(id)} exports no metric of that id`) });
      },
      (error: unknown) => void loaded.set(id, { error: new Error(`the module of metric ${JSON.stringify(id)} could not be loaded: ${error instanceof Error ? error.message : String(error)}`) }),
    );
    pending.set(id, load);
    void load.finally(() => pending.delete(id));
  }
  return load;
}

/** The metric's module; throws when it is not loaded (await `loadKpiMetric` first) or its import failed. */
export function kpiMetric(id: string): MetricModule {
  const entry = loaded.get(id);
  if (!entry) throw new Error(`metric ${JSON.stringify(id)}: its module is not loaded yet`);
  if ('error' in entry) throw entry.error;
  return entry.module;
}
