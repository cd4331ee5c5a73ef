/**
 * The revenue-health picture of `<crm-at-risk>`: two bars, revenue and customers, each split into
 * the part at risk and the rest, with the figures written above them (never colour alone). It
 * is the element's SVG and PNG export; the customer list is in the CSV.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { Formatters } from '../../format/formatters.js';
import type { RecencyResult } from '../../metrics/customers/recency.js';

const ROW = 40;
const BAR = 12;
const TEXT_Y = 14;

interface HealthBar {
  /** Words above the bar. */
  text: string;
  /** The part at risk, 0 to 1. */
  share: number;
}

/** The two bars' words and shares (a share without a base draws an empty bar). */
export function healthBars(r: RecencyResult, f: Formatters): HealthBar[] {
  const customers = r.customers.length;
  const customerShare = customers === 0 ? null : r.atRisk / customers;
  return [
    { text: `Revenue at risk: ${f.money(r.revenueAtRisk)} of ${f.money(r.revenue)} (${f.percent(r.shareAtRisk)})`, share: clampShare(r.shareAtRisk) },
    { text: `Customers at risk: ${f.count(r.atRisk)} of ${f.count(customers)} (${f.percent(customerShare)})`, share: clampShare(customerShare) },
  ];
}

/** Revenue can be negative (refunds) or at risk beyond the total: the bar shows 0 to 100 %. */
const clampShare = (share: number | null) => (share === null || !Number.isFinite(share) ? 0 : Math.min(1, Math.max(0, share)));

/** The picture at `width` px. */
export function healthChart(r: RecencyResult, width: number, f: Formatters): TemplateResult {
  const bars = healthBars(r, f);
  const w = Math.max(120, Math.round(width));
  const height = bars.length * ROW;
  return html`<svg part="chart" class="health" role="img" aria-label=${bars.map((b) => b.text).join('. ')} width=${w} height=${height} viewBox="0 0 ${w} ${height}">
    ${bars.map(
      (b, i) => svg`<g transform="translate(0 ${i * ROW})">
        <text class="words" x="0" y=${TEXT_Y}>${b.text}</text>
        <rect class="rest" x="0" y=${TEXT_Y + 6} width=${w} height=${BAR} rx="2"></rect>
        <rect class="risk" x="0" y=${TEXT_Y + 6} width=${(b.share * w).toFixed(2)} height=${BAR} rx="2"></rect>
      </g>`,
    )}
  </svg>`;
}
