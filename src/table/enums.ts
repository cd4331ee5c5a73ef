/**
 * The fixed value sets of the dataset, in the order their codes use in enum columns
 * (`outcome[i] === 1` means won). Kept in one place so metrics and elements agree.
 */
export const OUTCOMES = ['open', 'won', 'lost'] as const;
export const OUTCOME = { open: 0, won: 1, lost: 2 } as const;
export const DEAL_KINDS = ['new', 'upsell', 'cross-sell', 'renewal'] as const;
export const ACTIVITY_TYPES = ['call', 'email', 'meeting', 'web', 'chat', 'other'] as const;
export const DIRECTIONS = ['inbound', 'outbound'] as const;
export const GROUPS = ['test', 'control'] as const;
export const SURVEY_KINDS = ['nps', 'ces', 'csat'] as const;
export const COST_CATEGORIES = ['sales', 'marketing', 'retention', 'service'] as const;
