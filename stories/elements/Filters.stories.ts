// <crm-filters>: the dashboard's filter bar, placed by the page in the dashboard's `filters` slot
// (a dashboard without one builds its own), and alone, where it has nothing to filter.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/elements/dashboard/define.js';
import '../../src/elements/filters/define.js';
import '../../src/elements/funnel/define.js';
import { generateDataset } from '../../src/generator/index.js';

// Generated once, on first use: 600 accounts from 2022-01-01 over three years.
let generated: unknown;
const sample = () => (generated ??= generateDataset({ seed: 7, accounts: 600 }));

const meta: Meta = {
  title: 'Elements/Filters',
  component: 'crm-filters',
  parameters: {
    docs: {
      description: {
        component:
          'A `<crm-dashboard>` builds this bar in. Place your own in the dashboard\'s `filters` slot to move it, style it through its parts, or put other controls beside it; the dashboard\'s `setFilters()` and `crm-filter-change` let your own controls take part. Presets count back from the dashboard\'s `as-of` day, else the last day in the data.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const InADashboard: Story = {
  name: 'In a dashboard’s filters slot',
  render: () => html`<crm-dashboard .data=${sample()} as-of="2024-12-31">
    <crm-filters slot="filters"></crm-filters>
    <crm-funnel aria-label="Deals by stage"></crm-funnel>
  </crm-dashboard>`,
};

/** No render of its own: the project's default render draws `<crm-filters>` from the manifest. */
export const Alone: Story = {
  parameters: { docs: { description: { story: 'Outside a dashboard the bar has nothing to filter, and says so.' } } },
};
