import { css } from 'lit';

/** Width of the side panel beside the plot, and the gap between them, in CSS pixels. */
export const PANEL_WIDTH = 280;
export const PANEL_GAP = 16;
/** From this host width on the panel sits beside the plot; below it, under the plot. */
export const WIDE_LAYOUT = 760;

/**
 * The grid's public settings default to the global tokens; the page may set either. The group
 * colours are read by the canvas too (computed style), so SVG and canvas points match.
 */
export const relationshipGridStyles = css`
  :host {
    --_g0: var(--crm-relationship-strangers-color, var(--_crm-palette-8));
    --_g1: var(--crm-relationship-butterflies-color, var(--_crm-palette-2));
    --_g2: var(--crm-relationship-barnacles-color, var(--_crm-palette-7));
    --_g3: var(--crm-relationship-true-friends-color, var(--_crm-palette-3));
    --_threshold: var(--crm-relationship-threshold-color, var(--_crm-color-text));
  }
  .layout {
    display: grid;
    gap: ${PANEL_GAP}px;
  }
  .layout.wide {
    grid-template-columns: minmax(0, 1fr) ${PANEL_WIDTH}px;
    align-items: start;
  }
  .plot {
    position: relative;
    min-width: 0;
  }
  .plot canvas {
    position: absolute;
    left: 0;
    top: 0;
    pointer-events: none;
  }
  svg {
    position: relative;
    display: block;
    overflow: visible;
    touch-action: none;
    user-select: none;
  }
  .g0 {
    --_group: var(--_g0);
  }
  .g1 {
    --_group: var(--_g1);
  }
  .g2 {
    --_group: var(--_g2);
  }
  .g3 {
    --_group: var(--_g3);
  }
  circle.point {
    fill: var(--_group);
    stroke: none;
  }
  .x-grid,
  .y-grid {
    stroke: var(--_crm-color-border);
    stroke-width: 1;
    stroke-opacity: 0.6;
  }
  .plot-frame {
    fill: none;
    stroke: var(--_crm-color-border);
  }
  text {
    fill: currentColor;
    font-size: var(--_crm-font-size-small);
  }
  .tick {
    fill: var(--_crm-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .title {
    font-weight: 600;
  }
  .region {
    fill: transparent;
    cursor: pointer;
    outline: none;
  }
  .region.selected {
    fill: var(--_crm-color-accent);
    fill-opacity: 0.08;
    stroke: var(--_crm-color-accent);
    stroke-width: 2;
  }
  .region:focus-visible {
    stroke: var(--_crm-color-focus);
    stroke-width: 3;
    stroke-dasharray: 6 3;
  }
  .quadrant-label {
    font-size: var(--_crm-font-size);
    font-weight: 600;
    fill: currentColor;
    paint-order: stroke;
    stroke: var(--_crm-color-surface);
    stroke-width: 4px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .threshold {
    outline: none;
  }
  .threshold .rule {
    stroke: var(--_threshold);
    stroke-width: 1.5;
    stroke-dasharray: 5 3;
  }
  .threshold .hit {
    stroke: transparent;
    stroke-width: 14;
  }
  .threshold.loyalty {
    cursor: ew-resize;
  }
  .threshold.profitability {
    cursor: ns-resize;
  }
  .threshold .knob {
    fill: var(--_crm-color-surface-raised);
    stroke: var(--_threshold);
    stroke-width: 1.5;
  }
  .threshold .grip {
    stroke: var(--_threshold);
    stroke-width: 1.5;
    fill: none;
    pointer-events: none;
  }
  .threshold:focus-visible .knob,
  .threshold.dragging .knob {
    stroke: var(--_crm-color-focus);
    stroke-width: 2.5;
  }
  .threshold:focus-visible .rule,
  .threshold.dragging .rule {
    stroke: var(--_crm-color-focus);
    stroke-width: 2;
  }
  .overlay circle {
    fill: var(--_group);
    stroke: currentColor;
    stroke-width: 2;
    pointer-events: none;
  }
  .overlay circle.selected-point {
    fill: none;
    stroke: var(--_crm-color-accent);
    stroke-width: 2.5;
  }
  .panel {
    display: grid;
    gap: var(--_crm-space-3);
    align-content: start;
  }
  .split {
    margin: 0;
    color: var(--_crm-color-text-muted);
  }
  .note {
    margin: 0;
    padding: var(--_crm-space-2) var(--_crm-space-3);
    border-left: 3px solid var(--_crm-color-warning);
    background: var(--_crm-color-warning-surface);
    border-radius: var(--_crm-radius);
    font-size: var(--_crm-font-size-small);
  }
  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: var(--_crm-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .group {
    padding: var(--_crm-space-2) var(--_crm-space-3);
    border: 1px solid var(--_crm-color-border);
    border-left: 4px solid var(--_group);
    border-radius: var(--_crm-radius);
    background: var(--_crm-color-surface);
  }
  .group.selected {
    border-color: var(--_crm-color-accent);
    border-left-color: var(--_group);
    background: var(--_crm-color-surface-raised);
  }
  .name {
    display: flex;
    align-items: center;
    gap: var(--_crm-space-2);
    font-weight: 600;
  }
  .swatch {
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    background: var(--_group);
  }
  .place {
    color: var(--_crm-color-text-muted);
    font-size: var(--_crm-font-size-small);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(3, auto);
    justify-content: space-between;
    gap: var(--_crm-space-1) var(--_crm-space-4);
    margin: var(--_crm-space-1) 0;
  }
  .figures div {
    display: grid;
  }
  .figures dt {
    color: var(--_crm-color-text-muted);
    font-size: var(--_crm-font-size-small);
  }
  .figures dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .strategy {
    margin: 0;
    font-size: var(--_crm-font-size-small);
    line-height: 1.4;
  }
  @media (forced-colors: active) {
    circle.point,
    .overlay circle {
      fill: CanvasText;
    }
    .region.selected,
    .region:focus-visible,
    .threshold:focus-visible .knob {
      stroke: Highlight;
    }
    .threshold .rule,
    .threshold .knob {
      stroke: CanvasText;
    }
  }
`;
