/**
 * The heatmap's D3 drawing step: scaled cells, colours and label text in, SVG out; no metric
 * computed here. A keyed join (rows by key, cells by key) so a redraw — a resize, a display
 * toggle, a new theme — moves and recolours the existing nodes instead of rebuilding them, and
 * attributes are written only when they changed. Pointer, focus and key events are delegated
 * to the SVG (four listeners, not four per cell). Text goes in with `textContent`, so a label
 * like `<img onerror=…>` is drawn as those characters.
 *
 * Each row is a nested `<svg>` viewport (role=row) and its cells are placed in percentages of
 * it: a cell's rect and figure never move within their row. A resize — new cell widths and
 * heights — rewrites four attributes per row, not four per cell, and when the cells' content is
 * the same as last drawn (same words, colours and figures shown) their join is skipped outright.
 * The hairline between cells is a surface-coloured stroke, which needs no inset per cell.
 *
 * Hover, focus and selection change a handful of nodes through `syncHeatmapState`
 * (heatmap-state.ts), without a redraw.
 */
import { select } from 'd3';
import { resetHeatmapState, syncHeatmapState } from './heatmap-state.js';
import { child, set, setText, SVG_NS } from './svg-write.js';

export interface HeatmapCell {
  /** Stable across redraws: `<cohort start>/<offset>`, or `average/<offset>`. */
  key: string;
  /** Grid coordinates: the row (cohorts, then the average row) and the visual column. */
  row: number;
  column: number;
  /** Top-left corner in the SVG's pixels (for the focus ring and highlights; cells are drawn by column). */
  x: number;
  y: number;
  /** CSS colours: the cell's shade and the ink chosen for contrast on it. */
  fill: string;
  ink: string;
  /** The figure drawn in the cell ('' when the cells are too small for text). */
  text: string;
  /** Accessible name: cohort, period, count and rate. */
  label: string;
  /** The cell's period is still running. */
  incomplete: boolean;
}

export interface HeatmapRow {
  key: string;
  /** Cohort name, or "Average". */
  label: string;
  /** The size column's figure. */
  size: string;
  y: number;
  average: boolean;
  /** Whether to print this row's label (dense grids print every n-th). */
  labelled: boolean;
  cells: readonly HeatmapCell[];
}

export interface HeatmapColumn {
  key: string;
  /** Header text; '' where a dense header skips it. */
  label: string;
  x: number;
}

export interface HeatmapLegend {
  x: number;
  y: number;
  width: number;
  /** CSS colours along the gradient, low to high. */
  stops: readonly string[];
  ticks: readonly { x: number; text: string }[];
  /** Lines under the gradient: what the colour means, what is clamped, the hatch. */
  notes: readonly string[];
}

export interface HeatmapLayout {
  width: number;
  height: number;
  cellWidth: number;
  cellHeight: number;
  /** Left edge of the row labels (they end at `sizeX - 8`), the size column and the cells. */
  sizeX: number;
  sizeWidth: number;
  gridX: number;
  gridY: number;
  /** Titles: of the row labels, the size column and the column axis. */
  rowTitle: string;
  sizeTitle: string;
  columnTitle: string;
  /** Accessible name of the grid. */
  gridLabel: string;
  rows: readonly HeatmapRow[];
  columns: readonly HeatmapColumn[];
  legend: HeatmapLegend;
  /**
   * What the cells say and look like, apart from where they are: equal (`===`) to the last
   * drawing's when only the size changed, so that the cells need not be visited. Any value that
   * changes with the cells' words, colours or shown figures (the element's memoised content and
   * whether figures fit).
   */
  cellContent: unknown;
}

/** A cell by its grid coordinates. */
export interface HeatmapCellRef {
  row: number;
  column: number;
}

export interface HeatmapHandlers {
  hover(cell: HeatmapCellRef, target: SVGGElement): void;
  leave(): void;
  focus(cell: HeatmapCellRef, target: SVGGElement): void;
  blur(): void;
  select(cell: HeatmapCellRef): void;
  keydown(event: KeyboardEvent): void;
}

