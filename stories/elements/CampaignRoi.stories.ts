// <crm-campaign-roi> in every state, theme and locale, on generated data (no public data set has
// campaign costs with a test/control split, so the generator's campaigns stand in).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../src/elements/campaign-roi/define.js';
import { generateDataset } from '../../src/generator/index.js';
import { neverAnswering } from '../support/never-answers.js';

interface CampaignRoiArgs {
  sort: '' | 'name' | 'channel' | 'cost' | 'revenue' | 'roi' | 'deals' | 'won' | 'cpa' | 'cps';
  sortDirection: 'ascending' | 'descending';
  minGroupSize: number;
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

const campaignRoi = (args: CampaignRoiArgs, data: unknown = sample) =>
  frame(
    args.theme,
    html`<crm-campaign-roi
      .data=${data}
      sort=${args.sort || undefined}
      sort-direction=${args.sortDirection}
      min-group-size=${args.minGroupSize}
      from=${args.from || undefined}
      to=${args.to || undefined}
      segment=${args.segment || undefined}
      theme=${args.theme || undefined}
      locale=${args.locale}
      currency=${args.currency}
      ?toolbar=${args.toolbar}
    ></crm-campaign-roi>`,
  );

const meta: Meta<CampaignRoiArgs> = {
  title: 'Elements/Campaign ROI',
  component: 'crm-campaign-roi',
  args: { sort: '', sortDirection: 'descending', minGroupSize: 30, from: '', to: '', segment: '', theme: '', locale: 'en-US', currency: 'USD', toolbar: true },
  argTypes: {
    sort: { control: 'select', options: ['', 'name', 'channel', 'cost', 'revenue', 'roi', 'deals', 'won', 'cpa', 'cps'] },
    sortDirection: { control: 'inline-radio', options: ['ascending', 'descending'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => campaignRoi(args),
};
export default meta;

type Story = StoryObj<CampaignRoiArgs>;

export const Generated: Story = {};
export const SortedByRoi: Story = { name: 'Sorted by ROI', args: { sort: 'roi' } };
export const OneYear: Story = { name: 'One year, small groups', args: { from: '2023-01-01', to: '2024-01-01', segment: 'Enterprise' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const German: Story = { args: { locale: 'de-DE', currency: 'EUR' } };

export const Empty: Story = { render: (args) => campaignRoi(args, { campaigns: [], accounts: [] }) };

export const ErrorState: Story = { name: 'Error', render: (args) => campaignRoi(args, { campaigns: 'not a list of campaigns' }) };

export const RowsLeftOut: Story = {
  render: (args) => {
    const broken = structuredClone(sample) as { campaigns: Record<string, unknown>[] };
    if (broken.campaigns[1]) broken.campaigns[1].cost = -300;
    return campaignRoi(args, broken);
  },
};

export const Loading: Story = {
  render: (args) => frame(args.theme, html`<crm-campaign-roi src="/this-story-never-answers.json" timeout="600000" theme=${args.theme || undefined}></crm-campaign-roi>`),
  // A fetch that never settles, for this story only, so the loading state stays on screen.
  loaders: [neverAnswering()],
};
