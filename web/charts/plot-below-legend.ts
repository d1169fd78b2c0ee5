/**
 * The layout every chart shares: a legend across the top, the plot area below it with room for the axes, and
 * months placed a little in from the plot's edges. One place for the margins, so the charts line up.
 */
import type { Selection } from 'd3';
import type { PlotArea } from './chart-cursor.ts';
import { drawLegend, type LegendItem } from './chart-legend.ts';

const MARGIN = { right: 16, bottom: 32, left: 64 };
/** The legend's offset from the chart's top-left corner, and the gap between it and the plot. */
const LEGEND_AT = { x: 8, y: 4 };
const LEGEND_GAP = 14;
/** Keeps points and markers at the first and last month clear of the axes. */
const X_INSET = 8;

/** Draws the legend into `layer` and returns the plot area of a `width` × `height` chart below it. */
export function plotBelowLegend(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  items: readonly LegendItem[],
  width: number,
  height: number,
): PlotArea {
  const legendHeight = drawLegend(layer, items, LEGEND_AT.x, LEGEND_AT.y, width - 2 * LEGEND_AT.x);
  return {
    left: MARGIN.left,
    top: legendHeight + LEGEND_GAP,
    width: width - MARGIN.left - MARGIN.right,
    height: height - legendHeight - LEGEND_GAP - MARGIN.bottom,
  };
}

/** The horizontal range of the months in `plot`: its width less a small inset at each end. */
export function monthRange(plot: PlotArea): [number, number] {
  return [plot.left + X_INSET, plot.left + plot.width - X_INSET];
}
