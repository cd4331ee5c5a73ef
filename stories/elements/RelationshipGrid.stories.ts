// <crm-relationship-grid> in every state, theme, locale and axis, on generated data (seeded) and on
// the real CDNOW purchases vendored in test/fixtures/refdata (served by Storybook at /refdata/vendored).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../src/elements/relationship-grid/define.js';
import { generateDataset } from '../../src/generator/index.js';
import { cdnowDataset, parseCdnow } from '../../test/realdata/cdnow.js';
import { neverAnswering } from '../support/never-answers.js';

interface GridArgs {
  loyalty: 'tenure' | 'regularity';
  profitability: 'auto' | 'margin' | 'revenue';
  per: 'total' | 'year';
  threshold: 'median' | 'mean';
  loyaltyThreshold: number | undefined;
  profitabilityThreshold: number | undefined;
  scale: 'linear' | 'log';
  renderer: 'auto' | 'svg' | 'canvas';
  theme: '' | 'light' | 'dark';
  locale: string;
  currency: string;
  toolbar: boolean;
}

const sample = generateDataset({ seed: 7, accounts: 5000 });

/**
 * Accounts and orders only (what the grid reads), from `chunks` generator runs of `accounts`
 * each with their ids prefixed: one run of 500k accounts would need gigabytes; five of 100k do not.
 */
function manyCustomers(chunks: number, accounts: number): { accounts: unknown[]; orders: unknown[] } {
  const all = { accounts: [] as unknown[], orders: [] as unknown[] };
  for (let c = 0; c < chunks; c++) {
    const part = generateDataset({ seed: 100 + c, accounts, timeFormat: 'epoch' });
    for (const a of part.accounts as { id: string }[]) all.accounts.push({ ...a, id: `${c}-${a.id}` });
    for (const o of part.orders as { id: string; accountId: string }[]) all.orders.push({ ...o, id: `${c}-${o.id}`, accountId: `${c}-${o.accountId}` });
  }
  return all;
}

const frame = (theme: string, content: TemplateResult) =>
  html`<div style="max-width: 72rem; padding: 1rem; font-family: system-ui, sans-serif; background: ${theme === 'dark' ? '#12151c' : 'transparent'}">${content}</div>`;

const grid = (args: GridArgs, data: unknown = sample) =>
  frame(
    args.theme,
    html`<crm-relationship-grid
      .data=${data}
      loyalty=${args.loyalty}
      profitability=${args.profitability}
      per=${args.per}
      threshold=${args.threshold}
      .loyaltyThreshold=${args.loyaltyThreshold}
      .profitabilityThreshold=${args.profitabilityThreshold}
      scale=${args.scale}
      renderer=${args.renderer}
      theme=${args.theme || undefined}
      locale=${args.locale}
      currency=${args.currency}
      ?toolbar=${args.toolbar}
    ></crm-relationship-grid>`,
  );

const meta: Meta<GridArgs> = {
  title: 'Elements/Relationship grid',
  component: 'crm-relationship-grid',
  args: {
    loyalty: 'tenure',
    profitability: 'auto',
    per: 'total',
    threshold: 'median',
    loyaltyThreshold: undefined,
    profitabilityThreshold: undefined,
    scale: 'linear',
    renderer: 'auto',
    theme: '',
    locale: 'en-US',
    currency: 'USD',
    toolbar: true,
  },
  argTypes: {
    loyalty: { control: 'inline-radio', options: ['tenure', 'regularity'] },
    profitability: { control: 'inline-radio', options: ['auto', 'margin', 'revenue'] },
    per: { control: 'inline-radio', options: ['total', 'year'] },
    threshold: { control: 'inline-radio', options: ['median', 'mean'] },
    loyaltyThreshold: { control: 'number' },
    profitabilityThreshold: { control: 'number' },
    scale: { control: 'inline-radio', options: ['linear', 'log'] },
    renderer: { control: 'inline-radio', options: ['auto', 'svg', 'canvas'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => grid(args),
};
export default meta;

type Story = StoryObj<GridArgs>;

export const Generated: Story = {};
export const LogScale: Story = { name: 'Log scale (symmetric: losses included)', args: { scale: 'log' } };
export const FixedThresholds: Story = { args: { loyaltyThreshold: 12, profitabilityThreshold: 1000 } };
export const MeanThresholds: Story = { args: { threshold: 'mean' } };
export const RegularityAxis: Story = { args: { loyalty: 'regularity' } };
export const PerYear: Story = { args: { per: 'year', scale: 'log' } };
export const Revenue: Story = { args: { profitability: 'revenue' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const German: Story = { args: { locale: 'de-DE', currency: 'EUR' } };
export const Narrow: Story = { render: (args) => html`<div style="max-width: 26rem">${grid(args)}</div>` };

export const Canvas: Story = {
  name: 'Canvas (12k customers)',
  loaders: [async () => ({ data: manyCustomers(1, 60_000) })],
  render: (args, { loaded }) => grid(args, loaded.data),
};

export const Canvas100k: Story = {
  name: 'Canvas (100k customers, log scale)',
  args: { scale: 'log' },
  loaders: [async () => ({ data: manyCustomers(5, 100_000) })],
  render: (args, { loaded }) => grid(args, loaded.data),
};

export const Empty: Story = { render: (args) => grid(args, { orders: [] }) };

export const ErrorState: Story = { name: 'Error', render: (args) => grid(args, { orders: 'not a list of orders' }) };

export const RowsLeftOut: Story = {
  render: (args) => {
    const broken = structuredClone(sample) as { orders: Record<string, unknown>[] };
    if (broken.orders[3]) broken.orders[3].amount = '12,500';
    if (broken.orders[8]) broken.orders[8].at = 'yesterday';
    return grid(args, broken);
  },
};

export const Loading: Story = {
  render: (args) => frame(args.theme, html`<crm-relationship-grid src="/this-story-never-answers.json" timeout="600000" theme=${args.theme || undefined}></crm-relationship-grid>`),
  // A fetch that never settles, for this story only, so the loading state stays on screen.
  loaders: [neverAnswering()],
};

/** CDNOW's purchases as the grid reads them, from the vendored gzip file. */
async function loadCdnow(): Promise<{ data: unknown }> {
  const response = await fetch('refdata/vendored/cdnow-master.txt.gz').catch(() => undefined);
  if (!response?.ok) return { data: null };
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A server may already have decoded the gzip: look at the bytes, not the name.
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = gzip ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text() : new TextDecoder().decode(bytes);
  return { data: cdnowDataset(parseCdnow(text)) };
}

const cdnowGrid = (args: GridArgs, loaded: Record<string, unknown>) =>
  loaded.data ? grid(args, loaded.data) : html`<p>test/fixtures/refdata/cdnow-master.txt.gz could not be read.</p>`;

export const Cdnow: Story = {
  name: 'Real purchases: CDNOW (23,502 customers, mean split, log scale)',
  args: { scale: 'log', threshold: 'mean' },
  loaders: [loadCdnow],
  render: (args, { loaded }) => cdnowGrid(args, loaded),
};

/** Most CDNOW customers bought once: the median tenure is 0 months and the panel says what that does. */
export const CdnowMedian: Story = {
  name: 'Real purchases: CDNOW, median split',
  args: { scale: 'log' },
  loaders: [loadCdnow],
  render: (args, { loaded }) => cdnowGrid(args, loaded),
};
