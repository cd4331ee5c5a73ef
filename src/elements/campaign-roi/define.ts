/** `crm-kit/elements/campaign-roi`: registers `<crm-campaign-roi>`. */
import { defineElement } from '../shared/define-element.js';
import { CrmCampaignRoi } from './campaign-roi.js';

defineElement('crm-campaign-roi', CrmCampaignRoi);

export { CrmCampaignRoi };
