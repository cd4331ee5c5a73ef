/**
 * Every element's computation, by key: what the load worker can run on the table it keeps
 * (src/worker/load-worker.ts). Only the worker imports this; an element imports its own
 * `*-compute.ts`, so a page's bundle carries only the metrics of the elements it uses.
 */
import { activityCompute } from '../elements/activity/activity-compute.js';
import { atRiskCompute } from '../elements/at-risk/at-risk-compute.js';
import { campaignRoiCompute } from '../elements/campaign-roi/campaign-roi-compute.js';
import { cohortChurnCompute } from '../elements/cohort-churn/cohort-compute.js';
import { funnelCompute } from '../elements/funnel/funnel-compute.js';
import { kpiCompute } from '../elements/kpi/kpi-compute.js';
import { lifetimeValueCompute } from '../elements/lifetime-value/lifetime-value-compute.js';
import { relationshipGridCompute } from '../elements/relationship-grid/relationship-grid-compute.js';
import { salesCycleCompute } from '../elements/sales-cycle/sales-cycle-compute.js';
import { satisfactionCompute } from '../elements/satisfaction/satisfaction-compute.js';
import { serviceCompute } from '../elements/service/service-compute.js';
import type { ElementCompute } from '../elements/shared/element-compute.js';
import type { CrmTable } from '../table/index.js';

type AnyCompute = ElementCompute<never, unknown>;

const COMPUTES: readonly AnyCompute[] = [
  activityCompute,
  atRiskCompute,
  campaignRoiCompute,
  cohortChurnCompute,
  funnelCompute,
  kpiCompute,
  lifetimeValueCompute,
  relationshipGridCompute,
  salesCycleCompute,
  satisfactionCompute,
  serviceCompute,
] as readonly ElementCompute<never, unknown>[] as readonly AnyCompute[];

export const computeRegistry: ReadonlyMap<string, AnyCompute> = new Map(COMPUTES.map((compute) => [compute.key, compute]));

function registered(key: string): AnyCompute {
  const compute = computeRegistry.get(key);
  if (!compute) throw new RangeError(`unknown computation: ${JSON.stringify(key)} (expected one of ${[...computeRegistry.keys()].join(', ')})`);
  return compute;
}

/** What the computation under `key` must load before it runs (see ElementCompute.prepare), if anything. */
export function prepareRegistered(key: string, options: unknown): Promise<void> | undefined {
  return (registered(key).prepare as ((options: unknown) => Promise<void> | undefined) | undefined)?.(options);
}

/** Run the computation registered under `key`; throws for a key nobody registered. */
export function runRegistered(key: string, table: CrmTable, options: unknown): unknown {
  return (registered(key).run as (table: CrmTable, options: unknown) => unknown)(table, options);
}

/** The result as the worker posts it: packed with its transfer list when the computation has a wire form. */
export function packRegistered(key: string, result: unknown): { message: unknown; transfer: ArrayBuffer[] } {
  const wire = registered(key).wire as { pack(result: unknown): { message: unknown; transfer: ArrayBuffer[] } } | undefined;
  return wire ? wire.pack(result) : { message: result, transfer: [] };
}
