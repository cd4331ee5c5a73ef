import { css } from 'lit';
import { barsChartStyles } from '../../charts/bars-chart.styles.js';

/**
 * The element's public colours default to the global tokens: detractors take the negative
 * colour, promoters the positive one, passives the neutral palette grey. A score resting on
 * too few responses is drawn faded with a dashed outline and a "!" beside it, so it reads as
 * uncertain without colour vision and in forced colours.
 */
export const satisfactionStyles = [
  barsChartStyles,
  css`
    :host {
      --_detractor: var(--crm-satisfaction-detractor-color, var(--_crm-color-negative));
      --_passive: var(--crm-satisfaction-passive-color, var(--_crm-palette-8));
      --_promoter: var(--crm-satisfaction-promoter-color, var(--_crm-color-positive));
      --_bar: var(--crm-satisfaction-bar-color, var(--_crm-palette-1));
      --_warn: var(--crm-satisfaction-warning-color, var(--_crm-color-warning));
    }
    .s0 {
      --_swatch: var(--_detractor);
    }
    .s1 {
      --_swatch: var(--_passive);
    }
    .s2,
    .s3,
    .s5 {
      --_swatch: var(--_promoter);
    }
    .s4,
    .s6 {
      --_swatch: var(--_detractor);
    }
    .s7 {
      --_swatch: var(--_passive);
    }
    .s8 {
      --_swatch: var(--_bar);
    }
    .s9 {
      --_swatch: var(--_warn);
    }
    .s10 {
      --_swatch: var(--_crm-color-text);
    }
    .bar {
      fill: var(--_swatch);
    }
    .bar.s5,
    .bar.s6 {
      fill-opacity: 0.35;
      stroke: var(--_swatch);
      stroke-dasharray: 3 2;
    }
    /* The CES counts stay legible where the mean rule crosses them. */
    .ces .words text {
      paint-order: stroke;
      stroke: var(--_crm-color-surface);
      stroke-width: 3px;
      stroke-linejoin: round;
    }
    .warn {
      fill: var(--_warn);
      font-weight: 600;
    }
    /* The too-few-responses line: the last gridline of the trend panel. */
    .trend .grid line:last-of-type {
      stroke: var(--_warn);
      stroke-width: 1.5;
      stroke-dasharray: 5 3;
    }
    [part~='low-responses'] {
      margin: 0;
      padding: var(--_crm-space-2) var(--_crm-space-3);
      border-left: 3px solid var(--_crm-color-warning);
      background: var(--_crm-color-warning-surface);
      border-radius: var(--_crm-radius);
      font-size: var(--_crm-font-size-small);
    }
    .headline .count {
      font-size: var(--_crm-font-size-small);
      font-weight: normal;
      color: var(--_crm-color-text-muted);
    }
    @media (forced-colors: active) {
      .trend .grid line:last-of-type {
        stroke: CanvasText;
      }
      [part~='low-responses'] {
        border: 1px solid CanvasText;
      }
    }
  `,
];
