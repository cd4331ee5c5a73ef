/**
 * The keys of a threshold slider (the WAI-ARIA slider pattern): arrow keys move it a small step,
 * Page Up and Page Down a big one, Home and End to the ends of the axis. Steps are measured on
 * the screen (1% and 10% of the axis's length), not in the data's units, so that they feel the
 * same on a log scale as on a linear one.
 */
import { clampToAxis, type GridAxis } from './grid-layout.js';

export const SMALL_STEP = 0.01;
export const BIG_STEP = 0.1;

/** The threshold after `key`, or null when the key does not move a slider. */
export function thresholdAfterKey(key: string, value: number, axis: GridAxis): number | null {
  const [lowPixel, highPixel] = axis.range;
  const length = highPixel - lowPixel; // negative on the y axis: up is a higher value
  const stepBy = (fraction: number) => clampToAxis(axis, axis.fromPixel(axis.toPixel(value) + fraction * length));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return stepBy(SMALL_STEP);
    case 'ArrowLeft':
    case 'ArrowDown':
      return stepBy(-SMALL_STEP);
    case 'PageUp':
      return stepBy(BIG_STEP);
    case 'PageDown':
      return stepBy(-BIG_STEP);
    case 'Home':
      return Math.min(...axis.domain);
    case 'End':
      return Math.max(...axis.domain);
    default:
      return null;
  }
}
