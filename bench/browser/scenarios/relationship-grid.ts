/**
 * <crm-relationship-grid> with 100,000 customers (the generator's accounts and orders, five runs
 * of 100k accounts each, about 102k customers). The targets: a draw under 300 ms, a
 * hover under 16 ms per pointer move, each timed to the painted frame.
 *
 * Draw group, against a plain canvas loop of 100k `arc()` calls at the same pixels:
 * - the draw alone: the element gets a new result (engine already run) and paints it: columns,
 *   scales, 100k points on the canvas, axes, quadrants, panel;
 * - the engine alone: `runMetric(relationshipGroups)` over the table, nothing drawn;
 * - engine + draw: a new fixed threshold, as when a dragged line is released;
 * - one drag frame: the line moved, 100k customers re-classified in the element, canvas redrawn.
 *
 * Hover group, against a linear scan of the 100k points for the nearest plus the same marker
 * move: a pointer move over the plot, the nearest customer found through the grid index, its
 * marker and tooltip drawn.
 */
import type { BrowserBench } from '../bench-types.js';
import '../../../src/elements/relationship-grid/define.js';
import { HOVER_RADIUS, CrmRelationshipGrid } from '../../../src/elements/relationship-grid/relationship-grid.js';
import { customerColumns } from '../../../src/elements/relationship-grid/grid-classify.js';
import { layoutGrid, MARGIN } from '../../../src/elements/relationship-grid/grid-layout.js';
import { generateDataset } from '../../../src/generator/index.js';
import { relationshipGroups, type RelationshipGroupsResult } from '../../../src/metrics/customers/relationship-groups.js';
import { runMetric } from '../../../src/metrics/run-metric.js';
import { parseDataset } from '../../../src/schema/index.js';
import { buildTable, type CrmTable } from '../../../src/table/index.js';

const DRAW_GROUP = 'relationship-grid: draw 100k customers (canvas)';
const HOVER_GROUP = 'relationship-grid: hover over 100k customers';
const WIDTH = 1000;
/** The plot beside the 280 px panel, as the element lays it out at 1,000 px. */
const PLOT = { width: WIDTH - 280 - 16, height: 520 };

interface Shared {
  table: CrmTable;
  /** The same customers split at the medians and at the means: two results to alternate. */
  results: [RelationshipGroupsResult, RelationshipGroupsResult];
}

let shared: Promise<Shared> | undefined;

/** Accounts and orders of five generator runs (ids prefixed): 500k accounts, about 102k customers. */
function sharedData(): Promise<Shared> {
  shared ??= (async () => {
    const accounts: unknown[] = [];
    const orders: unknown[] = [];
    for (let c = 0; c < 5; c++) {
      const part = generateDataset({ seed: 100 + c, accounts: 100_000, timeFormat: 'epoch' });
      for (const a of part.accounts as { id: string }[]) accounts.push({ ...a, id: `${c}-${a.id}` });
      for (const o of part.orders as { id: string; accountId: string }[]) orders.push({ ...o, id: `${c}-${o.id}`, accountId: `${c}-${o.accountId}` });
      await new Promise((resolve) => setTimeout(resolve)); // let the page breathe between runs
    }
    const table = buildTable(parseDataset({ accounts, orders }).dataset);
    const results: Shared['results'] = [runMetric(relationshipGroups, table, {}), runMetric(relationshipGroups, table, { threshold: 'mean' })];
    if (results[0].customers.length < 100_000) throw new Error(`expected 100k customers, got ${results[0].customers.length}`);
    return { table, results };
  })();
  return shared;
}

/**
 * The element with its data already in a table: fed a result (`preset`) it times the draw
 * without the engine; given `engineTable` it runs its own engine step over that table, as it
 * would over a parsed dataset (whose parsing, seconds for 1.2M rows, is not what is timed here).
 */
class PresetGrid extends CrmRelationshipGrid {
  static override properties = { preset: { attribute: false } };
  declare preset: RelationshipGroupsResult | null;
  engineTable: CrmTable | null = null;
  protected override metricProperties(): readonly PropertyKey[] {
    return [...super.metricProperties(), 'preset'];
  }
  protected override compute(table: CrmTable): RelationshipGroupsResult {
    return this.preset ?? super.compute(this.engineTable ?? table);
  }
}
customElements.define('bench-relationship-grid', PresetGrid);

