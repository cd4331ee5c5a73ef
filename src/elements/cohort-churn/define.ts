/** `crm-kit/elements/cohort-churn`: registers `<crm-cohort-churn>`. */
import { defineElement } from '../shared/define-element.js';
import { CrmCohortChurn } from './cohort-churn.js';

defineElement('crm-cohort-churn', CrmCohortChurn);

export { CrmCohortChurn };
