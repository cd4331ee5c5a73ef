/**
 * What every chart does to its focusable marks: one tab stop, a name, the pressed state of a
 * selectable mark, and pointer and keyboard events reported with the mark's index.
 */
import type { Selection } from 'd3';

export interface MarkHandlers<Target extends SVGElement = SVGGElement> {
  focus(index: number, target: Target): void;
  blur(): void;
  hover(index: number, target: Target): void;
  leave(): void;
  select(index: number): void;
  keydown(event: KeyboardEvent): void;
}

export interface AccessibleMark {
  tabIndex: number;
  ariaLabel: string;
  /** Set on selectable marks: drawn as `aria-pressed`. */
  selected?: boolean;
}

/**
 * Wire `selection`'s marks (the data of each is one of `marks`). Without `on.select` the marks
 * are not selectable: no `aria-pressed`, no click.
 */
export function bindMarks<Target extends SVGElement, Mark extends AccessibleMark>(
  selection: Selection<Target, Mark, Element | null, unknown>,
  marks: readonly Mark[],
  on: Omit<MarkHandlers<Target>, 'select'> & Partial<Pick<MarkHandlers<Target>, 'select'>>,
): void {
  selection
    .attr('tabindex', (d) => d.tabIndex)
    .attr('aria-label', (d) => d.ariaLabel)
    .on('focus', function (_event, d) {
      on.focus(marks.indexOf(d), this);
    })
    .on('blur', () => on.blur())
    .on('pointerenter', function (_event, d) {
      on.hover(marks.indexOf(d), this);
    })
    .on('pointerleave', () => on.leave())
    .on('keydown', (event: Event) => on.keydown(event as KeyboardEvent));
  const select = on.select;
  if (select) selection.attr('aria-pressed', (d) => String(d.selected)).on('click', (_event, d) => select(marks.indexOf(d)));
}
