/**
 * Attributes without which an element draws nothing but an error that asks for them: a KPI tile
 * must be told its metric. Every other element draws with its defaults. (Its own module: the
 * strict-CSP page uses it without importing the kit from the sources.)
 */
const REQUIRED_ATTRIBUTES: Record<string, Record<string, string>> = { 'crm-kpi': { metric: 'win-rate' } };

export const drawAttributes = (tag: string): Record<string, string> => ({ ...REQUIRED_ATTRIBUTES[tag] });
