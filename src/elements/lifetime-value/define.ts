/** `crm-kit/elements/lifetime-value`: registers `<crm-lifetime-value>`. */
import { defineElement } from '../shared/define-element.js';
import { CrmLifetimeValue } from './lifetime-value.js';

defineElement('crm-lifetime-value', CrmLifetimeValue);

export { CrmLifetimeValue };
