/**
 * From a cohort-retention result and the element's box to the heatmap the chart draws, in two
 * steps: the content — figures, names, colours, legend words — which does not depend on the
 * box, and the placement — cell size and positions — which does. A resize redoes only the
 * second (the first formats thousands of numbers and dates). Pure: the numbers are the
 * engine's, the SVG is src/charts/heatmap-chart.ts's.
 *
 * Sizing: cells shrink with the box down to the width their figures need; below that the
 * figures are hidden (the tooltip, the cell's name and the table keep them) and the cells shrink
 * further to MIN_CELL; below that the chart keeps MIN_CELL and scrolls sideways rather than
 * becoming illegible.
 */
import type { HeatmapCell, HeatmapLayout, HeatmapLegend, HeatmapRow } from '../../charts/heatmap-chart.js';
import type { Formatters } from '../../format/formatters.js';
import type { CohortRetentionResult } from '../../metrics/customers/cohort-retention.js';
import type { ColorRamp } from './cohort-colors.js';
import { averageParts, cellFigure, describeAverage, describeCell, firstActivity, spoken, type AveragePart, type CellWords, type CohortDisplay, type CohortLayoutMode } from './cohort-cells.js';
import { addPeriods, periodName, shortPeriodName, type CohortPeriod } from './cohort-labels.js';

/** Narrowest cell drawn; narrower boxes scroll. */
export const MIN_CELL = 12;
const MAX_CELL = 72;
/** Approximate advance of a character: cell figures (11 px) and labels (12 px). */
const FIGURE_CHAR = 6.6;
const LABEL_CHAR = 6.8;
const TEXT_ROW = 22;
const HEADER = 44;
const AVERAGE_GAP = 8;
const LEGEND_WIDTH = 180;

export interface CohortContentInput {
  result: CohortRetentionResult;
  display: CohortDisplay;
  layout: CohortLayoutMode;
  format: Formatters;
  ramp: ColorRamp;
}

/** One cell as it reads, wherever it is placed. */
type CellContent = Omit<HeatmapCell, 'x' | 'y' | 'text'> & { figure: string };

/** Everything the heatmap says, before it is placed in a box. */
export interface CohortContent {
  rows: readonly (Omit<HeatmapRow, 'y' | 'labelled' | 'cells'> & { cells: readonly CellContent[] })[];
  /** Header of each visual column. */
  columnNames: readonly string[];
  /** Characters of the longest figure: whether figures fit decides the cell size. */
  widestFigure: number;
  labelWidth: number;
  sizeWidth: number;
  titles: Pick<HeatmapLayout, 'rowTitle' | 'sizeTitle' | 'columnTitle' | 'gridLabel'>;
  legend: Omit<HeatmapLegend, 'x' | 'y' | 'ticks'> & { ticks: readonly { at: number; text: string }[] };
}

export interface CohortLayoutInput extends CohortContentInput {
  width: number;
}

/** The rate at the top of the colour scale: the highest rate after offset 0, rounded up to 5%, at most 100%. */
export function scaleTop(result: CohortRetentionResult): number {
  let max = 0;
  for (const cohort of result.cohorts) for (let k = 1; k < cohort.rates.length; k++) max = Math.max(max, cohort.rates[k] ?? 0);
  if (max === 0) return 1;
  return Math.min(1, Math.max(0.05, Math.ceil(max * 20 - 1e-9) / 20));
}

const textWidth = (text: string, char: number) => text.length * char;

function legendWords(result: CohortRetentionResult, top: number, ramp: ColorRamp, f: Formatters): CohortContent['legend'] {
  const period = result.period as CohortPeriod;
  const rates = result.cohorts.flatMap((c) => c.rates.filter((r): r is number => r !== null));
  const what = result.basis === 'customers' ? 'share of the cohort active' : `revenue over ${period} 0`;
  const notes = [`Shade: ${what}, ${f.percent(0, 0)} to ${f.percent(top, 0)}.`];
  if (result.basis === 'revenue' && rates.some((r) => r > 1)) notes.push(`Rates above ${f.percent(1, 0)} (expansion) are clamped to the ${f.percent(1, 0)} shade.`);
  else if (top < 1) notes.push(`Higher rates, as in ${period} 0 (${f.percent(1, 0)}), take the ${f.percent(top, 0)} shade.`);
  if (rates.some((r) => r < 0)) notes.push(`Rates below ${f.percent(0, 0)} (net refunds) take the ${f.percent(0, 0)} shade.`);
  if (result.incomplete.some((k) => k !== null)) notes.push('Hatched: a period still running; its figures are partial.');
  const ticks = [0, 0.5, 1].map((at) => ({ at, text: f.percent(at * top, 0) }));
  return { width: LEGEND_WIDTH, stops: ramp.stops(9), ticks, notes };
}

