/**
 * ResizeController: the host's content box, kept current by a ResizeObserver, so a chart fills
 * its container and redraws when the box changes (a resized window, a dashboard column, a
 * collapsed sidebar) — never a fixed size.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  readonly #host: ReactiveControllerHost & Element;
  #observer: ResizeObserver | undefined;
  #pending: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      // Whole pixels: sub-pixel jitter while a page settles must not cause redraws.
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      // Redraw in a new task, not in this frame: a redraw that changes the host's height
      // inside the observer's own step is what raises "ResizeObserver loop completed with
      // undelivered notifications".
      this.#pending ??= setTimeout(() => {
        this.#pending = undefined;
        this.#host.requestUpdate();
      });
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    clearTimeout(this.#pending);
    this.#pending = undefined;
  }
}
