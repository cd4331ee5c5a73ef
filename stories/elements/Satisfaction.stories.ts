// <crm-satisfaction> on generated survey responses (NPS yearly-ish per customer, CES and CSAT
// after some tickets), in each state, theme and locale, with its options: the period of the
// trend, the too-few-responses threshold and the CES scale.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../src/elements/satisfaction/define.js';
import { generateDataset } from '../../src/generator/index.js';
import { neverAnswering } from '../support/never-answers.js';

interface SatisfactionArgs {
  period: 'day' | 'week' | 'month' | 'quarter' | 'year';
  minResponses: number;
  cesScale: number;
  cesEasy: 'high' | 'low';
  from: string;
  to: string;
  segment: string;
  theme: '' | 'light' | 'dark';
  locale: string;
  toolbar: boolean;
}

const sample = generateDataset({ seed: 7, accounts: 3000 });
const small = generateDataset({ seed: 7, accounts: 400 });

const frame = (theme: string, content: TemplateResult) =>
  html`<div style="max-width: 60rem; padding: 1rem; font-family: system-ui, sans-serif; background: ${theme === 'dark' ? '#12151c' : 'transparent'}">${content}</div>`;

const satisfaction = (args: SatisfactionArgs, data: unknown = sample) =>
  frame(
    args.theme,
    html`<crm-satisfaction
      .data=${data}
      period=${args.period}
      min-responses=${args.minResponses}
      ces-scale=${args.cesScale}
      ces-easy=${args.cesEasy}
      from=${args.from || undefined}
      to=${args.to || undefined}
      segment=${args.segment || undefined}
      theme=${args.theme || undefined}
      locale=${args.locale}
      ?toolbar=${args.toolbar}
    ></crm-satisfaction>`,
  );

const meta: Meta<SatisfactionArgs> = {
  title: 'Elements/Satisfaction',
  component: 'crm-satisfaction',
  args: { period: 'quarter', minResponses: 30, cesScale: 7, cesEasy: 'high', from: '', to: '', segment: '', theme: '', locale: 'en-US', toolbar: true },
  argTypes: {
    period: { control: 'inline-radio', options: ['day', 'week', 'month', 'quarter', 'year'] },
    cesEasy: { control: 'inline-radio', options: ['high', 'low'] },
    segment: { control: 'inline-radio', options: ['', 'SMB', 'Mid-Market', 'Enterprise'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => satisfaction(args),
};
export default meta;

type Story = StoryObj<SatisfactionArgs>;

export const ByQuarter: Story = {};
/** Monthly on a small customer base: most months rest on too few responses, and the element says so. */
export const TooFewResponses: Story = { args: { period: 'month' }, render: (args) => satisfaction(args, small) };
export const MonthlyIn2024: Story = { args: { period: 'month', from: '2024-01-01', to: '2025-01-01' } };
export const StricterThreshold: Story = { args: { minResponses: 100 } };
export const Enterprise: Story = { args: { segment: 'Enterprise' } };
/** CES drawn on 1–5: the 1–7 responses are rescaled, so the panel shows the mean on the scale without per-point counts. */
export const CesOnFivePoints: Story = { args: { cesScale: 5 } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkTooFew: Story = { args: { theme: 'dark', period: 'month' }, render: (args) => satisfaction(args, small) };
export const German: Story = { args: { locale: 'de-DE' } };

export const Empty: Story = { render: (args) => satisfaction(args, { surveys: [] }) };

export const OnlyCsat: Story = {
  render: (args) => satisfaction(args, { surveys: (sample.surveys ?? []).filter((s) => s.kind === 'csat') }),
};

export const ErrorState: Story = { name: 'Error', render: (args) => satisfaction(args, { surveys: 'not a list of responses' }) };

export const RowsLeftOut: Story = {
  render: (args) => {
    const broken = structuredClone(sample) as { surveys: Record<string, unknown>[] };
    if (broken.surveys[3]) broken.surveys[3].score = 11;
    if (broken.surveys[8]) broken.surveys[8].kind = 'happiness';
    return satisfaction(args, broken);
  },
};

export const Loading: Story = {
  render: (args) => frame(args.theme, html`<crm-satisfaction src="/this-story-never-answers.json" timeout="600000" theme=${args.theme || undefined}></crm-satisfaction>`),
  // A fetch that never settles, for this story only, so the loading state stays on screen.
  loaders: [neverAnswering()],
};
