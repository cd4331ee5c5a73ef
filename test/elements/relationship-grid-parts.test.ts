/**
 * The relationship grid's pure parts: the hover index, the scales (linear, log, symmetric log),
 * the slider keys, and the element's own re-classification checked against the engine.
 */
import { expect } from '@open-wc/testing';
import { ScatterIndex } from '../../src/charts/scatter-index.js';
import { cssColorToRgb, drawScatterCanvas } from '../../src/charts/scatter-canvas.js';
import { customerRevenue } from '../../src/elements/relationship-grid/customer-revenue.js';
import { classify, customerColumns, groupFigures, GROUPS } from '../../src/elements/relationship-grid/grid-classify.js';
import { layoutGrid, type GridAxis } from '../../src/elements/relationship-grid/grid-layout.js';
import { pointStyle } from '../../src/elements/relationship-grid/grid-chart-layout.js';
import { thresholdAfterKey } from '../../src/elements/relationship-grid/threshold-keys.js';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type Dataset } from '../../src/schema/index.js';
import { buildTable } from '../../src/table/index.js';

/** A seeded generator of numbers in [0, 1) (Park–Miller), so the random cases are the same on every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return (s - 1) / 2147483646;
  };
}

describe('ScatterIndex (hover)', () => {
  // Hand-placed: two points 3 px apart, one far away, one sharing a spot with another.
  const x = Float32Array.from([10, 13, 200, 50, 50]);
  const y = Float32Array.from([10, 10, 150, 60, 60]);
  const index = new ScatterIndex(x, y, 300, 200, 12);

  it('returns the nearest point within the radius', () => {
    expect(index.nearest(11, 10, 12)).to.equal(0);
    expect(index.nearest(12, 10, 12)).to.equal(1);
    expect(index.nearest(195, 152, 12)).to.equal(2);
  });

  it('returns -1 when no point is within the radius, even if one is in a neighbouring cell', () => {
    expect(index.nearest(100, 100, 12)).to.equal(-1);
    expect(index.nearest(200, 163, 12)).to.equal(-1); // 13 px below point 2
    expect(index.nearest(200, 161, 12)).to.equal(2); // 11 px
  });

  it('of two points at the same spot returns the later one (drawn on top)', () => {
    expect(index.nearest(50, 61, 12)).to.equal(4);
  });

  it('agrees with a scan of every point on 2,000 random queries over 20,000 clustered points', () => {
    const random = seeded(42);
    const n = 20_000;
    const px = new Float32Array(n);
    const py = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      // Most points crowd near the bottom, as customers crowd near zero profit.
      px[i] = random() * 700;
      py[i] = 500 - random() ** 4 * 500;
    }
    const grid = new ScatterIndex(px, py, 700, 500, 12);
    for (let q = 0; q < 2000; q++) {
      const qx = random() * 720 - 10;
      const qy = random() * 520 - 10;
      let best = -1;
      let bestD = 12 * 12;
      for (let i = 0; i < n; i++) {
        const d = (px[i]! - qx) ** 2 + (py[i]! - qy) ** 2;
        if (d < bestD || (d === bestD && i > best)) {
          best = i;
          bestD = d;
        }
      }
      expect(grid.nearest(qx, qy, 12), `query ${q} at ${qx}, ${qy}`).to.equal(best);
    }
  });

  it('refuses columns of different lengths and a cell size that is not positive', () => {
    expect(() => new ScatterIndex(new Float32Array(2), new Float32Array(3), 10, 10, 5)).to.throw(RangeError, 'x has 2 points, y has 3');
    expect(() => new ScatterIndex(new Float32Array(2), new Float32Array(2), 10, 10, 0)).to.throw(RangeError, 'cell size must be positive');
  });
});

describe('drawScatterCanvas', () => {
  it('blends each point over the background with its opacity, and a point over a point twice', () => {
    const canvas = document.createElement('canvas');
    const red = { r: 200, g: 0, b: 0 };
    const bg = { r: 255, g: 255, b: 255 };
    drawScatterCanvas(canvas, { x: Float32Array.from([10.5, 30.5, 30.5]), y: Float32Array.from([10.5, 10.5, 10.5]), color: Uint8Array.from([0, 0, 0]) }, { width: 40, height: 20, dpr: 1, radius: 3, opacity: 0.5, background: bg, colors: [red] });
    const pixel = (px: number, py: number) => [...canvas.getContext('2d')!.getImageData(px, py, 1, 1).data];
    // Centre pixel: full coverage at opacity 0.5 (weight 128 of 256).
    const once = (c: number, b: number) => (c * 128 + b * 128) >> 8;
    expect(pixel(10, 10)).to.deep.equal([once(200, 255), once(0, 255), once(0, 255), 255]);
    expect(pixel(30, 10)).to.deep.equal([once(200, once(200, 255)), once(0, once(0, 255)), once(0, once(0, 255)), 255]);
    expect(pixel(0, 0)).to.deep.equal([255, 255, 255, 255]);
    expect(pixel(20, 10)).to.deep.equal([255, 255, 255, 255]);
    expect(canvas.width).to.equal(40);
  });

  it('draws at device pixels: twice as many pixels at dpr 2, the same CSS size', () => {
    const canvas = document.createElement('canvas');
    drawScatterCanvas(canvas, { x: Float32Array.from([5]), y: Float32Array.from([5]), color: Uint8Array.from([0]) }, { width: 40, height: 20, dpr: 2, radius: 2, opacity: 1, background: { r: 0, g: 0, b: 0 }, colors: [{ r: 255, g: 255, b: 255 }] });
    expect([canvas.width, canvas.height, canvas.style.width, canvas.style.height]).to.deep.equal([80, 40, '40px', '20px']);
    expect([...canvas.getContext('2d')!.getImageData(10, 10, 1, 1).data]).to.deep.equal([255, 255, 255, 255]);
  });

  it('reads any CSS colour as RGB', () => {
    expect(cssColorToRgb('#d55e00')).to.deep.equal({ r: 0xd5, g: 0x5e, b: 0 });
    expect(cssColorToRgb('rgb(1, 2, 3)')).to.deep.equal({ r: 1, g: 2, b: 3 });
    expect(cssColorToRgb('rebeccapurple')).to.deep.equal({ r: 102, g: 51, b: 153 });
  });

  it('point size and opacity change smoothly with the count: the same at the SVG/canvas switch', () => {
    expect(pointStyle(2000)).to.deep.equal({ radius: 3.5, opacity: 0.8 });
    expect(pointStyle(2001).radius).to.be.closeTo(3.5, 0.001);
    expect(pointStyle(100_000).radius).to.be.closeTo(3.5 - 1.1 * Math.log10(50), 1e-9);
    expect(pointStyle(10_000_000)).to.deep.equal({ radius: 1.6, opacity: 0.35 });
  });
});

describe('grid scales', () => {
  const columns = (loyalty: number[], profitability: number[]) => ({ ids: loyalty.map((_, i) => `c${i}`), loyalty: Float64Array.from(loyalty), profitability: Float64Array.from(profitability), group: new Uint8Array(loyalty.length) });

  it('linear: from 0 (or the lowest value) to a nice top; each customer at its pixel', () => {
    const g = layoutGrid({ columns: columns([0, 6, 12], [-50, 100, 900]), thresholds: { loyalty: 6, profitability: 100 }, loyaltyAxis: 'tenure', scale: 'linear', width: 600, height: 400 });
    expect(g.x.domain).to.deep.equal([0, 12]);
    // d3's nice() with about one tick per 48 px: steps of 200.
    expect(g.y.domain).to.deep.equal([-200, 1000]);
    expect(g.y.ticks).to.deep.equal([-200, 0, 200, 400, 600, 800, 1000]);
    expect(g.y.kind).to.equal('linear');
    expect(g.px[1]).to.be.closeTo((g.plot.left + g.plot.right) / 2, 1e-3);
    expect(g.py[1]).to.be.closeTo(g.plot.bottom - ((100 + 200) / 1200) * (g.plot.bottom - g.plot.top), 1e-3);
  });

  it('log: a true log scale with decade ticks when every value and the threshold are positive', () => {
    const g = layoutGrid({ columns: columns([1, 2, 3], [3, 450, 87_000]), thresholds: { loyalty: 2, profitability: 450 }, loyaltyAxis: 'tenure', scale: 'log', width: 600, height: 400 });
    expect(g.y.kind).to.equal('log');
    expect(g.y.domain).to.deep.equal([1, 100_000]);
    expect(g.y.ticks).to.deep.equal([1, 10, 100, 1000, 10_000, 100_000]);
    // Equal ratios are equal distances.
    expect(g.y.toPixel(10) - g.y.toPixel(100)).to.be.closeTo(g.y.toPixel(1000) - g.y.toPixel(10_000), 1e-6);
  });

  it('log with zero or losses: a symmetric log scale, so that no customer falls off the chart', () => {
    const g = layoutGrid({ columns: columns([1, 2, 3, 4], [-480, 0, 350, 31_000]), thresholds: { loyalty: 2, profitability: 350 }, loyaltyAxis: 'tenure', scale: 'log', width: 600, height: 400 });
    expect(g.y.kind).to.equal('symlog');
    expect(g.y.domain).to.deep.equal([-500, 50_000]);
    expect(g.y.ticks).to.include(0);
    expect(g.y.ticks.every((t, i) => i === 0 || t > g.y.ticks[i - 1]!)).to.equal(true);
    for (const p of g.py) expect(p).to.be.within(g.plot.top, g.plot.bottom);
    expect(g.y.toPixel(0)).to.be.lessThan(g.y.toPixel(-480));
    // A fixed threshold at or below zero also needs the symmetric scale.
    expect(layoutGrid({ columns: columns([1], [10]), thresholds: { loyalty: 1, profitability: 0 }, loyaltyAxis: 'tenure', scale: 'log', width: 600, height: 400 }).y.kind).to.equal('symlog');
  });

  it('regularity runs from 0% to 100%', () => {
    const g = layoutGrid({ columns: columns([0.25, 1], [1, 2]), thresholds: { loyalty: 0.5, profitability: 1 }, loyaltyAxis: 'regularity', scale: 'linear', width: 600, height: 400 });
    expect(g.x.domain).to.deep.equal([0, 1]);
  });
});

describe('threshold keys', () => {
  const axis: GridAxis = layoutGrid({
    columns: { ids: ['a'], loyalty: Float64Array.from([0]), profitability: Float64Array.from([0]), group: new Uint8Array(1) },
    thresholds: { loyalty: 50, profitability: 0 },
    loyaltyAxis: 'tenure',
    scale: 'linear',
    width: 668,
    height: 400,
  }).x; // 0 … 50 months over 574 px

  it('arrow keys move 1% of the axis, Page keys 10%, Home and End to the ends, clamped', () => {
    expect(axis.domain).to.deep.equal([0, 50]);
    expect(thresholdAfterKey('ArrowRight', 20, axis)).to.be.closeTo(20.5, 1e-9);
    expect(thresholdAfterKey('ArrowUp', 20, axis)).to.be.closeTo(20.5, 1e-9);
    expect(thresholdAfterKey('ArrowLeft', 20, axis)).to.be.closeTo(19.5, 1e-9);
    expect(thresholdAfterKey('PageUp', 20, axis)).to.be.closeTo(25, 1e-9);
    expect(thresholdAfterKey('PageDown', 20, axis)).to.be.closeTo(15, 1e-9);
    expect(thresholdAfterKey('Home', 20, axis)).to.equal(0);
    expect(thresholdAfterKey('End', 20, axis)).to.equal(50);
    expect(thresholdAfterKey('PageUp', 48, axis)).to.equal(50);
    expect(thresholdAfterKey('Tab', 20, axis)).to.equal(null);
  });
});

describe('re-classifying in the element equals the engine with the threshold fixed', () => {
  let dataset: Dataset;
  before(() => {
    dataset = parseDataset(generateDataset({ seed: 11, accounts: 1500 })).dataset;
  });

  const variants = [
    { name: 'tenure × margin', options: {} },
    { name: 'tenure × margin per year', options: { per: 'year' } },
    { name: 'regularity × revenue', options: { loyalty: 'regularity', profitability: 'revenue' } },
    { name: 'tenure × revenue, from 2023', options: { profitability: 'revenue', from: '2023-01-01' } },
  ];
  for (const { name, options } of variants) {
    it(`${name}: counts, revenue and share of every group, for thresholds across the range`, () => {
      const table = buildTable(dataset);
      const base = computeMetric('relationship-groups', dataset, options);
      const columns = customerColumns(base);
      const revenue = customerRevenue(table, options, base, columns);
      // The engine's own split first: the element's columns and revenue reproduce it exactly.
      expect(groupFigures(classify(columns, base.thresholds as { loyalty: number; profitability: number }), revenue)).to.deep.equal(
        Object.fromEntries(GROUPS.map((g) => [g, { count: base.groups[g].count, revenue: base.groups[g].revenue, share: base.groups[g].share }])),
      );
      const sortedL = [...columns.loyalty].sort((a, b) => a - b);
      const sortedP = [...columns.profitability].sort((a, b) => a - b);
      const at = (sorted: number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))]!;
      // Values of real customers (ties at the threshold count as high) and values between them.
      for (const [ql, qp] of [[0.1, 0.9], [0.5, 0.5], [0.75, 0.2], [0, 1], [0.33, 0.66]] as const) {
        const fixed = { loyalty: at(sortedL, ql), profitability: at(sortedP, qp) };
        for (const t of [fixed, { loyalty: fixed.loyalty + 0.01, profitability: fixed.profitability - 0.5 }]) {
          const engine = computeMetric('relationship-groups', dataset, { ...options, loyaltyThreshold: t.loyalty, profitabilityThreshold: t.profitability });
          const local = groupFigures(classify(columns, t), revenue);
          for (const g of GROUPS) expect(local[g], `${g} at ${JSON.stringify(t)}`).to.deep.equal({ count: engine.groups[g].count, revenue: engine.groups[g].revenue, share: engine.groups[g].share });
          expect(Array.from(classify(columns, t), (i) => GROUPS[i])).to.deep.equal(engine.customers.map((c) => c.group));
        }
      }
    });
  }
});
