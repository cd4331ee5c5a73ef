/**
 * `crm-kit/all`: registers every element of the kit and re-exports the public API, so one
 * `<script type="module">` or one import gives a page everything. Elements add their `define`
 * import here as they land.
 */
export * from './index.js';
export * from './metrics.js';
import './elements/funnel/define.js';
import './elements/dashboard/define.js';