/**
 * The cells' words (tooltip lines, the start of each accessible name) for a result, layout and
 * formatters: they do not depend on the display or the colours, so a display toggle or a new
 * theme reuses them instead of formatting thousands of dates and numbers again. Each cell's are
 * made when its name is first read — when its row is drawn — so that a large first drawing
 * spread over frames (cohort-spread.ts) spreads this work with it: three quarters of the
 * content's cost at 666 cells.
 */
interface CellWordsMemo {
  layout: CohortLayoutMode;
  format: Formatters;
  cohort(i: number, k: number): CellWords;
  average(column: number): CellWords;
}
const wordsMemo = new WeakMap<CohortRetentionResult, CellWordsMemo>();

function cellWords(result: CohortRetentionResult, layout: CohortLayoutMode, f: Formatters, parts: AveragePart[]): CellWordsMemo {
  const memo = wordsMemo.get(result);
  if (memo && memo.layout === layout && memo.format === f) return memo;
  const cohorts: CellWords[][] = result.cohorts.map(() => []);
  const average: CellWords[] = [];
  const words: CellWordsMemo = {
    layout,
    format: f,
    cohort: (i, k) => (cohorts[i]![k] ??= describeCell(result, i, k, f)),
    average: (column) => (average[column] ??= describeAverage(result, layout, column, parts[column]!, f)),
  };
  wordsMemo.set(result, words);
  return words;
}

/** A cell's accessible name, made on first read and kept. */
function lazyLabel(words: () => CellWords, figure: string): () => string {
  let label: string | undefined;
  return () => (label ??= spoken(words(), figure));
}

export function cohortContent({ result, display, layout, format: f, ramp }: CohortContentInput): CohortContent {
  const period = result.period as CohortPeriod;
  const locale = f.locale;
  const cohorts = result.cohorts;
  const top = scaleTop(result);
  const parts = averageParts(result, layout);
  const words = cellWords(result, layout, f, parts);
  const columns = layout === 'offset' ? result.average.length : Math.max(...cohorts.map((c) => c.startIndex + c.counts.length));
  const shade = (rate: number | null) => (rate === null ? ramp.none : ramp.at(rate / top));
  let widestFigure = 0;

  const rows: CohortContent['rows'][number][] = cohorts.map((cohort, i) => ({
    key: cohort.start,
    label: periodName(cohort.start, period, locale),
    size: f.count(cohort.size),
    average: false,
    cells: cohort.counts.map((count, k) => {
      const rate = cohort.rates[k] ?? null;
      const figure = cellFigure(result, display, count, rate, f);
      widestFigure = Math.max(widestFigure, figure.length);
      const { fill, ink } = shade(rate);
      const column = layout === 'offset' ? k : cohort.startIndex + k;
      const label = lazyLabel(() => words.cohort(i, k), figure);
      return { key: `${cohort.start}/${k}`, row: i, column, fill, ink, figure, get label() { return label(); }, incomplete: result.incomplete[i] === k };
    }),
  }));
  rows.push({
    key: 'average',
    label: 'Average',
    size: f.count(cohorts.reduce((sum, c) => sum + c.size, 0)),
    average: true,
    // The average row shows its rate in both displays: a weighted average is a rate.
    cells: parts.map((part, column) => {
      const figure = f.percent(part.rate, 0);
      widestFigure = Math.max(widestFigure, figure.length);
      const { fill, ink } = shade(part.rate);
      const label = lazyLabel(() => words.average(column), figure);
      return { key: `average/${layout}/${column}`, row: cohorts.length, column, fill, ink, figure, get label() { return label(); }, incomplete: false };
    }),
  });

  const first = cohorts[0]!;
  const columnNames = Array.from({ length: columns }, (_, c) => (layout === 'offset' ? String(c) : shortPeriodName(addPeriods(first.start, period, c - first.startIndex), period, locale)));
  const sizeTitle = 'Customers';
  const since = `since ${firstActivity(result)}`;
  return {
    rows,
    columnNames,
    widestFigure,
    labelWidth: Math.max(56, ...rows.map((r) => textWidth(r.label, LABEL_CHAR))) + 16,
    sizeWidth: Math.max(textWidth(sizeTitle, LABEL_CHAR), ...rows.map((r) => textWidth(r.size, LABEL_CHAR))) + 14,
    titles: {
      rowTitle: 'Cohort',
      sizeTitle,
      columnTitle: layout === 'offset' ? `${period[0]!.toUpperCase()}${period.slice(1)}s ${since}` : `Calendar ${period}`,
      gridLabel: `Cohorts by ${period} of ${firstActivity(result)}: ${cohorts.length} rows and an average row; columns are ${layout === 'offset' ? `${period}s ${since}` : `calendar ${period}s`}`,
    },
    legend: legendWords(result, top, ramp, f),
  };
}

