import { expect } from '@open-wc/testing';
import type { CSSResultGroup, CSSResultOrNative } from 'lit';
import { PALETTE } from '../../src/charts/palette.js';
import { CrmActivity } from '../../src/elements/activity/activity.js';
import { CrmCampaignRoi } from '../../src/elements/campaign-roi/campaign-roi.js';
import { CrmCohortChurn } from '../../src/elements/cohort-churn/cohort-churn.js';
import { CrmDashboard } from '../../src/elements/dashboard/dashboard.js';
import { CrmFilters } from '../../src/elements/filters/filters.js';
import { CrmFunnel } from '../../src/elements/funnel/funnel.js';
import { CrmKpi } from '../../src/elements/kpi/kpi.js';
import { CrmRelationshipGrid } from '../../src/elements/relationship-grid/relationship-grid.js';
import { CrmSalesCycle } from '../../src/elements/sales-cycle/sales-cycle.js';
import { CrmAtRisk } from '../../src/elements/at-risk/at-risk.js';
import { CrmLifetimeValue } from '../../src/elements/lifetime-value/lifetime-value.js';
import { CrmSatisfaction } from '../../src/elements/satisfaction/satisfaction.js';
import { CrmService } from '../../src/elements/service/service.js';
import { TOKENS } from '../../src/themes/tokens.js';

/** Every element class of the kit; a new element joins this list. */
const ELEMENTS = [CrmFunnel, CrmCohortChurn, CrmRelationshipGrid, CrmKpi, CrmSalesCycle, CrmCampaignRoi, CrmActivity, CrmLifetimeValue, CrmSatisfaction, CrmService, CrmAtRisk, CrmDashboard, CrmFilters];

function cssText(group: CSSResultGroup | undefined): string {
  if (!group) return '';
  if (Array.isArray(group)) return group.map((g) => cssText(g as CSSResultGroup)).join('\n');
  const style = group as CSSResultOrNative;
  return 'cssText' in style ? (style.cssText ?? '') : [...(style as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n');
}

/** The private token names (`--_crm-x`) that styles and the palette read. */
function readTokens(): Set<string> {
  const sources = [...ELEMENTS.map((e) => cssText(e.styles)), ...PALETTE];
  const used = new Set<string>();
  for (const source of sources) for (const [, name] of source.matchAll(/var\(--_crm-([a-z0-9-]+)/g)) used.add(`--crm-${name}`);
  return used;
}

describe('theme tokens', () => {
  const used = readTokens();
  const defined = new Set(Object.keys(TOKENS));

  it('every token a style reads is defined, in the light and the dark set', () => {
    const undefinedTokens = [...used].filter((name) => !defined.has(name));
    expect(undefinedTokens, 'read but not defined').to.deep.equal([]);
    for (const [name, [light, dark]] of Object.entries(TOKENS)) {
      expect(light, `${name} light`).to.be.a('string').and.not.equal('');
      expect(dark, `${name} dark`).to.be.a('string').and.not.equal('');
    }
  });

  it('every defined token is read by some element', () => {
    const unused = [...defined].filter((name) => !used.has(name));
    expect(unused, 'defined but never read').to.deep.equal([]);
  });

  it('every palette colour stands out from the surface by at least 3:1 (WCAG 1.4.11), light and dark', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const [lightSurface, darkSurface] = TOKENS['--crm-color-surface'];
    const weak: string[] = [];
    for (const [name, [light, dark]] of Object.entries(TOKENS)) {
      if (!name.startsWith('--crm-palette-')) continue;
      if (contrast(light, lightSurface) < 3) weak.push(`${name} light ${light}: ${contrast(light, lightSurface).toFixed(2)}`);
      if (contrast(dark, darkSurface) < 3) weak.push(`${name} dark ${dark}: ${contrast(dark, darkSurface).toFixed(2)}`);
    }
    expect(weak).to.deep.equal([]);
  });

  it('every public token follows the --crm- naming', () => {
    for (const name of defined) expect(name).to.match(/^--crm-[a-z0-9-]+$/);
  });

  it('a token set on the page reaches inside the element, and the theme attribute switches sets', async () => {
    const el = document.createElement('crm-funnel-token-probe');
    customElements.get('crm-funnel-token-probe') ?? customElements.define('crm-funnel-token-probe', class extends CrmFunnel {});
    document.body.append(el);
    try {
      const read = (name: string) => getComputedStyle(el).getPropertyValue(name).trim();
      el.setAttribute('theme', 'light');
      expect(read('--_crm-color-text')).to.equal(TOKENS['--crm-color-text'][0]);
      el.setAttribute('theme', 'dark');
      expect(read('--_crm-color-text')).to.equal(TOKENS['--crm-color-text'][1]);
      document.body.style.setProperty('--crm-color-text', 'rgb(1, 2, 3)');
      expect(read('--_crm-color-text')).to.equal('rgb(1, 2, 3)');
    } finally {
      document.body.style.removeProperty('--crm-color-text');
      el.remove();
    }
  });
});
