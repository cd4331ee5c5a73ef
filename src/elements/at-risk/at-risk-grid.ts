/**
 * The customer list of `<crm-at-risk>` as an ARIA grid that renders only the rows in view: the
 * grid says how many rows there are (`aria-rowcount`) and each rendered row where it stands
 * (`aria-rowindex`), so a screen reader announces "row 5,012 of 100,001" though a few dozen rows
 * exist. Each header holds a sort button (`aria-sort` on the sorted column). Events are
 * delegated to the grid (one listener for all rows), since rows come and go as it scrolls.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProperties } from '../../directives/css-properties.js';
import type { AtRiskColumn, SortDirection } from './at-risk-sort.js';

/** Pixels per row, and of the sticky header row: fixed, so a row's place is its index × ROW_HEIGHT. */
export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 44;

export interface GridColumn {
  key: AtRiskColumn;
  label: string;
  numeric: boolean;
}

const COLUMNS: readonly GridColumn[] = [
  { key: 'name', label: 'Customer', numeric: false },
  { key: 'last-interaction', label: 'Last interaction', numeric: false },
  { key: 'days-since', label: 'Days since', numeric: true },
  { key: 'usual-gap', label: 'Usual gap', numeric: true },
  { key: 'revenue', label: 'Revenue', numeric: true },
];
const STATUS: GridColumn = { key: 'status', label: 'Status', numeric: false };

/** The grid's columns: with every customer listed, a status column says which are at risk. */
export const gridColumns = (all: boolean): readonly GridColumn[] => (all ? [...COLUMNS, STATUS] : COLUMNS);

/** "sorted by Revenue, highest first", "sorted by Customer, A to Z". */
export function sortWords(column: GridColumn, direction: SortDirection): string {
  const ascending = direction === 'ascending';
  const order =
    column.key === 'name' ? (ascending ? 'A to Z' : 'Z to A')
    : column.key === 'last-interaction' ? (ascending ? 'earliest first' : 'latest first')
    : column.key === 'status' ? (ascending ? 'at risk last' : 'at risk first')
    : ascending ? 'lowest first' : 'highest first';
  return `sorted by ${column.label}, ${order}`;
}

/** One rendered row: its cells' text and whether it is late (past its usual gap). */
export interface GridRow {
  cells: readonly string[];
  late: boolean;
}

export interface GridHandlers {
  sortBy(column: AtRiskColumn): void;
  keydown(event: KeyboardEvent): void;
  focus(index: number, row: HTMLElement): void;
  hover(index: number, row: HTMLElement): void;
  leave(): void;
  select(index: number): void;
}

export interface GridOptions {
  /** Rows in the list (the grid's size, not what is rendered). */
  count: number;
  columns: readonly GridColumn[];
  sort: AtRiskColumn;
  direction: SortDirection;
  /** Positions to render, in order. */
  rows: readonly number[];
  row(index: number): GridRow;
  tabIndexOf(index: number): 0 | -1;
  selected: number;
  /** id of the element naming the grid. */
  labelledBy: string;
  on: GridHandlers;
}

/** The row element an event happened in, with its position; null outside the body rows. */
function rowOf(event: Event): [number, HTMLElement] | null {
  const row = (event.target as Element | null)?.closest?.<HTMLElement>('[data-row]');
  return row ? [Number(row.dataset.row), row] : null;
}

export function customerGrid(o: GridOptions): TemplateResult {
  const { on } = o;
  const header = html`<div role="row" class="row header" aria-rowindex="1">
    ${o.columns.map(
      (c) => html`<div role="columnheader" class="cell ${c.numeric ? 'numeric' : ''}" aria-sort=${c.key === o.sort ? o.direction : nothing}>
        <button type="button" @click=${() => on.sortBy(c.key)}>${c.label}<span class="sort" aria-hidden="true">${c.key === o.sort ? (o.direction === 'ascending' ? '▲' : '▼') : ''}</span></button>
      </div>`,
    )}
  </div>`;
  const body = repeat(
    o.rows,
    (i) => i,
    (i) => {
      const { cells, late } = o.row(i);
      const selected = i === o.selected;
      // cssProperties, not style="…": a strict CSP refuses a style attribute from a string.
      return html`<div role="row" class="row ${late ? 'late' : ''} ${selected ? 'selected' : ''}" data-row=${i} aria-rowindex=${i + 2} aria-selected=${selected ? 'true' : 'false'} tabindex=${o.tabIndexOf(i)} ${cssProperties({ top: `${i * ROW_HEIGHT}px` })}>
        ${cells.map((text, k) => (k === 0 ? html`<div role="rowheader" class="cell">${text}</div>` : html`<div role="gridcell" class="cell ${o.columns[k]?.numeric ? 'numeric' : ''} ${k === 2 ? 'days' : ''}">${text}</div>`))}
      </div>`;
    },
  );
  return html`<div
    class="grid ${o.columns.length > COLUMNS.length ? 'with-status' : ''}"
    part="customers"
    role="grid"
    aria-labelledby=${o.labelledBy}
    aria-rowcount=${o.count + 1}
    aria-colcount=${o.columns.length}
    @keydown=${(event: KeyboardEvent) => (event.target as Element).getAttribute('role') === 'row' && on.keydown(event)}
    @focusin=${(event: FocusEvent) => {
      const hit = rowOf(event);
      if (hit) on.focus(...hit);
    }}
    @focusout=${() => on.leave()}
    @click=${(event: MouseEvent) => {
      const hit = rowOf(event);
      if (hit) on.select(hit[0]);
    }}
    @pointerover=${(event: PointerEvent) => {
      const hit = rowOf(event);
      if (hit) on.hover(...hit);
    }}
    @pointerleave=${() => on.leave()}
  >
    <div role="rowgroup" class="head">${header}</div>
    <div role="rowgroup" class="body" ${cssProperties({ height: `${o.count * ROW_HEIGHT}px` })}>${body}</div>
  </div>`;
}
