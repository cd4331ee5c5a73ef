// <crm-activity> in every state, theme and locale, on generated data (the generator writes the
// calls, emails and inquiries of prospecting and deals, with replies and response delays).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../src/elements/activity/define.js';
import { generateDataset } from '../../src/generator/index.js';
import { neverAnswering } from '../support/never-answers.js';

interface ActivityArgs {
  period: 'day' | 'week' | 'month' | 'quarter' | 'year';
  stack: 'type' | 'direction';
  streak: number;
  responseDefinition: 'all-inquiries' | 'new-inquiries';
  listLimit: number;
  from: string;
  to: string;
  owner: string;
  theme: '' | 'light' | 'dark';
  locale: string;
  toolbar: boolean;
}

const sample = generateDataset({ seed: 7, accounts: 800 });

const frame = (theme: string, content: TemplateResult) =>
  html`<div style="max-width: 60rem; padding: 1rem; font-family: system-ui, sans-serif; background: ${theme === 'dark' ? '#12151c' : 'transparent'}">${content}</div>`;

const activity = (args: ActivityArgs, data: unknown = sample) =>
  frame(
    args.theme,
    html`<crm-activity
      .data=${data}
      period=${args.period}
      stack=${args.stack}
      streak=${args.streak}
      response-definition=${args.responseDefinition}
      list-limit=${args.listLimit}
      from=${args.from || undefined}
      to=${args.to || undefined}
      owner=${args.owner || undefined}
      theme=${args.theme || undefined}
      locale=${args.locale}
      ?toolbar=${args.toolbar}
    ></crm-activity>`,
  );

const meta: Meta<ActivityArgs> = {
  title: 'Elements/Activity',
  component: 'crm-activity',
  args: { period: 'month', stack: 'type', streak: 5, responseDefinition: 'all-inquiries', listLimit: 10, from: '', to: '', owner: '', theme: '', locale: 'en-US', toolbar: true },
  argTypes: {
    period: { control: 'inline-radio', options: ['day', 'week', 'month', 'quarter', 'year'] },
    stack: { control: 'inline-radio', options: ['type', 'direction'] },
    responseDefinition: { control: 'inline-radio', options: ['all-inquiries', 'new-inquiries'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => activity(args),
};
export default meta;

type Story = StoryObj<ActivityArgs>;

export const Generated: Story = {};
export const ByDirection: Story = { args: { stack: 'direction', period: 'quarter' } };
export const OneOwnerByWeek: Story = { name: 'One owner, by week', args: { owner: 'Ana Torres', period: 'week', from: '2024-01-01', to: '2024-07-01' } };
export const LeadResponseTime: Story = { name: 'Lead response time (new inquiries only)', args: { responseDefinition: 'new-inquiries', streak: 7 } };
export const Dark: Story = { args: { theme: 'dark' } };
export const German: Story = { args: { locale: 'de-DE' } };
export const Narrow: Story = { render: (args) => html`<div style="max-width: 24rem">${activity(args)}</div>` };

export const Empty: Story = { render: (args) => activity(args, { activities: [] }) };

export const ErrorState: Story = { name: 'Error', render: (args) => activity(args, { activities: 'not a list of activities' }) };

export const RowsLeftOut: Story = {
  render: (args) => {
    const broken = structuredClone(sample) as { activities: Record<string, unknown>[] };
    if (broken.activities[2]) broken.activities[2].type = 'fax';
    if (broken.activities[5]) broken.activities[5].at = 'yesterday';
    return activity(args, broken);
  },
};

export const Loading: Story = {
  render: (args) => frame(args.theme, html`<crm-activity src="/this-story-never-answers.json" timeout="600000" theme=${args.theme || undefined}></crm-activity>`),
  // A fetch that never settles, for this story only, so the loading state stays on screen.
  loaders: [neverAnswering()],
};