function rendered(el: HTMLElement): Promise<unknown> {
  return new Promise((resolve) => el.addEventListener('crm-render', resolve, { once: true }));
}

/** An element drawing `result`, whose table is the shared one (a tiny dataset: the table comes from `preset`). */
async function presetElement(stage: HTMLElement, result: RelationshipGroupsResult): Promise<PresetGrid> {
  const el = document.createElement('bench-relationship-grid') as PresetGrid;
  el.setAttribute('locale', 'en-US');
  el.setAttribute('theme', 'light');
  el.style.width = `${WIDTH}px`;
  el.preset = result;
  el.data = { orders: [{ id: 'o', accountId: 'a', at: '2024-01-01', amount: 1 }] };
  const done = rendered(el);
  stage.append(el);
  await done;
  return el;
}

/** An element that runs the engine over the shared table on every change. */
async function engineElement(stage: HTMLElement, table: CrmTable): Promise<PresetGrid> {
  const el = await presetElement(stage, (await sharedData()).results[0]);
  el.preset = null;
  el.engineTable = table;
  return el;
}

interface Peer {
  canvas: HTMLCanvasElement;
  x: Float32Array;
  y: Float32Array;
  group: Uint8Array;
}

const PEER_COLORS = ['#5f6b7a', '#d55e00', '#6b4c9a', '#009e73'];

/** The same customers' pixels, from the element's own layout step (untimed). */
async function peerPoints(stage: HTMLElement): Promise<Peer> {
  const { results } = await sharedData();
  const columns = customerColumns(results[0]);
  const geometry = layoutGrid({ columns, thresholds: results[0].thresholds as { loyalty: number; profitability: number }, loyaltyAxis: 'tenure', scale: 'linear', width: PLOT.width, height: PLOT.height });
  const canvas = document.createElement('canvas');
  canvas.width = PLOT.width * devicePixelRatio;
  canvas.height = PLOT.height * devicePixelRatio;
  canvas.style.width = `${PLOT.width}px`;
  stage.append(canvas);
  return { canvas, x: geometry.px, y: geometry.py, group: columns.group };
}

/** The peer's whole draw: a canvas loop of arcs, one fill per point in its group's colour. */
function drawPeer({ canvas, x, y, group }: Peer): void {
  const context = canvas.getContext('2d')!;
  context.setTransform(devicePixelRatio, 0, 0, devicePixelRatio, 0, 0);
  context.clearRect(0, 0, PLOT.width, PLOT.height);
  context.globalAlpha = 0.38;
  for (let i = 0; i < x.length; i++) {
    context.fillStyle = PEER_COLORS[group[i]!]!;
    context.beginPath();
    context.arc(x[i]!, y[i]!, 1.6, 0, 2 * Math.PI);
    context.fill();
  }
}

/** Pointer positions over the plot (seeded), in the dense lower half where most customers are. */
function hoverPositions(count: number): { x: number; y: number }[] {
  let s = 7;
  const random = () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
  return Array.from({ length: count }, () => ({ x: MARGIN.left + random() * (PLOT.width - MARGIN.left - MARGIN.right), y: PLOT.height - MARGIN.bottom - random() * 0.5 * (PLOT.height - MARGIN.top - MARGIN.bottom) }));
}
const POSITIONS = hoverPositions(64);

