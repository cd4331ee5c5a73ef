// <crm-lifetime-value> in every state, theme and locale, on generated data (the public data
// sets in test/fixtures/refdata have purchases but no acquisition costs, so no CAC).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../src/elements/lifetime-value/define.js';
import { generateDataset } from '../../src/generator/index.js';
import { neverAnswering } from '../support/never-answers.js';

interface LifetimeValueArgs {
  definition: 'historic' | 'churn';
  inactiveDays: number;
  from: string;
  to: string;
  segment: string;
  theme: '' | 'light' | 'dark';
  locale: string;
  currency: string;
  toolbar: boolean;
}

const sample = generateDataset({ seed: 7, accounts: 800 });

const frame = (theme: string, content: TemplateResult) =>
  html`<div style="max-width: 60rem; padding: 1rem; font-family: system-ui, sans-serif; background: ${theme === 'dark' ? '#12151c' : 'transparent'}">${content}</div>`;

const lifetimeValue = (args: LifetimeValueArgs, data: unknown = sample) =>
  frame(
    args.theme,
    html`<crm-lifetime-value
      .data=${data}
      definition=${args.definition}
      inactive-days=${args.inactiveDays}
      from=${args.from || undefined}
      to=${args.to || undefined}
      segment=${args.segment || undefined}
      theme=${args.theme || undefined}
      locale=${args.locale}
      currency=${args.currency}
      ?toolbar=${args.toolbar}
    ></crm-lifetime-value>`,
  );

const meta: Meta<LifetimeValueArgs> = {
  title: 'Elements/Lifetime value',
  component: 'crm-lifetime-value',
  args: { definition: 'historic', inactiveDays: 90, from: '', to: '', segment: '', theme: '', locale: 'en-US', currency: 'USD', toolbar: true },
  argTypes: {
    definition: { control: 'inline-radio', options: ['historic', 'churn'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => lifetimeValue(args),
};
export default meta;

type Story = StoryObj<LifetimeValueArgs>;

export const Historic: Story = {};
export const ChurnBased: Story = { name: 'Churn-based', args: { definition: 'churn' } };
export const OneYear: Story = { name: 'One year', args: { from: '2023-01-01', to: '2024-01-01' } };
export const OneSegment: Story = { name: 'One segment (CAC under a filter)', args: { segment: 'Enterprise' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const German: Story = { args: { locale: 'de-DE', currency: 'EUR', definition: 'churn' } };

export const NoCosts: Story = {
  name: 'No acquisition cost (no 3 : 1 line)',
  render: (args) => lifetimeValue(args, { ...sample, costs: [] }),
};

export const Empty: Story = { render: (args) => lifetimeValue(args, { accounts: [], orders: [] }) };

export const ErrorState: Story = { name: 'Error', render: (args) => lifetimeValue(args, { orders: 'not a list of orders' }) };

export const RowsLeftOut: Story = {
  render: (args) => {
    const broken = structuredClone(sample) as { orders: Record<string, unknown>[] };
    if (broken.orders[3]) broken.orders[3].at = 'last Tuesday';
    return lifetimeValue(args, broken);
  },
};

export const Loading: Story = {
  render: (args) => frame(args.theme, html`<crm-lifetime-value src="/this-story-never-answers.json" timeout="600000" theme=${args.theme || undefined}></crm-lifetime-value>`),
  // A fetch that never settles, for this story only, so the loading state stays on screen.
  loaders: [neverAnswering()],
};
