// <crm-dashboard>: one dataset, shared filters and cross-filtering for the crm elements inside
// it, on generated data — filters set, a cross-filter made, dark, German, its states, and a
// dashboard that keeps its filters in the page's URL.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../../src/elements/cohort-churn/define.js';
import '../../src/elements/dashboard/define.js';
import '../../src/elements/funnel/define.js';
import type { CrmDashboard } from '../../src/elements/dashboard/dashboard.js';
import type { CrmFunnel } from '../../src/elements/funnel/funnel.js';
import { generateDataset } from '../../src/generator/index.js';
import { neverAnswering } from '../support/never-answers.js';

/** The dashboard's attributes a story sets; '' leaves one unset. */
interface DashboardArgs {
  theme: '' | 'light' | 'dark';
  locale: string;
  currency: string;
  timeZone: string;
  from: string;
  to: string;
  segment: string;
  owner: string;
  period: string;
  asOf: string;
  syncUrl: boolean;
  /** A CSS custom property of the dashboard, set on its style. */
  '--crm-dashboard-min-column': string;
}

// Generated once, on first use: 1,200 accounts from 2022-01-01 over three years.
let generated: unknown;
const sample = () => (generated ??= generateDataset({ seed: 7, accounts: 1200 }));

const dashboard = (args: DashboardArgs, children: TemplateResult, data: unknown = sample()) =>
  html`<crm-dashboard
    .data=${data}
    theme=${args.theme || nothing}
    locale=${args.locale || nothing}
    currency=${args.currency || nothing}
    time-zone=${args.timeZone || nothing}
    from=${args.from || nothing}
    to=${args.to || nothing}
    segment=${args.segment || nothing}
    owner=${args.owner || nothing}
    period=${args.period || nothing}
    as-of=${args.asOf || nothing}
    ?sync-url=${args.syncUrl}
    style=${styleMap({ '--crm-dashboard-min-column': args['--crm-dashboard-min-column'] || undefined })}
  >
    ${children}
  </crm-dashboard>`;

/** Two funnels over the same deals: what one selects, the other is narrowed to. */
const twoFunnels = (title = 'Pipeline') => html`
  <h2 slot="title">${title}</h2>
  <crm-funnel aria-label="Deals by stage" toolbar></crm-funnel>
  <crm-funnel aria-label="Value by stage" measure="value" toolbar></crm-funnel>
`;

const meta: Meta<DashboardArgs> = {
  title: 'Elements/Dashboard',
  component: 'crm-dashboard',
  // Columns of 28rem, not the default 22rem: a vertical funnel needs about 26rem for its stage
  // names and the figures beside its short bars.
  args: { theme: '', locale: 'en-US', currency: 'USD', timeZone: 'UTC', from: '', to: '', segment: '', owner: '', period: '', asOf: '', syncUrl: false, '--crm-dashboard-min-column': '28rem' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    segment: { control: 'select', options: ['', 'SMB', 'Mid-Market', 'Enterprise'] },
    period: { control: 'select', options: ['', 'day', 'week', 'month', 'quarter', 'year'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Put crm elements inside a `<crm-dashboard>` and give it the data once (`data`, inline JSON or `src`): every element inside gets it, with the filters, locale, currency, time zone and theme. Selecting a mark in one element (a funnel stage, a cohort cell) narrows all the others to those deals or customers and shows a chip that removes the selection; Escape clears it too. An element keeps whatever it sets itself: a funnel with its own `from` ignores the dashboard\'s.',
      },
    },
  },
  render: (args) => dashboard(args, twoFunnels()),
};
export default meta;

type Story = StoryObj<DashboardArgs>;

export const Generated: Story = {};

export const Filtered: Story = {
  name: 'Filters set (2024, Enterprise)',
  args: { from: '2024-01-01', to: '2025-01-01', segment: 'Enterprise' },
  parameters: {
    docs: { description: { story: 'The filter bar shows the attributes set on the dashboard: "To (included)" is the last day in the range, the day before `to`.' } },
  },
};

