/** `crm-kit/elements/filters`: registers `<crm-filters>`. */
import { defineElement } from '../shared/define-element.js';
import { CrmFilters } from './filters.js';

defineElement('crm-filters', CrmFilters);

export { CrmFilters };
