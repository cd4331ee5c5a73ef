/** `crm-kit/elements/relationship-grid`: registers `<crm-relationship-grid>`. */
import { defineElement } from '../shared/define-element.js';
import { CrmRelationshipGrid } from './relationship-grid.js';

defineElement('crm-relationship-grid', CrmRelationshipGrid);

export { CrmRelationshipGrid };
