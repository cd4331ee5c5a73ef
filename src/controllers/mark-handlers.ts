/**
 * The chart handlers of an element whose marks take focus, show a tooltip and toggle a
 * selection: focus moves the roving tab stop and shows the tooltip, hover shows it, leaving or
 * blurring hides it, a click selects the mark or clears it when it was the selected one.
 */
import type { MarkHandlers } from '../charts/mark-events.js';
import type { MarkFocusController } from './mark-focus-controller.js';
import type { TooltipController } from './tooltip-controller.js';

export function markHandlers(focus: MarkFocusController, tooltip: TooltipController, showTooltip: (index: number, target: Element) => void): MarkHandlers<SVGElement> {
  return {
    focus: (index, target) => {
      focus.onFocus(index);
      showTooltip(index, target);
    },
    blur: () => tooltip.hide(),
    hover: (index, target) => showTooltip(index, target),
    leave: () => tooltip.hide(),
    select: (index) => focus.select(index === focus.selected ? -1 : index),
    keydown: focus.onKeydown,
  };
}
