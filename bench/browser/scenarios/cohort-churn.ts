/**
 * <crm-cohort-churn> redrawing 52 weekly cohorts × 52 offsets (a year of ISO weeks: the
 * triangle of 1,378 cells and the 52-cell average row), against a plain D3 peer that joins the
 * same cells as rect + text pairs and nothing else (no labels, names, legend or theme). Target:
 * a redraw under 50 ms, timed to the painted frame.
 *
 * - display toggle: percent ↔ counts, at a width where every figure is drawn (the element scrolls).
 * - resize: 1000 ↔ 900 px, where the cells are too small for figures.
 */
import { interpolateRgb, select } from 'd3';
import type { BrowserBench } from '../bench-types.js';
import '../../../src/elements/cohort-churn/define.js';
import type { CrmCohortChurn } from '../../../src/elements/cohort-churn/cohort-churn.js';
import { generateDataset } from '../../../src/generator/index.js';
import { cohortRetention, type CohortRetentionResult } from '../../../src/metrics/customers/cohort-retention.js';
import { runMetric } from '../../../src/metrics/run-metric.js';
import { parseDataset, type Dataset } from '../../../src/schema/index.js';

const TARGET_MS = 50;
const RANGE = { period: 'week', from: '2023-01-02', to: '2024-01-01' } as const;

let data: Dataset | undefined;
/** Generated once for every bench here: 6,000 accounts, whose 2023 gives 52 weekly cohorts. */
function dataset(): Dataset {
  data ??= parseDataset(generateDataset({ seed: 7, accounts: 6000 })).dataset;
  return data;
}

async function element(stage: HTMLElement, width: number): Promise<CrmCohortChurn> {
  const el = document.createElement('crm-cohort-churn');
  for (const [name, value] of Object.entries({ ...RANGE, locale: 'en-US', theme: 'light' })) el.setAttribute(name, value);
  el.style.width = `${width}px`;
  el.data = dataset();
  const rendered = new Promise((resolve) => el.addEventListener('crm-render', resolve, { once: true }));
  stage.append(el);
  await rendered;
  const cells = el.result!.retention.cohorts.reduce((sum, c) => sum + c.counts.length, 0);
  if (el.result!.retention.cohorts.length !== 52 || cells !== 1378) throw new Error(`expected 52 cohorts and 1,378 cells, got ${el.result!.retention.cohorts.length} and ${cells}`);
  return el;
}

interface PeerCell {
  key: string;
  row: number;
  column: number;
  fill: string;
  percent: string;
  count: string;
}

interface Peer {
  svg: SVGSVGElement;
  cells: PeerCell[];
}

/** The peer's cells from the same engine result: one per cohort and offset, plus the average row. */
function peer(stage: HTMLElement): Peer {
  const result: CohortRetentionResult = runMetric(cohortRetention, dataset(), RANGE);
  const ramp = interpolateRgb('#f4f6f9', '#2563b8');
  const cells: PeerCell[] = [];
  const pct = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
  result.cohorts.forEach((c, row) => c.counts.forEach((n, k) => cells.push({ key: `${c.start}/${k}`, row, column: k, fill: ramp(c.rates[k] ?? 0), percent: pct.format(c.rates[k] ?? 0), count: String(n) })));
  result.average.forEach((rate, k) => cells.push({ key: `average/${k}`, row: result.cohorts.length, column: k, fill: ramp(rate ?? 0), percent: pct.format(rate ?? 0), count: pct.format(rate ?? 0) }));
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('font-size', '11');
  stage.append(svg);
  return { svg, cells };
}

/** The peer's whole drawing step: a keyed join of rect + text per cell. */
function drawPeer({ svg, cells }: Peer, cellWidth: number, display: 'percent' | 'count'): void {
  const height = 22;
  select(svg).attr('width', 140 + 52 * cellWidth).attr('height', 54 * height);
  const g = select(svg)
    .selectAll<SVGGElement, PeerCell>('g')
    .data(cells, (d) => d.key)
    .join((enter) => {
      const cell = enter.append('g');
      cell.append('rect');
      cell.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
      return cell;
    });
  g.select('rect').attr('x', (d) => 140 + d.column * cellWidth).attr('y', (d) => d.row * height).attr('width', cellWidth - 1).attr('height', height - 1).attr('fill', (d) => d.fill);
  g.select('text').attr('x', (d) => 140 + d.column * cellWidth + cellWidth / 2).attr('y', (d) => d.row * height + height / 2).text((d) => (cellWidth >= 30 ? d[display] : ''));
}

const displays = ['counts', 'percent'] as const;

export const benches: BrowserBench[] = [
  {
    group: 'cohort-churn: redraw 52 × 52, display toggle (figures drawn)',
    name: '<crm-cohort-churn> display percent ↔ counts',
    targetMs: TARGET_MS,
    setup: (stage) => element(stage, 2000),
    async run(el, i) {
      const target = el as CrmCohortChurn;
      target.display = displays[i % 2]!;
      await target.updateComplete;
    },
  },
  {
    group: 'cohort-churn: redraw 52 × 52, display toggle (figures drawn)',
    name: 'plain D3 peer: 1,430 rect + text pairs, new text',
    peer: true,
    setup(stage) {
      const p = peer(stage);
      drawPeer(p, 36, 'percent');
      return p;
    },
    run: (p, i) => drawPeer(p as Peer, 36, i % 2 ? 'percent' : 'count'),
  },
  {
    group: 'cohort-churn: redraw 52 × 52, resize 1000 ↔ 900 px',
    name: '<crm-cohort-churn> resized',
    targetMs: TARGET_MS,
    setup: (stage) => element(stage, 1000),
    async run(el, i) {
      const target = el as CrmCohortChurn;
      const rendered = new Promise((resolve) => target.addEventListener('crm-render', resolve, { once: true }));
      target.style.width = i % 2 ? '1000px' : '900px';
      await rendered;
    },
  },
  {
    group: 'cohort-churn: redraw 52 × 52, resize 1000 ↔ 900 px',
    name: 'plain D3 peer: 1,430 rect + text pairs, new geometry',
    peer: true,
    setup(stage) {
      const p = peer(stage);
      drawPeer(p, 16, 'percent');
      return p;
    },
    run: (p, i) => drawPeer(p as Peer, i % 2 ? 16 : 14, 'percent'),
  },
];
