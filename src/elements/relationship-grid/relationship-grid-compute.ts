/** `<crm-relationship-grid>`'s computation: relationship groups. Pure, so the load worker runs it too. */
import { relationshipGroups, type RelationshipGroupsResult } from '../../metrics/customers/relationship-groups.js';
import type { MetricOptions } from '../../metrics/options.js';
import { runMetric } from '../../metrics/run-metric.js';
import { elementCompute } from '../shared/element-compute.js';

export const relationshipGridCompute = elementCompute('relationship-grid', (table, options: MetricOptions): RelationshipGroupsResult => runMetric(relationshipGroups, table, options));
