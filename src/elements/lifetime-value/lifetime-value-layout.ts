/**
 * From the segments (in the order drawn) and the element's width to the picture: per segment a
 * lifetime-value bar on one money scale, its name and customers in a left gutter, its parts
 * under the bar, its value and CLV : CAC at the right; and the 3 : 1 rule where a bar's value
 * would be three times the CAC. Scales and words here; SVG in src/charts/.
 */
import { fitText, valueAxis, zeroScale } from '../../charts/bars-axis.js';
import type { BarMark, BarsLayout } from '../../charts/bars-chart.js';
import type { ReferenceRule } from '../../charts/lifetime-value-reference.js';
import type { Formatters } from '../../format/formatters.js';
import type { LifetimeDefinition } from '../../metrics/customers/lifetime-totals.js';
import { partsText, ratioText, segmentLabel, TARGET_RATIO, type SegmentRow } from './lifetime-value-words.js';

const ROW = 52;
const BAR = 16;
const TOP = 28;
const FIGURES = 96;
/** Room under the rows for the rule's label. */
const RULE_LABEL = 24;
/** Width of a character at the small font, as fitText assumes. */
const CHAR = 6.5;

export interface LifetimeValueLayout extends BarsLayout {
  width: number;
  height: number;
  rule: ReferenceRule | null;
}

/** "3 : 1 = 3 × CAC $750". */
export const ruleText = (cac: number, f: Formatters): string => `${TARGET_RATIO} : 1 = ${TARGET_RATIO} × CAC ${f.money(cac)}`;

export function layoutLifetimeValue(rows: readonly SegmentRow[], definition: LifetimeDefinition, cac: number | null, width: number, active: number, selected: number, f: Formatters): LifetimeValueLayout {
  const w = Math.max(300, width);
  const gutter = Math.round(Math.min(200, Math.max(100, w * 0.24)));
  const right = w - FIGURES;
  const target = cac !== null && cac > 0 ? TARGET_RATIO * cac : null;
  const bottom = TOP + rows.length * ROW;
  const x = zeroScale(Math.max(0, target ?? 0, ...rows.map((r) => r.value ?? 0)), gutter, right - 12);
  const focusable = Math.max(0, active);
  const parts = rows.map((row) => fitText(row.value === null ? (row.note ?? '') : partsText(row.parts, definition, f), right - gutter - 12));
  const marks = rows.map((row, i): BarMark => {
    const y = TOP + i * ROW;
    const value = row.value ?? 0;
    return {
      key: row.id,
      hit: { x: 0, y: y + 1, width: w, height: ROW - 2 },
      rects: [{ x: gutter, y: y + 6, width: x(Math.max(0, value)) - gutter, height: BAR, series: 0 }],
      texts: [
        { x: gutter - 8, y: y + 14, text: fitText(row.name, gutter - 12), anchor: 'end', className: 'name' },
        { x: gutter - 8, y: y + 34, text: `${f.count(row.customers)} ${row.customers === 1 ? 'customer' : 'customers'}`, anchor: 'end', className: 'muted' },
        { x: gutter, y: y + 34, text: parts[i] as string, className: 'muted parts' },
        { x: w - 4, y: y + 14, text: f.money(row.value), anchor: 'end', className: 'figure' },
        { x: w - 4, y: y + 34, text: row.ratio === null ? '' : ratioText(row.ratio, f), anchor: 'end', className: row.ratio !== null && row.ratio < TARGET_RATIO ? 'muted below' : 'muted' },
      ],
      ariaLabel: segmentLabel(row, definition, f),
      tabIndex: i === focusable ? 0 : -1,
      selected: i === selected,
    };
  });
  const axis = valueAxis(x, 'x', TOP, bottom, (v) => f.moneyCompact(v));
  let rule: ReferenceRule | null = null;
  if (target !== null) {
    const at = x(target);
    const text = ruleText(target / TARGET_RATIO, f);
    const half = (text.length * CHAR) / 2;
    // Centred under the rule unless that would leave the picture.
    const anchor = at - half < 0 ? 'start' : at + half > w ? 'end' : 'middle';
    // Broken around each parts line it would cross (its width estimated as fitText does).
    const spans: [number, number][] = [];
    let from = TOP - 4;
    parts.forEach((text, i) => {
      if (gutter + text.length * CHAR < at - 2) return;
      spans.push([from, TOP + i * ROW + 26]);
      from = TOP + i * ROW + 43;
    });
    spans.push([from, bottom]);
    rule = { x: at, spans, label: { x: anchor === 'start' ? Math.max(0, at - 4) : anchor === 'end' ? Math.min(w, at + 4) : at, y: bottom + 12, text, anchor } };
  }
  // The ratio column's heading, beside the ticks.
  const guides = target === null ? axis.guides : [...axis.guides, { x: w - 4, y: TOP - 10, text: 'CLV : CAC', anchor: 'end' as const, className: 'tick' }];
  return { x: 0, y: 0, width: w, height: bottom + (rule ? RULE_LABEL : 4), marks, rule, lines: axis.lines, guides };
}
