// <crm-at-risk> in every state, theme and locale, on generated data, and with 100,000 customers
// (a synthetic base where every customer is at risk, to scroll and sort the whole grid).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../src/elements/at-risk/define.js';
import { generateDataset } from '../../src/generator/index.js';
import { neverAnswering } from '../support/never-answers.js';

interface AtRiskArgs {
  sort: 'name' | 'last-interaction' | 'days-since' | 'usual-gap' | 'revenue' | 'status';
  sortDirection: 'ascending' | 'descending';
  showAll: boolean;
  from: string;
  to: string;
  segment: string;
  theme: '' | 'light' | 'dark';
  locale: string;
  currency: string;
  toolbar: boolean;
}

const sample = generateDataset({ seed: 7, accounts: 800 });

/** 100,000 customers, each buying three times `gap` days apart and last seen past that gap. */
function manyCustomers(n = 100_000): unknown {
  const day = 86_400_000;
  const asOf = Date.UTC(2025, 0, 1);
  const first = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Hooli', 'Vandelay', 'Soylent', 'Tyrell'];
  const second = ['Holdings', 'Labs', 'Trading', 'Foods', 'Logistics', 'Partners', 'Systems', 'Studio'];
  const accounts = { id: [] as string[], name: [] as string[], createdAt: [] as number[] };
  const orders = { id: [] as string[], accountId: [] as string[], at: [] as number[], amount: [] as number[] };
  for (let k = 0; k < n; k++) {
    const gap = 10 + (k % 50);
    const last = asOf - (gap + 1 + (k % 100)) * day;
    accounts.id.push(`k${k}`);
    accounts.name.push(`${first[(k * 7) % first.length]} ${second[(k * 13) % second.length]} ${k}`);
    accounts.createdAt.push(Date.UTC(2020, 0, 1));
    for (let j = 0; j < 3; j++) {
      orders.id.push(`k${k}-${j}`);
      orders.accountId.push(`k${k}`);
      orders.at.push(last - j * gap * day);
      orders.amount.push(10 + ((k * 7919) % 997));
    }
  }
  return { accounts, orders };
}

const frame = (theme: string, content: TemplateResult) =>
  html`<div style="max-width: 60rem; padding: 1rem; font-family: system-ui, sans-serif; background: ${theme === 'dark' ? '#12151c' : 'transparent'}">${content}</div>`;

const atRisk = (args: AtRiskArgs, data: unknown = sample) =>
  frame(
    args.theme,
    html`<crm-at-risk
      .data=${data}
      sort=${args.sort}
      sort-direction=${args.sortDirection}
      ?show-all=${args.showAll}
      from=${args.from || undefined}
      to=${args.to || undefined}
      segment=${args.segment || undefined}
      theme=${args.theme || undefined}
      locale=${args.locale}
      currency=${args.currency}
      ?toolbar=${args.toolbar}
    ></crm-at-risk>`,
  );

const meta: Meta<AtRiskArgs> = {
  title: 'Elements/At Risk',
  component: 'crm-at-risk',
  args: { sort: 'revenue', sortDirection: 'descending', showAll: false, from: '', to: '', segment: '', theme: '', locale: 'en-US', currency: 'USD', toolbar: true },
  argTypes: {
    sort: { control: 'select', options: ['name', 'last-interaction', 'days-since', 'usual-gap', 'revenue', 'status'] },
    sortDirection: { control: 'inline-radio', options: ['ascending', 'descending'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => atRisk(args),
};
export default meta;

type Story = StoryObj<AtRiskArgs>;

export const Generated: Story = {};
export const AllCustomers: Story = { name: 'All customers', args: { showAll: true } };
export const LongestSilence: Story = { name: 'Sorted by days since', args: { sort: 'days-since' } };
export const MidYear: Story = { name: 'As of mid-2023, Enterprise', args: { to: '2023-07-01', segment: 'Enterprise' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const German: Story = { args: { locale: 'de-DE', currency: 'EUR' } };

let many: unknown;
export const HundredThousand: Story = { name: '100,000 customers', args: { to: '2025-01-01' }, render: (args) => atRisk(args, (many ??= manyCustomers())) };

export const Empty: Story = { render: (args) => atRisk(args, { accounts: [], orders: [] }) };

export const ErrorState: Story = { name: 'Error', render: (args) => atRisk(args, { orders: 'not a list of orders' }) };

export const RowsLeftOut: Story = {
  render: (args) => {
    const broken = structuredClone(sample) as { orders: Record<string, unknown>[] };
    if (broken.orders[1]) broken.orders[1].at = 'yesterday';
    return atRisk(args, broken);
  },
};

export const Loading: Story = {
  render: (args) => frame(args.theme, html`<crm-at-risk src="/this-story-never-answers.json" timeout="600000" theme=${args.theme || undefined}></crm-at-risk>`),
  // A fetch that never settles, for this story only, so the loading state stays on screen.
  loaders: [neverAnswering()],
};
