import { css } from 'lit';
import { barsChartStyles } from '../../charts/bars-chart.styles.js';

/** The element's public colours default to the global tokens; its tables share one look. */
export const campaignRoiStyles = [
  barsChartStyles,
  css`
    :host {
      --_revenue: var(--crm-campaign-roi-revenue-color, var(--_crm-palette-1));
      --_cost: var(--crm-campaign-roi-cost-color, var(--_crm-palette-2));
      --_gain: var(--crm-campaign-roi-gain-color, var(--_crm-palette-3));
    }
    .s0 {
      fill: var(--_revenue);
      --_swatch: var(--_revenue);
    }
    .s1 {
      fill: var(--_cost);
      --_swatch: var(--_cost);
    }
    .scroll {
      /* Thirteen columns do not fit a narrow box: scroll inside it, not past its surface. */
      overflow-x: auto;
    }
    table {
      width: 100%;
    }
    th,
    td {
      white-space: nowrap;
    }
    th:first-child {
      white-space: normal;
    }
    thead button {
      font: inherit;
      font-weight: 600;
      color: inherit;
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
    }
    .sort {
      display: inline-block;
      width: 1em;
      font-size: 0.75em;
    }
    .negative {
      color: var(--_crm-color-negative);
    }
    .lift {
      display: grid;
      gap: var(--_crm-space-2);
    }
    .arrow {
      width: 0.7em;
      height: 0.7em;
      margin-inline-end: 0.25em;
    }
    .gain {
      fill: var(--_gain);
    }
    .loss {
      fill: var(--_crm-color-negative);
    }
    .caution {
      margin: 0;
      padding: var(--_crm-space-2) var(--_crm-space-3);
      border-left: 3px solid var(--_crm-color-warning);
      background: var(--_crm-color-warning-surface);
      border-radius: var(--_crm-radius);
    }
  `,
];
