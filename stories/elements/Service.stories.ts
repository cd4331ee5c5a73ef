// <crm-service> in every state, theme and locale, on generated data (the generator's help desk:
// six agents at their own pace, most tickets resolved at first contact, a few left in the backlog).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../src/elements/service/define.js';
import { generateDataset } from '../../src/generator/index.js';
import { neverAnswering } from '../support/never-answers.js';

interface ServiceArgs {
  fcrDefinition: 'over-resolved' | 'over-all';
  period: '' | 'week' | 'month' | 'quarter' | 'year';
  sort: '' | 'agent' | 'opened' | 'resolved' | 'fcr' | 'open' | 'first-response' | 'resolution';
  sortDirection: 'ascending' | 'descending';
  from: string;
  to: string;
  segment: string;
  theme: '' | 'light' | 'dark';
  locale: string;
  toolbar: boolean;
}

const sample = generateDataset({ seed: 7, accounts: 1500 });

const frame = (theme: string, content: TemplateResult) =>
  html`<div style="max-width: 64rem; padding: 1rem; font-family: system-ui, sans-serif; background: ${theme === 'dark' ? '#12151c' : 'transparent'}">${content}</div>`;

const service = (args: ServiceArgs, data: unknown = sample) =>
  frame(
    args.theme,
    html`<crm-service
      .data=${data}
      fcr-definition=${args.fcrDefinition}
      period=${args.period || undefined}
      sort=${args.sort || undefined}
      sort-direction=${args.sortDirection}
      from=${args.from || undefined}
      to=${args.to || undefined}
      segment=${args.segment || undefined}
      theme=${args.theme || undefined}
      locale=${args.locale}
      ?toolbar=${args.toolbar}
    ></crm-service>`,
  );

const meta: Meta<ServiceArgs> = {
  title: 'Elements/Service',
  component: 'crm-service',
  args: { fcrDefinition: 'over-resolved', period: 'month', sort: '', sortDirection: 'descending', from: '2024-01-01', to: '2025-01-01', segment: '', theme: '', locale: 'en-US', toolbar: true },
  argTypes: {
    fcrDefinition: { control: 'inline-radio', options: ['over-resolved', 'over-all'] },
    period: { control: 'select', options: ['', 'week', 'month', 'quarter', 'year'] },
    sort: { control: 'select', options: ['', 'agent', 'opened', 'resolved', 'fcr', 'open', 'first-response', 'resolution'] },
    sortDirection: { control: 'inline-radio', options: ['ascending', 'descending'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => service(args),
};
export default meta;

type Story = StoryObj<ServiceArgs>;

export const Generated: Story = {};
export const OverAllTickets: Story = { name: 'FCR over all tickets', args: { fcrDefinition: 'over-all' } };
export const QueueOnly: Story = { name: 'Queue only (no period)', args: { period: '', from: '', to: '' } };
export const ByQuarter: Story = { name: 'By quarter, sorted by FCR', args: { period: 'quarter', from: '', to: '', sort: 'fcr' } };
export const Enterprise: Story = { args: { segment: 'Enterprise' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const German: Story = { args: { locale: 'de-DE' } };

export const Empty: Story = { args: { from: '', to: '' }, render: (args) => service(args, { tickets: [] }) };

export const ErrorState: Story = { name: 'Error', render: (args) => service(args, { tickets: 'not a list of tickets' }) };

export const RowsLeftOut: Story = {
  render: (args) => {
    const broken = structuredClone(sample) as { tickets: Record<string, unknown>[] };
    if (broken.tickets[2]) broken.tickets[2].openedAt = 'last Tuesday';
    return service(args, broken);
  },
};

export const Loading: Story = {
  render: (args) => frame(args.theme, html`<crm-service src="/this-story-never-answers.json" timeout="600000" theme=${args.theme || undefined}></crm-service>`),
  // A fetch that never settles, for this story only, so the loading state stays on screen.
  loaders: [neverAnswering()],
};
