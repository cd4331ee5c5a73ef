/**
 * The side panel of the relationship grid: where the split is, and for each group its count,
 * revenue, share of revenue and the seed's strategy. Plain text bindings only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../../format/formatters.js';
import type { RelationshipGroup } from '../../metrics/customers/relationship-groups.js';
import { GROUPS, type GroupFigures } from './grid-classify.js';
import { GROUP_NAMES, GROUP_PLACES } from './grid-text.js';

/**
 * Why one side of a threshold is empty, when it is: with a median split this happens when at
 * least half of the customers share the lowest value (CDNOW: most customers bought once, so the
 * median tenure is 0 months and every customer counts as loyal).
 */
export function emptySideNote(figures: Readonly<Record<RelationshipGroup, GroupFigures>>, rules: Readonly<Record<'loyalty' | 'profitability', string>>): string | null {
  const total = GROUPS.reduce((n, g) => n + figures[g].count, 0);
  const why = (rule: string) => (rule === 'median' ? ': at least half of the customers share the lowest value, so the median is that value' : '');
  const advice = ' Move the line, or split at the mean or at a fixed threshold.';
  if (total === 0) return null;
  if (figures.strangers.count + figures.butterflies.count === 0) return `Every customer is at or above the loyalty threshold${why(rules.loyalty)}.${advice}`;
  if (figures.strangers.count + figures.barnacles.count === 0) return `Every customer is at or above the profitability threshold${why(rules.profitability)}.${advice}`;
  return null;
}

/** Best relationship first: the order a reader scans the panel in. */
const PANEL_ORDER: readonly RelationshipGroup[] = ['true-friends', 'butterflies', 'barnacles', 'strangers'];

export interface PanelInput {
  /** "Split at 8.3 months of tenure (median) and $397 margin (median)." */
  split: string;
  figures: Readonly<Record<RelationshipGroup, GroupFigures>>;
  strategies: Readonly<Record<RelationshipGroup, string>>;
  /** The selected quadrant's group, if any. */
  selected: RelationshipGroup | null;
  /** A word on a split that leaves a side empty (e.g. a median equal to the lowest value), or null. */
  note: string | null;
  /** True while a threshold is being moved: the figures are the element's, not yet the engine's. */
  moving: boolean;
  format: Formatters;
}

export function renderPanel({ split, note, figures, strategies, selected, moving, format: f }: PanelInput): TemplateResult {
  return html`<div class="panel" part="panel">
    <p class="split" aria-live=${moving ? 'off' : 'polite'}>${split}</p>
    ${note ? html`<p class="note" part="note">${note}</p>` : nothing}
    <ul class="groups" aria-label="Relationship groups">
      ${PANEL_ORDER.map((group) => {
        const g = figures[group];
        return html`<li class="group g${GROUPS.indexOf(group)} ${group === selected ? 'selected' : ''}" part="group" aria-current=${group === selected ? 'true' : 'false'}>
          <div class="name"><span class="swatch" aria-hidden="true"></span>${GROUP_NAMES[group]}</div>
          <div class="place">${GROUP_PLACES[group]}</div>
          <dl class="figures">
            <div><dt>Customers</dt><dd>${f.count(g.count)}</dd></div>
            <div><dt>Revenue</dt><dd>${f.money(g.revenue)}</dd></div>
            <div><dt>Share<span class="visually-hidden"> of revenue</span></dt><dd>${f.percent(g.share)}</dd></div>
          </dl>
          <p class="strategy">${strategies[group]}</p>
        </li>`;
      })}
    </ul>
  </div>`;
}
