/**
 * A KPI tile as one SVG picture, for its SVG and PNG export: its lines of text stacked, then
 * its sparkline. The tile on screen is HTML (it wraps, and a screen reader reads it as text);
 * this is the same content for a slide or a report. Text is set with `.text()`, never markup.
 */
import { select } from 'd3';
import { drawSparkline, type SparkLayout } from './sparkline.js';

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
  const root = select(svg).attr('viewBox', `0 0 ${picture.width} ${height}`).attr('width', picture.width).attr('height', height);
  root.append('rect').attr('class', 'surface').attr('width', picture.width).attr('height', height);
  let y = MARGIN;
  for (const line of picture.lines) {
    y += line.size;
    root
      .append('text')
      .attr('class', line.className)
      .attr('x', MARGIN)
      .attr('y', y - line.size * 0.25)
      .attr('font-size', Math.round(line.size * 0.75))
      .text(line.text);
  }
  if (picture.sparkline) {
    const g = root.append('g').attr('class', 'sparkline').attr('transform', `translate(${MARGIN},${y + 8})`);
    drawSparkline(g.node() as SVGGElement, picture.sparkline);
  }
}
