// The rows of the designers' token table, made from TOKENS (src/themes/tokens.ts) so that the
// page always lists every token with the values the elements really use.
import { TOKENS, type TokenName } from '../../src/themes/tokens.js';
import { BRAND_TOKENS } from './brand-tokens.js';
import { formatContrast } from './contrast.js';

export type TokenKind = 'colour' | 'font-family' | 'font-size' | 'length';

export interface TokenRow {
  name: TokenName;
  kind: TokenKind;
  light: string;
  dark: string;
  /** The value of Storybook's Brand theme, if it sets this token. */
  brand: string | undefined;
  /** What the contrast columns measure against, e.g. `--crm-color-surface`; '' for none. */
  against: string;
  contrastLight: string;
  contrastDark: string;
  /** Against the Brand theme's own background (its value, else the light default). */
  contrastBrand: string;
}

export interface TokenGroup {
  title: string;
  rows: TokenRow[];
}

function kindOf(name: string, value: string): TokenKind {
  if (value.startsWith('#')) return 'colour';
  if (name === '--crm-font-family') return 'font-family';
  if (name.startsWith('--crm-font-size')) return 'font-size';
  return 'length';
}

/** Text and marks are read against the surface; text on the accent against the accent. */
function backgroundOf(name: TokenName): TokenName | undefined {
  if (name === '--crm-color-on-accent') return '--crm-color-accent';
  if (name.includes('surface')) return undefined;
  return '--crm-color-surface';
}

const brandTokens = BRAND_TOKENS as Partial<Record<TokenName, string>>;
const brandValue = (name: TokenName): string => brandTokens[name] ?? TOKENS[name][0];

function rowOf(name: TokenName): TokenRow {
  const [light, dark] = TOKENS[name];
  const kind = kindOf(name, light);
  const against = kind === 'colour' ? backgroundOf(name) : undefined;
  return {
    name,
    kind,
    light,
    dark,
    brand: brandTokens[name],
    against: against ?? '',
    contrastLight: against ? formatContrast(light, TOKENS[against][0]) : '',
    contrastDark: against ? formatContrast(dark, TOKENS[against][1]) : '',
    contrastBrand: against && brandTokens[name] ? formatContrast(brandValue(name), brandValue(against)) : '',
  };
}

const GROUPS: { title: string; test: (name: string) => boolean }[] = [
  { title: 'Text, surfaces and states', test: (name) => name.startsWith('--crm-color-') },
  { title: 'Categorical palette (series, groups, quadrants)', test: (name) => name.startsWith('--crm-palette-') },
  { title: 'Type', test: (name) => name.startsWith('--crm-font-') },
  { title: 'Space and shape', test: () => true },
];

/** Every token, grouped; each token in exactly one group, in the order TOKENS lists them. */
export function tokenGroups(): TokenGroup[] {
  const names = Object.keys(TOKENS) as TokenName[];
  const placed = new Set<TokenName>();
  return GROUPS.map(({ title, test }) => {
    const rows = names.filter((name) => !placed.has(name) && test(name)).map(rowOf);
    for (const row of rows) placed.add(row.name);
    return { title, rows };
  }).filter((group) => group.rows.length > 0);
}

/** The Brand theme as the CSS a vendor would write. */
export function brandCss(selector = ':root'): string {
  const lines = Object.entries(BRAND_TOKENS).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}`;
}
