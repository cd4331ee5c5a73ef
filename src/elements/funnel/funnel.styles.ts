import { css } from 'lit';

/** The funnel's public settings default to the global tokens; the page may set either. */
export const funnelStyles = css`
  :host {
    --_bar: var(--crm-funnel-bar-color, var(--_crm-palette-1));
    --_bar-selected: var(--crm-funnel-selected-color, var(--_crm-palette-2));
    --_bottleneck: var(--crm-funnel-bottleneck-color, var(--_crm-color-warning));
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .stage {
    cursor: pointer;
    outline: none;
  }
  .words {
    pointer-events: none;
  }
  .bar {
    fill: var(--_bar);
  }
  .stage-row.selected .bar {
    fill: var(--_bar-selected);
  }
  .stage-row.bottleneck .bar {
    stroke: var(--_bottleneck);
    stroke-width: 3;
  }
  .stage:focus-visible .bar {
    stroke: var(--_crm-color-focus);
    stroke-width: 3;
  }
  text {
    fill: currentColor;
    font-size: var(--_crm-font-size-small);
  }
  .label {
    font-size: var(--_crm-font-size);
    font-weight: 600;
  }
  .figure {
    fill: var(--crm-funnel-figure-color, var(--_crm-color-on-accent));
    font-weight: 600;
    paint-order: stroke;
  }
  .figure.outside {
    fill: currentColor;
  }
  .conversion {
    fill: var(--_crm-color-text-muted);
  }
  .badge {
    fill: var(--_crm-color-text-muted);
  }
  .stage-row.bottleneck .badge {
    fill: var(--_bottleneck);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .stage-row.selected .bar,
    .stage:focus-visible .bar {
      fill: Highlight;
    }
    .figure {
      fill: Canvas;
    }
  }
`;
