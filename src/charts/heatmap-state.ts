/**
 * What pointer and keys change on a drawn heatmap — the highlighted row and column, the focus
 * ring, the tab stop, the selection — applied to a handful of nodes, without a redraw.
 */
import type { HeatmapCellRef, HeatmapLayout, HeatmapState } from './heatmap-chart.js';
import { set } from './svg-write.js';

interface Applied {
  layout: HeatmapLayout;
  state: HeatmapState;
}

const applied = new WeakMap<SVGSVGElement, Applied>();
const NONE: HeatmapState = { tabStop: null, selected: null, highlight: null, focused: null };

/** After a redraw: every cell is back to unfocusable and unselected, nothing highlighted. */
export function resetHeatmapState(svg: SVGSVGElement, layout: HeatmapLayout): void {
  for (const cell of svg.querySelectorAll('g.cell[tabindex="0"], g.cell[aria-selected="true"]')) {
    set(cell, 'tabindex', -1);
    set(cell, 'aria-selected', 'false');
    cell.classList.remove('selected');
  }
  for (const label of svg.querySelectorAll('.highlight')) label.classList.remove('highlight');
  applied.set(svg, { layout, state: NONE });
}

/** The cell element at grid coordinates, if drawn. */
export function heatmapCell(svg: SVGSVGElement, ref: HeatmapCellRef | null): SVGGElement | null {
  return ref ? svg.querySelector<SVGGElement>(`g.cell[data-row="${ref.row}"][data-column="${ref.column}"]`) : null;
}

const cellAt = heatmapCell;
const same = (a: HeatmapCellRef | null, b: HeatmapCellRef | null) => a === b || (a !== null && b !== null && a.row === b.row && a.column === b.column);

/** Apply hover/focus highlight, the tab stop and the selection: a few nodes, no redraw. */
export function syncHeatmapState(svg: SVGSVGElement, next: HeatmapState): void {
  const current = applied.get(svg);
  if (!current) return;
  const { state, layout } = current;
  if (!same(state.tabStop, next.tabStop)) {
    const before = cellAt(svg, state.tabStop);
    if (before) set(before, 'tabindex', -1);
  }
  const stop = cellAt(svg, next.tabStop);
  if (stop) set(stop, 'tabindex', 0);
  if (!same(state.selected, next.selected)) {
    const before = cellAt(svg, state.selected);
    before?.classList.remove('selected');
    if (before) set(before, 'aria-selected', 'false');
  }
  const selected = cellAt(svg, next.selected);
  selected?.classList.add('selected');
  if (selected) set(selected, 'aria-selected', 'true');
  highlight(svg, layout, state.highlight, next.highlight);
  ring(svg, layout, next.focused);
  current.state = { ...next };
}

function ring(svg: SVGSVGElement, layout: HeatmapLayout, focused: HeatmapCellRef | null): void {
  const [outer, inner] = svg.querySelectorAll('.focus-ring') as unknown as [SVGRectElement, SVGRectElement];
  const cell = focused ? layout.rows[focused.row]?.cells.find((c) => c.column === focused.column) : undefined;
  for (const node of [outer, inner]) set(node, 'visibility', cell ? 'visible' : 'hidden');
  if (!cell) return;
  const boxes: [SVGRectElement, number][] = [[outer, -1.5], [inner, 1.25]];
  for (const [node, inset] of boxes) {
    set(node, 'x', cell.x + inset);
    set(node, 'y', cell.y + inset);
    set(node, 'width', Math.max(1, layout.cellWidth - 2 * inset));
    set(node, 'height', Math.max(1, layout.cellHeight - 2 * inset));
  }
}

function highlight(svg: SVGSVGElement, layout: HeatmapLayout, before: HeatmapCellRef | null, next: HeatmapCellRef | null): void {
  const rowBox = svg.querySelector('.row-highlight')!;
  const columnBox = svg.querySelector('.column-highlight')!;
  const labels = (ref: HeatmapCellRef | null) => [svg.querySelectorAll('g.row-label')[ref?.row ?? -1], svg.querySelector(`g.column-labels text[data-column="${ref?.column}"]`)];
  if (before) for (const label of labels(before)) label?.classList.remove('highlight');
  const row = next ? layout.rows[next.row] : undefined;
  if (!next || !row || row.cells.length === 0) {
    set(rowBox, 'visibility', 'hidden');
    set(columnBox, 'visibility', 'hidden');
    return;
  }
  for (const label of labels(next)) label?.classList.add('highlight');
  const first = row.cells[0]!;
  const last = row.cells[row.cells.length - 1]!;
  set(rowBox, 'x', layout.sizeX);
  set(rowBox, 'y', row.y);
  set(rowBox, 'width', last.x + layout.cellWidth - layout.sizeX);
  set(rowBox, 'height', layout.cellHeight);
  set(rowBox, 'visibility', 'visible');
  // The column: from the header to the last row that has a cell in it.
  let top = Infinity;
  let bottom = -Infinity;
  let x = first.x;
  for (const r of layout.rows) {
    const cell = r.cells.find((c) => c.column === next.column);
    if (!cell) continue;
    top = Math.min(top, cell.y);
    bottom = Math.max(bottom, cell.y + layout.cellHeight);
    x = cell.x;
  }
  set(columnBox, 'x', x);
  set(columnBox, 'y', Math.min(top, layout.gridY - 20));
  set(columnBox, 'width', layout.cellWidth);
  set(columnBox, 'height', bottom - Math.min(top, layout.gridY - 20));
  set(columnBox, 'visibility', 'visible');
}
