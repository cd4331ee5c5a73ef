// <crm-cohort-churn> in every state, theme and locale, on generated data (monthly, weekly
// 52 × 52, revenue, calendar, counts) and on the real UCI Online Retail invoices (vendored under
// test/fixtures/refdata, served to Storybook as a static file).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../../src/elements/cohort-churn/define.js';
import { generateDataset } from '../../src/generator/index.js';
import { parseCsv } from '../../test/realdata/csv.js';
import { onlineRetailDataset } from '../../test/realdata/online-retail.js';
import { neverAnswering } from '../support/never-answers.js';

interface CohortArgs {
  period: 'month' | 'week' | 'quarter';
  basis: 'customers' | 'revenue';
  layout: 'offset' | 'calendar';
  display: 'percent' | 'counts';
  maxPeriods: number | undefined;
  churnDefinition: 'auto' | 'churned-at' | 'subscription-end' | 'inactivity';
  from: string;
  to: string;
  theme: '' | 'light' | 'dark';
  locale: string;
  currency: string;
  toolbar: boolean;
}

// Generated once, on first use: 6,000 accounts over three years (about 8,500 orders).
let generated: unknown;
const sample = () => (generated ??= generateDataset({ seed: 7, accounts: 6000 }));

const frame = (theme: string, content: TemplateResult) =>
  html`<div style="max-width: 72rem; padding: 1rem; font-family: system-ui, sans-serif; background: ${theme === 'dark' ? '#12151c' : 'transparent'}">${content}</div>`;

const cohorts = (args: CohortArgs, data: unknown = sample()) =>
  frame(
    args.theme,
    html`<crm-cohort-churn
      .data=${data}
      period=${args.period}
      basis=${args.basis}
      layout=${args.layout}
      display=${args.display}
      max-periods=${args.maxPeriods ?? nothing}
      churn-definition=${args.churnDefinition}
      from=${args.from || nothing}
      to=${args.to || nothing}
      theme=${args.theme || nothing}
      locale=${args.locale}
      currency=${args.currency}
      ?toolbar=${args.toolbar}
    ></crm-cohort-churn>`,
  );

const meta: Meta<CohortArgs> = {
  title: 'Elements/Cohort churn',
  component: 'crm-cohort-churn',
  args: { period: 'month', basis: 'customers', layout: 'offset', display: 'percent', maxPeriods: undefined, churnDefinition: 'auto', from: '2023-01-01', to: '2025-01-01', theme: '', locale: 'en-US', currency: 'USD', toolbar: true },
  argTypes: {
    period: { control: 'inline-radio', options: ['month', 'week', 'quarter'] },
    basis: { control: 'inline-radio', options: ['customers', 'revenue'] },
    layout: { control: 'inline-radio', options: ['offset', 'calendar'] },
    display: { control: 'inline-radio', options: ['percent', 'counts'] },
    maxPeriods: { control: 'number' },
    churnDefinition: { control: 'select', options: ['auto', 'churned-at', 'subscription-end', 'inactivity'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => cohorts(args),
};
export default meta;

type Story = StoryObj<CohortArgs>;

export const Monthly: Story = {};
export const Weekly52: Story = { name: 'Weekly, 52 × 52', args: { period: 'week', from: '2023-01-02', to: '2024-01-01' } };
export const Revenue: Story = { name: 'Revenue basis (net revenue retention)', args: { basis: 'revenue', period: 'quarter', from: '', to: '' } };
export const Calendar: Story = { name: 'Calendar layout', args: { layout: 'calendar' } };
export const Counts: Story = { name: 'Counts display', args: { display: 'counts' } };
export const MaxPeriods: Story = { name: 'Twelve offsets at most', args: { from: '', to: '', maxPeriods: 12 } };
export const Dark: Story = { args: { theme: 'dark' } };
export const German: Story = { args: { locale: 'de-DE', currency: 'EUR', basis: 'revenue', period: 'quarter', from: '', to: '' } };

export const Empty: Story = { render: (args) => cohorts(args, { orders: [] }) };

export const ErrorState: Story = { name: 'Error', render: (args) => cohorts(args, { orders: 'not a list of orders' }) };

export const RowsLeftOut: Story = {
  name: 'Warning: rows left out',
  render: (args) => {
    const broken = structuredClone(sample()) as { orders: Record<string, unknown>[] };
    if (broken.orders[3]) broken.orders[3].at = 'last Tuesday';
    if (broken.orders[8]) broken.orders[8].accountId = 'nobody-1';
    return cohorts(args, broken);
  },
};

export const Loading: Story = {
  render: (args) => frame(args.theme, html`<crm-cohort-churn src="/this-story-never-answers.json" timeout="600000" theme=${args.theme || nothing}></crm-cohort-churn>`),
  // A fetch that never settles, for this story only, so the loading state stays on screen.
  loaders: [neverAnswering()],
};

/** The vendored file's text, gunzipped; null when Storybook does not serve it. */
async function vendored(name: string): Promise<string | null> {
  const response = await fetch(`refdata/vendored/${name}`).catch(() => undefined);
  if (!response?.ok) return null;
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}

export const OnlineRetail: Story = {
  name: 'Real data: UCI Online Retail, monthly',
  args: { from: '', to: '', currency: 'GBP', churnDefinition: 'inactivity' },
  loaders: [
    async () => {
      const text = await vendored('online-retail.csv.gz');
      if (text === null) return { retail: null };
      return { retail: onlineRetailDataset(parseCsv(text, ['InvoiceNo', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'])).dataset };
    },
  ],
  render: (args, { loaded }) =>
    loaded.retail
      ? cohorts(args, loaded.retail)
      : html`<p>The UCI Online Retail invoices (test/fixtures/refdata/online-retail.csv.gz, CC BY 4.0) are served to Storybook
          as <code>refdata/vendored/</code>; this Storybook does not serve them.</p>`,
};
