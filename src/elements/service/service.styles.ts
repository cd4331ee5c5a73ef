import { css } from 'lit';
import { barsChartStyles } from '../../charts/bars-chart.styles.js';

/** The element's public colours default to the global tokens; its agents table sorts like campaign-roi's. */
export const serviceStyles = [
  barsChartStyles,
  css`
    :host {
      --_queue: var(--crm-service-queue-color, var(--_crm-palette-1));
      --_fcr: var(--crm-service-fcr-color, var(--_crm-palette-3));
      --_median: var(--crm-service-median-color, var(--_crm-palette-1));
      --_mean: var(--crm-service-mean-color, var(--_crm-palette-2));
    }
    .s0 {
      --_swatch: var(--_queue);
    }
    .s1 {
      --_swatch: var(--_fcr);
    }
    .s2 {
      --_swatch: var(--_median);
    }
    .s3 {
      --_swatch: var(--_mean);
    }
    .bar {
      fill: var(--_swatch);
    }
    .headline small {
      display: block;
      color: var(--_crm-color-text-muted);
      font-size: var(--_crm-font-size-small);
      font-weight: normal;
    }
    .switch {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_crm-space-1);
      font-size: var(--_crm-font-size-small);
    }
    .switch button {
      font: inherit;
      color: inherit;
      padding: var(--_crm-space-1) var(--_crm-space-2);
      background: var(--_crm-color-surface-raised);
      border: 1px solid var(--_crm-color-border);
      border-radius: var(--_crm-radius);
      cursor: pointer;
    }
    .switch button[aria-pressed='true'] {
      border-color: var(--_crm-color-accent);
      font-weight: 600;
    }
    .scroll {
      /* Seven columns do not fit a narrow box: scroll inside it, not past its surface. */
      overflow-x: auto;
    }
    table {
      width: 100%;
    }
    th,
    td {
      white-space: nowrap;
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
  `,
];
