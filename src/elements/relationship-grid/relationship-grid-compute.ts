/** `<crm-relationship-grid>`'s computation: relationship groups. Pure, so the load worker runs it too. */
import { relationshipGroups, type RelationshipGroupsResult } from '../../metrics/customers/relationship-groups.js';
import type { MetricOptions } from '../../metrics/options.js';
import { runMetric } from '../../metrics/run-metric.js';
import { elementCompute, type ElementCompute } from '../shared/element-compute.js';
import { relationshipGroupsWire } from './relationship-grid-wire.js';

export const relationshipGridCompute: ElementCompute<MetricOptions, RelationshipGroupsResult> = {
  ...elementCompute('relationship-grid', (table, options: MetricOptions): RelationshipGroupsResult => runMetric(relationshipGroups, table, options)),
  wire: relationshipGroupsWire,
};
