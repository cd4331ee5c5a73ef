/**
 * The agent table's sort: which column, which way, and the order it gives. Pure, so a test can
 * check it without a DOM.
 */
import type { HelpDeskAgent } from '../../metrics/service/help-desk.js';

/** Columns a person can sort by (the `sort` attribute's values). */
export const AGENT_COLUMNS = ['agent', 'opened', 'resolved', 'fcr', 'open', 'first-response', 'resolution'] as const;
export type AgentColumn = (typeof AGENT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

const FIELDS: Record<AgentColumn, keyof HelpDeskAgent> = {
  agent: 'agent',
  opened: 'tickets',
  resolved: 'resolved',
  fcr: 'fcr',
  open: 'open',
  'first-response': 'medianFirstResponseHours',
  resolution: 'medianResolutionHours',
};

/** The agent's name starts A to Z; number columns start with the largest. */
export function firstDirection(column: AgentColumn): SortDirection {
  return column === 'agent' ? 'ascending' : 'descending';
}

/**
 * `rows` sorted by `column` (unset or unknown: the engine's order, most tickets first). Stable;
 * a missing value (the unassigned tickets' name, a median over no tickets) goes last both ways,
 * since "none" is neither the best nor the worst figure.
 */
export function sortAgents(rows: readonly HelpDeskAgent[], column: string | undefined, direction: SortDirection, locale: string): HelpDeskAgent[] {
  const sorted = [...rows];
  if (!(AGENT_COLUMNS as readonly string[]).includes(column ?? '')) return sorted;
  const field = FIELDS[column as AgentColumn];
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  return sorted.sort((a, b) => {
    const x = a[field];
    const y = b[field];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (typeof x === 'string' ? collator.compare(x, y as string) : x - (y as number));
  });
}
