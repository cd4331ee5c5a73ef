// Results in transit from the load worker: the relationship grid's packed form, and the
// worker's cache of results by computation and options.
import { expect } from '@open-wc/testing';
import { loadDataset } from '../../src/controllers/index.js';
import { customerColumns } from '../../src/elements/relationship-grid/grid-classify.js';
import { relationshipGridCompute } from '../../src/elements/relationship-grid/relationship-grid-compute.js';
import { relationshipGroupsWire } from '../../src/elements/relationship-grid/relationship-grid-wire.js';
import { generateDataset } from '../../src/generator/index.js';
import type { RelationshipGroupsResult } from '../../src/metrics/customers/relationship-groups.js';
import type { MetricOptions } from '../../src/metrics/options.js';
import { ResultCache, resultKey } from '../../src/worker/result-cache.js';

const table = loadDataset(generateDataset({ seed: 7, accounts: 300 }), false).table;
const compute = (options: MetricOptions): RelationshipGroupsResult => relationshipGridCompute.run(table, options);
/** What the page receives: the packed form after a structured clone with its transfer list. */
function sent(result: RelationshipGroupsResult): RelationshipGroupsResult {
  const { message, transfer } = relationshipGroupsWire.pack(result);
  return relationshipGroupsWire.unpack(structuredClone(message, { transfer }));
}

describe('relationship grid result wire', () => {
  it('unpacks to a result deep-equal to the computed one, in the engine key order', () => {
    for (const options of [{}, { segment: 'SMB' }, { loyalty: 'regularity', per: 'year' }, { segment: 'nobody' }]) {
      const result = compute(options);
      const received = sent(result);
      expect(received).to.deep.equal(compute(options));
      expect(Object.keys(received)).to.deep.equal(Object.keys(result));
      expect(Object.keys(received.customers[0] ?? {})).to.deep.equal(Object.keys(result.customers[0] ?? {}));
    }
    expect(compute({}).customers.length).to.be.greaterThan(50);
  });

  it('hands the drawing the columns it arrived in, equal to those collected from the objects', () => {
    const received = sent(compute({}));
    const collected = customerColumns(structuredClone(received));
    expect(customerColumns(received)).to.deep.equal(collected);
  });

  it('sends a group the engine does not make as it is', () => {
    const result = compute({});
    const odd = { ...result, customers: [...result.customers.slice(0, 2), { ...result.customers[2]!, group: 'regulars' as never }] };
    expect(sent(odd)).to.deep.equal(odd);
  });
});

describe('worker result cache', () => {
  it('keys plain options by value and refuses what JSON would lose', () => {
    expect(resultKey('funnel', { segment: 'SMB', mode: 'reached' })).to.equal('funnel {"segment":"SMB","mode":"reached"}');
    expect(resultKey('funnel', { segment: 'SMB', owner: undefined })).to.equal(resultKey('funnel', { segment: 'SMB' }));
    expect(resultKey('funnel', undefined)).to.equal('funnel undefined');
    for (const options of [{ from: new Date(0) }, { inactiveDays: Number.NaN }, { x: -0 }, { list: [undefined] }, { to: Infinity }]) {
      expect(resultKey('kpi', options), JSON.stringify(options)).to.equal(undefined);
    }
  });

  it('keeps the most recently used results up to its limit', () => {
    const cache = new ResultCache(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).to.deep.equal({ result: 1 });
    cache.set('c', 3);
    expect(cache.get('b')).to.equal(undefined);
    expect(cache.get('a')).to.deep.equal({ result: 1 });
    expect(cache.get('c')).to.deep.equal({ result: 3 });
    cache.set('u', undefined);
    expect(cache.get('u')).to.deep.equal({ result: undefined });
  });
});
