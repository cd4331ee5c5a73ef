#!/usr/bin/env node
// The built `crm-kit/metrics` entry must run in Node, where there is no DOM: parse a dataset,
// build its table and bucket its times. Run after `npm run build`.
import assert from 'node:assert/strict';

const metrics = await import('../dist/metrics.js');
assert.equal(typeof globalThis.document, 'undefined');
const { dataset, problems } = metrics.parseDataset(
  { deals: [
    { id: 'd1', amount: 10, createdAt: '2024-01-31T23:30:00Z', outcome: 'open', stage: 'Lead' },
    { id: 'd2', amount: 20, createdAt: '2024-02-01', outcome: 'open', stage: 'Lead' },
  ] },
  { mode: 'strict' },
);
assert.equal(problems.length, 0);
const table = metrics.buildTable(dataset);
assert.deepEqual(Array.from(table.deals.amount), [10, 20]);
const months = metrics.bucketTimes(table.deals.createdAt, 'month', { timeZone: 'Europe/Berlin' });
assert.deepEqual(Array.from(months.index), [0, 0]);
assert.deepEqual(months.labels, ['2024-02-01']);
console.log('crm-kit/metrics runs in Node', process.version, '— parsed, built and bucketed 2 deals');
