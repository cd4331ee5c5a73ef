/**
 * `crm-kit/metrics`: the data engine without any DOM — the canonical dataset's schema and
 * parser, the columnar table and period bucketing. Runs in the browser, in a Worker and in Node.
 */
export * from './schema/index.js';
export * from './table/index.js';
export * from './metrics/index.js';
