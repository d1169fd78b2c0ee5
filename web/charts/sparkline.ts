/**
 * A small fan for the target board: 80 % and 50 % bands with the median, and a tick at the target level and
 * month. No axes or cursor; the accessible name says the numbers in one sentence.
 *
 * @example renderSparkline(svgElement, data, { title: 'Ledighedsydelse' })
 */
import { formatMonth, monthToDate } from '../i18n/format.ts';
import { getLocale } from '../i18n/locale-store.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { prepareChartFrame } from './chart-frame.ts';
import { checkFanChartData, type FanChartData } from './fan-chart-data.ts';
import { BLUE_FAN, drawFan, monthScale, valueScale } from './fan-layers.ts';
import { formatChartValue } from './format-chart-value.ts';

export interface SparklineOptions {
  /** The indicator's name, used in the accessible name. */
  title: string;
  /** Outer size in px. Defaults 120 × 36. */
  width?: number;
  height?: number;
  locale?: Locale;
}

const TARGET_COLOUR = '#a04000';
const PAD = 3;

export function renderSparkline(element: SVGSVGElement, data: FanChartData, options: SparklineOptions): void {
  checkFanChartData(data);
  const locale = options.locale ?? getLocale();
  const width = options.width ?? 120;
  const height = options.height ?? 36;
  const last = data.months.length - 1;
  const value = (number: number | undefined): string =>
    formatChartValue(number ?? Number.NaN, data.unit, locale);
  const label = t(
    'chart.sparkline',
    {
      indicator: options.title,
      median: value(data.bands.p50[last]),
      month: formatMonth(data.months[last] ?? '', locale),
      low: value(data.bands.p10[last]),
      high: value(data.bands.p90[last]),
    },
    locale,
  );
  const frame = prepareChartFrame(element, {
    width,
    height,
    title: label,
    description: label,
    focusable: false,
    className: 'sparkline',
  });
  const body = frame.svg.append('g').attr('class', 'chart-body');
  // Only the fan and the target: history points would squeeze the months the board is about.
  const fanOnly: FanChartData = { ...data, observed: [] };
  const x = monthScale([fanOnly], [PAD, width - PAD]);
  const y = valueScale([fanOnly], [height - PAD, PAD]);
  drawFan(body, fanOnly, x, y, BLUE_FAN, 'fan', ['band80', 'band50']);
  if (data.target) {
    const tx = x(monthToDate(data.target.month));
    const ty = y(data.target.level);
    body
      .append('line')
      .attr('class', 'target-line')
      .attr('x1', PAD)
      .attr('x2', width - PAD)
      .attr('y1', ty)
      .attr('y2', ty)
      .attr('stroke', TARGET_COLOUR)
      .attr('stroke-width', 1)
      .attr('stroke-dasharray', '3 2');
    body
      .append('circle')
      .attr('class', 'target-marker')
      .attr('cx', tx)
      .attr('cy', ty)
      .attr('r', 2.5)
      .attr('fill', TARGET_COLOUR);
  }
}
