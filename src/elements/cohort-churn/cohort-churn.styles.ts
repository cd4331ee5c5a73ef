import { css } from 'lit';

/**
 * The heatmap's public settings default to the global tokens; the page may set either. The
 * ramp's two ends are read back as colours by the element (it picks each cell's text colour for
 * contrast), so they may be any CSS colour.
 */
export const cohortChurnStyles = css`
  :host {
    --_cohort-low: var(--crm-cohort-low-color, var(--_crm-color-surface-raised));
    --_cohort-high: var(--crm-cohort-high-color, var(--_crm-color-accent));
    --_cohort-highlight: var(--crm-cohort-highlight-color, var(--_crm-color-text));
    --_cohort-selected: var(--crm-cohort-selected-color, var(--_crm-palette-2));
    --_cohort-incomplete: var(--crm-cohort-incomplete-color, var(--_crm-color-text));
  }
  .headline div {
    align-content: start;
    max-width: 22rem;
  }
  .headline dd.detail {
    font-size: var(--_crm-font-size-small);
    font-weight: 400;
    color: var(--_crm-color-text-muted);
  }
  .scroller {
    overflow-x: auto;
    overflow-y: hidden;
  }
  svg {
    display: block;
  }
  text {
    font-size: var(--_crm-font-size-small);
    dominant-baseline: central;
  }
  /* A cell's figure keeps the ink the element chose for contrast (its fill attribute). */
  text:not(.figure) {
    fill: currentColor;
  }
  .title {
    font-weight: 600;
    dominant-baseline: auto;
  }
  .row-title,
  .size-title,
  .row-label text {
    text-anchor: end;
  }
  .size,
  .figure,
  .column-labels text,
  .legend-ticks text {
    font-variant-numeric: tabular-nums;
  }
  .size-band {
    fill: var(--_crm-color-surface-raised);
  }
  .column-labels text,
  .legend-ticks text {
    text-anchor: middle;
    fill: var(--_crm-color-text-muted);
  }
  .column-labels text {
    dominant-baseline: auto;
  }
  .legend-notes text {
    fill: var(--_crm-color-text-muted);
  }
  .legend-bar {
    stroke: var(--_crm-color-border);
  }
  .row-label.average text {
    font-weight: 700;
  }
  .row-label.highlight text,
  .column-labels text.highlight {
    font-weight: 700;
    fill: var(--_crm-color-text);
  }
  .cell {
    cursor: pointer;
    outline: none;
  }
  .figure {
    font-size: 11px;
    text-anchor: middle;
    pointer-events: none;
  }
  /* The hairline between cells: the surface showing through, drawn as each cell's edge. */
  .gapped .fill {
    stroke: var(--_crm-color-surface);
    stroke-width: 1;
  }
  .grid-row.average .fill {
    stroke: var(--_crm-color-text-muted);
    stroke-width: 1;
  }
  .grid-row.average .figure {
    font-weight: 700;
  }
  .hatch {
    pointer-events: none;
  }
  .hatch-line {
    stroke: var(--_cohort-incomplete);
    stroke-width: 1.5;
    stroke-opacity: 0.7;
  }
  .hatch-line-contrast {
    stroke: var(--_crm-color-on-accent);
  }
  .cell.selected .fill {
    stroke: var(--_cohort-selected);
    stroke-width: 3;
  }
  .row-highlight,
  .column-highlight,
  .focus-ring {
    fill: none;
    stroke: var(--_cohort-highlight);
    stroke-width: 1.5;
    pointer-events: none;
  }
  .focus-ring-outer {
    stroke: var(--_crm-color-focus);
    stroke-width: 3;
  }
  .focus-ring-inner {
    stroke: var(--_crm-color-surface);
  }
  @media (forced-colors: active) {
    .cell .fill {
      fill: Canvas;
      stroke: CanvasText;
    }
    .figure {
      fill: CanvasText;
    }
    .cell.selected .fill,
    .focus-ring-outer {
      stroke: Highlight;
    }
  }
`;
