// Connect and disconnect every element 1,000 times (issue #11): no listener, observer, timer
// or subscription left behind, every instance collected, the heap back at its baseline.
// The instrumentation must load before any element module: keep this import first.
import { live } from './lifecycle/instrument.js';
import { expect } from '@open-wc/testing';
import { csvAdapter } from '../../src/adapters/index.js';
import { drawable, TAGS, UNREGISTERED } from './lifecycle/elements.js';
import { connectDisconnect, CYCLES, expectNoLeak, leakSuite, type LeakReport } from './lifecycle/leak-check.js';

const reports: LeakReport[] = [];

describe('hardening: connect and disconnect every element', function () {
  this.timeout(120_000);
  const host = leakSuite(reports);

  it('covers every element of custom-elements.json', () => {
    expect(UNREGISTERED, 'in custom-elements.json but not registered by src/all.ts').to.deep.equal([]);
    expect(TAGS.length).to.be.at.least(13);
  });

  it('the ledger sees what it must: a listener on window, an observation and a kit interval left on purpose', () => {
    const before = live();
    const listener = () => {};
    window.addEventListener('resize', listener);
    const observer = new ResizeObserver(() => {});
    observer.observe(document.body);
    // csvAdapter's refresh is an interval the kit starts on subscribe.
    const stop = csvAdapter({ src: '/test/fixtures/adapters/deals.csv', table: 'deals', refreshMs: 60_000 }).subscribe!(() => {});
    const during = live();
    window.removeEventListener('resize', listener);
    observer.disconnect();
    stop();
    const after = live();
    expect(during.listeners.length - before.listeners.length).to.equal(1);
    expect(during.observations.length - before.observations.length).to.equal(1);
    expect(during.intervals - before.intervals).to.equal(1);
    expect(after).to.deep.equal(before);
  });

  for (const tag of TAGS) {
    it(`<${tag}> ${CYCLES} times with its dataset`, async () => {
      const report = await connectDisconnect(tag, host(), () => drawable(tag));
      reports.push(report);
      expectNoLeak(report);
    });
  }
});
