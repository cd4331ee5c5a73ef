import { expect } from '@open-wc/testing';
import type { CSSResultGroup, CSSResultOrNative } from 'lit';
import { collapseMarkupText, minifyCssText } from '../../scripts/minify-template-text.js';
import { CrmActivity } from '../../src/elements/activity/activity.js';
import { CrmAtRisk } from '../../src/elements/at-risk/at-risk.js';
import { CrmCampaignRoi } from '../../src/elements/campaign-roi/campaign-roi.js';
import { CrmCohortChurn } from '../../src/elements/cohort-churn/cohort-churn.js';
import { CrmDashboard } from '../../src/elements/dashboard/dashboard.js';
import { CrmFilters } from '../../src/elements/filters/filters.js';
import { CrmFunnel } from '../../src/elements/funnel/funnel.js';
import { CrmKpi } from '../../src/elements/kpi/kpi.js';
import { CrmLifetimeValue } from '../../src/elements/lifetime-value/lifetime-value.js';
import { CrmRelationshipGrid } from '../../src/elements/relationship-grid/relationship-grid.js';
import { CrmSalesCycle } from '../../src/elements/sales-cycle/sales-cycle.js';
import { CrmSatisfaction } from '../../src/elements/satisfaction/satisfaction.js';
import { CrmService } from '../../src/elements/service/service.js';

const ELEMENTS = [CrmFunnel, CrmCohortChurn, CrmRelationshipGrid, CrmKpi, CrmSalesCycle, CrmCampaignRoi, CrmActivity, CrmLifetimeValue, CrmSatisfaction, CrmService, CrmAtRisk, CrmDashboard, CrmFilters];

function cssTexts(group: CSSResultGroup | undefined): string[] {
  if (!group) return [];
  if (Array.isArray(group)) return group.flatMap((g) => cssTexts(g as CSSResultGroup));
  const style = group as CSSResultOrNative;
  return 'cssText' in style ? [style.cssText] : [];
}

/**
 * The rules the browser reads from `text`, as it writes them back. A custom property keeps its
 * value's tokens as written (`var(--a, #fff)` stays apart from `var(--a,#fff)`, which means the
 * same), so spaces after commas and colons are left out of the comparison.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/([,:]) /g, '$1'));
}

const whole = { first: true, last: true };

describe('minifyCssText (the builds minify the CSS of css`` templates)', () => {
  it("every element's styles parse into the same rules, in fewer bytes", () => {
    for (const element of ELEMENTS) {
      for (const text of cssTexts(element.styles)) {
        const minified = minifyCssText(text, whole);
        expect(rules(minified), element.name).to.deep.equal(rules(text));
        expect(minified.length, element.name).to.be.below(text.length);
      }
    }
  });

  it('keeps quoted strings, spaces that separate values and spaces next to an expression', () => {
    expect(minifyCssText(`\n  a  > b , c:hover {\n    content: '  a ; b  ';\n    width: calc(100% - 2px);\n  }\n`, whole)).to.equal(
      "a > b,c:hover{content:'  a ; b  ';width:calc(100% - 2px)}",
    );
    // `height: ${ROW_HEIGHT}px;` and `minmax(0, 1fr) ${PANEL_WIDTH}px` around their expressions
    expect(minifyCssText('\n  .row {\n    height: ', { first: true, last: false })).to.equal('.row{height:');
    expect(minifyCssText('px;\n  }\n', { first: false, last: true })).to.equal('px}');
    expect(minifyCssText('minmax(0, 1fr) ', { first: false, last: false })).to.equal('minmax(0,1fr) ');
  });

  it('takes comments out, apostrophes in them included', () => {
    expect(minifyCssText("/* The element's own surface. */\n:host { color: red; }", whole)).to.equal(':host{color:red}');
  });
});

describe('collapseMarkupText (the builds take the indentation out of html`` and svg`` templates)', () => {
  const markup = `
    <div part="frame">
      <p>Won <b>12</b>
        of <i>20</i>   deals,</p>
      <ul>
        <li>first</li>
        <li>second</li>
      </ul>
      <svg viewBox="0 0 10 10"><text x="1"
          y="5">a
          b</text></svg>
    </div>
  `;

  /** What a reader sees of `html`, laid out in the page. */
  function shown(html: string): string {
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    const text = `${host.innerText}|${host.querySelector('text')?.textContent?.replace(/\s+/g, ' ')}`;
    host.remove();
    return text;
  }

  it('a line break and the spaces around it become one space; the page shows the same', () => {
    const collapsed = collapseMarkupText(markup);
    expect(collapsed).to.equal(' <div part="frame"> <p>Won <b>12</b> of <i>20</i>   deals,</p> <ul> <li>first</li> <li>second</li> </ul> <svg viewBox="0 0 10 10"><text x="1" y="5">a b</text></svg> </div> ');
    expect(shown(collapsed)).to.equal(shown(markup));
  });
});
