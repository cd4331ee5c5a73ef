/**
 * What a `crm-select` on the heatmap needs beyond what it draws: the accounts behind a cell.
 * The element imports this module on demand; a module of its own rather than the metric's,
 * because `npm run size` counts a dynamically imported `metrics/<family>/<name>.js` as the
 * metric a `<crm-kpi>` tile waits for before it can draw, which a selection helper is not.
 */
export { cohortMembers } from '../../metrics/customers/cohort-members.js';
