/** `crm-kit/elements/satisfaction`: registers `<crm-satisfaction>`. */
import { defineElement } from '../shared/define-element.js';
import { CrmSatisfaction } from './satisfaction.js';

defineElement('crm-satisfaction', CrmSatisfaction);

export { CrmSatisfaction };
