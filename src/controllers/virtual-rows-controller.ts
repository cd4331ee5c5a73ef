/**
 * VirtualRowsController: a long list of equal-height rows in a scroll box, of which only the
 * rows in view (and a few either side) are rendered, with one tab stop that moves row by row.
 *
 * It follows the scroll box (`scroll`, and its height through a ResizeObserver) and asks the
 * host to render again only when the set of rows to render changes, so a scroll within a row
 * costs nothing. Keys: ArrowUp/Down one row, PageUp/Down one page, Home/End (with or without
 * Ctrl) the ends, each scrolling the row into view and focusing it; Enter or Space selects the
 * focused row, Escape clears the selection.
 *
 * The host renders `rows()` (in order) inside the scroll box, each at `top: index × rowHeight`,
 * with `tabindex=${tabIndexOf(index)}`, and forwards `keydown` to `onKeydown`, a row's `focus`
 * to `onFocus`. The focused row is always among `rows()`, even when scrolled out of view, so a
 * screen reader or keyboard user never loses the place when the page is scrolled by a wheel.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { revealRow, rowAfterKey, rowsPerPage, visibleRows, type RowRange } from './virtual-rows.js';

export interface VirtualRowsOptions {
  /** How many rows the list has now. */
  count(): number;
  /** The scroll box, once rendered (null while another state or view shows). */
  scroller(): HTMLElement | null;
  /** Pixels per row (every row the same). */
  rowHeight: number;
  /** Pixels of the sticky header at the top of the scroll box, above the rows. */
  headerHeight: number;
  /** Rows rendered beyond each edge of the view (default 5). */
  overscan?: number;
  /** Called with the selected row's index, or -1 when the selection is cleared. */
  onSelect(index: number): void;
  /** Move DOM focus to row `index` (rendered by then). */
  focusRow(index: number): void;
}

/** The box height assumed before the scroll box is measured: about a dozen rows. */
const UNMEASURED_HEIGHT = 400;

export class VirtualRowsController implements ReactiveController {
  /** The row with the tab stop; -1 before any (row 0 then holds it). */
  active = -1;
  /** The selected row; -1 for none. */
  selected = -1;
  /** The scroll position the rows are rendered for. */
  scrollTop = 0;
  /** Pixels of rows in view (the box minus its header). */
  viewportHeight = UNMEASURED_HEIGHT;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: VirtualRowsOptions;
  #scroller: HTMLElement | null = null;
  #range: RowRange = { start: 0, end: 0 };
  readonly #resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.#measure());

  constructor(host: ReactiveControllerHost & HTMLElement, options: VirtualRowsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get #overscan(): number {
    return this.#options.overscan ?? 5;
  }

  /** The rows to render, in order: those in view with the overscan, and the focused row. */
  rows(): number[] {
    const count = this.#options.count();
    const range = (this.#range = this.#window(count));
    const rows: number[] = [];
    const stop = this.tabStop;
    if (stop >= 0 && stop < range.start) rows.push(stop);
    for (let i = range.start; i < range.end; i++) rows.push(i);
    if (stop >= range.end) rows.push(stop);
    return rows;
  }

  /** The row holding the tab stop: the active one, else the first (-1 for an empty list). */
  get tabStop(): number {
    const count = this.#options.count();
    return count === 0 ? -1 : Math.min(count - 1, Math.max(0, this.active));
  }

  tabIndexOf(index: number): 0 | -1 {
    return index === this.tabStop ? 0 : -1;
  }

  #window(count: number): RowRange {
    return visibleRows({ scrollTop: this.scrollTop, viewportHeight: this.viewportHeight, rowHeight: this.#options.rowHeight, count, overscan: this.#overscan });
  }

  /** Back in the page: follow the scroll box already drawn, if any. */
  hostConnected(): void {
    this.#attach(this.#options.scroller());
  }

  hostDisconnected(): void {
    this.#attach(null);
  }

  /** Rows change with the data: keep the indexes inside the list. */
  hostUpdate(): void {
    const count = this.#options.count();
    if (this.active >= count) this.active = count - 1;
    if (this.selected >= count) this.selected = -1;
  }

  /** After render: follow the scroll box the host drew (a new one after a view switch). */
  hostUpdated(): void {
    // An update can run after a disconnect: a detached element observes and listens to nothing.
    const scroller = this.#host.isConnected ? this.#options.scroller() : null;
    if (scroller !== this.#scroller) {
      this.#attach(scroller);
      if (scroller && Math.abs(scroller.scrollTop - this.scrollTop) >= 1) scroller.scrollTop = this.scrollTop;
    }
  }

  #attach(scroller: HTMLElement | null): void {
    if (this.#scroller) {
      this.#scroller.removeEventListener('scroll', this.#onScroll);
      this.#resize?.unobserve(this.#scroller);
    }
    this.#scroller = scroller;
    if (scroller) {
      scroller.addEventListener('scroll', this.#onScroll, { passive: true });
      this.#resize?.observe(scroller);
    }
  }

  #measure(): void {
    const box = this.#scroller;
    if (!box || box.clientHeight === 0) return;
    const height = Math.max(this.#options.rowHeight, box.clientHeight - this.#options.headerHeight);
    if (height === this.viewportHeight) return;
    this.viewportHeight = height;
    this.#rangeMayHaveChanged();
  }

  readonly #onScroll = (): void => {
    if (!this.#scroller) return;
    this.scrollTop = this.#scroller.scrollTop;
    this.#rangeMayHaveChanged();
  };

  /** Render again only when another set of rows is due: a scroll within the overscan is free. */
  #rangeMayHaveChanged(): void {
    const next = this.#window(this.#options.count());
    if (next.start !== this.#range.start || next.end !== this.#range.end) this.#host.requestUpdate();
  }

  /** Back to the top, with the first row holding the tab stop (a new sort or a new list). */
  reset(): void {
    this.active = -1;
    this.scrollTop = 0;
    if (this.#scroller) this.#scroller.scrollTop = 0;
    this.#host.requestUpdate();
  }

  /** Scroll row `index` into view, make it the tab stop and focus it. */
  moveTo(index: number): void {
    const count = this.#options.count();
    if (count === 0) return;
    const row = Math.min(count - 1, Math.max(0, index));
    this.active = row;
    this.scrollTop = revealRow(row, this.scrollTop, this.viewportHeight, this.#options.rowHeight);
    if (this.#scroller) this.#scroller.scrollTop = this.scrollTop;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#options.focusRow(row));
  }

  /** Focus (by pointer or Tab) moved onto row `index`. */
  onFocus(index: number): void {
    if (this.active === index) return;
    this.active = index;
    this.#host.requestUpdate();
  }

  select(index: number): void {
    this.selected = index;
    if (index >= 0) this.active = index;
    this.#options.onSelect(index);
    this.#host.requestUpdate();
  }

  /** Forget the selection without announcing it: whoever cleared it (a dashboard) already knows. */
  clear(): void {
    if (this.selected < 0) return;
    this.selected = -1;
    this.#host.requestUpdate();
  }

  onKeydown = (event: KeyboardEvent): void => {
    const count = this.#options.count();
    if (count === 0) return;
    const current = this.tabStop;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(current);
      return;
    }
    if (event.key === 'Escape') {
      if (this.selected < 0) return;
      event.preventDefault();
      this.select(-1);
      return;
    }
    const next = rowAfterKey(event.key, current, count, rowsPerPage(this.viewportHeight, this.#options.rowHeight));
    if (next === null) return;
    event.preventDefault();
    this.moveTo(next);
  };
}
