/** `crm-kit/elements/dashboard`: registers `<crm-dashboard>` and the `<crm-filters>` it builds in. */
import '../filters/define.js';
import { defineElement } from '../shared/define-element.js';
import { CrmDashboard } from './dashboard.js';

defineElement('crm-dashboard', CrmDashboard);

export { CrmDashboard };
