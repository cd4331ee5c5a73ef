import { css, unsafeCSS } from 'lit';

/**
 * The sales cycle's public settings default to the global tokens. The three reference rules
 * differ by dash as well as colour (solid median, dashed mean, dotted 90th percentile), so they
 * read apart without colour vision and in forced colours.
 */
export const salesCycleStyles = css`
  :host {
    --_bar: var(--crm-sales-cycle-bar-color, var(--_crm-palette-1));
    --_bar-selected: var(--crm-sales-cycle-selected-color, var(--_crm-palette-2));
    --_median: var(--crm-sales-cycle-median-color, var(--_crm-color-text));
    --_mean: var(--crm-sales-cycle-mean-color, var(--_crm-palette-2));
  }
  .panels {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_crm-space-1);
  }
  .panels button {
    font: inherit;
    font-size: var(--_crm-font-size-small);
    padding: var(--_crm-space-1) var(--_crm-space-2);
    color: inherit;
    background: var(--_crm-color-surface);
    border: 1px solid var(--_crm-color-border);
    border-radius: var(--_crm-radius);
    cursor: pointer;
  }
  .panels button[aria-pressed='true'] {
    background: var(--_crm-color-surface-raised);
    border-color: var(--_crm-color-accent);
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_crm-space-1) var(--_crm-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_crm-font-size-small);
  }
  .swatch {
    display: inline-block;
    width: 1.4em;
    margin-right: 0.35em;
    vertical-align: middle;
    border-top: 2px solid var(--_swatch, currentColor);
  }
  ${unsafeCSS([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `.swatch.palette-${n - 1} { --_swatch: var(--_crm-palette-${n}); }`).join('\n'))}
  .swatch.median {
    border-top-color: var(--_median);
  }
  .swatch.mean {
    border-top: 2px dashed var(--_mean);
  }
  .swatch.bar-swatch {
    border-top: 0.6em solid var(--_bar);
  }
  .swatch.p90 {
    border-top: 2px dotted var(--_median);
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  text {
    fill: currentColor;
    font-size: var(--_crm-font-size-small);
  }
  .tick,
  .axis-title {
    fill: var(--_crm-color-text-muted);
  }
  line.grid {
    stroke: var(--_crm-color-border);
    stroke-dasharray: 2 3;
  }
  line.baseline {
    stroke: var(--_crm-color-text-muted);
  }
  .bar {
    fill: var(--_bar);
  }
  .bar.selected {
    fill: var(--_bar-selected);
  }
  .bar-label {
    fill: var(--_crm-color-text-muted);
  }
  .series .line {
    fill: none;
    stroke: var(--_series);
    stroke-width: 2;
  }
  .series .line.dashed {
    stroke-dasharray: 5 4;
  }
  .series .dot {
    fill: var(--_series);
  }
  .rule line {
    stroke: var(--_median);
    stroke-width: 2;
  }
  .rule.mean line {
    stroke: var(--_mean);
    stroke-dasharray: 5 3;
  }
  .rule.p90 line {
    stroke-dasharray: 2 3;
  }
  .rule text {
    font-weight: 600;
  }
  .mark {
    fill: transparent;
    cursor: pointer;
    outline: none;
  }
  .mark.selected {
    fill: var(--_bar-selected);
    fill-opacity: 0.12;
  }
  .mark:focus-visible {
    stroke: var(--_crm-color-focus);
    stroke-width: 2;
  }
  @media (forced-colors: active) {
    .bar,
    .series .dot {
      fill: CanvasText;
    }
    .bar.selected {
      fill: Highlight;
    }
    .series .line,
    .rule line {
      stroke: CanvasText;
    }
  }
`;
