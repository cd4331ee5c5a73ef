import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { DataSourceController, type DataSourceHost } from '../../src/controllers/index.js';
import type { CrmDataWarningEvent, CrmErrorEvent } from '../../src/events/index.js';

/** The smallest element that uses the controller, as every crm element will. */
class TestDataHost extends LitElement implements DataSourceHost {
  static override properties = { data: { attribute: false }, src: {}, strict: { type: Boolean }, timeout: { type: Number } };
  declare data: unknown;
  declare src: string | null;
  declare strict: boolean;
  declare timeout: number | undefined;
  readonly source = new DataSourceController(this);
  override render() {
    return litHtml`<p>${this.source.state}</p>`;
  }
}
customElements.define('test-data-host', TestDataHost);

const dealIds = (el: TestDataHost) => el.source.loaded?.dataset?.deals?.map((d) => d.id);
const settled = (el: TestDataHost) => waitUntil(() => el.source.state !== 'loading', 'still loading', { timeout: 5000 });

describe('DataSourceController', () => {
  it('is idle without any source', async () => {
    const el = await fixture<TestDataHost>(html`<test-data-host></test-data-host>`);
    expect(el.source.state).to.equal('idle');
    expect(el.shadowRoot?.textContent).to.contain('idle');
  });

  it('loads src from the server into a parsed dataset and its table', async () => {
    const el = await fixture<TestDataHost>(html`<test-data-host src="/api/ok.json"></test-data-host>`);
    expect(el.source.state).to.equal('loading');
    await settled(el);
    expect(el.source.state).to.equal('ready');
    expect(el.source.source).to.equal('src');
    expect(dealIds(el)).to.deep.equal(['d1']);
    expect(el.source.loaded?.table.deals.amount[0]).to.equal(100);
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.contain('ready');
  });

  const failures: [string, RegExp][] = [
    ['/api/missing.json', /^Could not load \/api\/missing\.json: the server answered HTTP 404/],
    ['/api/broken.json', /^Could not load \/api\/broken\.json: the server answered HTTP 500/],
    ['/api/invalid.json', /^\/api\/invalid\.json is not valid JSON: .*position/],
    ['http://127.0.0.1:9/closed.json', /^Could not reach http:\/\/127\.0\.0\.1:9\/closed\.json/],
  ];
  for (const [src, message] of failures) {
    it(`turns ${src} into an error state and a crm-error that names the URL`, async () => {
      const el = document.createElement('test-data-host') as TestDataHost;
      el.src = src;
      const event = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
      document.body.append(el);
      try {
        const { detail } = await event;
        expect(detail.message).to.match(message);
        expect(el.source.state).to.equal('error');
        expect(el.source.error?.message).to.equal(detail.message);
      } finally {
        el.remove();
      }
    });
  }

  it('gives up after `timeout` milliseconds', async () => {
    const el = await fixture<TestDataHost>(html`<test-data-host .timeout=${200} src="/api/slow.json?ms=3000"></test-data-host>`);
    const { detail } = (await oneEvent(el, 'crm-error')) as CrmErrorEvent;
    expect(detail.message).to.equal('/api/slow.json?ms=3000 did not answer within 0.2 s');
  });

  it('aborts the old request when src changes, and shows only the last', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const el = await fixture<TestDataHost>(html`<test-data-host src="/api/slow.json?ms=600"></test-data-host>`);
      el.src = '/api/slow.json?ms=300';
      await el.updateComplete;
      el.src = '/api/ok.json';
      await el.updateComplete;
      await settled(el);
      expect(signals).to.have.length(3);
      expect(signals.map((s) => s.aborted)).to.deep.equal([true, true, false]);
      await new Promise((resolve) => setTimeout(resolve, 800)); // the slow answers would land by now
      expect(dealIds(el)).to.deep.equal(['d1']);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('aborts its request when disconnected', async () => {
    let signal: AbortSignal | undefined;
    const realFetch = window.fetch;
    window.fetch = (input, init) => ((signal = init?.signal ?? undefined), realFetch(input, init));
    try {
      const el = await fixture<TestDataHost>(html`<test-data-host src="/api/slow.json?ms=2000"></test-data-host>`);
      el.remove();
      expect(signal?.aborted).to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('prefers the data property over inline JSON over src', async () => {
    const el = await fixture<TestDataHost>(html`<test-data-host src="/api/other.json"
      ><script type="application/json">{"deals": [{"id": "inline", "amount": 1, "createdAt": "2024-01-01", "outcome": "open", "stage": "Lead"}]}</script></test-data-host
    >`);
    expect(el.source.source).to.equal('inline');
    expect(dealIds(el)).to.deep.equal(['inline']);
    el.data = { deals: [{ id: 'prop', amount: 1, createdAt: '2024-01-01', outcome: 'open', stage: 'Lead' }] };
    await el.updateComplete;
    expect(el.source.source).to.equal('data');
    expect(dealIds(el)).to.deep.equal(['prop']);
    el.data = undefined;
    await el.updateComplete;
    expect(dealIds(el)).to.deep.equal(['inline']);
    el.querySelector('script')?.remove();
    await waitUntil(() => el.source.state === 'ready' && el.source.source === 'src', 'did not fall back to src');
    expect(dealIds(el)).to.deep.equal(['other']);
  });

  it('reloads when the inline JSON is edited, and names it in a syntax error', async () => {
    const el = await fixture<TestDataHost>(html`<test-data-host
      ><script type="application/json">{"deals": []}</script></test-data-host
    >`);
    expect(dealIds(el)).to.deep.equal([]);
    const script = el.querySelector('script') as HTMLScriptElement;
    const error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
    script.textContent = '{"deals": [}';
    expect((await error).detail.message).to.match(/^inline JSON is not valid JSON: /);
    script.textContent = '{"deals": [{"id": "edited", "amount": 2, "createdAt": "2024-01-01", "outcome": "open", "stage": "Lead"}]}';
    await waitUntil(() => el.source.state === 'ready', 'did not reload');
    expect(dealIds(el)).to.deep.equal(['edited']);
  });

  it('warns with every problem in lenient mode and refuses in strict mode', async () => {
    const data = {
      deals: [
        { id: 'ok', amount: 1, createdAt: '2024-01-01', outcome: 'open', stage: 'Lead' },
        { id: 'bad', amount: -1, createdAt: '2024-01-01', outcome: 'open', stage: 'Lead' },
        { id: 'late', amount: 1, createdAt: '2024-01-01', outcome: 'won', stage: 'Lead' },
      ],
    };
    const el = document.createElement('test-data-host') as TestDataHost;
    el.data = data;
    const warning = oneEvent(el, 'crm-data-warning') as Promise<CrmDataWarningEvent>;
    document.body.append(el);
    try {
      const { detail } = await warning;
      expect(detail.problems.map((p) => `${p.path} ${p.rule}`)).to.deep.equal(['deals[1].amount negative-money', 'deals[2].closedAt missing-closed-at']);
      expect(detail.rows.deals).to.deep.equal({ given: 3, kept: 1 });
      expect(dealIds(el)).to.deep.equal(['ok']);
      const error = oneEvent(el, 'crm-error') as Promise<CrmErrorEvent>;
      el.strict = true;
      expect((await error).detail.message).to.contain('deals[1].amount: negative money');
      expect(el.source.state).to.equal('error');
    } finally {
      el.remove();
    }
  });

  it('events bubble and cross shadow roots', async () => {
    // A plain div made by hand: open-wc's fixture() waits a frame for non-Lit elements, and
    // frames do not come to a test page running in a background tab.
    const outer = document.createElement('div');
    document.body.append(outer);
    try {
      const shadow = outer.attachShadow({ mode: 'open' });
      const el = document.createElement('test-data-host') as TestDataHost;
      el.data = 'not a dataset';
      const heard = oneEvent(document, 'crm-error') as Promise<CrmErrorEvent>;
      shadow.append(el);
      expect((await heard).detail.message).to.match(/expected a dataset/);
    } finally {
      outer.remove();
    }
  });
});
