/**
 * The HTML around `<crm-service>`'s chart: the agents table — sortable by any column (a button in
 * each header, `aria-sort` on the sorted one), each agent's name a toggle that selects the
 * agent's tickets — and the element's numbers as one table (table view, CSV) and as tooltips.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TooltipContent } from '../../controllers/tooltip-controller.js';
import type { Formatters } from '../../format/formatters.js';
import type { ScalarResult } from '../../metrics/result.js';
import type { FcrDefinition } from '../../metrics/service/first-contact-resolution.js';
import type { HelpDeskAgent, HelpDeskResult } from '../../metrics/service/help-desk.js';
import type { Period } from '../../table/index.js';
import { hours as hoursText } from '../activity/activity-words.js';
import { periodLabel } from '../kpi/period-label.js';
import type { Cell, TableData } from '../shared/table-data.js';
import type { AgentColumn, SortDirection } from './agent-sort.js';
import type { ServicePeriod } from './service-periods.js';
import { agentName, AGE_WORDS, duration, FCR_WORDS, ticketsWord } from './service-words.js';

const HEADERS: [AgentColumn, string][] = [
  ['agent', 'Agent'],
  ['opened', 'Opened'],
  ['resolved', 'Resolved'],
  ['fcr', 'FCR (of resolved)'],
  ['open', 'Open'],
  ['first-response', 'Median first response'],
  ['resolution', 'Median resolution'],
];

/** "sorted by Open, highest first", "sorted by Agent, A to Z". */
function sortWords(label: string, column: AgentColumn, direction: SortDirection): string {
  const text = column === 'agent';
  const order = direction === 'ascending' ? (text ? 'A to Z' : 'lowest first') : text ? 'Z to A' : 'highest first';
  return `, sorted by ${label}, ${order}`;
}

export interface AgentTableOptions {
  rows: readonly HelpDeskAgent[];
  sort: string | undefined;
  direction: SortDirection;
  /** The selected agent's row, or undefined for none (`null` is the unassigned tickets' row). */
  selected: string | null | undefined;
  format: Formatters;
  sortBy(column: AgentColumn): void;
  select(agent: string | null): void;
  /** Escape inside the table clears the selection. */
  keydown(event: KeyboardEvent): void;
}

