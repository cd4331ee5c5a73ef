/**
 * Words of `<crm-satisfaction>`: the NPS groups and score, margins of error, response counts,
 * the too-few-responses notice, and the one table (table view, CSV) of every figure shown.
 */
import type { Formatters } from '../../format/formatters.js';
import type { NpsResult } from '../../metrics/service/nps.js';
import type { NpsGroup } from '../../metrics/service/survey-members.js';
import type { Period } from '../../table/index.js';
import { periodLabel } from '../kpi/period-label.js';
import type { Cell, TableData } from '../shared/table-data.js';
import { responsesOf, type LowResponses, type SatisfactionView, type SurveyKind, type SurveyScores } from './satisfaction-compute.js';

export const GROUP_NAMES: Record<NpsGroup, string> = { detractors: 'Detractors', passives: 'Passives', promoters: 'Promoters' };
export const GROUP_SCORES: Record<NpsGroup, string> = { detractors: '0–6', passives: '7–8', promoters: '9–10' };
export const KIND_NAMES: Record<SurveyKind, string> = { nps: 'NPS', ces: 'CES', csat: 'CSAT' };

/** Items of each kind named in the notice before "and N more" (all of them are in the table view). */
const LISTED = 6;

/** "1 response", "412 responses" */
export function responses(n: number, f: Formatters): string {
  return `${f.count(n)} response${n === 1 ? '' : 's'}`;
}

/** An NPS in points with its sign: "+23", "−4.5", "0"; an em dash for none. */
export function signed(value: number | null, f: Formatters): string {
  return value !== null && value > 0 ? `+${f.number(value)}` : f.number(value);
}

/**
 * Half the width of the 95% confidence interval of an NPS, in points: each response is +1, 0
 * or −1, so its variance is P + D − (P − D)² for shares P of promoters and D of detractors, and
 * the score's standard error 100 · √(that / n). Null with no response.
 */
export function npsMargin(r: NpsResult): number | null {
  const { promoters: p, detractors: d } = r.shares;
  if (p === null || d === null || r.responses === 0) return null;
  return 1.96 * 100 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / r.responses);
}

/** Half the width of the 95% (normal approximation) interval of a share such as CSAT, as a fraction. */
export function shareMargin(share: number | null, n: number): number | null {
  return share === null || n === 0 ? null : 1.96 * Math.sqrt((share * (1 - share)) / n);
}

/** "too few to trust (fewer than 30)" when `n` responses are short of the threshold, else "". */
export function trustWords(n: number, min: number, f: Formatters): string {
  return n > 0 && n < min ? `Too few responses to trust (fewer than ${f.count(min)})` : '';
}

function lowItems(items: readonly LowResponses[], period: Period, f: Formatters): string {
  const named = items.slice(0, LISTED).map((l) => `${l.start === null ? 'the whole range' : periodLabel(l.start, period, f)} (${f.count(l.responses)})`);
  if (items.length > LISTED) named.push(`and ${f.count(items.length - LISTED)} more`);
  return named.join(', ');
}

/** The notice of scores resting on too few responses, or "" when every score has enough. */
export function lowNotice(view: SatisfactionView, f: Formatters): string {
  if (view.low.length === 0) return '';
  const byKind = (['nps', 'ces', 'csat'] as const).flatMap((kind) => {
    const items = view.low.filter((l) => l.kind === kind);
    return items.length ? [`${KIND_NAMES[kind]} in ${lowItems(items, view.period, f)}`] : [];
  });
  return `Too few responses to trust (fewer than ${f.count(view.minResponses)}): ${byKind.join('; ')}.`;
}

/** "5.3 of 7" */
export function cesWords(r: SurveyScores['ces'], f: Formatters): string {
  return r.value === null ? f.number(null) : `${f.number(r.value)} of ${f.count(r.scale)}`;
}

export function summaryText(label: string, view: SatisfactionView, f: Formatters): string {
  const { nps, ces, csat } = view;
  const shares = nps.responses ? ` (${f.percent(nps.shares.promoters)} promoters, ${f.percent(nps.shares.passives)} passives, ${f.percent(nps.shares.detractors)} detractors)` : '';
  const parts = [
    `NPS ${signed(nps.value, f)} from ${responses(nps.responses, f)}${shares}`,
    `CES ${ces.value === null ? f.number(null) : `${f.number(ces.value)} on 1–${f.count(ces.scale)}`} from ${responses(ces.responses, f)}`,
    `CSAT ${f.percent(csat.value)} satisfied from ${responses(responsesOf(view, 'csat'), f)}`,
  ];
  const low = lowNotice(view, f);
  return `${label}: ${parts.join('; ')}.${low ? ` ${low}` : ''}`;
}

/** Every figure drawn: the whole range first, then each period. */
export function satisfactionTable(view: SatisfactionView, f: Formatters): TableData {
  const rows: Cell[][] = [];
  const text: string[][] = [];
  const lowKinds = (start: string | null) =>
    view.low
      .filter((l) => l.start === start)
      .map((l) => KIND_NAMES[l.kind])
      .join(' ');
  const add = (label: string, start: string | null, s: SurveyScores) => {
    const margin = npsMargin(s.nps);
    const csatN = responsesOf(s, 'csat');
    rows.push([label, start, s.nps.value, margin, s.nps.responses, s.nps.promoters, s.nps.passives, s.nps.detractors, s.ces.value, s.ces.responses, s.csat.value, csatN, lowKinds(start)]);
    text.push([label, start ?? '', signed(s.nps.value, f), margin === null ? f.number(null) : `±${f.number(margin)}`, f.count(s.nps.responses), f.count(s.nps.promoters), f.count(s.nps.passives), f.count(s.nps.detractors), f.number(s.ces.value), f.count(s.ces.responses), f.percent(s.csat.value), f.count(csatN), lowKinds(start)]);
  };
  add('All', null, view);
  for (const p of view.periods) add(periodLabel(p.start, view.period, f), p.start, p);
  const n = { numeric: true };
  const columns = [
    { label: 'Period' },
    { label: 'Starts' },
    { label: 'NPS', ...n },
    { label: 'NPS ± (95%)', ...n },
    { label: 'NPS responses', ...n },
    { label: 'Promoters', ...n },
    { label: 'Passives', ...n },
    { label: 'Detractors', ...n },
    { label: `CES (1–${view.ces.scale})`, ...n },
    { label: 'CES responses', ...n },
    { label: 'CSAT', ...n },
    { label: 'CSAT responses', ...n },
    { label: `Fewer than ${view.minResponses} responses` },
  ];
  return { caption: `Customer satisfaction, by ${view.period}`, columns, rows, text };
}
