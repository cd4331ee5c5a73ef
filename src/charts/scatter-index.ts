/**
 * A uniform grid over a scatter's points in pixels, for hover: the nearest point to the pointer
 * is found by looking at the few cells around it, never by scanning every point. Building it is
 * one counting sort (two passes over the points, no object per point), so it is cheap to
 * rebuild whenever the points move (new data, a resize, another scale).
 */

export class ScatterIndex {
  /** The point indexes, grouped by cell: cell c holds `order[start[c] .. start[c + 1])`. */
  readonly #order: Int32Array;
  readonly #start: Int32Array;
  readonly #x: Float32Array;
  readonly #y: Float32Array;
  readonly #cell: number;
  readonly #columns: number;
  readonly #rows: number;

  /**
   * @param x - Each point's x in pixels.
   * @param y - Each point's y in pixels (same length as `x`).
   * @param width - Extent of the area in pixels; points outside it go to the edge cells.
   * @param height - As `width`.
   * @param cell - Cell size in pixels: the hover radius is a good choice (a query then reads 3 × 3 cells).
   */
  constructor(x: Float32Array, y: Float32Array, width: number, height: number, cell: number) {
    if (x.length !== y.length) throw new RangeError(`ScatterIndex: x has ${x.length} points, y has ${y.length}`);
    if (!(cell > 0)) throw new RangeError(`ScatterIndex: cell size must be positive, got ${cell}`);
    this.#x = x;
    this.#y = y;
    this.#cell = cell;
    this.#columns = Math.max(1, Math.ceil(width / cell));
    this.#rows = Math.max(1, Math.ceil(height / cell));
    const cells = this.#columns * this.#rows;
    const cellOf = new Int32Array(x.length);
    const start = new Int32Array(cells + 1);
    for (let i = 0; i < x.length; i++) {
      const c = this.#cellAt(x[i]!, y[i]!);
      cellOf[i] = c;
      start[c + 1]!++;
    }
    for (let c = 0; c < cells; c++) start[c + 1]! += start[c]!;
    const fill = start.slice(0, cells);
    const order = new Int32Array(x.length);
    for (let i = 0; i < x.length; i++) order[fill[cellOf[i]!]!++] = i;
    this.#order = order;
    this.#start = start;
  }

  #column(px: number): number {
    // NaN (a point that could not be placed) lands in cell 0 and is never nearest: its distance is NaN.
    return Math.min(this.#columns - 1, Math.max(0, Math.floor(px / this.#cell))) || 0;
  }

  #row(py: number): number {
    return Math.min(this.#rows - 1, Math.max(0, Math.floor(py / this.#cell))) || 0;
  }

  #cellAt(px: number, py: number): number {
    return this.#row(py) * this.#columns + this.#column(px);
  }

  /**
   * The point nearest to (px, py) within `radius` pixels, or -1 for none. Of points at the same
   * distance the later one wins: it is drawn on top, so it is the one the pointer is over.
   */
  nearest(px: number, py: number, radius: number): number {
    let best = -1;
    let bestDistance = radius * radius;
    const c0 = this.#column(px - radius);
    const c1 = this.#column(px + radius);
    const r0 = this.#row(py - radius);
    const r1 = this.#row(py + radius);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = r * this.#columns + c;
        for (let k = this.#start[cell]!, end = this.#start[cell + 1]!; k < end; k++) {
          const i = this.#order[k]!;
          const dx = this.#x[i]! - px;
          const dy = this.#y[i]! - py;
          const d = dx * dx + dy * dy;
          if (d < bestDistance || (d === bestDistance && i > best)) {
            best = i;
            bestDistance = d;
          }
        }
      }
    }
    return best;
  }
}
