// Connect and disconnect every element 1,000 times with an adapter as its source (issue #11):
// the adapter's live subscription is held exactly while the element is connected.
// The instrumentation must load before any element module: keep this import first.
import { countingAdapter } from './lifecycle/instrument.js';
import { csvAdapter } from '../../src/adapters/index.js';
import { DATA_TAGS, drawable, SMALL } from './lifecycle/elements.js';
import { connectDisconnect, CYCLES, expectNoLeak, leakSuite, type LeakReport } from './lifecycle/leak-check.js';

const reports: LeakReport[] = [];

describe('hardening: connect and disconnect every element with a subscribing adapter', function () {
  this.timeout(120_000);
  const host = leakSuite(reports);

  const withAdapter = (tag: string, adapter: () => unknown) => () => {
    const el = drawable(tag) as HTMLElement & { data: unknown; adapter: unknown };
    el.data = undefined;
    el.adapter = adapter();
    return el;
  };

  for (const tag of DATA_TAGS) {
    it(`<${tag}> ${CYCLES} times`, async () => {
      const report = await connectDisconnect(`${tag} (adapter)`, host(), withAdapter(tag, () => countingAdapter(SMALL)));
      reports.push(report);
      expectNoLeak(report);
    });
  }

  // The kit's own refreshing CSV adapter: an interval per subscription, a fetch per load.
  it(`<crm-funnel> ${CYCLES} times with csvAdapter({ refreshMs })`, async () => {
    const adapter = () => csvAdapter({ src: '/test/fixtures/adapters/deals.csv', table: 'deals', refreshMs: 60_000 });
    const report = await connectDisconnect('crm-funnel (csvAdapter)', host(), withAdapter('crm-funnel', adapter));
    reports.push(report);
    expectNoLeak(report);
  });
});
