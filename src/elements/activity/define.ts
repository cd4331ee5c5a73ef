/** `crm-kit/elements/activity`: registers `<crm-activity>`. */
import { defineElement } from '../shared/define-element.js';
import { CrmActivity } from './activity.js';

defineElement('crm-activity', CrmActivity);

export { CrmActivity };
