import { expect } from '@open-wc/testing';
import * as metrics from '../src/metrics.js';

describe('crm-kit/metrics entry', () => {
  it('exports the parser, the table builder and bucketing', () => {
    for (const name of ['parseDataset', 'buildTable', 'bucketTimes', 'toColumnar', 'datasetSchema', 'DatasetError']) {
      expect(metrics, name).to.have.property(name);
    }
  });

  it('parses and builds a table inside a module Worker, with no DOM there', async () => {
    const worker = new Worker(new URL('./support/metrics-worker.ts', import.meta.url), { type: 'module' });
    try {
      const reply = new Promise<{ problems: number; amounts: Float64Array; hasDocument: boolean }>((resolve, reject) => {
        worker.onmessage = (event) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(event.message || 'worker failed to load'));
      });
      worker.postMessage({ deals: [
        { id: 'd1', amount: 10, createdAt: '2024-01-01', outcome: 'open', stage: 'Lead' },
        { id: 'd2', amount: -1, createdAt: '2024-01-01', outcome: 'open', stage: 'Lead' },
        { id: 'd3', amount: 30, createdAt: 1704067200000, outcome: 'open', stage: 'Lead' },
      ] });
      const { problems, amounts, hasDocument } = await reply;
      expect(hasDocument).to.equal(false);
      expect(problems).to.equal(1);
      expect(amounts).to.be.instanceOf(Float64Array);
      expect(Array.from(amounts)).to.deep.equal([10, 30]);
    } finally {
      worker.terminate();
    }
  });
});
