import type { CrmTable } from '../../table/index.js';
import { oneOf, type MetricOptions } from '../options.js';
import { createScope, inRange, isFiltered, passes } from '../scope.js';
import { FUNNEL_MODES, stageReach } from './stage-reach.js';

/**
 * The ids of the deals a funnel stage counts, under the same options as `computeMetric('funnel',
 * …)`: what a `crm-select` on that stage hands to the rest of a dashboard. `stageIndex` is the
 * position in the result's `stages`.
 */
export function funnelStageDeals(table: CrmTable, options: MetricOptions, stageIndex: number): string[] {
  const scope = createScope(table, options);
  const mode = oneOf('funnel', 'mode', options.mode, FUNNEL_MODES);
  const reach = stageReach(table)[mode];
  const { deals } = table;
  const filtered = isFiltered(scope);
  const ids: string[] = [];
  for (let i = 0; i < deals.length; i++) {
    if ((reach[i] as number) <= stageIndex) continue;
    if (!inRange(scope, deals.createdAt[i] as number)) continue;
    if (filtered && !passes(scope, deals.account[i] as number, deals.owner[i])) continue;
    ids.push(deals.ids.values[i] as string);
  }
  return ids;
}