/**
 * A token per content and figures shown or not: the drawing's `cellContent`, equal across
 * widths that show the same cells, so that a resize does not visit them.
 */
const cellTokens = new WeakMap<CohortContent, { withFigures: object; withoutFigures: object }>();

function cellToken(content: CohortContent, showText: boolean): object {
  let tokens = cellTokens.get(content);
  if (!tokens) cellTokens.set(content, (tokens = { withFigures: {}, withoutFigures: {} }));
  return showText ? tokens.withFigures : tokens.withoutFigures;
}

/** The content placed in a box `width` wide. */
export function placeCohorts(content: CohortContent, width: number): HeatmapLayout {
  const columnsCount = content.columnNames.length;
  const sizeX = content.labelWidth;
  const gridX = sizeX + content.sizeWidth + 6;
  const fitted = Math.floor(Math.max(0, width - gridX - 8) / Math.max(1, columnsCount));
  const cellWidth = Math.min(MAX_CELL, Math.max(MIN_CELL, fitted));
  const showText = cellWidth >= Math.ceil(content.widestFigure * FIGURE_CHAR + 8);
  const cellHeight = showText ? TEXT_ROW : Math.min(TEXT_ROW, Math.max(10, cellWidth));
  const gridY = HEADER;
  const labelEvery = Math.ceil(13 / cellHeight);
  const cohortRows = content.rows.length - 1;

  const rows: HeatmapRow[] = content.rows.map((row, i) => {
    const y = row.average ? gridY + cohortRows * cellHeight + AVERAGE_GAP : gridY + i * cellHeight;
    // Each field by name (a rest-and-spread copy per cell was a tenth of a 666-cell update), the
    // name still read only when drawn.
    const cells = row.cells.map(
      (c): HeatmapCell => ({
        key: c.key,
        row: c.row,
        column: c.column,
        x: gridX + c.column * cellWidth,
        y,
        fill: c.fill,
        ink: c.ink,
        text: showText ? c.figure : '',
        get label() {
          return c.label;
        },
        incomplete: c.incomplete,
      }),
    );
    return { key: row.key, label: row.label, size: row.size, y, average: row.average, labelled: row.average || i % labelEvery === 0, cells };
  });
  const widestName = Math.max(...content.columnNames.map((n) => textWidth(n, FIGURE_CHAR)));
  const columnEvery = Math.ceil((widestName + 8) / cellWidth);
  const columns = content.columnNames.map((name, c) => ({ key: String(c), label: c % columnEvery === 0 ? name : '', x: gridX + c * cellWidth }));

  const averageY = rows[rows.length - 1]!.y;
  const legendX = 16;
  const legendY = averageY + cellHeight + 22;
  const { ticks, ...legend } = content.legend;
  return {
    width: Math.max(width, gridX + columnsCount * cellWidth + 8),
    height: legendY + 40 + legend.notes.length * 16,
    cellWidth,
    cellHeight,
    sizeX,
    sizeWidth: content.sizeWidth,
    gridX,
    gridY,
    ...content.titles,
    rows,
    columns,
    legend: { ...legend, x: legendX, y: legendY, ticks: ticks.map((t) => ({ x: legendX + t.at * legend.width, text: t.text })) },
    cellContent: cellToken(content, showText),
  };
}

/** Both steps at once. */
export function layoutCohorts(input: CohortLayoutInput): HeatmapLayout {
  return placeCohorts(cohortContent(input), input.width);
}
