/**
 * Moving a threshold line, by pointer or keyboard. While it moves, the new value is a draft:
 * the element re-classifies the customers itself every frame for instant colours and figures.
 * When the move ends — the pointer is released, the key is let go, or focus leaves the slider —
 * the draft is committed: the element sets the fixed threshold (so the engine computes the
 * result again) and emits `crm-threshold-change`. Escape or a cancelled pointer drops the draft.
 */
import type { Thresholds } from './grid-classify.js';
import type { ThresholdKey } from './grid-chart-layout.js';
import { clampToAxis, type GridAxis } from './grid-layout.js';
import { thresholdAfterKey } from './threshold-keys.js';

export interface ThresholdHost {
  /** The thresholds the engine used; null when there is nothing drawn. */
  committed(): Thresholds | null;
  /** The axis a threshold moves along. */
  axis(key: ThresholdKey): GridAxis | null;
  /** The draft changed: classify again and redraw. */
  moved(): void;
  /** A move ended at `value`, different from the committed one. */
  commit(key: ThresholdKey, value: number): void;
}

export class ThresholdControl {
  /** Both thresholds while one is moving; null otherwise. */
  draft: Thresholds | null = null;
  /** The threshold being dragged with a pointer. */
  dragging: ThresholdKey | null = null;
  /** Pixels between the pointer and the line when the drag started: the line does not jump to the pointer. */
  #grab = 0;
  readonly #host: ThresholdHost;

  constructor(host: ThresholdHost) {
    this.#host = host;
  }

  /** The thresholds to draw: the draft while moving, else the committed ones. */
  current(): Thresholds | null {
    return this.draft ?? this.#host.committed();
  }

  #set(key: ThresholdKey, value: number): void {
    const base = this.current();
    if (!base || base[key] === value) return;
    this.draft = { ...base, [key]: value };
    this.#host.moved();
  }

  #end(key: ThresholdKey): void {
    const draft = this.draft;
    const committed = this.#host.committed();
    this.draft = null;
    this.dragging = null;
    if (draft && committed && draft[key] !== committed[key]) this.#host.commit(key, draft[key]);
    else this.#host.moved();
  }

  /** Forget any move without a redraw (a new result replaces what was being moved). */
  reset(): void {
    this.draft = null;
    this.dragging = null;
  }

  /** Drop the draft without committing it. */
  cancel(): void {
    if (!this.draft && !this.dragging) return;
    this.draft = null;
    this.dragging = null;
    this.#host.moved();
  }

  keydown(key: ThresholdKey, event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (this.draft) {
        event.preventDefault();
        event.stopPropagation();
        this.cancel();
      }
      return;
    }
    const axis = this.#host.axis(key);
    const current = this.current();
    if (!axis || !current) return;
    const next = thresholdAfterKey(event.key, current[key], axis);
    if (next === null) return;
    event.preventDefault();
    this.#set(key, next);
  }

  /** Letting go of the key ends a keyboard move (holding an arrow key glides like a drag). */
  keyup(key: ThresholdKey, _event: KeyboardEvent): void {
    if (this.draft && !this.dragging) this.#end(key);
  }

  blur(key: ThresholdKey): void {
    if (this.draft && !this.dragging) this.#end(key);
  }

  drag(key: ThresholdKey, phase: 'start' | 'move' | 'end' | 'cancel', pixel: number): void {
    const axis = this.#host.axis(key);
    const current = this.current();
    if (!axis || !current) return;
    if (phase === 'start') {
      this.dragging = key;
      this.#grab = pixel - axis.toPixel(current[key]);
      this.draft = { ...current };
      this.#host.moved();
      return;
    }
    if (this.dragging !== key) return;
    if (phase === 'cancel') return this.cancel();
    if (Number.isFinite(pixel)) this.#set(key, clampToAxis(axis, axis.fromPixel(pixel - this.#grab)));
    if (phase === 'end') this.#end(key);
  }
}
