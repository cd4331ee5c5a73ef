/**
 * TooltipController: one tooltip per element, living inside its shadow root (no portal, no
 * global styles), shown beside a mark on hover and on keyboard focus, and kept inside the
 * viewport: it flips above or left of the anchor when there is no room, then clamps.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export interface TooltipContent {
  title: string;
  lines: readonly string[];
}

const GAP = 8;
const MARGIN = 4;

/** Where a box of `size` goes beside `anchor` so that it stays inside `viewport`. */
export function placeTooltip(anchor: DOMRectReadOnly, size: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number } {
  let left = anchor.right + GAP;
  if (left + size.width > viewport.width - MARGIN) left = anchor.left - GAP - size.width;
  let top = anchor.top + anchor.height / 2 - size.height / 2;
  if (left < MARGIN) {
    // No room on either side: go above the anchor, or below it.
    left = anchor.left + anchor.width / 2 - size.width / 2;
    top = anchor.top - GAP - size.height;
    if (top < MARGIN) top = anchor.bottom + GAP;
  }
  left = Math.min(Math.max(MARGIN, left), Math.max(MARGIN, viewport.width - MARGIN - size.width));
  top = Math.min(Math.max(MARGIN, top), Math.max(MARGIN, viewport.height - MARGIN - size.height));
  return { left, top };
}

export class TooltipController implements ReactiveController {
  content: TooltipContent | undefined;
  #anchor: Element | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  show(anchor: Element, content: TooltipContent): void {
    this.#anchor = anchor;
    this.content = content;
    this.#host.requestUpdate();
  }

  hide(): void {
    if (!this.content) return;
    this.content = undefined;
    this.#anchor = undefined;
    this.#host.requestUpdate();
  }

  /** After render, measure the tooltip and move it beside its anchor. */
  hostUpdated(): void {
    const tip = this.#host.shadowRoot?.querySelector<HTMLElement>('[part~="tooltip"]');
    if (!tip || !this.#anchor) return;
    const { left, top } = placeTooltip(this.#anchor.getBoundingClientRect(), tip.getBoundingClientRect(), {
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
    });
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }

  render(): TemplateResult | typeof nothing {
    const content = this.content;
    if (!content) return nothing;
    return html`<div part="tooltip" role="tooltip" id="tooltip">
      <strong>${content.title}</strong>
      ${content.lines.map((line) => html`<div>${line}</div>`)}
    </div>`;
  }
}
