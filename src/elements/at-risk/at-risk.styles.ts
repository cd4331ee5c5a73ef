import { css } from 'lit';
import { HEADER_HEIGHT, ROW_HEIGHT } from './at-risk-grid.js';

/**
 * The element's public colours default to the global tokens. Rows are absolutely placed at
 * index × row height inside a body as tall as the whole list, so the scroll bar is true to
 * 100,000 rows while a few dozen exist; every row lays its cells out on the same column grid.
 */
export const atRiskStyles = css`
  :host {
    --_risk: var(--crm-at-risk-color, var(--_crm-color-negative));
    --_healthy: var(--crm-at-risk-healthy-color, var(--_crm-palette-1));
    /* Headers wrap onto two lines, so the figures' columns can stay narrow and the names wide. */
    --_columns: minmax(10rem, 2fr) minmax(7rem, 1fr) minmax(4.5rem, 0.7fr) minmax(5rem, 0.8fr) minmax(6rem, 1fr);
    --_columns-width: 32.5rem;
  }
  .as-of {
    margin: 0;
    color: var(--_crm-color-text-muted);
    font-size: var(--_crm-font-size-small);
  }
  svg[part~='chart'] {
    display: block;
    max-width: 100%;
    overflow: visible;
  }
  .health text {
    fill: currentColor;
    font-size: var(--_crm-font-size-small);
  }
  .health .rest {
    fill: var(--_healthy);
  }
  .health .risk {
    fill: var(--_risk);
  }
  .list-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_crm-space-2);
  }
  .caption {
    margin: 0;
    font-weight: 600;
  }
  .toggle {
    font: inherit;
    font-size: var(--_crm-font-size-small);
    padding: var(--_crm-space-1) var(--_crm-space-2);
    color: inherit;
    background: var(--_crm-color-surface-raised);
    border: 1px solid var(--_crm-color-border);
    border-radius: var(--_crm-radius);
    cursor: pointer;
  }
  .toggle[aria-pressed='true'] {
    border-color: var(--_crm-color-accent);
  }
  .note {
    margin: 0;
    color: var(--_crm-color-text-muted);
  }
  .grid {
    position: relative;
    height: var(--crm-at-risk-height, 24rem);
    overflow: auto;
    border: 1px solid var(--_crm-color-border);
    border-radius: var(--_crm-radius);
    font-variant-numeric: tabular-nums;
    /* What happens inside the box never moves the page around it. */
    contain: strict;
  }
  .grid.with-status {
    --_columns: minmax(10rem, 2fr) minmax(7rem, 1fr) minmax(4.5rem, 0.7fr) minmax(5rem, 0.8fr) minmax(6rem, 1fr) minmax(8rem, 1fr);
    --_columns-width: 40.5rem;
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 1;
    min-width: var(--_columns-width);
    background: var(--_crm-color-surface-raised);
    border-bottom: 1px solid var(--_crm-color-border);
  }
  .body {
    position: relative;
    min-width: var(--_columns-width);
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    box-sizing: border-box;
    height: ${ROW_HEIGHT}px;
  }
  .row.header {
    height: ${HEADER_HEIGHT}px;
  }
  .body .row {
    position: absolute;
    left: 0;
    right: 0;
    border-bottom: 1px solid var(--_crm-color-border);
    cursor: pointer;
    contain: layout paint style;
  }
  .body .row:hover {
    background: var(--_crm-color-surface-raised);
  }
  .body .row:focus-visible {
    outline-offset: -2px;
  }
  .body .row.selected {
    background: var(--_crm-color-surface-raised);
    box-shadow: inset 3px 0 0 var(--_crm-color-accent);
  }
  .cell {
    overflow: hidden;
    padding: 0 var(--_crm-space-2);
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .cell.numeric {
    text-align: end;
  }
  [role='rowheader'] {
    font-weight: 500;
  }
  .late .days {
    color: var(--_risk);
    font-weight: 600;
  }
  [role='columnheader'] button {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    max-width: 100%;
    line-height: 1.15;
    text-align: inherit;
  }
  [role='columnheader'] {
    white-space: normal;
    overflow: visible;
  }
  .sort {
    display: inline-block;
    width: 1em;
    font-size: 0.75em;
  }
  @media (forced-colors: active) {
    .body .row.selected {
      outline: 2px solid Highlight;
    }
  }
`;
