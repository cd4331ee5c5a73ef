/** `<crm-campaign-roi>`'s computation: campaign ROI and control lift. Pure, so the load worker runs it too. */
import { campaignRoiMetric, type CampaignRoiResult } from '../../metrics/marketing/campaign-roi.js';
import { controlLiftMetric, type ControlLiftResult } from '../../metrics/marketing/control-lift.js';
import type { MetricOptions } from '../../metrics/options.js';
import { runMetric } from '../../metrics/run-metric.js';
import { elementCompute } from '../shared/element-compute.js';

/** What `<crm-campaign-roi>` draws: both metrics as the engine returned them. */
export interface CampaignRoiView {
  roi: CampaignRoiResult;
  lift: ControlLiftResult;
}

export const campaignRoiCompute = elementCompute(
  'campaign-roi',
  (table, options: MetricOptions): CampaignRoiView => ({ roi: runMetric(campaignRoiMetric, table, options), lift: runMetric(controlLiftMetric, table, options) }),
);