export function agentTable({ rows, sort, direction, selected, format: f, sortBy, select, keydown }: AgentTableOptions): TemplateResult {
  const sorted = HEADERS.find(([key]) => key === sort);
  return html`<div class="scroll" part="agents" @keydown=${keydown}>
    <table>
      <caption>Agents${sorted ? sortWords(sorted[1], sorted[0], direction) : ''}</caption>
      <thead>
        <tr>
          ${HEADERS.map(([key, label]) => html`<th scope="col" aria-sort=${key === sort ? direction : nothing}>
            <button type="button" @click=${() => sortBy(key)}>${label}<span class="sort" aria-hidden="true">${key === sort ? (direction === 'ascending' ? '▲' : '▼') : ''}</span></button>
          </th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map((a) => {
          const on = selected !== undefined && a.agent === selected;
          return html`<tr class=${on ? 'selected' : ''}>
            <th scope="row"><button type="button" class="toggle" aria-pressed=${on ? 'true' : 'false'} @click=${() => select(a.agent)}>${agentName(a.agent)}</button></th>
            <td>${f.count(a.tickets)}</td>
            <td>${f.count(a.resolved)}</td>
            <td>${f.percent(a.fcr)}</td>
            <td>${f.count(a.open)}</td>
            <td>${duration(a.medianFirstResponseHours, f)}</td>
            <td>${duration(a.medianResolutionHours, f)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

export interface ServiceNumbers {
  desk: HelpDeskResult;
  fcr: ScalarResult;
  period: Period | null;
  periods: readonly ServicePeriod[];
  /** Agents in the order the table shows them. */
  agents: readonly HelpDeskAgent[];
}

/** Every number shown, one per row: section, item, measure, value (hours as numbers in CSV). */
export function serviceTable({ desk, fcr, period, periods, agents }: ServiceNumbers, f: Formatters): TableData {
  const rows: Cell[][] = [];
  const text: string[][] = [];
  const add = (section: string, item: string, measure: string, value: number | null, shown: string) => {
    rows.push([section, item, measure, value]);
    text.push([section, item, measure, shown]);
  };
  const count = (section: string, item: string, measure: string, n: number) => add(section, item, measure, n, f.count(n));
  const rate = (section: string, item: string, measure: string, r: number | null) => add(section, item, measure, r, f.percent(r));
  // The measure says hours, so the text does too (the chart and headline switch to days past two).
  const hours = (section: string, item: string, measure: string, h: number | null) => add(section, item, measure, h, hoursText(h, f));
  const { of, base } = FCR_WORDS[fcr.definition as FcrDefinition];
  count('Total', 'All tickets', 'Opened', desk.opened);
  count('Total', 'All tickets', 'Open', desk.open.count);
  rate('Total', 'All tickets', `First-contact resolution (${of})`, fcr.value);
  count('Total', 'All tickets', 'Resolved at first contact', fcr.numerator ?? 0);
  count('Total', 'All tickets', `Base (${base})`, fcr.denominator ?? 0);
  for (const [name, s] of [['First response', desk.firstResponseHours], ['Resolution', desk.resolutionHours]] as const) {
    count('Total', name, 'Tickets timed', s.count);
    hours('Total', name, 'Median hours', s.median);
    hours('Total', name, 'Mean hours', s.mean);
    hours('Total', name, '90th percentile hours', s.p90);
  }
  for (const { band, count: n } of desk.open.byAge) count('Open queue by age', AGE_WORDS[band][0], 'Open', n);
  for (const p of periods) {
    const item = periodLabel(p.start, period as Period, f);
    const section = `By ${period}`;
    count(section, item, 'Opened', p.opened);
    count(section, item, 'Open at the end', p.open);
    rate(section, item, `First-contact resolution (${of})`, p.fcr.value);
    hours(section, item, 'Median first response hours', p.firstResponseHours.median);
    hours(section, item, 'Mean first response hours', p.firstResponseHours.mean);
    hours(section, item, 'Median resolution hours', p.resolutionHours.median);
    hours(section, item, 'Mean resolution hours', p.resolutionHours.mean);
  }
  for (const a of agents) {
    const item = agentName(a.agent);
    count('By agent', item, 'Opened', a.tickets);
    count('By agent', item, 'Resolved', a.resolved);
    count('By agent', item, 'Resolved at first contact', a.firstContactResolved);
    rate('By agent', item, 'First-contact resolution (of resolved tickets)', a.fcr);
    count('By agent', item, 'Open', a.open);
    hours('By agent', item, 'Median first response hours', a.medianFirstResponseHours);
    hours('By agent', item, 'Median resolution hours', a.medianResolutionHours);
  }
  const columns = [{ label: 'Section' }, { label: 'Item' }, { label: 'Measure' }, { label: 'Value', numeric: true }];
  return { caption: 'Service desk', columns, rows, text };
}

export function queueTooltip(desk: HelpDeskResult, index: number, f: Formatters): TooltipContent | undefined {
  const b = desk.open.byAge[index];
  if (!b) return undefined;
  return {
    title: `Open ${AGE_WORDS[b.band][0]}`,
    lines: [`${ticketsWord(b.count, f)} (${f.percent(desk.open.count ? b.count / desk.open.count : null)} of ${f.count(desk.open.count)} open)`, `Age as of ${f.date(desk.asOf)}`],
  };
}

export function periodTooltip(p: ServicePeriod | undefined, period: Period, f: Formatters): TooltipContent | undefined {
  if (!p) return undefined;
  const { fcr } = p;
  const { base } = FCR_WORDS[fcr.definition as FcrDefinition];
  return {
    title: periodLabel(p.start, period, f),
    lines: [
      `${ticketsWord(p.opened, f)} opened · ${f.count(p.open)} open at the end`,
      `First-contact resolution ${f.percent(fcr.value)} (${f.count(fcr.numerator ?? 0)} of ${f.count(fcr.denominator ?? 0)} ${base})`,
      `First response: median ${duration(p.firstResponseHours.median, f)}, mean ${duration(p.firstResponseHours.mean, f)}`,
      `Resolution: median ${duration(p.resolutionHours.median, f)}, mean ${duration(p.resolutionHours.mean, f)}`,
    ],
  };
}
