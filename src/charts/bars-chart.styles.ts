/**
 * Styles of the marks src/charts/bars-chart.ts draws, and of the notes, legend and
 * tables the bar-chart elements show around them. Each element maps the series classes `.s0`, `.s1`, … to
 * its own public colour settings.
 */
import { css } from 'lit';

export const barsChartStyles = css`
  .note {
    margin: 0;
    color: var(--_crm-color-text-muted);
    font-size: var(--_crm-font-size-small);
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
  .legend span {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.35em;
    border-radius: 2px;
    vertical-align: -0.05em;
    background: var(--_swatch);
  }
  svg[part~='chart'] {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  text {
    fill: currentColor;
    font-size: var(--_crm-font-size-small);
  }
  .grid line {
    stroke: var(--_crm-color-border);
  }
  .tick,
  .muted {
    fill: var(--_crm-color-text-muted);
  }
  .title {
    font-size: var(--_crm-font-size);
    font-weight: 600;
  }
  .figure {
    font-weight: 600;
  }
  .negative {
    fill: var(--_crm-color-negative);
  }
  .mark {
    cursor: pointer;
    outline: none;
  }
  .hit {
    fill: transparent;
  }
  .row.selected .hit {
    fill: var(--_crm-color-surface-raised);
    stroke: var(--_crm-color-accent);
  }
  .mark:focus-visible .hit {
    stroke: var(--_crm-color-focus);
    stroke-width: 2;
  }
  .words {
    pointer-events: none;
  }
  /* Tables beside the chart: the campaigns, the lift, the prospects. */
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: var(--_crm-space-2);
  }
  th,
  td {
    padding: var(--_crm-space-1) var(--_crm-space-2);
    border-bottom: 1px solid var(--_crm-color-border);
    text-align: end;
  }
  th:first-child {
    text-align: start;
  }
  tbody th {
    font-weight: normal;
  }
  tr.selected > * {
    background: var(--_crm-color-surface-raised);
  }
  /* A row's toggle: selects what the row stands for (aria-pressed). */
  .toggle {
    font: inherit;
    color: inherit;
    padding: 0 var(--_crm-space-2);
    background: var(--_crm-color-surface-raised);
    border: 1px solid var(--_crm-color-border);
    border-radius: var(--_crm-radius);
    cursor: pointer;
    text-align: start;
  }
  .toggle[aria-pressed='true'] {
    border-color: var(--_crm-color-accent);
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .row.selected .bar,
    .mark:focus-visible .hit {
      stroke: Highlight;
    }
  }
`;
