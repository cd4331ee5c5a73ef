// The plain HTML example (demo/frameworks/html/index.html) as it is, in an iframe: its own markup,
// inline data and classic script, with one change — the CDN bundle's URL points at the source it
// is built from (src/all.ts), so the test needs no build. Properties in (inline JSON, then
// `funnel.definition = …` → the result equals computeMetric), events out (addEventListener hears
// crm-select with the ids and crm-render with the result), re-render (one funnel, redrawn).
import { expect, waitUntil } from '@open-wc/testing';
import type { CrmDashboard } from '../../src/elements/dashboard/dashboard.js';
import type { CrmFunnel } from '../../src/elements/funnel/funnel.js';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { stageMarks } from './support/pipeline.js';

const PAGE = '/demo/frameworks/html/index.html';
const CDN_SCRIPT = 'src="../../../dist/cdn/crm-kit.js"';

/**
 * The page's twelve deals by hand: every deal reached Lead; Qualified h1–h7, h10 (which skipped
 * it on the way to Proposal, and counts for every stage up to its furthest) and h12; Proposal h1,
 * h2, h3, h5, h6, h10; Negotiation h1, h2, h5, h10. Won h1, h2, h10; lost h3, h4, h8, h11.
 */
const COUNTS = [12, 9, 6, 4];
const WIN_RATES = { 'won-over-closed': 3 / 7, 'won-over-all': 3 / 12 };

function expectedFunnel(source: string, definition: keyof typeof WIN_RATES) {
  return computeMetric('funnel', parseDataset(inlineData(source)).dataset, { mode: 'reached', definition });
}

async function pageSource(): Promise<string> {
  const response = await fetch(PAGE, { cache: 'no-store' });
  expect(response.ok, `${PAGE}: HTTP ${response.status}`).to.equal(true);
  return response.text();
}

function inlineData(source: string): DatasetInput {
  const page = new DOMParser().parseFromString(source, 'text/html');
  const script = page.querySelector('crm-dashboard > script[type="application/json"]');
  expect(script, 'the page has no inline JSON in its dashboard').to.exist;
  return JSON.parse(script!.textContent!) as DatasetInput;
}

describe('plain HTML example', () => {
  let frame: HTMLIFrameElement;
  let source: string;

  before(async () => {
    source = await pageSource();
  });

  beforeEach(async () => {
    // The page loads the CDN build, once; the test loads the same module graph from source.
    expect(source.split(CDN_SCRIPT).length - 1, `the page loads ${CDN_SCRIPT} once`).to.equal(1);
    const html = source.replace(CDN_SCRIPT, 'src="/src/all.ts"').replace('<head>', `<head><base href="${PAGE}" />`);
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 900px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = html;
    document.body.append(frame);
    await loaded;
  });
  afterEach(() => frame.remove());

  function page() {
    const doc = frame.contentDocument!;
    return {
      funnel: doc.querySelector('crm-funnel') as CrmFunnel,
      dashboard: doc.querySelector('crm-dashboard') as CrmDashboard,
      text: (selector: string) => doc.querySelector(selector)?.textContent ?? '',
      doc,
    };
  }

  async function drawn() {
    const current = page();
    await waitUntil(() => current.funnel.result !== null && stageMarks(current.funnel).length === 4).catch(() => {
      // Say what the funnel shows, and whether the dashboard, which has the data, reached it.
      const shown = current.funnel.shadowRoot?.querySelector('[part~="state"]')?.textContent ?? 'nothing';
      const dashboard = current.dashboard.loaded ? 'the dashboard has its data' : 'the dashboard has no data';
      throw new Error(`the funnel did not draw: it shows "${shown}"; ${dashboard}`);
    });
    return current;
  }

  it('draws its inline data exactly as computeMetric does, and its listener shows the rendered win rate', async () => {
    const { funnel, text } = await drawn();
    expect(funnel.result).to.deep.equal(expectedFunnel(source, 'won-over-closed'));
    expect(funnel.result!.stages.map((s) => s.count)).to.deep.equal(COUNTS);
    expect(funnel.result!.winRate.value).to.be.closeTo(WIN_RATES['won-over-closed'], 1e-12);
    await waitUntil(() => text('#win-rate') === '42.9%', 'the crm-render listener did not run');
    expect(text('#selected')).to.equal('No stage selected.');
  });

  it('hears crm-select with the stage and its deal ids', async () => {
    const { funnel, dashboard, text } = await drawn();
    stageMarks(funnel)[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(text('#selected')).to.equal('Qualified: 9 deals (h1, h2, h3, h4, h5, h6, h7, h10, …)');
    expect(dashboard.selection?.ids).to.have.length(9);
    stageMarks(funnel)[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(text('#selected')).to.equal('Negotiation: 4 deals (h1, h2, h5, h10)');
  });

  it('recomputes the same funnel when its definition property is set, and hears the new win rate', async () => {
    const { funnel, text, doc } = await drawn();
    stageMarks(funnel)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(text('#selected')).to.equal('Proposal: 6 deals (h1, h2, h3, h5, h6, h10)');
    doc.querySelector<HTMLInputElement>('input[value="won-over-all"]')!.click();
    await waitUntil(() => funnel.result?.winRate.definition === 'won-over-all', 'the funnel did not recompute');
    expect(funnel.definition).to.equal('won-over-all');
    expect(funnel.result).to.deep.equal(expectedFunnel(source, 'won-over-all'));
    expect(funnel.result!.winRate.value).to.equal(WIN_RATES['won-over-all']);
    await waitUntil(() => text('#win-rate') === '25%', 'the crm-render listener did not hear the new result');
    expect(doc.querySelectorAll('crm-funnel')).to.have.length(1);
    expect(doc.querySelector('crm-funnel')).to.equal(funnel);
  });
});
