/**
 * The two HTML tables of `<crm-campaign-roi>`: the campaigns, sortable by any column (a button
 * in each header, `aria-sort` on the sorted one), and the test group against the control group
 * with the lift and, when a group is too small, the rule it fails.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Formatters } from '../../format/formatters.js';
import type { CampaignFigures } from '../../metrics/marketing/campaign-roi.js';
import type { Cell } from '../shared/table-data.js';
import type { ControlLiftResult, LiftGroup } from '../../metrics/marketing/control-lift.js';
import type { CampaignColumn, SortDirection } from './campaign-sort.js';
import { conversionLiftInterval, MIN_GROUP_OUTCOMES, tooSmall } from './lift-trust.js';

const HEADERS: [CampaignColumn, string][] = [
  ['name', 'Campaign'],
  ['channel', 'Channel'],
  ['cost', 'Cost'],
  ['revenue', 'Revenue'],
  ['roi', 'ROI'],
  ['deals', 'Deals'],
  ['won', 'Won'],
  ['cpa', 'CPA'],
  ['cps', 'CPS'],
];

/** "sorted by ROI, highest first", "sorted by Campaign, A to Z". */
function sortWords(label: string, column: CampaignColumn, direction: SortDirection): string {
  const text = column === 'name' || column === 'channel';
  const order = direction === 'ascending' ? (text ? 'A to Z' : 'lowest first') : text ? 'Z to A' : 'highest first';
  return `, sorted by ${label}, ${order}`;
}

/** A campaign's (or the total's) cells: raw values for CSV, the same formatted for people. */
export interface CampaignCells {
  raw: Cell[];
  text: string[];
}

export function campaignCells(name: string, channel: string | null, r: CampaignFigures, f: Formatters): CampaignCells {
  return {
    raw: [name, channel, r.cost, r.revenue, r.roi, r.deals, r.won, r.cpa, r.cps],
    text: [name, channel ?? '', f.money(r.cost), f.money(r.revenue), f.percent(r.roi), f.count(r.deals), f.count(r.won), f.money(r.cpa), f.money(r.cps)],
  };
}

/** A negative ROI (column 4) is marked in the negative colour as well as by its sign. */
const row = ({ raw, text }: CampaignCells) =>
  html`<tr><th scope="row">${text[0]}</th>${text.slice(1).map((t, i) => html`<td class=${i === 3 && (raw[4] as number) < 0 ? 'negative' : ''}>${t}</td>`)}</tr>`;

/** The campaigns in `rows`' order with a total row; a header's button sorts by its column. */
export function campaignTable(rows: readonly CampaignCells[], total: CampaignCells, sort: string | undefined, direction: SortDirection, sortBy: (column: CampaignColumn) => void): TemplateResult {
  const sorted = HEADERS.find(([key]) => key === sort);
  return html`<div class="scroll">
    <table part="campaigns">
      <caption>Campaigns${sorted ? sortWords(sorted[1], sorted[0], direction) : ''}</caption>
      <thead>
        <tr>
          ${HEADERS.map(([key, label]) => html`<th scope="col" aria-sort=${key === sort ? direction : nothing}>
            <button type="button" @click=${() => sortBy(key)}>${label}<span class="sort" aria-hidden="true">${key === sort ? (direction === 'ascending' ? '▲' : '▼') : ''}</span></button>
          </th>`)}
        </tr>
      </thead>
      <tbody>${rows.map(row)}</tbody>
      <tfoot>${row(total)}</tfoot>
    </table>
  </div>`;
}

/** `+12.0 pts`, `−3.5 pts`: a difference of two fractions in percentage points. */
const points = (d: number, f: Formatters) => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${f.number(Math.abs(d) * 100, 1)} pts`;

const signed = (d: number, text: string) => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${text}`;

/** An up or down arrow (not text, so colour alone never carries the meaning). */
function arrow(d: number | null): TemplateResult | typeof nothing {
  if (d === null || d === 0) return nothing;
  return html`<svg class="arrow ${d > 0 ? 'gain' : 'loss'}" viewBox="0 0 10 10" aria-hidden="true">${svg`<path d=${d > 0 ? 'M5 1 9 9H1z' : 'M5 9 9 1H1z'} />`}</svg>`;
}

function groupRow(name: string, key: 'test' | 'control', g: LiftGroup, selected: boolean, f: Formatters, select: (group: 'test' | 'control') => void): TemplateResult {
  return html`<tr class=${selected ? 'selected' : ''}>
    <th scope="row"><button type="button" class="toggle" aria-pressed=${selected ? 'true' : 'false'} @click=${() => select(key)}>${name}</button></th>
    <td>${f.count(g.accounts)}</td>
    <td>${f.count(g.converted)}</td>
    <td>${f.percent(g.conversion)}</td>
    <td>${f.money(g.revenuePerAccount)}</td>
  </tr>`;
}

/** Test against control: both groups, the lift, and whether to trust it. */
export function liftPanel(result: ControlLiftResult, minAccounts: number, selected: string | null, f: Formatters, select: (group: 'test' | 'control') => void): TemplateResult {
  const { test, control, lift } = result;
  if (test.accounts + control.accounts === 0) return html`<p class="note" part="lift">No accounts are marked as a test or control group in this range.</p>`;
  const small = [['Test', tooSmall(test, minAccounts)], ['Control', tooSmall(control, minAccounts)]] as const;
  const reasons = small.filter(([, why]) => why).map(([name, why]) => `${name} group: ${f.count(why!.value)} ${why!.count}, under ${f.count(why!.minimum)}`);
  const interval = conversionLiftInterval(result, minAccounts);
  const relative = lift.relativeConversion === null ? '' : ` (${signed(lift.relativeConversion, f.percent(Math.abs(lift.relativeConversion)))} relative)`;
  return html`<div class="lift" part="lift">
    <table>
      <caption>Test group against control group</caption>
      <thead><tr><th scope="col">Group</th><th scope="col">Accounts</th><th scope="col">Converted</th><th scope="col">Conversion</th><th scope="col">Revenue per account</th></tr></thead>
      <tbody>
        ${groupRow('Test', 'test', test, selected === 'group:test', f, select)}
        ${groupRow('Control', 'control', control, selected === 'group:control', f, select)}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Lift</th><td></td><td></td>
          <td>${lift.conversion === null ? f.percent(null) : html`${arrow(lift.conversion)}${points(lift.conversion, f)}${relative}`}</td>
          <td>${lift.revenuePerAccount === null ? f.money(null) : html`${arrow(lift.revenuePerAccount)}${signed(lift.revenuePerAccount, f.money(Math.abs(lift.revenuePerAccount)))}`}</td>
        </tr>
      </tfoot>
    </table>
    ${reasons.length > 0
      ? html`<p class="caution" role="note"><strong>Too small to trust.</strong> ${reasons.join('; ')}. Each group needs at least ${f.count(minAccounts)} accounts, ${MIN_GROUP_OUTCOMES} converted and ${MIN_GROUP_OUTCOMES} not converted.</p>`
      : interval
        ? html`<p class="note">95% interval of the conversion lift: ${points(interval[0], f)} to ${points(interval[1], f)}${interval[0] > 0 ? ', so the test group converts better' : interval[1] < 0 ? ', so the test group converts worse' : ', which includes no lift'}.</p>`
        : nothing}
  </div>`;
}
