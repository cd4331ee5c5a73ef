/** `crm-kit/elements/service`: registers `<crm-service>`. */
import { defineElement } from '../shared/define-element.js';
import { CrmService } from './service.js';

defineElement('crm-service', CrmService);

export { CrmService };
