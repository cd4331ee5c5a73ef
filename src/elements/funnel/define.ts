/** `crm-kit/elements/funnel`: registers `<crm-funnel>`. */
import { defineElement } from '../shared/define-element.js';
import { CrmFunnel } from './funnel.js';

defineElement('crm-funnel', CrmFunnel);

export { CrmFunnel };
