/**
 * GridFocusController: keyboard access to a two-dimensional chart (a heatmap, a matrix) with one
 * tab stop, as the WAI-ARIA grid pattern has it. Left and right move along a row, up and down
 * between rows keeping the column (clamped into rows that are shorter, like a triangular
 * matrix), Home and End go to the ends of the row, Ctrl+Home and Ctrl+End to the first and last
 * cell, Enter or Space selects, Escape clears the selection. MarkFocusController does the same
 * for a single list of marks.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A cell by its row and its column (columns as drawn: a row may start after column 0). */
export interface GridCellRef {
  row: number;
  column: number;
}

export interface GridFocusOptions {
  /** How many rows there are now. */
  rows(): number;
  /** The first and last column of `row` that hold a cell; null for a row without cells. */
  span(row: number): readonly [number, number] | null;
  /** Called with the selected cell, or null when the selection is cleared. */
  onSelect(cell: GridCellRef | null): void;
  /** Move focus to `cell` after it is rendered (the element knows its DOM). */
  focusCell(cell: GridCellRef): void;
}

export class GridFocusController implements ReactiveController {
  /** The cell that holds the tab stop; null before any (the first cell then takes it). */
  active: GridCellRef | null = null;
  selected: GridCellRef | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #options: GridFocusOptions;

  constructor(host: ReactiveControllerHost, options: GridFocusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Cells change with the data: keep the tab stop on a cell that exists, drop a selection that does not. */
  hostUpdate(): void {
    if (this.active && !this.#exists(this.active)) this.active = this.#clamp(this.active);
    if (this.selected && !this.#exists(this.selected)) this.selected = null;
  }

  /** The cell with the tab stop now: the active one, else the first cell (null for an empty grid). */
  get tabStop(): GridCellRef | null {
    return this.active ?? this.#clamp({ row: 0, column: 0 });
  }

  #exists({ row, column }: GridCellRef): boolean {
    const span = row >= 0 && row < this.#options.rows() ? this.#options.span(row) : null;
    return span !== null && column >= span[0] && column <= span[1];
  }

  /** The nearest cell to `cell`: its row clamped into the grid, its column into that row. */
  #clamp(cell: GridCellRef): GridCellRef | null {
    const rows = this.#options.rows();
    if (rows === 0) return null;
    const row = Math.min(rows - 1, Math.max(0, cell.row));
    // Rows without cells are skipped, searching down first, then up.
    for (const r of [...Array.from({ length: rows - row }, (_, i) => row + i), ...Array.from({ length: row }, (_, i) => row - 1 - i)]) {
      const span = this.#options.span(r);
      if (span) return { row: r, column: Math.min(span[1], Math.max(span[0], cell.column)) };
    }
    return null;
  }

  /** Focus (by pointer or Tab) moved onto `cell`. */
  onFocus(cell: GridCellRef): void {
    if (this.active && this.active.row === cell.row && this.active.column === cell.column) return;
    this.active = { ...cell };
    this.#host.requestUpdate();
  }

  select(cell: GridCellRef | null): void {
    this.selected = cell ? { ...cell } : null;
    if (cell) this.active = { ...cell };
    this.#options.onSelect(this.selected);
    this.#host.requestUpdate();
  }

  /** Forget the selection without announcing it: whoever cleared it (a dashboard) already knows. */
  clear(): void {
    if (!this.selected) return;
    this.selected = null;
    this.#host.requestUpdate();
  }

  /** The cell a key moves to from `from`, or null when the key is not a move. */
  #target(event: KeyboardEvent, from: GridCellRef): GridCellRef | null {
    const span = this.#options.span(from.row) ?? [from.column, from.column];
    const ctrl = event.ctrlKey || event.metaKey;
    switch (event.key) {
      case 'ArrowLeft':
        return { row: from.row, column: Math.max(span[0], from.column - 1) };
      case 'ArrowRight':
        return { row: from.row, column: Math.min(span[1], from.column + 1) };
      case 'ArrowUp':
        return this.#clamp({ row: Math.max(0, from.row - 1), column: from.column });
      case 'ArrowDown':
        return this.#clamp({ row: Math.min(this.#options.rows() - 1, from.row + 1), column: from.column });
      case 'Home':
        return ctrl ? this.#clamp({ row: 0, column: 0 }) : { row: from.row, column: span[0] };
      case 'End':
        return ctrl ? this.#clamp({ row: this.#options.rows() - 1, column: Infinity }) : { row: from.row, column: span[1] };
      default:
        return null;
    }
  }

  onKeydown = (event: KeyboardEvent): void => {
    const current = this.tabStop;
    if (!current) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(current);
      return;
    }
    if (event.key === 'Escape') {
      if (!this.selected) return;
      event.preventDefault();
      this.select(null);
      return;
    }
    const next = this.#target(event, current);
    if (!next) return;
    event.preventDefault();
    this.active = next;
    this.#host.requestUpdate();
    this.#options.focusCell(next);
  };
}
