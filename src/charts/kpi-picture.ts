/**
 * A KPI tile as one SVG picture, for its SVG and PNG export: its lines of text stacked, then
 * its sparkline. The tile on screen is HTML (it wraps, and a screen reader reads it as text);
 * this is the same content for a slide or a report. Text is set as text, never markup.
 * Written with svg-write.ts, as the sparkline is: a `<crm-kpi>` page carries no d3-selection.
 */
import { drawSparkline, type SparkLayout } from './sparkline.js';
import { child, set } from './svg-write.js';

export interface PictureLine {
  text: string;
  /** Classes that style it (the element's stylesheet colours `.better`, `.worse`, …). */
  className: string;
  /** Line height in pixels; the font size is a little under it. */
  size: number;
}

export interface KpiPicture {
  width: number;
  lines: readonly PictureLine[];
  sparkline: SparkLayout | null;
}

const MARGIN = 12;

/** The picture's height for its lines and sparkline. */
export function pictureHeight(picture: KpiPicture): number {
  const text = picture.lines.reduce((sum, line) => sum + line.size, 0);
  return MARGIN * 2 + text + (picture.sparkline ? picture.sparkline.height + 8 : 0);
}

export function drawKpiPicture(svg: SVGSVGElement, picture: KpiPicture): void {
  const height = pictureHeight(picture);
  set(svg, 'viewBox', `0 0 ${picture.width} ${height}`);
  set(svg, 'width', picture.width);
  set(svg, 'height', height);
  const surface = child(svg, 'rect', 'surface');
  set(surface, 'width', picture.width);
  set(surface, 'height', height);
  let y = MARGIN;
  for (const line of picture.lines) {
    y += line.size;
    const text = child(svg, 'text', line.className);
    set(text, 'x', MARGIN);
    set(text, 'y', y - line.size * 0.25);
    set(text, 'font-size', Math.round(line.size * 0.75));
    text.textContent = line.text;
  }
  if (picture.sparkline) {
    const g = child(svg, 'g', 'sparkline');
    set(g, 'transform', `translate(${MARGIN},${y + 8})`);
    drawSparkline(g, picture.sparkline);
  }
}
