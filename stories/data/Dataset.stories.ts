// The data layer before any element: a seeded sample dataset, and what parsing reports about a
// broken one. Everything shown is text bound through lit's `html` (escaped), never innerHTML.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { generateDataset } from '../../src/generator/index.js';
import { parseDataset } from '../../src/schema/index.js';

type Problem = ReturnType<typeof parseDataset>['problems'][number];

interface SampleArgs {
  seed: number;
  accounts: number;
}

const styles = html`<style>
  .crm-story { font: 14px/1.5 system-ui, sans-serif; color: CanvasText; max-width: 60rem; }
  .crm-story table { border-collapse: collapse; margin-block: 0.5rem 1rem; }
  .crm-story caption { text-align: start; font-weight: 600; padding-block-end: 0.25rem; }
  .crm-story th, .crm-story td { border-block-end: 1px solid color-mix(in srgb, currentColor 20%, transparent); padding: 0.25rem 0.75rem; text-align: start; vertical-align: top; }
  .crm-story td.number, .crm-story th.number { text-align: end; font-variant-numeric: tabular-nums; }
  .crm-story code { font: 13px ui-monospace, monospace; }
</style>`;

/** Rows of one table, whether it is a list of rows or columnar (an object of equal-length arrays). */
function rowCount(table: unknown): number {
  if (Array.isArray(table)) return table.length;
  if (table && typeof table === 'object') {
    const first = Object.values(table)[0];
    return Array.isArray(first) ? first.length : 0;
  }
  return 0;
}

/**
 * A problem's offending value for display. The parser already gives it as short JSON text
 * (`"2016-01-01"`, `-5`); anything else is turned into such text here. Missing: a dash.
 */
function valueText(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function problemTable(problems: readonly Problem[], caption: string): TemplateResult {
  return html`<table>
    <caption>${caption}</caption>
    <thead><tr><th>path</th><th>rule</th><th>message</th><th>value</th></tr></thead>
    <tbody>
      ${problems.map(
        (p) => html`<tr>
          <td><code>${p.path}</code></td>
          <td><code>${p.rule}</code></td>
          <td>${p.message}</td>
          <td><code>${valueText(p.value)}</code></td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * One of each kind of mistake a CRM export makes. Row 0 of each table is clean; the others
 * should each be reported at their own path.
 */
const brokenDataset = {
  stages: ['Lead', 'Qualified', 'Proposal', 'Negotiation'],
  accounts: [
    { id: 'a1', name: 'Acme', createdAt: '2024-01-05' },
    { id: 'a1', name: 'Acme again', createdAt: '2024-01-06' },
    { id: 'a3', createdAt: 'last Tuesday' },
  ],
  deals: [
    { id: 'd1', accountId: 'a1', amount: 1200, createdAt: '2024-02-01', closedAt: '2024-03-01', outcome: 'won', stage: 'Negotiation' },
    { id: 'd2', accountId: 'a1', amount: 900, createdAt: '2024-03-10', closedAt: '2024-03-01', outcome: 'lost', stage: 'Proposal' },
    { id: 'd3', accountId: 'a1', amount: -50, createdAt: '2024-02-01', outcome: 'open', stage: 'Lead' },
    { id: 'd4', accountId: 'a1', amount: 300, createdAt: '2024-02-01', outcome: 'maybe', stage: 'Lead' },
    { id: 'd5', accountId: 'nobody', amount: 300, createdAt: '2024-02-01', outcome: 'open', stage: 'Lead' },
    { id: 'd6', accountId: 'a1', amount: 300, createdAt: '2024-02-01', outcome: 'open', stage: 'Demo' },
  ],
  orders: [
    { id: 'o1', accountId: 'a1', at: '2024-02-03', amount: 80 },
    { id: 'o2', at: '2024-02-04', amount: 20 },
  ],
  surveys: [
    { at: '2024-02-05', kind: 'nps', score: 9 },
    { at: '2024-02-06', kind: 'nps', score: 14 },
  ],
};

const meta: Meta<SampleArgs> = {
  title: 'Data/Dataset',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The data layer on its own: `generateDataset` makes a seeded sample dataset, and `parseDataset` checks any input against the canonical schema. No element is involved yet.',
      },
    },
  },
};

export default meta;

/** Row counts per table of a generated dataset, before and after a lenient parse. */
export const GeneratedSample: StoryObj<SampleArgs> = {
  name: 'Generated sample',
  args: { seed: 42, accounts: 50 },
  argTypes: {
    seed: { control: { type: 'number', min: 0, step: 1 } },
    accounts: { control: { type: 'number', min: 1, max: 2000, step: 1 } },
  },
  render: ({ seed, accounts }) => {
    const input = generateDataset({ seed, accounts });
    const { dataset, problems } = parseDataset(input, { mode: 'lenient' });
    const tables = Object.keys(input);
    const kept = dataset as unknown as Record<string, unknown>;
    return html`${styles}<div class="crm-story">
      <p>
        <code>generateDataset({ seed: ${seed}, accounts: ${accounts} })</code> — the same seed always
        gives the same rows.
      </p>
      <table>
        <caption>Rows per table</caption>
        <thead><tr><th>table</th><th class="number">generated</th><th class="number">kept by the parser</th></tr></thead>
        <tbody>
          ${tables.map(
            (name) => html`<tr>
              <td><code>${name}</code></td>
              <td class="number">${rowCount((input as Record<string, unknown>)[name]).toLocaleString('en-US')}</td>
              <td class="number">${rowCount(kept[name]).toLocaleString('en-US')}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p>
        ${problems.length === 0
          ? 'The lenient parse found no problems.'
          : `The lenient parse found ${problems.length} problem(s):`}
      </p>
      ${problems.length > 0 ? problemTable(problems, 'Problems in the generated data') : nothing}
    </div>`;
  },
};

/** A lenient parse leaves the bad rows out and reports every one, located. */
export const LenientParseOfBrokenData: StoryObj<SampleArgs> = {
  name: 'Lenient parse of broken data',
  render: () => {
    const { dataset, problems } = parseDataset(brokenDataset, { mode: 'lenient' });
    const kept = dataset as unknown as Record<string, unknown>;
    return html`${styles}<div class="crm-story">
      <p>
        <code>parseDataset(input, { mode: 'lenient' })</code> kept
        ${(['accounts', 'deals', 'orders', 'surveys'] as const).map(
          (name, i, all) =>
            html`${rowCount(kept[name])} of ${rowCount(brokenDataset[name])} ${name}${i < all.length - 1 ? ', ' : ''}`,
        )}
        and reported ${problems.length} problem(s):
      </p>
      ${problemTable(problems, 'Every problem, by path')}
    </div>`;
  },
};

/** A strict parse refuses the same input: the error carries the same located problems. */
export const StrictParseOfBrokenData: StoryObj<SampleArgs> = {
  name: 'Strict parse of broken data',
  render: () => {
    try {
      parseDataset(brokenDataset, { mode: 'strict' });
      return html`${styles}<div class="crm-story"><p>The strict parse accepted the input (unexpected).</p></div>`;
    } catch (error) {
      const problems: readonly Problem[] =
        error && typeof error === 'object' && 'problems' in error && Array.isArray(error.problems) ? error.problems : [];
      const name = error instanceof Error ? error.name : 'Error';
      const message = error instanceof Error ? error.message : String(error);
      return html`${styles}<div class="crm-story">
        <p><code>parseDataset(input, { mode: 'strict' })</code> threw <code>${name}</code>: ${message}</p>
        ${problemTable(problems, `${problems.length} problem(s) attached to the error`)}
      </div>`;
    }
  },
};
