/**
 * The projection fan chart: observed status points, the simulated median with 50/80/95 % bands, an optional mean,
 * the target line at its month with a label, Danish (or English) axes, a legend, and a month cursor for pointer
 * and keyboard with the numbers in a tooltip. Plain D3 on an <svg> the caller owns; call again to redraw.
 *
 * @example
 *   const chart = renderFanChart(svgElement, data, { title: 'Unge under 30 på offentlig forsørgelse' });
 *   chart.cursor.moveTo(3); chart.cursor.lines(); // the tooltip text
 */
import { getLocale } from '../i18n/locale-store.ts';
import { formatMonth, monthToDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { drawAxes } from './chart-axes.ts';
import { attachChartCursor, type ChartCursor, type PlotArea } from './chart-cursor.ts';
import { prepareChartFrame } from './chart-frame.ts';
import { monthRange, plotBelowLegend } from './plot-below-legend.ts';
import type { LegendItem } from './chart-legend.ts';
import { checkFanChartData, type FanChartData } from './fan-chart-data.ts';
import { BLUE_FAN, drawFan, monthScale, valueScale, type MonthScale, type ValueScale } from './fan-layers.ts';
import { cursorMonths, fanTooltipLines } from './fan-tooltip.ts';
import { drawTargetMark, TARGET_COLOUR } from './target-mark.ts';
import { formatChartValue, targetSymbol, targetWords } from './format-chart-value.ts';
import type { Selection } from 'd3';

export interface FanChartOptions {
  /** What is projected, e.g. "Unge under 30 på offentlig forsørgelse"; goes into the accessible title. */
  title: string;
  /** Outer size in px. Defaults 640 × 320. */
  width?: number;
  height?: number;
  /** Language of labels and number formats; defaults to the current UI language. */
  locale?: Locale;
  /** Called whenever the cursor moves (pointer or keyboard). */
  onCursor?: (month: string, lines: string[]) => void;
}

export interface FanChartHandle {
  cursor: ChartCursor;
  /** The months the cursor steps through. */
  months: string[];
}

/** Colours of the target marks: dark orange, ≥ 4.5:1 on white, and dashed so it never reads as a fan line. */
const OBSERVED_COLOUR = '#1a1a1a';

export function renderFanChart(
  element: SVGSVGElement,
  data: FanChartData,
  options: FanChartOptions,
): FanChartHandle {
  checkFanChartData(data);
  const locale = options.locale ?? getLocale();
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  const frame = prepareChartFrame(element, {
    width,
    height,
    title: t('chart.title', { indicator: options.title }, locale),
    description: describeFan(data, locale),
    focusable: true,
    className: 'fan-chart',
  });
  const body = frame.svg.append('g').attr('class', 'chart-body').attr('aria-hidden', 'true');
  const plot = plotBelowLegend(body, legendItems(data, locale), width, height);
  const x = monthScale([data], monthRange(plot));
  const y = valueScale([data], [plot.top + plot.height, plot.top]);
  const unitLabel = t(data.unit === 'percent' ? 'chart.axis.percent' : 'chart.axis.persons', {}, locale);
  drawAxes(body, x, y, plot, data.unit, unitLabel, locale);
  drawFan(body, data, x, y, BLUE_FAN);
  drawTarget(body, data, x, y, plot, locale);
  drawObserved(body, data, x, y);

  const months = cursorMonths([data]);
  const cursor = attachChartCursor({
    frame,
    months,
    x,
    plot,
    linesAt: (month) => fanTooltipLines(data, month, locale),
    ...(data.target ? { focusMonth: data.target.month } : {}),
    ...(options.onCursor ? { onMove: options.onCursor } : {}),
  });
  return { cursor, months };
}

/** The desc text: span, final median and 95 % band, the target, how many observations. */
export function describeFan(data: FanChartData, locale: Locale): string {
  const last = data.months.length - 1;
  const value = (number: number | undefined): string =>
    formatChartValue(number ?? Number.NaN, data.unit, locale);
  const sentences = [
    t(
      'chart.desc',
      {
        from: formatMonth(data.months[0] ?? '', locale),
        to: formatMonth(data.months[last] ?? '', locale),
        median: value(data.bands.p50[last]),
        low: value(data.bands.p2_5[last]),
        high: value(data.bands.p97_5[last]),
      },
      locale,
    ),
  ];
  if (data.target) {
    const { direction, level, month } = data.target;
    sentences.push(
      t(
        'chart.desc.target',
        { direction: targetWords(direction, locale), level: value(level), month: formatMonth(month, locale) },
        locale,
      ),
    );
  }
  if (data.observed?.length)
    sentences.push(t('chart.desc.observed', { count: data.observed.length }, locale));
  sentences.push(t('chart.keyboardHint', {}, locale));
  return sentences.join(' ');
}

function legendItems(data: FanChartData, locale: Locale): LegendItem[] {
  const items: LegendItem[] = [
    { label: t('chart.legend.median', {}, locale), swatch: { kind: 'line', stroke: BLUE_FAN.median } },
    { label: t('chart.legend.band50', {}, locale), swatch: { kind: 'box', fill: BLUE_FAN.band50 } },
    { label: t('chart.legend.band80', {}, locale), swatch: { kind: 'box', fill: BLUE_FAN.band80 } },
    { label: t('chart.legend.band95', {}, locale), swatch: { kind: 'box', fill: BLUE_FAN.band95 } },
  ];
  if (data.mean) {
    items.push({
      label: t('chart.legend.mean', {}, locale),
      swatch: { kind: 'line', stroke: BLUE_FAN.median, dash: '1 3' },
    });
  }
  if (data.observed?.length)
    items.push({ label: t('chart.legend.observed', {}, locale), swatch: { kind: 'point' } });
  if (data.target) {
    items.push({
      label: t('chart.legend.target', {}, locale),
      swatch: { kind: 'line', stroke: TARGET_COLOUR, dash: '6 3' },
    });
  }
  return items;
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;

function drawTarget(
  layer: Layer,
  data: FanChartData,
  x: MonthScale,
  y: ValueScale,
  plot: PlotArea,
  locale: Locale,
) {
  const g = drawTargetMark(layer, data, x, y, plot);
  if (!g || !data.target) return;
  const { month, level, direction } = data.target;
  const tx = x(monthToDate(month));
  const ty = y(level);
  g.insert('line', '.target-marker')
    .attr('class', 'target-month')
    .attr('x1', tx)
    .attr('x2', tx)
    .attr('y1', plot.top)
    .attr('y2', plot.top + plot.height)
    .attr('stroke', TARGET_COLOUR)
    .attr('stroke-width', 1)
    .attr('stroke-dasharray', '2 3');
  const label = t(
    'chart.target.label',
    {
      symbol: targetSymbol(direction),
      level: formatChartValue(level, data.unit, locale),
      month: formatMonth(month, locale),
    },
    locale,
  );
  // Left of the marker when the marker is in the right half, so the label stays inside the plot.
  const rightHalf = tx > plot.left + plot.width / 2;
  g.append('text')
    .attr('class', 'target-label')
    .attr('x', rightHalf ? tx - 10 : tx + 10)
    .attr('y', ty - 8)
    .attr('text-anchor', rightHalf ? 'end' : 'start')
    .attr('fill', TARGET_COLOUR)
    .attr('font-weight', 'bold')
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 3)
    .attr('paint-order', 'stroke')
    .text(label);
}

function drawObserved(layer: Layer, data: FanChartData, x: MonthScale, y: ValueScale): void {
  const points = data.observed ?? [];
  if (points.length === 0) return;
  layer
    .append('g')
    .attr('class', 'observed')
    .selectAll('circle')
    .data(points)
    .join('circle')
    .attr('cx', (point) => Math.round(x(monthToDate(point.month)) * 10) / 10)
    .attr('cy', (point) => Math.round(y(point.value) * 10) / 10)
    .attr('r', 4)
    .attr('fill', OBSERVED_COLOUR)
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 1.5);
}
