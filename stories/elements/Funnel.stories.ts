// <crm-funnel> in every state, theme and locale, on generated data and on the real CRM Sales
// Opportunities pipeline (read from ../shared/refdata when it is there; never vendored).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../src/elements/funnel/define.js';
import { generateDataset } from '../../src/generator/index.js';
import { parseCsv } from '../../test/realdata/csv.js';
import { crmPipelineDataset } from '../../test/realdata/crm-pipeline.js';
import { neverAnswering } from '../support/never-answers.js';

interface FunnelArgs {
  mode: 'reached' | 'strict';
  measure: 'count' | 'value';
  orientation: 'vertical' | 'horizontal';
  definition: 'won-over-closed' | 'won-over-all';
  theme: '' | 'light' | 'dark';
  locale: string;
  currency: string;
  toolbar: boolean;
}

const sample = generateDataset({ seed: 7, accounts: 800 });

const frame = (theme: string, content: TemplateResult) =>
  html`<div style="max-width: 56rem; padding: 1rem; font-family: system-ui, sans-serif; background: ${theme === 'dark' ? '#12151c' : 'transparent'}">${content}</div>`;

const funnel = (args: FunnelArgs, data: unknown = sample) =>
  frame(
    args.theme,
    html`<crm-funnel
      .data=${data}
      mode=${args.mode}
      measure=${args.measure}
      orientation=${args.orientation}
      definition=${args.definition}
      theme=${args.theme || undefined}
      locale=${args.locale}
      currency=${args.currency}
      ?toolbar=${args.toolbar}
    ></crm-funnel>`,
  );

const meta: Meta<FunnelArgs> = {
  title: 'Elements/Funnel',
  component: 'crm-funnel',
  args: { mode: 'reached', measure: 'count', orientation: 'vertical', definition: 'won-over-closed', theme: '', locale: 'en-US', currency: 'USD', toolbar: true },
  argTypes: {
    mode: { control: 'inline-radio', options: ['reached', 'strict'] },
    measure: { control: 'inline-radio', options: ['count', 'value'] },
    orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    definition: { control: 'inline-radio', options: ['won-over-closed', 'won-over-all'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => funnel(args),
};
export default meta;

type Story = StoryObj<FunnelArgs>;

export const Generated: Story = {};
export const ByValue: Story = { args: { measure: 'value' } };
export const Horizontal: Story = { args: { orientation: 'horizontal' } };
export const StrictMode: Story = { args: { mode: 'strict' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const German: Story = { args: { locale: 'de-DE', currency: 'EUR' } };

export const Empty: Story = { render: (args) => funnel(args, { stages: ['Lead', 'Qualified'], deals: [] }) };

export const ErrorState: Story = { name: 'Error', render: (args) => funnel(args, { deals: 'not a list of deals' }) };

export const RowsLeftOut: Story = {
  render: (args) => {
    const broken = structuredClone(sample) as { deals: Record<string, unknown>[] };
    if (broken.deals[3]) broken.deals[3].amount = '12,500';
    if (broken.deals[8]) broken.deals[8].closedAt = '1999-01-01';
    return funnel(args, broken);
  },
};

export const Loading: Story = {
  render: (args) => frame(args.theme, html`<crm-funnel src="/this-story-never-answers.json" timeout="600000" theme=${args.theme || undefined}></crm-funnel>`),
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
      ? funnel(args, loaded.pipeline)
      : html`<p>The CRM Sales Opportunities data set (no stated licence, so not in this repository) is read from
          <code>../shared/refdata/crm-sales-opportunities/</code> beside the repository; it is not there on this machine.</p>`,
};
