/** `crm-kit/elements/kpi`: registers `<crm-kpi>`. */
import { defineElement } from '../shared/define-element.js';
import { CrmKpi } from './kpi.js';

defineElement('crm-kpi', CrmKpi);

export { CrmKpi };