/** What is highlighted, focusable and selected: changed by pointer and keys, without a redraw. */
export interface HeatmapState {
  /** The cell holding the tab stop. */
  tabStop: HeatmapCellRef | null;
  selected: HeatmapCellRef | null;
  /** The cell under the pointer or focus: its row and column are highlighted. */
  highlight: HeatmapCellRef | null;
  /** The cell with keyboard focus: ringed. */
  focused: HeatmapCellRef | null;
}

/** The handlers of each drawn SVG, read by its delegated listeners. */
const handlersOf = new WeakMap<SVGSVGElement, HeatmapHandlers>();

const cellOf = (node: EventTarget | null): SVGGElement | null => (node instanceof Element ? node.closest<SVGGElement>('g.cell') : null);
const refOf = (cell: SVGGElement): HeatmapCellRef => ({ row: Number(cell.dataset.row), column: Number(cell.dataset.column) });

/** The layers, built once per SVG: defs, headers, labels, the size column, the grid, highlights, legend. */
function skeleton(svg: SVGSVGElement): void {
  const defs = child(svg, 'defs', 'defs');
  const hatch = child(defs, 'pattern', 'hatch-pattern');
  hatch.id = 'crm-cohort-hatch';
  for (const [name, value] of [['width', '7'], ['height', '7'], ['patternUnits', 'userSpaceOnUse'], ['patternTransform', 'rotate(45)']]) hatch.setAttribute(name as string, value as string);
  // Two lines side by side, one dark and one light (the styles colour them): one of the two
  // stands out on any shade of the ramp.
  for (const [className, x] of [['hatch-line', '1'], ['hatch-line hatch-line-contrast', '2.5']] as const) {
    const line = child(hatch, 'line', className);
    for (const [name, value] of [['x1', x], ['y1', '0'], ['x2', x], ['y2', '7']] as const) line.setAttribute(name, value);
  }
  const gradient = child(defs, 'linearGradient', 'legend-gradient');
  gradient.id = 'crm-cohort-gradient';
  // Words and figures a screen reader gets from the cells' names already.
  const words = child(svg, 'g', 'words');
  words.setAttribute('aria-hidden', 'true');
  child(words, 'rect', 'size-band');
  child(words, 'text', 'title row-title');
  child(words, 'text', 'title size-title');
  child(words, 'text', 'title column-title');
  child(words, 'g', 'column-labels');
  child(words, 'g', 'row-labels');
  const grid = child(svg, 'g', 'grid');
  grid.setAttribute('role', 'grid');
  const highlights = child(svg, 'g', 'highlights');
  highlights.setAttribute('aria-hidden', 'true');
  child(highlights, 'rect', 'row-highlight');
  child(highlights, 'rect', 'column-highlight');
  // The focus ring: the focus colour outside, the surface colour inside, so that it stands out
  // on every shade of the ramp and on the page.
  child(highlights, 'rect', 'focus-ring focus-ring-outer');
  child(highlights, 'rect', 'focus-ring focus-ring-inner');
  const legend = child(svg, 'g', 'legend');
  legend.setAttribute('aria-hidden', 'true');
  legend.setAttribute('part', 'legend');
  child(legend, 'rect', 'legend-bar').setAttribute('fill', 'url(#crm-cohort-gradient)');
  child(legend, 'g', 'legend-ticks');
  child(legend, 'g', 'legend-notes');

  const on = () => handlersOf.get(svg);
  svg.addEventListener('pointerover', (event) => {
    const cell = cellOf(event.target);
    if (cell) on()?.hover(refOf(cell), cell);
  });
  svg.addEventListener('pointerleave', () => on()?.leave());
  svg.addEventListener('focusin', (event) => {
    const cell = cellOf(event.target);
    if (cell) on()?.focus(refOf(cell), cell);
  });
  svg.addEventListener('focusout', (event) => {
    // Moving between cells is a new focus, not a blur of the grid.
    if (!cellOf(event.relatedTarget)) on()?.blur();
  });
  svg.addEventListener('click', (event) => {
    const cell = cellOf(event.target);
    if (cell) on()?.select(refOf(cell));
  });
  svg.addEventListener('keydown', (event) => {
    if (cellOf(event.target)) on()?.keydown(event);
  });
}

