import { expect } from '@open-wc/testing';
import type { HeatmapLayout, HeatmapRow } from '../../src/charts/heatmap-chart.js';
import { CELLS_PER_FRAME, spreadLayouts } from '../../src/elements/cohort-churn/cohort-spread.js';

const row = (i: number, cells: number): HeatmapRow => ({
  key: `r${i}`, label: `r${i}`, size: '1', y: i * 10, average: false, labelled: true,
  cells: Array.from({ length: cells }, (_, k) => ({ key: `r${i}/${k}`, row: i, column: k, x: k * 10, y: i * 10, fill: '#fff', ink: '#000', text: '', label: `r${i}/${k}`, incomplete: false })),
});
const layout = (rows: HeatmapRow[]): HeatmapLayout => ({
  width: 100, height: 100, cellWidth: 10, cellHeight: 10, sizeX: 0, sizeWidth: 10, gridX: 0, gridY: 0, rowTitle: '', sizeTitle: '', columnTitle: '', gridLabel: '',
  rows, columns: [], legend: { x: 0, y: 0, width: 10, stops: [], ticks: [], notes: [] }, cellContent: {},
});

describe('spreadLayouts', () => {
  it('draws a small heatmap at once', () => {
    const small = layout(Array.from({ length: 10 }, (_, i) => row(i, 30)));
    expect(spreadLayouts(small)).to.deep.equal([small]);
    expect(spreadLayouts(small)[0]).to.equal(small);
  });

  it('grows bands of about CELLS_PER_FRAME cells, each with its own content token, and ends with the layout itself', () => {
    const big = layout(Array.from({ length: 30 }, (_, i) => row(i, 25)));
    const steps = spreadLayouts(big);
    expect(steps.map((s) => s.rows.length)).to.deep.equal([6, 12, 18, 24, 30]);
    expect(steps[steps.length - 1]).to.equal(big);
    expect(new Set(steps.map((s) => s.cellContent)).size).to.equal(steps.length);
    for (const step of steps) {
      expect(step.rows).to.deep.equal(big.rows.slice(0, step.rows.length));
      expect([step.height, step.legend]).to.deep.equal([big.height, big.legend]);
    }
    expect(CELLS_PER_FRAME).to.equal(150);
  });
});
