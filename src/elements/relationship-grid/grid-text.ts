/**
 * The grid's words: group names, what each axis measures, values formatted for the locale, and
 * the short form of each group's strategy (the engine's result carries the full sentence).
 */
import type { Formatters } from '../../format/formatters.js';
import type { RelationshipGroup, RelationshipGroupsResult } from '../../metrics/customers/relationship-groups.js';
import type { TooltipContent } from '../../controllers/tooltip-controller.js';
import type { GroupFigures } from './grid-classify.js';
import type { ScaleKind } from './grid-layout.js';

type Axes = RelationshipGroupsResult['axes'];

export const GROUP_NAMES: Readonly<Record<RelationshipGroup, string>> = {
  strangers: 'Strangers',
  butterflies: 'Butterflies',
  barnacles: 'Barnacles',
  'true-friends': 'True friends',
};

/** Where each group sits, in words: what the quadrant means. */
export const GROUP_PLACES: Readonly<Record<RelationshipGroup, string>> = {
  strangers: 'not loyal, not profitable',
  butterflies: 'profitable, not loyal',
  barnacles: 'loyal, not profitable',
  'true-friends': 'loyal and profitable',
};

/** A threshold's value with what it measures: "8.3 months of tenure", "$397 margin per year". */
export function loyaltyThresholdText(axes: Axes, value: number, f: Formatters): string {
  return axes.loyalty === 'regularity' ? `${f.percent(value, 0)} of months with a purchase` : `${f.number(value, 1)} months of tenure`;
}

export function profitabilityThresholdText(axes: Axes, value: number, f: Formatters): string {
  return `${f.money(value)} ${profitabilityName(axes).toLowerCase()}`;
}

/** Seed 003's advice in a few words, for the plot's tooltips; the panel shows the full strategy. */
export const SHORT_STRATEGIES: Readonly<Record<RelationshipGroup, string>> = {
  strangers: 'Invest nothing.',
  butterflies: 'Enjoy them while they last: transact fast, stop investing when they lose money.',
  barnacles: 'Sell more to them or lower the cost of serving them.',
  'true-friends': 'Keep investing: turn them into true believers.',
};

export function loyaltyTitle(axes: Axes): string {
  return axes.loyalty === 'regularity' ? 'Regularity (share of months with a purchase)' : 'Tenure (months as a customer)';
}

export function profitabilityName(axes: Axes): string {
  const measure = axes.profitability === 'margin' ? 'Margin' : 'Revenue';
  return axes.per === 'year' ? `${measure} per year` : measure;
}

export function profitabilityTitle(axes: Axes, kind: ScaleKind): string {
  const note = kind === 'log' ? ' (log scale)' : kind === 'symlog' ? ' (log scale with zero and losses)' : '';
  return `${profitabilityName(axes)}${note}`;
}

/** A loyalty value for people: "8.3 months" or "42%". */
export function loyaltyText(axes: Axes, value: number, f: Formatters): string {
  return axes.loyalty === 'regularity' ? `${f.percent(value, 0)} of months` : `${f.number(value, 1)} months`;
}

export function profitabilityText(axes: Axes, value: number, f: Formatters): string {
  return `${f.money(value)}${axes.per === 'year' ? ' a year' : ''}`;
}

/** A tick label: short. */
export function loyaltyTick(axes: Axes, value: number, f: Formatters): string {
  return axes.loyalty === 'regularity' ? f.percent(value, 0) : f.number(value, 0);
}

export function profitabilityTick(value: number, f: Formatters): string {
  return f.moneyCompact(value);
}

/** A customer's tooltip: its id, group, both values and the group's strategy in short. */
export function customerTooltip(axes: Axes, id: string, group: RelationshipGroup, loyalty: number, profitability: number, f: Formatters): TooltipContent {
  return {
    title: id,
    lines: [
      `${GROUP_NAMES[group]}: ${GROUP_PLACES[group]}`,
      `${axes.loyalty === 'regularity' ? 'Regularity' : 'Tenure'}: ${loyaltyText(axes, loyalty, f)}`,
      `${profitabilityName(axes)}: ${profitabilityText(axes, profitability, f)}`,
      `Strategy: ${SHORT_STRATEGIES[group]}`,
    ],
  };
}

/** A quadrant's tooltip: where it is, its figures and the seed's strategy in full. */
export function quadrantTooltip(group: RelationshipGroup, figures: GroupFigures, strategy: string, f: Formatters): TooltipContent {
  return { title: GROUP_NAMES[group], lines: [GROUP_PLACES[group], `${f.count(figures.count)} customers · ${f.money(figures.revenue)} · ${f.percent(figures.share)} of revenue`, strategy] };
}
