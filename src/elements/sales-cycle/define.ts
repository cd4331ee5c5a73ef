/** `crm-kit/elements/sales-cycle`: registers `<crm-sales-cycle>`. */
import { defineElement } from '../shared/define-element.js';
import { CrmSalesCycle } from './sales-cycle.js';

defineElement('crm-sales-cycle', CrmSalesCycle);

export { CrmSalesCycle };