export const benches: BrowserBench[] = [
  {
    group: DRAW_GROUP,
    name: 'plain canvas loop: 100k arc() at the same pixels',
    peer: true,
    setup: async (stage) => {
      const peer = await peerPoints(stage);
      drawPeer(peer);
      return peer;
    },
    run: (peer) => drawPeer(peer as Peer),
  },
  {
    group: DRAW_GROUP,
    name: '<crm-relationship-grid> draw: a new result → painted (engine not included)',
    targetMs: 300,
    setup: async (stage) => presetElement(stage, (await sharedData()).results[0]),
    async run(el, i) {
      const grid = el as PresetGrid;
      // A new object each time (same customers, the other split), as a new engine result would be.
      grid.preset = { ...(await sharedData()).results[i % 2 ? 0 : 1] };
      await grid.updateComplete;
      if (!grid.shadowRoot!.querySelector('canvas')) throw new Error('no canvas drawn');
    },
  },
  {
    group: DRAW_GROUP,
    name: 'engine only: runMetric(relationshipGroups) over the table, nothing drawn',
    setup: async () => (await sharedData()).table,
    run(table, i) {
      runMetric(relationshipGroups, table as CrmTable, { threshold: i % 2 ? 'median' : 'mean' });
    },
  },
  {
    group: DRAW_GROUP,
    name: '<crm-relationship-grid> engine + draw: a threshold released (the engine runs, then the draw)',
    setup: async (stage) => engineElement(stage, (await sharedData()).table),
    async run(el, i) {
      const grid = el as PresetGrid;
      grid.loyaltyThreshold = i % 2 ? 6 : 9;
      await grid.updateComplete;
    },
  },
  {
    group: DRAW_GROUP,
    name: '<crm-relationship-grid> one drag frame: 100k re-classified, canvas redrawn',
    setup: async (stage) => {
      const el = await presetElement(stage, (await sharedData()).results[0]);
      const handle = el.shadowRoot!.querySelector<SVGGElement>('.threshold.loyalty')!;
      const box = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      const x = Number(handle.querySelector('line.rule')!.getAttribute('x1'));
      handle.dispatchEvent(new PointerEvent('pointerdown', { clientX: box.left + x, clientY: box.top + 10, bubbles: true, pointerId: 9, button: 0 }));
      await el.updateComplete;
      return { el, handle, box, x };
    },
    async run(ctx, i) {
      const { el, handle, box, x } = ctx as { el: PresetGrid; handle: SVGGElement; box: DOMRect; x: number };
      handle.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + x + (i % 2 ? 40 : -40), clientY: box.top + 10, bubbles: true, pointerId: 9 }));
      await el.updateComplete;
    },
  },
  {
    group: HOVER_GROUP,
    name: 'plain peer: linear scan of 100k points for the nearest, marker moved',
    peer: true,
    setup: async (stage) => {
      const peer = await peerPoints(stage);
      drawPeer(peer);
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('style', `position: absolute; left: 0; top: 0; width: ${PLOT.width}px; height: ${PLOT.height}px`);
      const marker = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
      marker.setAttribute('r', '4');
      svg.append(marker);
      stage.append(svg);
      return { ...peer, marker };
    },
    run(ctx, i) {
      const { x, y, marker } = ctx as Peer & { marker: SVGCircleElement };
      const p = POSITIONS[i % POSITIONS.length]!;
      let best = -1;
      let bestD = HOVER_RADIUS * HOVER_RADIUS;
      for (let k = 0; k < x.length; k++) {
        const d = (x[k]! - p.x) ** 2 + (y[k]! - p.y) ** 2;
        if (d < bestD) {
          best = k;
          bestD = d;
        }
      }
      marker.setAttribute('cx', String(best >= 0 ? x[best] : -10));
      marker.setAttribute('cy', String(best >= 0 ? y[best] : -10));
    },
  },
  {
    group: HOVER_GROUP,
    name: '<crm-relationship-grid> pointer move: nearest through the grid index, marker and tooltip',
    targetMs: 16,
    setup: async (stage) => {
      const el = await presetElement(stage, (await sharedData()).results[0]);
      const region = el.shadowRoot!.querySelector('rect.region')!;
      const box = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      // The index is built on the first move; build it here, untimed.
      region.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + 100, clientY: box.top + 100, bubbles: true }));
      return { el, region, box };
    },
    async run(ctx, i) {
      const { el, region, box } = ctx as { el: PresetGrid; region: Element; box: DOMRect };
      const p = POSITIONS[i % POSITIONS.length]!;
      region.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + p.x, clientY: box.top + p.y, bubbles: true }));
      await el.updateComplete;
    },
  },
];
