/**
 * From the campaigns (in the table's sort order) and the element's width to the bars drawn: per
 * campaign a revenue bar over a cost bar on one money scale, the name in a left gutter and the
 * ROI at the right. Scales and words here; SVG in src/charts/bars-chart.ts.
 */
import { fitText, valueAxis, zeroScale } from '../../charts/bars-axis.js';
import type { BarMark, BarsLayout } from '../../charts/bars-chart.js';
import type { Formatters } from '../../format/formatters.js';
import type { CampaignRow } from '../../metrics/marketing/campaign-roi.js';

/** Bar series: the colour classes `s0` (revenue) and `s1` (cost). */
export const REVENUE = 0;
export const COST = 1;

const ROW = 40;
const BAR = 12;
const TOP = 28;
const ROI_WIDTH = 84;

export interface CampaignBarsLayout extends BarsLayout {
  width: number;
  height: number;
}

/** "ROI 72%", or "ROI —" for a campaign that cost nothing. */
export const roiText = (roi: number | null, f: Formatters): string => `ROI ${f.percent(roi, 0)}`;

export function campaignLabel(row: CampaignRow, f: Formatters): string {
  return `${row.name}: cost ${f.money(row.cost)}, revenue ${f.money(row.revenue)}, ${roiText(row.roi, f)}, ${f.count(row.deals)} deals, ${f.count(row.won)} won`;
}

export function layoutCampaignBars(rows: readonly CampaignRow[], width: number, active: number, selected: number, f: Formatters): CampaignBarsLayout {
  const w = Math.max(280, width);
  const gutter = Math.round(Math.min(240, Math.max(96, w * 0.3)));
  const right = w - ROI_WIDTH;
  const height = TOP + rows.length * ROW;
  const x = zeroScale(Math.max(0, ...rows.map((r) => Math.max(r.cost, r.revenue))), gutter, right - 8);
  const focusable = Math.max(0, active);
  const marks = rows.map((row, i): BarMark => {
    const y = TOP + i * ROW;
    const bar = (value: number, top: number, series: number) => ({ x: gutter, y: top, width: x(Math.max(0, value)) - gutter, height: BAR, series });
    return {
      key: row.id,
      hit: { x: 0, y: y + 1, width: w, height: ROW - 2 },
      rects: [bar(row.revenue, y + ROW / 2 - BAR - 1, REVENUE), bar(row.cost, y + ROW / 2 + 1, COST)],
      texts: [
        { x: gutter - 8, y: y + ROW / 2, text: fitText(row.name, gutter - 12), anchor: 'end', className: 'name' },
        { x: w - 4, y: y + ROW / 2, text: roiText(row.roi, f), anchor: 'end', className: row.roi !== null && row.roi < 0 ? 'figure negative' : 'figure' },
      ],
      ariaLabel: campaignLabel(row, f),
      tabIndex: i === focusable ? 0 : -1,
      selected: i === selected,
    };
  });
  return { x: 0, y: 0, width: w, height, marks, ...valueAxis(x, 'x', TOP, height, (v) => f.moneyCompact(v)) };
}
