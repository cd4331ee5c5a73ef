/**
 * The grid's canvas layer in one module, imported only by a grid that draws on canvas (beyond
 * 2,000 customers, or `renderer="canvas"`): the points' pixels and the export that embeds them.
 */
export { cssColorToRgb, drawScatterCanvas } from '../../charts/scatter-canvas.js';
export { embedCanvas } from './grid-export.js';
