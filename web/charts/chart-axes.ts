/**
 * Month and value axes in the UI language: months as "jan. 2015", values as "1.234" or "60 %".
 * Month ticks fall on whole months, at a step (1, 2, 3, 6, 12 or 24 months) that leaves ~80 px per label.
 */
import { axisBottom, axisLeft, utcMonth, type Selection } from 'd3';
import { formatMonth } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { PlotArea } from './chart-cursor.ts';
import type { ChartUnit } from './fan-chart-data.ts';
import type { MonthScale, ValueScale } from './fan-layers.ts';
import { formatChartValue } from './format-chart-value.ts';

const MONTH_STEPS = [1, 2, 3, 6, 12, 24] as const;

/** The month step that keeps labels at least `minSpacing` px apart. */
export function monthTickStep(x: MonthScale, plotWidth: number, minSpacing = 80): number {
  const [first, last] = x.domain();
  const span = first && last ? utcMonth.count(first, last) : 0;
  const maxTicks = Math.max(1, Math.floor(plotWidth / minSpacing));
  return MONTH_STEPS.find((step) => span / step <= maxTicks) ?? 24;
}

export function drawAxes(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  x: MonthScale,
  y: ValueScale,
  plot: PlotArea,
  unit: ChartUnit,
  unitLabel: string,
  locale: Locale,
): void {
  const step = monthTickStep(x, plot.width);
  const interval = utcMonth.every(step);
  const bottom = axisBottom(x)
    .tickFormat((date) => formatMonth(date instanceof Date ? date : new Date(date.valueOf()), locale))
    .tickSizeOuter(0);
  if (interval) bottom.ticks(interval);
  layer
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${plot.top + plot.height})`)
    .call(bottom);
  layer
    .append('g')
    .attr('class', 'axis axis-y')
    .attr('transform', `translate(${plot.left},0)`)
    .call(
      axisLeft(y)
        .ticks(Math.max(2, Math.floor(plot.height / 40)))
        .tickFormat((value) => formatChartValue(value.valueOf(), unit, locale))
        .tickSizeOuter(0),
    );
  layer
    .append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(12,${plot.top + plot.height / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('fill', 'currentColor')
    .text(unitLabel);
  // d3's axes draw in currentColor at 10px; make labels as large as the rest of the chart text.
  layer.selectAll('.axis text').attr('font-size', 11);
}
