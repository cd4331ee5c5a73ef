import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_crm-font-family);
    font-size: var(--_crm-font-size);
    color: var(--_crm-color-text);
    background: var(--_crm-color-surface-raised);
    padding: var(--crm-dashboard-gap, var(--_crm-space-4));
  }
  :host([hidden]) {
    display: none;
  }
  /* Not a <header>: on a page with its own, a second banner landmark confuses screen readers. */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_crm-space-2) var(--_crm-space-4);
    margin-bottom: var(--crm-dashboard-gap, var(--_crm-space-4));
  }
  ::slotted([slot='title']) {
    margin: 0;
    flex: 1 1 12rem;
    font-size: var(--_crm-font-size-large);
  }
  .selection:empty {
    display: none;
  }
  [part~='chip'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_crm-space-2);
    max-width: 100%;
    padding: var(--_crm-space-1) var(--_crm-space-3);
    border: 1px solid var(--_crm-color-accent);
    border-radius: 999px;
    background: var(--_crm-color-surface);
    color: var(--_crm-color-text);
    font: inherit;
    cursor: pointer;
  }
  [part~='chip'] span:first-child {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part~='chip']:focus-visible {
    outline: var(--_crm-focus-ring-width) solid var(--_crm-color-focus);
    outline-offset: 2px;
  }
  .grid {
    display: grid;
    gap: var(--crm-dashboard-gap, var(--_crm-space-4));
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--crm-dashboard-min-column, 22rem)), 1fr));
    align-items: start;
  }
  ::slotted(*) {
    min-width: 0;
    border-radius: var(--_crm-radius);
  }
  ::slotted(:not([slot])) {
    padding: var(--_crm-space-3);
    border: 1px solid var(--_crm-color-border);
  }
  /* A wide child spans two columns where there are two; a full one spans the row. */
  :host([data-wide]) ::slotted([wide]) {
    grid-column: span 2;
  }
  ::slotted([full]) {
    grid-column: 1 / -1;
  }
  [part~='state'] {
    padding: var(--_crm-space-3);
    margin-bottom: var(--_crm-space-3);
    border: 1px solid var(--_crm-color-negative);
    border-radius: var(--_crm-radius);
    background: var(--_crm-color-error-surface);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
