import { css } from 'lit';

/** The tile's public settings default to the global tokens. */
export const kpiStyles = css`
  :host {
    --_good: var(--crm-kpi-good-color, var(--_crm-color-positive));
    --_bad: var(--crm-kpi-bad-color, var(--_crm-color-negative));
    --_line: var(--crm-kpi-line-color, var(--_crm-palette-1));
    --_value-size: var(--crm-kpi-value-size, 2rem);
  }
  /* Grid tracks of at most the host's width: a long name or a nowrap row must not widen the tile. */
  .frame,
  .tile {
    grid-template-columns: minmax(0, 1fr);
  }
  .tile {
    display: grid;
    gap: var(--_crm-space-1);
    min-width: 0;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_crm-space-2);
  }
  .label {
    font-weight: 600;
  }
  .range,
  .reason,
  .definition,
  .target-text {
    color: var(--_crm-color-text-muted);
    font-size: var(--_crm-font-size-small);
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_crm-space-2);
  }
  .value {
    font-size: var(--_value-size);
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
  }
  p {
    margin: 0;
  }
  .delta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.35em;
    font-size: var(--_crm-font-size-small);
    color: var(--_crm-color-text-muted);
  }
  .arrow,
  .change {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .delta.better .arrow,
  .delta.better .change {
    color: var(--_good);
  }
  .delta.worse .arrow,
  .delta.worse .change {
    color: var(--_bad);
  }
  :host([compact]) .value {
    font-size: calc(var(--_value-size) * 0.7);
  }
  :host([compact]) .tile {
    gap: 0;
  }
  /* Tiles in a row keep their figures aligned: a long name is cut (its full text is the title and the figure's name). */
  :host([compact]) .head {
    flex-wrap: nowrap;
  }
  :host([compact]) .label {
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  :host([compact]) .range {
    flex: none;
  }
  .spark-ends {
    display: flex;
    justify-content: space-between;
    color: var(--_crm-color-text-muted);
    font-size: var(--_crm-font-size-small);
  }
  svg.sparkline {
    display: block;
    width: 100%;
    overflow: visible;
  }
  .line {
    fill: none;
    stroke: var(--_line);
    stroke-width: 1.5;
  }
  .area {
    fill: var(--_line);
    fill-opacity: 0.12;
  }
  line.target {
    stroke: var(--_crm-color-text-muted);
    stroke-dasharray: 3 3;
  }
  .point {
    outline: none;
  }
  .point .band {
    fill: transparent;
  }
  .point:focus-visible .band {
    stroke: var(--_crm-color-focus);
    stroke-width: 2;
  }
  .point .dot {
    fill: var(--_crm-color-surface);
    stroke: var(--_line);
    stroke-width: 1.5;
  }
  .point.current .dot {
    fill: var(--_line);
  }
  .point.missing .dot {
    fill: var(--_crm-color-text-muted);
    stroke: none;
  }
  .meter {
    display: block;
    width: 100%;
    height: 0.6rem;
    margin: 0.2rem 0;
    overflow: visible;
  }
  .meter .track {
    fill: var(--_crm-color-surface-raised);
    stroke: var(--_crm-color-border);
    vector-effect: non-scaling-stroke;
  }
  .meter .fill {
    fill: var(--_line);
  }
  .meter .fill.met {
    fill: var(--_good);
  }
  .meter .tick {
    stroke: currentColor;
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  /* The export picture: drawn off screen for a moment, styled by the same rules. */
  svg.picture {
    position: fixed;
    left: -100000px;
    top: 0;
  }
  .picture text {
    fill: currentColor;
  }
  .picture .surface {
    fill: var(--_crm-color-surface);
  }
  .picture text.muted {
    fill: var(--_crm-color-text-muted);
  }
  .picture text.value,
  .picture text.label {
    font-weight: 700;
  }
  .picture text.better {
    fill: var(--_good);
  }
  .picture text.worse {
    fill: var(--_bad);
  }
  @media (forced-colors: active) {
    .line {
      stroke: CanvasText;
    }
    .meter .fill,
    .point.current .dot {
      fill: Highlight;
    }
  }
`;
