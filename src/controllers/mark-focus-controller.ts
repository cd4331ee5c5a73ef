/**
 * MarkFocusController: keyboard access to a chart's marks with one tab stop (a roving
 * tabindex). Arrow keys move between marks, Home and End jump to the ends, Enter or Space
 * selects the focused mark and Escape clears the selection. The element renders each mark with
 * `tabindex=${focus.tabIndexOf(i)}` and forwards `keydown` to `focus.onKeydown`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface MarkFocusOptions {
  /** How many marks there are now. */
  count(): number;
  /** Called with the selected mark's index, or -1 when the selection is cleared. */
  onSelect(index: number): void;
  /** Move focus to mark `index` after it is rendered (the element knows its DOM). */
  focusMark(index: number): void;
}

export class MarkFocusController implements ReactiveController {
  /** The mark that holds the tab stop; -1 before any. */
  active = -1;
  /** The selected mark; -1 for none. */
  selected = -1;
  readonly #host: ReactiveControllerHost;
  readonly #options: MarkFocusOptions;

  constructor(host: ReactiveControllerHost, options: MarkFocusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Marks change with the data: keep the indexes inside the new range. */
  hostUpdate(): void {
    const count = this.#options.count();
    if (this.active >= count) this.active = count - 1;
    if (this.selected >= count) this.selected = -1;
  }

  tabIndexOf(index: number): 0 | -1 {
    return index === Math.max(0, this.active) ? 0 : -1;
  }

  /** Focus (by pointer or Tab) moved onto mark `index`. */
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
    const current = Math.max(0, this.active);
    let next = current;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(count - 1, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.select(current);
        return;
      case 'Escape':
        if (this.selected < 0) return;
        event.preventDefault();
        this.select(-1);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.active = next;
    this.#host.requestUpdate();
    this.#options.focusMark(next);
  };
}

/** What `panelMarkFocus` needs of an element with several panels of marks. */
export interface PanelMarkHost extends ReactiveControllerHost {
  readonly shadowRoot: ShadowRoot | null;
}

/**
 * One MarkFocusController per panel of an element whose panels each hold a row of marks
 * (`g.<panel> g.mark` in its shadow root): each panel is its own tab stop, and a selection is
 * named `<panel>:<key>` (null when cleared). `keys(panel)` lists the panel's marks by key, in
 * drawing order.
 */
export function panelMarkFocus<Panel extends string>(host: PanelMarkHost, panels: readonly Panel[], keys: (panel: Panel) => readonly string[], select: (selection: string | null) => void): Record<Panel, MarkFocusController> {
  return Object.fromEntries(
    panels.map((panel) => [
      panel,
      new MarkFocusController(host, {
        count: () => keys(panel).length,
        onSelect: (index) => select(index < 0 ? null : `${panel}:${keys(panel)[index]}`),
        focusMark: (index) => host.updateComplete.then(() => host.shadowRoot?.querySelectorAll<SVGGElement>(`g.${panel} g.mark`)[index]?.focus()),
      }),
    ]),
  ) as Record<Panel, MarkFocusController>;
}
