// The React example (demo/frameworks/react/pipeline-app.ts) mounted as an app would mount it:
// properties in (data and definition as props → the funnel's result equals computeMetric), events out
// (a stage click reaches the React handler with its deal ids, crm-render's result reaches React
// state), re-render (a prop change recomputes in the same element, never a second one).
import { expect } from '@open-wc/testing';
import React from 'react';
import { PipelineApp } from '../../demo/frameworks/react/pipeline-app.js';
import type { CrmDashboard } from '../../src/elements/dashboard/dashboard.js';
import type { CrmFunnel } from '../../src/elements/funnel/funnel.js';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../src/schema/index.js';
import { fivePipeline, stageMarks, STAGE_COUNTS, WIN_RATES } from './support/pipeline.js';
import { reactRoot, type TestRoot } from './support/react-root.js';

const h = React.createElement;

function funnelOf(data: DatasetInput, definition: keyof typeof WIN_RATES) {
  return computeMetric('funnel', parseDataset(data).dataset, { mode: 'reached', definition });
}

describe('React example', () => {
  let root: TestRoot | undefined;
  let errors: unknown[][];
  const consoleError = console.error;

  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(async () => {
    await root?.unmount();
    root = undefined;
    console.error = consoleError;
  });

  async function mount(data: DatasetInput): Promise<{ app: TestRoot; funnel: CrmFunnel; dashboard: CrmDashboard; text: (selector: string) => string }> {
    const app = await reactRoot(h(PipelineApp, { data }));
    root = app;
    const funnel = app.container.querySelector('crm-funnel')!;
    const dashboard = app.container.querySelector('crm-dashboard')!;
    await app.until(() => funnel.result !== null && stageMarks(funnel).length === 3, 'the funnel did not draw');
    const text = (selector: string) => app.container.querySelector(selector)?.textContent ?? '';
    return { app, funnel, dashboard, text };
  }

  it('passes its data prop through the dashboard: the funnel draws exactly computeMetric, React shows its win rate', async () => {
    const data = fivePipeline();
    const { funnel, dashboard, text } = await mount(data);
    expect(dashboard.data).to.equal(data);
    expect(funnel.result).to.deep.equal(funnelOf(data, 'won-over-closed'));
    expect(funnel.result!.stages.map((s) => s.count)).to.deep.equal(STAGE_COUNTS);
    expect(funnel.result!.winRate.value).to.equal(WIN_RATES['won-over-closed']);
    expect(funnel.definition).to.equal('won-over-closed');
    expect(text('.win-rate')).to.equal('50%');
    expect(text('.selection')).to.equal('No stage selected.');
    expect(errors).to.deep.equal([]);
  });

  it('hands a stage click to the React handler with its deal ids, shown in the page', async () => {
    const { app, funnel, dashboard, text } = await mount(fivePipeline());
    await app.act(() => stageMarks(funnel)[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(text('.selection')).to.equal('Qualified: 3 deals (d1, d2, d5)');
    // The dashboard heard the same selection and cross-filters by it.
    expect(dashboard.selection?.ids).to.deep.equal(['d1', 'd2', 'd5']);
    await app.act(() => stageMarks(funnel)[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(text('.selection')).to.equal('No stage selected.');
    expect(errors).to.deep.equal([]);
  });

  it('recomputes in the same element when the definition prop changes, and React hears the new win rate', async () => {
    const data = fivePipeline();
    const { app, funnel, text } = await mount(data);
    await app.act(() => stageMarks(funnel)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(text('.selection')).to.equal('Proposal: 2 deals (d1, d5)');

    await app.act(() => app.container.querySelector<HTMLInputElement>('input[value="won-over-all"]')!.click());
    await app.until(() => funnel.result?.winRate.definition === 'won-over-all', 'the funnel did not recompute');
    expect(funnel.definition).to.equal('won-over-all');
    expect(funnel.result).to.deep.equal(funnelOf(data, 'won-over-all'));
    expect(funnel.result!.winRate.value).to.equal(WIN_RATES['won-over-all']);
    await app.until(() => text('.win-rate') === '40%', 'React did not hear the new render');
    expect(app.container.querySelectorAll('crm-funnel')).to.have.length(1);
    expect(app.container.querySelector('crm-funnel')).to.equal(funnel);
    // The selection is React state: a new definition leaves it alone.
    expect(text('.selection')).to.equal('Proposal: 2 deals (d1, d5)');
    expect(errors).to.deep.equal([]);
  });

  it('recomputes when the app is rendered again with other data, in the same elements', async () => {
    const { app, funnel, dashboard } = await mount(fivePipeline());
    const fewer = fivePipeline();
    fewer.deals = (fewer.deals as { id: string }[]).filter((deal) => deal.id !== 'd5') as DatasetInput['deals'];
    await app.render(h(PipelineApp, { data: fewer }));
    await app.until(() => funnel.result?.stages[0]?.count === 4, 'the funnel did not recompute with the new data');
    expect(funnel.result).to.deep.equal(funnelOf(fewer, 'won-over-closed'));
    expect(funnel.result!.stages.map((s) => s.count)).to.deep.equal([4, 2, 1]);
    expect(app.container.querySelectorAll('crm-dashboard, crm-funnel')).to.have.length(2);
    expect(app.container.querySelector('crm-dashboard')).to.equal(dashboard);
    await app.until(() => app.container.querySelector('.win-rate')?.textContent === '33.3%', 'React did not hear the new render');
    await app.unmount();
    root = undefined;
    expect(document.querySelectorAll('crm-funnel, crm-dashboard')).to.have.length(0);
    expect(errors).to.deep.equal([]);
  });
});
