/**
 * The arithmetic of a virtual list of equal-height rows: which rows a scroll position shows,
 * where to scroll so a row is seen, and where a key moves the focused row. Pure, so it is
 * tested without a DOM; VirtualRowsController (virtual-rows-controller.ts) applies it.
 *
 * Coordinates are the rows' own: row `i` spans [i × rowHeight, (i + 1) × rowHeight), and the
 * viewport is the part of the scroll box below any sticky header.
 */

/** Rows `start` (included) to `end` (excluded). */
export interface RowRange {
  start: number;
  end: number;
}

export interface RowWindow {
  /** Pixels scrolled from the first row. */
  scrollTop: number;
  /** Pixels of rows the scroll box shows at once. */
  viewportHeight: number;
  rowHeight: number;
  count: number;
  /** Rows kept above and below the visible ones, so a short scroll shows no gap. */
  overscan: number;
}

/** The rows to render: those in view, widened by `overscan` on each side, clamped to the list. */
export function visibleRows({ scrollTop, viewportHeight, rowHeight, count, overscan }: RowWindow): RowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  const last = Math.ceil((top + Math.max(rowHeight, viewportHeight)) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) };
}

/** Whole rows the viewport shows: the step of PageUp and PageDown (at least one). */
export function rowsPerPage(viewportHeight: number, rowHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / rowHeight));
}

/** The scroll position that brings row `index` fully into view, moving as little as possible. */
export function revealRow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

/**
 * The row a navigation key moves focus to from `current` (ArrowUp/Down one row, PageUp/Down one
 * page, Home/End the ends), clamped to the list; null for any other key.
 */
export function rowAfterKey(key: string, current: number, count: number, page: number): number | null {
  if (count <= 0) return null;
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'PageDown':
      return clamp(current + page);
    case 'PageUp':
      return clamp(current - page);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
