/** Styles every crm element shares: host layout, states, toolbar, table view, tooltip, focus. */
import { css } from 'lit';

export const crmElementStyles = css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    font-family: var(--_crm-font-family);
    font-size: var(--_crm-font-size);
    color: var(--_crm-color-text);
    /* The element paints its own surface, so a dark element stays readable on a light page. */
    background: var(--_crm-color-surface);
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    display: grid;
    gap: var(--_crm-space-2);
  }
  /* The headline figures above a chart: a term over its value, side by side. */
  .headline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_crm-space-2) var(--_crm-space-4);
    margin: 0;
  }
  .headline div {
    display: grid;
  }
  .headline dt {
    color: var(--_crm-color-text-muted);
    font-size: var(--_crm-font-size-small);
  }
  .headline dd {
    margin: 0;
    font-size: var(--_crm-font-size-large);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  .table-scroll:focus-visible {
    outline: var(--_crm-focus-ring-width) solid var(--_crm-color-focus);
    outline-offset: 2px;
  }
  [part~='heading'] {
    margin: 0;
    font-size: var(--_crm-font-size);
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='state'] {
    display: grid;
    place-items: center;
    min-height: 8rem;
    padding: var(--_crm-space-4);
    border: 1px dashed var(--_crm-color-border);
    border-radius: var(--_crm-radius);
    color: var(--_crm-color-text-muted);
    text-align: center;
  }
  [part~='error'] {
    border-style: solid;
    border-color: var(--_crm-color-negative);
    background: var(--_crm-color-error-surface);
    color: var(--_crm-color-text);
  }
  [part~='warning'] {
    padding: var(--_crm-space-2) var(--_crm-space-3);
    border-left: 3px solid var(--_crm-color-warning);
    background: var(--_crm-color-warning-surface);
    border-radius: var(--_crm-radius);
  }
  [part~='warning'] summary {
    cursor: pointer;
  }
  [part~='warning'] ul {
    margin: var(--_crm-space-2) 0 0;
    padding-left: 1.2em;
    max-height: 12rem;
    overflow: auto;
    font-family: ui-monospace, monospace;
    font-size: var(--_crm-font-size-small);
  }
  [part~='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_crm-space-1);
    justify-content: flex-end;
  }
  [part~='toolbar'] button {
    font: inherit;
    font-size: var(--_crm-font-size-small);
    padding: var(--_crm-space-1) var(--_crm-space-2);
    color: inherit;
    background: var(--_crm-color-surface-raised);
    border: 1px solid var(--_crm-color-border);
    border-radius: var(--_crm-radius);
    cursor: pointer;
  }
  [part~='toolbar'] button[aria-pressed='true'] {
    border-color: var(--_crm-color-accent);
  }
  :focus-visible {
    outline: var(--_crm-focus-ring-width) solid var(--_crm-color-focus);
    outline-offset: 2px;
  }
  [part~='table'] {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  [part~='table'] caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: var(--_crm-space-2);
  }
  [part~='table'] th,
  [part~='table'] td {
    padding: var(--_crm-space-1) var(--_crm-space-2);
    border-bottom: 1px solid var(--_crm-color-border);
    text-align: start;
  }
  [part~='table'] .numeric {
    text-align: end;
  }
  [part~='tooltip'] {
    position: fixed;
    z-index: 10;
    max-width: 18rem;
    padding: var(--_crm-space-2) var(--_crm-space-3);
    background: var(--_crm-color-surface);
    color: var(--_crm-color-text);
    border: 1px solid var(--_crm-color-border);
    border-radius: var(--_crm-radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    pointer-events: none;
    font-size: var(--_crm-font-size-small);
    line-height: 1.4;
  }
  @media (prefers-reduced-motion: no-preference) {
    .animate {
      transition: opacity 150ms ease, transform 150ms ease;
    }
  }
  @media (forced-colors: active) {
    [part~='state'],
    [part~='tooltip'],
    [part~='warning'] {
      border: 1px solid CanvasText;
    }
  }
`;
