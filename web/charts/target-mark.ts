/**
 * The target drawn on a fan chart: a dashed line at the target level across the plot and a diamond at the
 * target month. Shared by the projection fan and the compare fan; callers add their own extras to the group.
 */
import type { Selection } from 'd3';
import { monthToDate } from '../i18n/format.ts';
import type { PlotArea } from './chart-cursor.ts';
import type { FanChartData } from './fan-chart-data.ts';
import type { MonthScale, ValueScale } from './fan-layers.ts';

/** The colour of the target line and marker (contrast ≥ 3:1 on white, as WCAG asks of graphics). */
export const TARGET_COLOUR = '#a04000';

/** Draws the target of `data` into `layer`; returns its group (null without a target). */
export function drawTargetMark(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  data: FanChartData,
  x: MonthScale,
  y: ValueScale,
  plot: PlotArea,
): Selection<SVGGElement, unknown, null, undefined> | null {
  if (!data.target) return null;
  const tx = x(monthToDate(data.target.month));
  const ty = y(data.target.level);
  const g = layer.append('g').attr('class', 'target');
  g.append('line')
    .attr('class', 'target-line')
    .attr('x1', plot.left)
    .attr('x2', plot.left + plot.width)
    .attr('y1', ty)
    .attr('y2', ty)
    .attr('stroke', TARGET_COLOUR)
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '6 3');
  g.append('path')
    .attr('class', 'target-marker')
    .attr('d', `M${tx},${ty - 6}L${tx + 6},${ty}L${tx},${ty + 6}L${tx - 6},${ty}Z`)
    .attr('fill', TARGET_COLOUR)
    .attr('stroke', '#ffffff');
  return g;
}
