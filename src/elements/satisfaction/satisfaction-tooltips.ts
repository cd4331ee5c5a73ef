/**
 * The tooltip of each mark of `<crm-satisfaction>`: the figure, the responses behind it, how
 * sure it is (the 95% margin of error), and whether they are too few to trust.
 */
import type { TooltipContent } from '../../controllers/tooltip-controller.js';
import type { Formatters } from '../../format/formatters.js';
import { periodLabel } from '../kpi/period-label.js';
import { responsesOf, type SatisfactionView } from './satisfaction-compute.js';
import { panelKeys, type Panel } from './satisfaction-layout.js';
import { cesWords, GROUP_NAMES, GROUP_SCORES, npsMargin, responses, shareMargin, signed, trustWords } from './satisfaction-words.js';

const margin = (value: number | null, f: Formatters, unit: string) => (value === null ? [] : [`95% margin of error ±${f.number(value)}${unit}`]);

export function panelTooltip(view: SatisfactionView, panel: Panel, index: number, f: Formatters): TooltipContent | undefined {
  const key = panelKeys(view, panel)[index];
  if (key === undefined) return undefined;
  const min = view.minResponses;
  const lines = (...all: string[]) => all.filter((line) => line !== '');
  switch (panel) {
    case 'nps': {
      const g = key as keyof typeof GROUP_NAMES;
      const r = view.nps;
      return { title: `${GROUP_NAMES[g]} (scores ${GROUP_SCORES[g]})`, lines: lines(`${responses(r[g], f)}, ${f.percent(r.shares[g])} of ${f.count(r.responses)}`, `NPS ${signed(r.value, f)} = ${f.percent(r.shares.promoters)} promoters − ${f.percent(r.shares.detractors)} detractors`, ...margin(npsMargin(r), f, ' points'), trustWords(r.responses, min, f)) };
    }
    case 'trend': {
      const p = view.periods[index];
      if (!p) return undefined;
      const r = p.nps;
      const title = periodLabel(p.start, view.period, f);
      if (r.responses === 0) return { title, lines: ['No NPS responses'] };
      return { title, lines: lines(`NPS ${signed(r.value, f)} from ${responses(r.responses, f)}`, `Promoters ${f.count(r.promoters)} · passives ${f.count(r.passives)} · detractors ${f.count(r.detractors)}`, ...margin(npsMargin(r), f, ' points'), trustWords(r.responses, min, f)) };
    }
    case 'ces': {
      const r = view.ces;
      const point = r.distribution?.find((d) => String(d.score) === key);
      const trust = trustWords(r.responses, min, f);
      if (!point) return { title: `CES mean ${cesWords(r, f)}`, lines: lines(`${responses(r.responses, f)}, some on other scales, rescaled onto 1–${f.count(r.scale)}`, trust) };
      return { title: `CES ${f.count(point.score)} of ${f.count(r.scale)}`, lines: lines(`${responses(point.count, f)}, ${f.percent(point.count / r.responses)} of ${f.count(r.responses)}`, `Mean ${cesWords(r, f)}`, trust) };
    }
    case 'csat': {
      const n = responsesOf(view, 'csat');
      const satisfied = view.csat.numerator ?? 0;
      const yes = key === 'satisfied';
      const count = yes ? satisfied : n - satisfied;
      return { title: yes ? 'Satisfied: the top two points of the scale' : 'Not satisfied: below the top two points', lines: lines(`${responses(count, f)}, ${f.percent(n ? count / n : null)} of ${f.count(n)}`, ...margin(shareMargin(view.csat.value, n) === null ? null : (shareMargin(view.csat.value, n) as number) * 100, f, ' percentage points'), trustWords(n, min, f)) };
    }
  }
}
