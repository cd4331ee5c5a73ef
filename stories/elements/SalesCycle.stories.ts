// <crm-sales-cycle> in each panel, state, theme and locale, on generated data and on the real CRM
// Sales Opportunities pipeline (read from ../shared/refdata when it is there; never vendored).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../src/elements/sales-cycle/define.js';
import { generateDataset } from '../../src/generator/index.js';
import { parseCsv } from '../../test/realdata/csv.js';
import { crmPipelineDataset } from '../../test/realdata/crm-pipeline.js';
import { neverAnswering } from '../support/never-answers.js';

interface SalesCycleArgs {
  panel: 'distribution' | 'trend' | 'stages' | 'owners';
  period: 'day' | 'week' | 'month' | 'quarter' | 'year';
  bins: number;
  from: string;
  to: string;
  theme: '' | 'light' | 'dark';
  locale: string;
  toolbar: boolean;
}

const sample = generateDataset({ seed: 7, accounts: 800 });

const frame = (theme: string, content: TemplateResult) =>
  html`<div style="max-width: 56rem; padding: 1rem; font-family: system-ui, sans-serif; background: ${theme === 'dark' ? '#12151c' : 'transparent'}">${content}</div>`;

const cycle = (args: SalesCycleArgs, data: unknown = sample) =>
  frame(
    args.theme,
    html`<crm-sales-cycle
      .data=${data}
      panel=${args.panel}
      period=${args.period}
      bins=${args.bins}
      from=${args.from || undefined}
      to=${args.to || undefined}
      theme=${args.theme || undefined}
      locale=${args.locale}
      ?toolbar=${args.toolbar}
    ></crm-sales-cycle>`,
  );

const meta: Meta<SalesCycleArgs> = {
  title: 'Elements/Sales cycle',
  component: 'crm-sales-cycle',
  args: { panel: 'distribution', period: 'quarter', bins: 20, from: '', to: '', theme: '', locale: 'en-US', toolbar: true },
  argTypes: {
    panel: { control: 'inline-radio', options: ['distribution', 'trend', 'stages', 'owners'] },
    period: { control: 'inline-radio', options: ['day', 'week', 'month', 'quarter', 'year'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => cycle(args),
};
export default meta;

type Story = StoryObj<SalesCycleArgs>;

export const Distribution: Story = {};
export const MedianByPeriod: Story = { args: { panel: 'trend' } };
export const TimeInStage: Story = { args: { panel: 'stages' } };
export const ByOwner: Story = { args: { panel: 'owners' } };
export const MonthlyIn2024: Story = { args: { panel: 'trend', period: 'month', from: '2024-01-01', to: '2025-01-01' } };
export const FewerBins: Story = { args: { bins: 6 } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkTimeInStage: Story = { args: { theme: 'dark', panel: 'stages' } };
export const German: Story = { args: { locale: 'de-DE', panel: 'trend' } };

export const Empty: Story = { render: (args) => cycle(args, { stages: ['Lead'], deals: [{ id: 'd1', amount: 1, createdAt: '2024-01-01', outcome: 'open', stage: 'Lead' }] }) };

export const ErrorState: Story = { name: 'Error', render: (args) => cycle(args, { deals: 'not a list of deals' }) };

export const RowsLeftOut: Story = {
  render: (args) => {
    const broken = structuredClone(sample) as { deals: Record<string, unknown>[] };
    if (broken.deals[3]) broken.deals[3].amount = '12,500';
    if (broken.deals[8]) broken.deals[8].closedAt = '1999-01-01';
    return cycle(args, broken);
  },
};

export const Loading: Story = {
  render: (args) => frame(args.theme, html`<crm-sales-cycle src="/this-story-never-answers.json" timeout="600000" theme=${args.theme || undefined}></crm-sales-cycle>`),
  // A fetch that never settles, for this story only, so the loading state stays on screen.
  loaders: [neverAnswering()],
};

export const CrmSalesOpportunities: Story = {
  name: 'Real pipeline: CRM Sales Opportunities',
  loaders: [
    async () => {
      const response = await fetch('refdata/crm-sales-opportunities/sales_pipeline.csv').catch(() => undefined);
      if (!response?.ok) return { pipeline: null };
      return { pipeline: crmPipelineDataset(parseCsv(await response.text())) };
    },
  ],
  render: (args, { loaded }) =>
    loaded.pipeline
      ? cycle(args, loaded.pipeline)
      : html`<p>The CRM Sales Opportunities data set (no stated licence, so not in this repository) is read from
          <code>../shared/refdata/crm-sales-opportunities/</code> beside the repository; it is not there on this machine.</p>`,
};
