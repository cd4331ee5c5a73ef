/** `crm-kit/elements/at-risk`: registers `<crm-at-risk>`. */
import { defineElement } from '../shared/define-element.js';
import { CrmAtRisk } from './at-risk.js';

defineElement('crm-at-risk', CrmAtRisk);

export { CrmAtRisk };
