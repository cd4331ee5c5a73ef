import { css } from 'lit';
import { barsChartStyles } from '../../charts/bars-chart.styles.js';

/**
 * The element's public colours default to the global tokens. The 3 : 1 rule is dashed as well
 * as coloured, and a ratio below it is marked by its words too, so neither rests on colour.
 */
export const lifetimeValueStyles = [
  barsChartStyles,
  css`
    :host {
      --_bar: var(--crm-lifetime-value-bar-color, var(--_crm-palette-1));
      --_target: var(--crm-lifetime-value-target-color, var(--_crm-color-text));
    }
    .s0 {
      fill: var(--_bar);
    }
    .reference {
      fill: none;
      stroke: var(--_target);
      stroke-width: 1.5;
      stroke-dasharray: 5 4;
    }
    .reference-label {
      fill: var(--_target);
      font-weight: 600;
    }
    .below {
      fill: var(--_crm-color-negative);
    }
    .headline dd.below {
      color: var(--_crm-color-negative);
    }
    .definitions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_crm-space-1);
    }
    .definitions button {
      font: inherit;
      font-size: var(--_crm-font-size-small);
      padding: var(--_crm-space-1) var(--_crm-space-2);
      color: inherit;
      background: var(--_crm-color-surface);
      border: 1px solid var(--_crm-color-border);
      border-radius: var(--_crm-radius);
      cursor: pointer;
    }
    .definitions button[aria-pressed='true'] {
      background: var(--_crm-color-surface-raised);
      border-color: var(--_crm-color-accent);
      font-weight: 600;
    }
    .notes {
      margin: 0;
      padding-left: 1.2em;
      color: var(--_crm-color-text-muted);
      font-size: var(--_crm-font-size-small);
    }
    @media (forced-colors: active) {
      .reference {
        stroke: CanvasText;
      }
    }
  `,
];
