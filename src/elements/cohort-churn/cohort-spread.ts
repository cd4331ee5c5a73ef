/**
 * A large heatmap's first drawing spread over animation frames, a band of rows per frame. Drawn
 * at once, 666 cells (36 monthly cohorts) made one task of 60–290 ms and the frame after it
 * another 50–120 ms of style and layout for the ~1,700 new SVG nodes; a band of ~150 cells
 * keeps each frame's script, style and layout small. Only a first drawing is spread: a redraw
 * of cells already there (new data, a resize, a display toggle) writes only what changed.
 */
import type { HeatmapLayout } from '../../charts/heatmap-chart.js';

/** Cells from which a first drawing is spread, and about how many each frame adds. */
export const SPREAD_FROM_CELLS = 400;
export const CELLS_PER_FRAME = 150;

/**
 * The layouts to draw one per frame: growing bands of rows, then `layout` itself. Every band
 * keeps the whole drawing's size, headers and legend; each has a `cellContent` of its own, so
 * that the drawing never takes one band's cells for another's.
 */
export function spreadLayouts(layout: HeatmapLayout, perFrame = CELLS_PER_FRAME): HeatmapLayout[] {
  const steps: HeatmapLayout[] = [];
  let cells = 0;
  let sinceStep = 0;
  layout.rows.forEach((row, i) => {
    cells += row.cells.length;
    sinceStep += row.cells.length;
    if (sinceStep >= perFrame && i < layout.rows.length - 1) {
      steps.push({ ...layout, rows: layout.rows.slice(0, i + 1), cellContent: {} });
      sinceStep = 0;
    }
  });
  steps.push(layout);
  return cells >= SPREAD_FROM_CELLS ? steps : [layout];
}

/**
 * The next animation frame; after `fallbackMs` without one (a hidden tab draws no frames) a
 * timer goes on instead, so that a drawing and its `updateComplete` always finish.
 */
export function nextFrame(fallbackMs = 250): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve();
    };
    const frame = requestAnimationFrame(go);
    const timer = setTimeout(go, fallbackMs);
  });
}
