/** The zod row schemas alone: the chunk `parse-on-demand.ts` imports when a row needs them. */
export { rowSchemas } from './tables.js';
