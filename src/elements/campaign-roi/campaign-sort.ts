/**
 * The campaign table's sort: which column, which way, and the order it gives. Pure, so the table
 * and the bars (drawn in the table's order) agree, and a test can check it without a DOM.
 */
import type { CampaignRow } from '../../metrics/marketing/campaign-roi.js';

/** Columns a person can sort by. */
export const CAMPAIGN_COLUMNS = ['name', 'channel', 'cost', 'revenue', 'roi', 'deals', 'won', 'cpa', 'cps'] as const;
export type CampaignColumn = (typeof CAMPAIGN_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

/** Text columns start A to Z; number columns start with the largest. */
export function firstDirection(column: CampaignColumn): SortDirection {
  return column === 'name' || column === 'channel' ? 'ascending' : 'descending';
}

/**
 * `rows` sorted by `column` (unset or unknown: the campaigns table's order). Stable; a missing
 * value (a campaign without channel, an ROI over no cost) goes last both ways, since "no base"
 * is neither the best nor the worst figure.
 */
export function sortCampaigns(rows: readonly CampaignRow[], column: string | undefined, direction: SortDirection, locale: string): CampaignRow[] {
  const sorted = [...rows];
  if (!(CAMPAIGN_COLUMNS as readonly string[]).includes(column ?? '')) return sorted;
  const key = column as CampaignColumn;
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  return sorted.sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (typeof x === 'string' ? collator.compare(x, y as string) : x - (y as number));
  });
}