function drawHeaders(svg: SVGSVGElement, layout: HeatmapLayout): void {
  const words = svg.querySelector('g.words')!;
  const titleY = layout.gridY - 24;
  const rowTitle = words.querySelector('.row-title')!;
  set(rowTitle, 'x', layout.sizeX - 8);
  set(rowTitle, 'y', titleY);
  setText(rowTitle, layout.rowTitle);
  const sizeTitle = words.querySelector('.size-title')!;
  set(sizeTitle, 'x', layout.sizeX + layout.sizeWidth - 6);
  set(sizeTitle, 'y', titleY);
  setText(sizeTitle, layout.sizeTitle);
  const columnTitle = words.querySelector('.column-title')!;
  set(columnTitle, 'x', layout.gridX);
  set(columnTitle, 'y', titleY);
  setText(columnTitle, layout.columnTitle);
  const band = words.querySelector('.size-band')!;
  const last = layout.rows[layout.rows.length - 1];
  set(band, 'x', layout.sizeX);
  set(band, 'y', layout.gridY);
  set(band, 'width', layout.sizeWidth - 2);
  set(band, 'height', last ? last.y + layout.cellHeight - layout.gridY : 0);

  select(words.querySelector('g.column-labels')!)
    .selectAll<SVGTextElement, HeatmapColumn>('text')
    .data(layout.columns, (d) => d.key)
    .join('text')
    .each(function (d) {
      set(this, 'x', d.x + layout.cellWidth / 2);
      set(this, 'y', layout.gridY - 6);
      set(this, 'data-column', d.key);
      setText(this, d.label);
    });

  select(words.querySelector('g.row-labels')!)
    .selectAll<SVGGElement, HeatmapRow>('g.row-label')
    .data(layout.rows, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'row-label');
      g.append('text').attr('class', 'cohort');
      g.append('text').attr('class', 'size');
      return g;
    })
    .each(function (d) {
      const y = d.y + layout.cellHeight / 2;
      this.classList.toggle('average', d.average);
      const [cohort, size] = this.children as unknown as [SVGTextElement, SVGTextElement];
      set(cohort, 'x', layout.sizeX - 8);
      set(cohort, 'y', y);
      setText(cohort, d.labelled ? d.label : '');
      set(size, 'x', layout.sizeX + layout.sizeWidth - 6);
      set(size, 'y', y);
      setText(size, d.labelled ? d.size : '');
    });
}

/** The cells' content and column count last drawn into each grid: a resize with the same needs no cell visited. */
const drawnCells = new WeakMap<SVGGElement, { content: unknown; columns: number }>();

/** The cells and column count each row was last drawn from. */
const drawnRows = new WeakMap<SVGSVGElement, { cells: readonly HeatmapCell[]; columns: number }>();

/** `part` of `whole` as an SVG percentage length. */
const percent = (part: number, whole: number): string => `${(100 * part) / whole}%`;

