/**
 * Problems the hardening tests found and that are not fixed yet, each with the failing case and
 * the proposed fix. A test that hits one is skipped for that element only (`it.skip`, its title
 * naming the problem), so the suite stays green and the problem stays visible; delete the entry
 * when the fix lands.
 */
import { drawAttributes, type ElementEntry } from './elements.js';

export type ExtremeCase = 'many-stages' | 'ten-thousand-years' | 'overflow';
export type KnownCase = ExtremeCase | 'strict-csp';

// None open. What this suite found and what fixed it:
// - many-stages: 100,000 distinct stage names froze <crm-funnel> for a minute (600,000 SVG
//   nodes). The funnel now refuses more than 100 stages with an error that says so.
// - ten-thousand-years: rows dated 0001-01-01 and 9999-12-31 made a monthly series of 119,988
//   columns in <crm-activity> and <crm-satisfaction>. A series now refuses more than 10,000
//   periods (src/metrics/period-windows.ts).
// - overflow: amounts of 1e308 summed to Infinity and were drawn as "$∞". Money is now bounded
//   at ±1e15 with a 'range' problem (src/schema/fields.ts, fast-rows.ts).
// - strict-csp: <crm-at-risk> set style="top: …px" from a string on each virtual row (refused
//   under style-src without 'unsafe-inline'); it binds styleMap now.
export const KNOWN_ISSUES: Record<KnownCase, Record<string, string>> = {
  'many-stages': {},
  'ten-thousand-years': {},
  overflow: {},
  'strict-csp': {},
};

/** The reason `tag` is skipped in `test`, if it is. */
export const knownIssue = (test: KnownCase, tag: string): string | undefined => KNOWN_ISSUES[test][tag];

/**
 * The chart to put inside a container (a dashboard) when the container is what is tested: the
 * first chart with no known issue and no attribute it needs, so a container is judged on its own.
 */
export function robustChart(elements: readonly ElementEntry[]): string {
  const known = new Set(Object.values(KNOWN_ISSUES).flatMap((issues) => Object.keys(issues)));
  const chart = elements.find((e) => e.kind === 'chart' && !known.has(e.tag) && Object.keys(drawAttributes(e.tag)).length === 0);
  if (!chart) throw new Error('no chart without a known issue to put in a container');
  return chart.tag;
}
