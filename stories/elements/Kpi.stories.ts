// <crm-kpi> for every scalar metric, alone and in a row of compact tiles, in every state, theme
// and locale, on generated data.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../src/elements/kpi/define.js';
import { KPI_METRIC_IDS } from '../../src/elements/kpi/kpi-catalog.js';
import { generateDataset } from '../../src/generator/index.js';
import { neverAnswering } from '../support/never-answers.js';

interface KpiArgs {
  metric: string;
  period: '' | 'day' | 'week' | 'month' | 'quarter' | 'year';
  points: number;
  from: string;
  to: string;
  target: string;
  definition: string;
  compact: boolean;
  theme: '' | 'light' | 'dark';
  locale: string;
  currency: string;
  toolbar: boolean;
}

const sample = generateDataset({ seed: 7, accounts: 800 });

const frame = (theme: string, content: TemplateResult, width = '24rem') =>
  html`<div style="max-width: ${width}; padding: 1rem; font-family: system-ui, sans-serif; background: ${theme === 'dark' ? '#12151c' : 'transparent'}">${content}</div>`;

const tile = (args: KpiArgs, data: unknown = sample) => html`<crm-kpi
  .data=${data}
  metric=${args.metric}
  period=${args.period || undefined}
  points=${args.points}
  from=${args.from || undefined}
  to=${args.to || undefined}
  target=${args.target || undefined}
  definition=${args.definition || undefined}
  ?compact=${args.compact}
  theme=${args.theme || undefined}
  locale=${args.locale}
  currency=${args.currency}
  ?toolbar=${args.toolbar}
></crm-kpi>`;

const meta: Meta<KpiArgs> = {
  title: 'Elements/KPI',
  component: 'crm-kpi',
  args: { metric: 'win-rate', period: 'month', points: 12, from: '', to: '', target: '', definition: '', compact: false, theme: '', locale: 'en-US', currency: 'USD', toolbar: true },
  argTypes: {
    metric: { control: 'select', options: KPI_METRIC_IDS },
    period: { control: 'inline-radio', options: ['', 'day', 'week', 'month', 'quarter', 'year'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => frame(args.theme, tile(args)),
};
export default meta;

type Story = StoryObj<KpiArgs>;

export const Generated: Story = {};
export const DownIsGood: Story = { name: 'Down is good (churn rate)', args: { metric: 'churn-rate' } };
export const WithTarget: Story = { args: { metric: 'win-rate', target: '35%' } };
export const Quarter: Story = { args: { metric: 'new-revenue', period: 'quarter', points: 8, from: '2024-07-01', to: '2024-10-01' } };
export const NoSparkline: Story = { args: { metric: 'nps', period: '' } };
export const Dark: Story = { args: { theme: 'dark', target: '30%' } };
export const German: Story = { args: { metric: 'order-value', locale: 'de-DE', currency: 'EUR' } };

/** A row of compact tiles, as on a dashboard's first line. */
export const CompactRow: Story = {
  args: { compact: true, toolbar: false },
  render: (args) =>
    frame(
      args.theme,
      html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.75rem">
        ${['win-rate', 'close-rate', 'churn-rate', 'cac', 'new-revenue', 'nps', 'csat', 'order-value'].map((metric) => tile({ ...args, metric }))}
      </div>`,
      '60rem',
    ),
};

export const DarkCompactRow: Story = { ...CompactRow, args: { ...CompactRow.args, theme: 'dark' } };

/** A month with no deal closed: an em dash with the reason, never 0. */
export const NoBase: Story = {
  name: 'Value with no base',
  render: (args) =>
    frame(
      args.theme,
      tile(args, {
        stages: ['Lead'],
        deals: [
          { id: 'd1', amount: 100, createdAt: '2024-01-03', closedAt: '2024-01-20', outcome: 'won', stage: 'Lead' },
          { id: 'd2', amount: 100, createdAt: '2024-01-05', closedAt: '2024-03-20', outcome: 'lost', stage: 'Lead' },
          { id: 'd3', amount: 100, createdAt: '2024-02-01', outcome: 'open', stage: 'Lead' },
          { id: 'd4', amount: 100, createdAt: '2024-03-31', outcome: 'open', stage: 'Lead' },
        ],
      }),
    ),
  args: { from: '2024-02-01', to: '2024-03-01', points: 3 },
};

export const Empty: Story = { render: (args) => frame(args.theme, tile(args, { stages: ['Lead'] })) };

export const ErrorState: Story = { name: 'Error', args: { target: '40' } };

export const RowsLeftOut: Story = {
  render: (args) => {
    const broken = structuredClone(sample) as { deals: Record<string, unknown>[] };
    if (broken.deals[3]) broken.deals[3].amount = '12,500';
    return frame(args.theme, tile(args, broken));
  },
};

export const Loading: Story = {
  render: (args) => frame(args.theme, html`<crm-kpi metric="win-rate" src="/this-story-never-answers.json" timeout="600000" theme=${args.theme || undefined}></crm-kpi>`),
  // A fetch that never settles, for this story only, so the loading state stays on screen.
  loaders: [neverAnswering()],
};
