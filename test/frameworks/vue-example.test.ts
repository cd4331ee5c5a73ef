// The Vue example (demo/frameworks/vue/pipeline-app.ts) on Vue 3's browser build with its
// template compiler: properties in (`:data.prop`, `:definition.prop` → the funnel's result equals
// computeMetric), events out (`@crm-select` reaches the Vue handler with the deal ids), re-render
// (a prop change recomputes in the same element, never a second one), and `isCustomElement`
// keeping Vue from treating the tags as unknown components.
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, defineComponent, nextTick, shallowRef, type App } from 'vue';
import { createPipelineApp, isCrmElement, PipelineApp } from '../../demo/frameworks/vue/pipeline-app.js';
import type { CrmDashboard } from '../../src/elements/dashboard/dashboard.js';
import type { CrmFunnel } from '../../src/elements/funnel/funnel.js';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { fivePipeline, stageMarks, STAGE_COUNTS, WIN_RATES } from './support/pipeline.js';

function funnelOf(data: DatasetInput, definition: keyof typeof WIN_RATES) {
  return computeMetric('funnel', parseDataset(data).dataset, { mode: 'reached', definition });
}

describe('Vue example', () => {
  let app: App | undefined;
  let container: HTMLElement;
  let warnings: unknown[][];
  const consoleWarn = console.warn;
  const consoleError = console.error;

  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    console.error = (...args: unknown[]) => warnings.push(args);
    container = document.createElement('div');
    container.style.width = '720px';
    document.body.append(container);
  });
  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
    console.warn = consoleWarn;
    console.error = consoleError;
  });

  async function drawn(): Promise<{ funnel: CrmFunnel; dashboard: CrmDashboard; text: (selector: string) => string }> {
    const funnel = container.querySelector('crm-funnel')!;
    const dashboard = container.querySelector('crm-dashboard')!;
    await waitUntil(() => funnel.result !== null && stageMarks(funnel).length === 3, 'the funnel did not draw');
    await nextTick();
    return { funnel, dashboard, text: (selector) => container.querySelector(selector)?.textContent ?? '' };
  }

  it('binds the dataset and definition as properties: the funnel draws exactly computeMetric, Vue shows its win rate', async () => {
    const data = fivePipeline();
    app = createPipelineApp({ dataset: data });
    app.mount(container);
    const { funnel, dashboard, text } = await drawn();
    // The object itself, not a reactive proxy of it, and no attribute.
    expect(dashboard.data).to.equal(data);
    expect(dashboard.hasAttribute('data')).to.equal(false);
    expect(funnel.definition).to.equal('won-over-closed');
    expect(funnel.toolbar).to.equal(true);
    expect(funnel.result).to.deep.equal(funnelOf(data, 'won-over-closed'));
    expect(funnel.result!.stages.map((s) => s.count)).to.deep.equal(STAGE_COUNTS);
    expect(funnel.result!.winRate.value).to.equal(WIN_RATES['won-over-closed']);
    await waitUntil(() => text('.win-rate') === '50%', 'Vue did not hear crm-render');
    expect(text('.selection')).to.equal('No stage selected.');
    expect(warnings).to.deep.equal([]);
  });

  it('hands a stage click to the Vue handler with its deal ids, shown in the page', async () => {
    app = createPipelineApp({ dataset: fivePipeline() });
    app.mount(container);
    const { funnel, dashboard, text } = await drawn();
    stageMarks(funnel)[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await nextTick();
    expect(text('.selection')).to.equal('Qualified: 3 deals (d1, d2, d5)');
    expect(dashboard.selection?.ids).to.deep.equal(['d1', 'd2', 'd5']);
    stageMarks(funnel)[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await nextTick();
    expect(text('.selection')).to.equal('No stage selected.');
    expect(warnings).to.deep.equal([]);
  });

  it('recomputes in the same element when the definition changes, and Vue hears the new win rate', async () => {
    const data = fivePipeline();
    app = createPipelineApp({ dataset: data });
    app.mount(container);
    const { funnel, text } = await drawn();
    stageMarks(funnel)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await nextTick();
    expect(text('.selection')).to.equal('Proposal: 2 deals (d1, d5)');

    container.querySelector<HTMLInputElement>('input[value="won-over-all"]')!.click();
    await waitUntil(() => funnel.result?.winRate.definition === 'won-over-all', 'the funnel did not recompute');
    expect(funnel.definition).to.equal('won-over-all');
    expect(funnel.result).to.deep.equal(funnelOf(data, 'won-over-all'));
    expect(funnel.result!.winRate.value).to.equal(WIN_RATES['won-over-all']);
    await waitUntil(() => text('.win-rate') === '40%', 'Vue did not hear the new render');
    expect(container.querySelectorAll('crm-funnel')).to.have.length(1);
    expect(container.querySelector('crm-funnel')).to.equal(funnel);
    expect(text('.selection')).to.equal('Proposal: 2 deals (d1, d5)');
    expect(warnings).to.deep.equal([]);
  });

  it('recomputes when a parent passes other data, in the same elements', async () => {
    const data = shallowRef<DatasetInput>(fivePipeline());
    const Parent = defineComponent({ components: { PipelineApp }, setup: () => ({ data }), template: '<pipeline-app :dataset="data" />' });
    app = createApp(Parent);
    app.config.compilerOptions.isCustomElement = isCrmElement;
    app.mount(container);
    const { funnel, dashboard, text } = await drawn();
    const fewer = fivePipeline();
    fewer.deals = (fewer.deals as { id: string }[]).filter((deal) => deal.id !== 'd5') as DatasetInput['deals'];
    data.value = fewer;
    await waitUntil(() => funnel.result?.stages[0]?.count === 4, 'the funnel did not recompute with the new data');
    expect(dashboard.data).to.equal(fewer);
    expect(funnel.result).to.deep.equal(funnelOf(fewer, 'won-over-closed'));
    expect(container.querySelectorAll('crm-dashboard, crm-funnel')).to.have.length(2);
    expect(container.querySelector('crm-funnel')).to.equal(funnel);
    await waitUntil(() => text('.win-rate') === '33.3%', 'Vue did not hear the new render');
    app.unmount();
    app = undefined;
    expect(container.querySelectorAll('crm-funnel, crm-dashboard')).to.have.length(0);
    expect(warnings).to.deep.equal([]);
  });

  it('treats every tag of custom-elements.json as a custom element, and its own components as components', async () => {
    const manifest = (await (await fetch('/custom-elements.json', { cache: 'no-store' })).json()) as { modules: { declarations?: { tagName?: string }[] }[] };
    const tags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));
    expect(tags).to.include.members(['crm-dashboard', 'crm-funnel']);
    expect(tags.filter((tag) => !isCrmElement(tag))).to.deep.equal([]);
    expect(['pipeline-app', 'PipelineApp', 'router-view'].filter(isCrmElement)).to.deep.equal([]);
  });
});
