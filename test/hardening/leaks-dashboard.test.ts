// Connect and disconnect every element 1,000 times inside a connected <crm-dashboard>
// (issue #11): each child subscribes to the dashboard's context (@lit/context) when it
// connects, and must end that subscription when it leaves, or the dashboard keeps it — and
// keeps pushing filters and data to it — for as long as the dashboard lives.
// The instrumentation must load before any element module: keep this import first.
import { live } from './lifecycle/instrument.js';
import { expect } from '@open-wc/testing';
import { drawable, settled, TAGS } from './lifecycle/elements.js';
import { connectDisconnect, CYCLES, expectNoLeak, logReports, type LeakReport } from './lifecycle/leak-check.js';

const reports: LeakReport[] = [];
after(() => logReports(reports));

describe('hardening: elements connected and disconnected inside a dashboard', function () {
  this.timeout(120_000);
  let dashboard: HTMLElement;
  beforeEach(async () => {
    dashboard = drawable('crm-dashboard');
    dashboard.replaceChildren();
    dashboard.style.width = '900px';
    document.body.append(dashboard);
    await settled(dashboard);
  });
  afterEach(() => dashboard.remove());

  it('the ledger counts a child\'s context subscription while it is connected', async () => {
    const before = live().subscriptions;
    const child = drawable('crm-funnel') as HTMLElement & { data: unknown };
    child.data = undefined;
    dashboard.append(child);
    await settled(child);
    expect(live().subscriptions - before).to.be.at.least(1);
    child.remove();
    expect(live().subscriptions).to.equal(before);
  });

  for (const tag of TAGS.filter((t) => t !== 'crm-dashboard')) {
    it(`<${tag}> ${CYCLES} times in a connected <crm-dashboard>`, async () => {
      const make = () => {
        const el = drawable(tag) as HTMLElement & { data: unknown };
        el.data = undefined; // inherits the dashboard's
        return el;
      };
      const report = await connectDisconnect(`${tag} (in dashboard)`, dashboard, make);
      reports.push(report);
      expectNoLeak(report);
    });
  }
});
