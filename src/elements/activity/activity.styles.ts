import { css } from 'lit';
import { barsChartStyles } from '../../charts/bars-chart.styles.js';

/**
 * Stacked series take the categorical palette in a fixed order (a type keeps its colour when
 * another is missing); single bars take the element's public bar colour.
 */
export const activityStyles = [
  barsChartStyles,
  css`
    :host {
      --_bar: var(--crm-activity-bar-color, var(--_crm-palette-1));
      --_selected: var(--crm-activity-selected-color, var(--_crm-color-accent));
    }
    .s0 {
      --_swatch: var(--_crm-palette-1);
    }
    .s1 {
      --_swatch: var(--_crm-palette-2);
    }
    .s2 {
      --_swatch: var(--_crm-palette-3);
    }
    .s3 {
      --_swatch: var(--_crm-palette-4);
    }
    .s4 {
      --_swatch: var(--_crm-palette-5);
    }
    .s5 {
      --_swatch: var(--_crm-palette-6);
    }
    .s8 {
      --_swatch: var(--_bar);
    }
    .bar {
      fill: var(--_swatch);
    }
    .row.selected .hit {
      stroke: var(--_selected);
    }
    .prospects {
      display: grid;
      gap: var(--_crm-space-2);
      justify-items: start;
      overflow-x: auto;
    }
    .prospects td {
      white-space: nowrap;
    }
    .toggle[aria-pressed='true'] {
      border-color: var(--_selected);
    }
  `,
];
