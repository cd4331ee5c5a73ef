import { expect, oneEvent } from '@open-wc/testing';
import '../../src/elements/funnel/define.js';
import type { CrmRenderEvent } from '../../src/events/index.js';

// This file imports nothing of src/adapters but what an element does. By the time it runs, the
// element's static module graph is loaded; a module requested after that was not part of it.
// (The default buffer of 250 resource entries is full of the graph's modules: start afresh.)
performance.clearResourceTimings();
performance.setResourceTimingBufferSize(10_000);
const csvModuleLoaded = () => performance.getEntriesByType('resource').some((entry) => /\/src\/adapters\/(csv-dataset|csv|field-map)\.(js|ts)/.test(entry.name));

describe('adapters: the CSV reader loads only when an element meets CSV', () => {
  it('is not loaded for JSON data, and is loaded for a CSV src', async () => {
    const json = document.createElement('crm-funnel');
    json.data = { deals: [{ id: 'd1', amount: 1, createdAt: '2024-01-01', outcome: 'open', stage: 'Lead' }] };
    let rendered = oneEvent(json, 'crm-render') as Promise<CrmRenderEvent>;
    document.body.append(json);
    await rendered;
    expect(csvModuleLoaded()).to.equal(false);

    const csv = document.createElement('crm-funnel');
    csv.src = '/test/fixtures/adapters/deals.csv';
    rendered = oneEvent(csv, 'crm-render') as Promise<CrmRenderEvent>;
    document.body.append(csv);
    await rendered;
    expect(csvModuleLoaded(), performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('adapters')).join(' ')).to.equal(true);
    json.remove();
    csv.remove();
  });
});
