/**
 * The grid's tooltip, written straight into the shadow root instead of through a Lit update:
 * a pointer move over 100k points must cost a marker move and this box, not a re-render of the
 * whole element (TooltipController's way, fine for a funnel's handful of marks). Same markup,
 * part and placement as TooltipController; text only, never markup.
 */
import { placeTooltip, type TooltipContent } from '../../controllers/tooltip-controller.js';

export class GridTooltip {
  #tip: HTMLDivElement | null = null;
  readonly #root: () => ShadowRoot | null;

  constructor(root: () => ShadowRoot | null) {
    this.#root = root;
  }

  show(anchor: Element, content: TooltipContent): void {
    const root = this.#root();
    if (!root) return;
    if (!this.#tip) {
      this.#tip = document.createElement('div');
      this.#tip.setAttribute('part', 'tooltip');
      this.#tip.setAttribute('role', 'tooltip');
      this.#tip.id = 'tooltip';
    }
    const title = document.createElement('strong');
    title.textContent = content.title;
    const lines = content.lines.map((text) => {
      const line = document.createElement('div');
      line.textContent = text;
      return line;
    });
    this.#tip.replaceChildren(title, ...lines);
    if (this.#tip.parentNode !== root) root.append(this.#tip);
    const { left, top } = placeTooltip(anchor.getBoundingClientRect(), this.#tip.getBoundingClientRect(), {
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
    });
    this.#tip.style.left = `${left}px`;
    this.#tip.style.top = `${top}px`;
  }

  hide(): void {
    this.#tip?.remove();
  }
}