/** Waits until the funnel has drawn, then clicks stage `index`, as a person would. */
async function selectStage(canvasElement: HTMLElement, index: number): Promise<void> {
  const funnel = canvasElement.querySelector<CrmFunnel>('crm-funnel');
  if (!funnel) throw new Error('The story has no crm-funnel to select a stage in.');
  for (let tries = 0; tries < 100 && !funnel.shadowRoot?.querySelectorAll('.stage')[index]; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await funnel.updateComplete;
  }
  const stage = funnel.shadowRoot?.querySelectorAll('.stage')[index];
  if (!stage) throw new Error(`The funnel drew no stage ${index}.`);
  stage.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  await canvasElement.querySelector<CrmDashboard>('crm-dashboard')?.updateComplete;
}

export const CrossFilter: Story = {
  name: 'Cross-filter: a funnel stage narrows the cohorts',
  render: (args) =>
    dashboard(
      args,
      html`<h2 slot="title">Pipeline and retention</h2>
        <crm-funnel aria-label="Deals by stage"></crm-funnel>
        <crm-funnel aria-label="Value by stage" measure="value"></crm-funnel>
        <crm-cohort-churn wide aria-label="Customer retention by monthly cohort" from="2024-01-01" to="2025-01-01"></crm-cohort-churn>`,
    ),
  // The stage "Proposal" is selected after the story renders: the other funnel and the cohorts
  // show only those deals and their customers, and the chip names the selection.
  play: async ({ canvasElement }) => selectStage(canvasElement, 2),
  parameters: {
    docs: {
      description: {
        story:
          'The story selects the Proposal stage of the first funnel once drawn (in the Docs tab, click a stage yourself). The second funnel and the cohort matrix now count only those deals and their customers; the chip above the grid names the selection and removes it when pressed. Escape anywhere in the dashboard clears it too.',
      },
    },
  },
};

export const Dark: Story = { args: { theme: 'dark' } };

export const German: Story = {
  name: 'German (de-DE, EUR, Europe/Berlin)',
  args: { locale: 'de-DE', currency: 'EUR', timeZone: 'Europe/Berlin' },
  render: (args) => dashboard(args, twoFunnels('Vertriebspipeline')),
};

export const Empty: Story = {
  render: (args) => dashboard(args, twoFunnels(), { stages: ['Lead', 'Qualified', 'Proposal'], deals: [] }),
};

export const ErrorState: Story = {
  name: 'Error',
  render: (args) => dashboard(args, twoFunnels(), { deals: 'not a list of deals' }),
};

export const Loading: Story = {
  render: (args) => html`<crm-dashboard src="/this-dashboard-never-answers.json" timeout="600000" theme=${args.theme || nothing}>${twoFunnels()}</crm-dashboard>`,
  // A fetch that never settles, for this URL only, so the loading state stays on screen.
  loaders: [neverAnswering('dashboard-never-answers')],
};

/** The `crm-*` parameters of this frame's URL, as the dashboard wrote them. */
function urlFilters(): string {
  const params = [...new URLSearchParams(location.search)].filter(([name]) => name.startsWith('crm-'));
  return params.length ? params.map(([name, value]) => `${name}=${value}`).join('&') : '(none yet: change a filter)';
}

export const SyncUrl: Story = {
  name: 'Filters in the URL (sync-url)',
  args: { syncUrl: true },
  // Left off the Docs page: it writes to the URL of the frame it is in.
  tags: ['!autodocs'],
  render: (args) => html`
    ${dashboard(args, twoFunnels())}
    <p style="margin-top: 1rem">
      With <code>sync-url</code> the dashboard writes its filters to the page's URL
      (<code>?crm-from=…&amp;crm-segment=…</code>; a dashboard with an <code>id</code> uses
      <code>crm-&lt;id&gt;-from</code>) and reads them back on load and on Back/Forward, so a view
      can be shared as a link. Here the URL is this story's frame: open it in its own tab (the
      ↗ button) to watch the address change. Its filters now:
      <output>${urlFilters()}</output>
    </p>
  `,
  play: async ({ canvasElement }) => {
    // Keep the line above current: the dashboard announces every change of its filters.
    // The dashboard writes the URL as it updates, just after the event.
    const output = canvasElement.querySelector('output');
    const board = canvasElement.querySelector<CrmDashboard>('crm-dashboard');
    board?.addEventListener('crm-filter-change', async () => {
      await board.updateComplete;
      if (output) output.textContent = urlFilters();
    });
  },
};
