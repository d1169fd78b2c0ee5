/**
 * The calibration fit chart: a series' observed points against the calibrated model's fitted median with its 80 %
 * band, month by month; points held out of the fit (after `until`) are hollow. Danish (or English) axes, a
 * legend and a month cursor for pointer and keyboard with the numbers in a tooltip. Plain D3 on an <svg> the
 * caller owns; call again to redraw.
 *
 * @example renderFitChart(svg, seriesFit, { title: 'ydelse:kontanthjaelp' }).cursor.moveTo(0)
 */
import { area, line, max, min, scaleLinear, scaleUtc } from 'd3';
import type { SeriesFit } from '../../src/calibrate/calibration-types.ts';
import { formatMonth, formatNumber, monthToDate } from '../i18n/format.ts';
import { getLocale } from '../i18n/locale-store.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { drawAxes } from './chart-axes.ts';
import { attachChartCursor, type ChartCursor } from './chart-cursor.ts';
import { prepareChartFrame } from './chart-frame.ts';
import { monthRange, plotBelowLegend } from './plot-below-legend.ts';

export interface FitChartOptions {
  /** The series, e.g. "ydelse:kontanthjaelp"; goes into the accessible title. */
  title: string;
  /** Outer size in px. Defaults 480 × 260. */
  width?: number;
  height?: number;
  /** Defaults to the current UI language. */
  locale?: Locale;
}

export interface FitChartHandle {
  cursor: ChartCursor;
  months: string[];
}

const BAND_COLOUR = '#bfdbfe';
const FIT_COLOUR = '#1d4ed8';
const OBSERVED_COLOUR = '#1a1a1a';

export function renderFitChart(
  element: SVGSVGElement,
  fit: SeriesFit,
  options: FitChartOptions,
): FitChartHandle {
  const locale = options.locale ?? getLocale();
  const width = options.width ?? 480;
  const height = options.height ?? 260;
  const frame = prepareChartFrame(element, {
    width,
    height,
    title: t('data.fit.title', { series: options.title }, locale),
    description: describeFit(fit, locale),
    focusable: true,
    className: 'fit-chart',
  });
  const body = frame.svg.append('g').attr('class', 'chart-body').attr('aria-hidden', 'true');
  const plot = plotBelowLegend(
    body,
    [
      { label: t('data.fit.observed', {}, locale), swatch: { kind: 'point' } },
      { label: t('data.fit.fitted', {}, locale), swatch: { kind: 'line', stroke: FIT_COLOUR } },
      { label: t('data.fit.band', {}, locale), swatch: { kind: 'box', fill: BAND_COLOUR } },
    ],
    width,
    height,
  );
  const dates = fit.months.map(monthToDate);
  const first = dates[0] ?? new Date(0);
  const last = dates.at(-1) ?? first;
  const x = scaleUtc()
    .domain([first, last.getTime() === first.getTime() ? new Date(first.getTime() + 2.6e9) : last])
    .range(monthRange(plot));
  const values = [...fit.observed, ...fit.fittedLow, ...fit.fittedHigh].filter(Number.isFinite);
  const low = Math.min(0, min(values) ?? 0);
  const high = max(values) ?? 1;
  const y = scaleLinear()
    .domain([low, high > low ? high : low + 1])
    .nice()
    .range([plot.top + plot.height, plot.top]);
  drawAxes(body, x, y, plot, 'persons', t('chart.axis.persons', {}, locale), locale);

  const indices = fit.months.map((_, index) => index);
  const finite = (index: number): boolean =>
    Number.isFinite(fit.fittedLow[index]) && Number.isFinite(fit.fittedHigh[index]);
  body
    .append('path')
    .attr('class', 'fit-band')
    .attr('fill', BAND_COLOUR)
    .attr(
      'd',
      area<number>()
        .defined(finite)
        .x((index) => x(dates[index] ?? first))
        .y0((index) => y(fit.fittedLow[index] ?? 0))
        .y1((index) => y(fit.fittedHigh[index] ?? 0))(indices),
    );
  body
    .append('path')
    .attr('class', 'fit-line')
    .attr('fill', 'none')
    .attr('stroke', FIT_COLOUR)
    .attr('stroke-width', 2)
    .attr(
      'd',
      line<number>()
        .defined((index) => Number.isFinite(fit.fittedMedian[index]))
        .x((index) => x(dates[index] ?? first))
        .y((index) => y(fit.fittedMedian[index] ?? 0))(indices),
    );
  body
    .append('g')
    .attr('class', 'observed')
    .selectAll('circle')
    .data(indices.filter((index) => Number.isFinite(fit.observed[index])))
    .join('circle')
    .attr('cx', (index) => x(dates[index] ?? first))
    .attr('cy', (index) => y(fit.observed[index] ?? 0))
    .attr('r', 3.5)
    .attr('stroke', OBSERVED_COLOUR)
    .attr('stroke-width', 1.5)
    .attr('fill', (index) => (fit.used[index] ? OBSERVED_COLOUR : '#ffffff'));

  const cursor = attachChartCursor({
    frame,
    months: fit.months,
    x,
    plot,
    linesAt: (month) => fitTooltipLines(fit, month, locale),
  });
  return { cursor, months: [...fit.months] };
}

/** The tooltip of one month: observed, fitted median and band. */
export function fitTooltipLines(fit: SeriesFit, month: string, locale: Locale): string[] {
  const index = fit.months.indexOf(month);
  if (index < 0) return [];
  const n = (value: number | undefined): string =>
    value === undefined || !Number.isFinite(value) ? '–' : formatNumber(value, locale, 0);
  return [
    t(
      'data.fit.tooltip',
      {
        month: formatMonth(month, locale),
        observed: n(fit.observed[index]),
        fitted: n(fit.fittedMedian[index]),
        low: n(fit.fittedLow[index]),
        high: n(fit.fittedHigh[index]),
      },
      locale,
    ),
  ];
}

/** The desc text: the span and the fit's error figures. */
function describeFit(fit: SeriesFit, locale: Locale): string {
  const first = fit.months[0];
  const last = fit.months.at(-1);
  const span = first && last ? `${formatMonth(first, locale)}–${formatMonth(last, locale)}` : '';
  const rmse = Number.isFinite(fit.fit.rmse) ? formatNumber(fit.fit.rmse, locale, 1) : '–';
  const coverage = Number.isFinite(fit.fit.coverage) ? formatNumber(fit.fit.coverage * 100, locale, 0) : '–';
  return t('data.fit.description', { span, rmse, coverage }, locale);
}
