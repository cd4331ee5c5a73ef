import { expect } from '@open-wc/testing';
import { loadDatasetOnDemand } from '../../src/controllers/load-dataset-on-demand.js';
import '../../src/elements/funnel/define.js';
import type { CrmFunnel } from '../../src/elements/funnel/funnel.js';
import type { CrmDataWarningEvent, CrmErrorEvent } from '../../src/events/index.js';
import { DatasetError, parseDataset, type DatasetProblem } from '../../src/schema/index.js';
import { forgetSchemas, schemaImports } from '../../src/schema/parse-on-demand.js';

const clean = {
  stages: ['Lead', 'Qualified'],
  deals: [
    { id: 'd1', amount: 10, createdAt: '2024-01-01', outcome: 'open', stage: 'Lead' },
    { id: 'd2', amount: 20, createdAt: '2024-01-02', closedAt: '2024-02-01', outcome: 'won', stage: 'Qualified', history: [{ stage: 'Lead', at: '2024-01-02' }] },
  ],
};

/** Refused rows of every kind zod words: a refinement, a bad date, an enum, empty text, a nested list, a non-object. */
const broken = {
  stages: ['Lead', 'Qualified'],
  deals: [
    { id: 'ok', amount: 10, createdAt: '2024-01-01', outcome: 'open', stage: 'Lead' },
    { id: 'negative', amount: -1, createdAt: '2024-01-02', outcome: 'open', stage: 'Lead' },
    { id: 'words', amount: 5, createdAt: 'yesterday', outcome: 'maybe', stage: '' },
    'not a row',
    { id: 'history', amount: 3, createdAt: 1_700_000_000_000, closedAt: '2024-02-01', outcome: 'won', stage: 'Qualified', history: [{ stage: 'Lead', at: 'soon' }] },
    { id: 'missing', createdAt: '2024-01-03', outcome: 'lost', closedAt: '2024-01-04' },
  ],
  accounts: [{ id: 'a1', name: 'A', createdAt: '2024-01-01', group: 'x' }],
};

/** What parseDataset says of `broken`: the lenient problems and the strict error's message. */
const expectedProblems = parseDataset(broken).problems;
const strictMessage = (() => {
  try {
    parseDataset(broken, { mode: 'strict' });
  } catch (error) {
    if (error instanceof DatasetError) return error.message;
  }
  throw new Error('parseDataset took the broken dataset in strict mode');
})();

// The page's modules alone fill the default buffer of 250 entries: room for the ones to come.
performance.setResourceTimingBufferSize(10_000);

/** Whether the page fetched the schema module (the chunk a refused row imports). */
const schemaChunkFetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/schema/row-schemas.'));

type Source = 'data' | 'inline' | 'src';

/** A funnel given `input` by `source`, with every warning and error it announced by its first `updateComplete`. */
async function funnelWith(input: unknown, source: Source, strict = false) {
  const el = document.createElement('crm-funnel') as CrmFunnel;
  el.strict = strict;
  const warnings: DatasetProblem[][] = [];
  const errors: string[] = [];
  el.addEventListener('crm-data-warning', (event) => warnings.push([...(event as CrmDataWarningEvent).detail.problems]));
  el.addEventListener('crm-error', (event) => errors.push((event as CrmErrorEvent).detail.message));
  const json = JSON.stringify(input);
  let url: string | undefined;
  if (source === 'data') el.data = input;
  else if (source === 'inline') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  } else el.src = url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  document.body.append(el);
  try {
    await el.updateComplete;
    // `src` is asynchronous anyway (the test of its states is in data-source-controller.test.ts).
    if (source === 'src') for (let i = 0; i < 50 && warnings.length + errors.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    return { warnings, errors };
  } finally {
    el.remove();
    if (url) URL.revokeObjectURL(url);
  }
}

describe('loadDatasetOnDemand', () => {
  it('loads clean data synchronously without the schema module', async () => {
    const loaded = loadDatasetOnDemand(clean, true);
    expect(loaded).not.to.be.instanceOf(Promise);
    expect((await loaded).rows.deals).to.deep.equal({ given: 2, kept: 2 });
    for (const source of ['data', 'inline', 'src'] as const) {
      const { warnings, errors } = await funnelWith(clean, source, true);
      expect([warnings, errors], source).to.deep.equal([[], []]);
    }
    expect(schemaImports()).to.equal(0);
    expect(schemaChunkFetched()).to.equal(false);
  });

  it('imports the schema module for the first refused row, once, and gives parseDataset\'s results', async () => {
    const loaded = loadDatasetOnDemand(broken, false);
    expect(loaded).to.be.instanceOf(Promise);
    const { problems, rows } = await loaded;
    expect(problems).to.deep.equal(expectedProblems);
    expect(rows).to.deep.equal(parseDataset(broken).rows);
    expect(schemaImports()).to.equal(1);
    expect(schemaChunkFetched()).to.equal(true);
    // From now on a refused row is worded synchronously.
    expect(loadDatasetOnDemand(broken, false)).not.to.be.instanceOf(Promise);
    expect(() => loadDatasetOnDemand(broken, true)).to.throw(DatasetError, strictMessage);
    expect(schemaImports()).to.equal(1);
  });

  it('refuses in strict mode with parseDataset\'s error, also while the schemas load', async () => {
    forgetSchemas();
    const loaded = loadDatasetOnDemand(broken, true);
    expect(loaded).to.be.instanceOf(Promise);
    const error = await (loaded as Promise<unknown>).then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(DatasetError);
    expect((error as DatasetError).message).to.equal(strictMessage);
  });

  it('keeps the errors that come before any row synchronous', () => {
    forgetSchemas();
    expect(() => loadDatasetOnDemand([{ id: 'd1' }], false)).to.throw(DatasetError, /expected a dataset/);
    expect(() => loadDatasetOnDemand({ stages: ['Lead', ''] }, false)).to.throw(DatasetError, /stages\[1\]: expected a stage name/);
    expect(() => loadDatasetOnDemand({ deals: 'none' }, false)).to.throw(DatasetError, /deals: expected a list of rows/);
    // A row that is not an object is worded without the schemas.
    const loaded = loadDatasetOnDemand({ deals: [clean.deals[0], 7] }, false);
    expect(loaded).not.to.be.instanceOf(Promise);
  });

  for (const source of ['data', 'inline', 'src'] as const) {
    it(`words a broken dataset's problems as parseDataset does, by ${source}, once updateComplete resolves`, async () => {
      forgetSchemas();
      const lenient = await funnelWith(broken, source);
      expect(lenient.errors).to.deep.equal([]);
      expect(lenient.warnings).to.deep.equal([expectedProblems]);
      forgetSchemas();
      const strict = await funnelWith(broken, source, true);
      expect(strict.warnings).to.deep.equal([]);
      expect(strict.errors).to.deep.equal([strictMessage]);
    });
  }
});