function drawCells(svg: SVGSVGElement, layout: HeatmapLayout): void {
  const grid = svg.querySelector<SVGGElement>('g.grid')!;
  set(grid, 'aria-label', layout.gridLabel);
  const columns = Math.max(1, layout.columns.length);
  // A hairline between cells while they are big enough to spare it.
  grid.classList.toggle('gapped', layout.cellWidth >= 8);
  const rows = select(grid)
    .selectAll<SVGSVGElement, HeatmapRow>('svg.grid-row')
    .data(layout.rows, (d) => d.key)
    .join((enter) => enter.append('svg').attr('class', 'grid-row').attr('role', 'row').attr('overflow', 'visible'))
    .each(function (d) {
      this.classList.toggle('average', d.average);
      set(this, 'x', layout.gridX);
      set(this, 'y', d.y);
      set(this, 'width', columns * layout.cellWidth);
      set(this, 'height', layout.cellHeight);
    });
  const drawn = drawnCells.get(grid);
  if (drawn && drawn.content === layout.cellContent && drawn.columns === columns && rows.size() === layout.rows.length) return;
  drawnCells.set(grid, { content: layout.cellContent, columns });
  rows
    // A row drawn from these very cells at this column count is as drawn: a drawing that adds
    // rows a band at a time (cohort-spread.ts) visits only the new ones.
    .filter(function (d) {
      const before = drawnRows.get(this);
      return !(before && before.cells === d.cells && before.columns === columns);
    })
    .each(function (d) {
      drawnRows.set(this, { cells: d.cells, columns });
    })
    .selectAll<SVGGElement, HeatmapCell>('g.cell')
    .data((d) => d.cells, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'cell').attr('role', 'gridcell').attr('tabindex', -1).attr('aria-selected', 'false');
      g.append('rect').attr('class', 'fill').attr('y', 0).attr('height', '100%');
      return g;
    })
    .each(function (d) {
      set(this, 'data-row', d.row);
      set(this, 'data-column', d.column);
      set(this, 'aria-label', d.label);
      const x = percent(d.column, columns);
      const width = percent(1, columns);
      const rect = this.firstElementChild as SVGRectElement;
      set(rect, 'x', x);
      set(rect, 'width', width);
      set(rect, 'fill', d.fill);
      // A figure exists only while it is shown: a dense grid without figures has half the nodes
      // to style, lay out and move.
      let text = this.lastElementChild instanceof SVGTextElement ? this.lastElementChild : null;
      if (d.text === '') text?.remove();
      else {
        if (!text) {
          text = child(this, 'text', 'figure');
          text.setAttribute('y', '50%');
        }
        set(text, 'x', percent(d.column + 0.5, columns));
        set(text, 'fill', d.ink);
        setText(text, d.text);
      }
      // The hatch lies between the fill and the figure, so that the figure stays readable.
      let hatch = rect.nextElementSibling?.classList.contains('hatch') ? rect.nextElementSibling : null;
      if (d.incomplete && !hatch) {
        hatch = document.createElementNS(SVG_NS, 'rect');
        hatch.setAttribute('class', 'hatch');
        for (const [name, value] of [['y', '0'], ['height', '100%'], ['fill', 'url(#crm-cohort-hatch)']]) hatch.setAttribute(name as string, value as string);
        rect.after(hatch);
      }
      if (!d.incomplete) hatch?.remove();
      if (hatch) {
        set(hatch, 'x', x);
        set(hatch, 'width', width);
      }
    });
}

function drawLegend(svg: SVGSVGElement, legend: HeatmapLegend): void {
  const gradient = svg.querySelector('linearGradient')!;
  select(gradient)
    .selectAll<SVGStopElement, string>('stop')
    .data(legend.stops)
    .join('stop')
    .each(function (color, i) {
      set(this, 'offset', legend.stops.length === 1 ? 1 : i / (legend.stops.length - 1));
      set(this, 'stop-color', color);
    });
  const group = svg.querySelector('g.legend')!;
  const bar = group.querySelector('.legend-bar')!;
  set(bar, 'x', legend.x);
  set(bar, 'y', legend.y);
  set(bar, 'width', legend.width);
  set(bar, 'height', 10);
  select(group.querySelector('g.legend-ticks')!)
    .selectAll<SVGTextElement, HeatmapLegend['ticks'][number]>('text')
    .data(legend.ticks)
    .join('text')
    .each(function (d) {
      set(this, 'x', d.x);
      set(this, 'y', legend.y + 24);
      setText(this, d.text);
    });
  select(group.querySelector('g.legend-notes')!)
    .selectAll<SVGTextElement, string>('text')
    .data(legend.notes)
    .join('text')
    .each(function (d, i) {
      set(this, 'x', legend.x);
      set(this, 'y', legend.y + 44 + i * 16);
      setText(this, d);
    });
}

/** Draw (or redraw) the heatmap into `svg`, then apply `state`. */
export function drawHeatmap(svg: SVGSVGElement, layout: HeatmapLayout, handlers: HeatmapHandlers, state: HeatmapState): void {
  if (!handlersOf.has(svg)) skeleton(svg);
  handlersOf.set(svg, handlers);
  set(svg, 'viewBox', `0 0 ${layout.width} ${layout.height}`);
  set(svg, 'width', layout.width);
  set(svg, 'height', layout.height);
  drawHeaders(svg, layout);
  drawCells(svg, layout);
  drawLegend(svg, layout.legend);
  resetHeatmapState(svg, layout);
  syncHeatmapState(svg, state);
}
