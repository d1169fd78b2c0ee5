/**
 * Two scenarios' fans overlaid on shared axes: each with its 80 % band and median, told apart by colour *and*
 * line style (solid blue vs dashed orange) and named in the legend, plus the target from the first scenario.
 * The cursor tooltip gives both scenarios' numbers for the month.
 *
 * @example renderCompareFanChart(svg, { a: { label: 'Basis', data }, b: { label: 'Ledighed −5 %', data: other } },
 *            { title: 'Ledighedsydelse' })
 */
import { formatMonth } from '../i18n/format.ts';
import { getLocale } from '../i18n/locale-store.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { drawAxes } from './chart-axes.ts';
import { attachChartCursor, type ChartCursor } from './chart-cursor.ts';
import { prepareChartFrame } from './chart-frame.ts';
import { monthRange, plotBelowLegend } from './plot-below-legend.ts';
import { checkFanChartData, type FanChartData } from './fan-chart-data.ts';
import { BLUE_FAN, drawFan, monthScale, valueScale, type FanPalette } from './fan-layers.ts';
import { cursorMonths } from './fan-tooltip.ts';
import { drawTargetMark, TARGET_COLOUR } from './target-mark.ts';
import { formatChartValue, targetSymbol } from './format-chart-value.ts';

/** One side of the comparison. */
export interface CompareScenario {
  /** The scenario's name as the user gave it, e.g. "Basis" or "Virksomhedsrettet 70 %". */
  label: string;
  data: FanChartData;
}

export interface CompareFanChartData {
  a: CompareScenario;
  b: CompareScenario;
}

export interface CompareFanChartOptions {
  /** The indicator compared; goes into the accessible title. */
  title: string;
  width?: number;
  height?: number;
  locale?: Locale;
  onCursor?: (month: string, lines: string[]) => void;
}

const PALETTE_A: FanPalette = { ...BLUE_FAN, bandOpacity: 0.45 };
const PALETTE_B: FanPalette = {
  band95: '#fdd0a2',
  band80: '#fdae6b',
  band50: '#e6550d',
  median: '#8c2d04',
  medianDash: '7 4',
  bandOpacity: 0.45,
};

export function renderCompareFanChart(
  element: SVGSVGElement,
  scenarios: CompareFanChartData,
  options: CompareFanChartOptions,
): { cursor: ChartCursor; months: string[] } {
  const { a, b } = scenarios;
  checkFanChartData(a.data);
  checkFanChartData(b.data);
  if (a.data.unit !== b.data.unit)
    throw new RangeError('Both scenarios of a comparison must use the same unit.');
  const locale = options.locale ?? getLocale();
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  const unit = a.data.unit;
  const value = (number: number | undefined): string => formatChartValue(number ?? Number.NaN, unit, locale);
  const lastOf = (data: FanChartData): number => data.bands.p50[data.months.length - 1] ?? Number.NaN;
  const frame = prepareChartFrame(element, {
    width,
    height,
    title: t('chart.compare.title', { indicator: options.title }, locale),
    description: [
      t(
        'chart.compare.desc',
        {
          from: formatMonth(a.data.months[0] ?? '', locale),
          to: formatMonth(a.data.months[a.data.months.length - 1] ?? '', locale),
          a: a.label,
          b: b.label,
          medianA: value(lastOf(a.data)),
          medianB: value(lastOf(b.data)),
        },
        locale,
      ),
      t('chart.keyboardHint', {}, locale),
    ].join(' '),
    focusable: true,
    className: 'compare-fan-chart',
  });
  const body = frame.svg.append('g').attr('class', 'chart-body').attr('aria-hidden', 'true');
  const band80 = t('chart.legend.band80', {}, locale);
  const plot = plotBelowLegend(
    body,
    [
      { label: a.label, swatch: { kind: 'line', stroke: PALETTE_A.median } },
      { label: `${a.label}: ${band80}`, swatch: { kind: 'box', fill: PALETTE_A.band80 } },
      { label: b.label, swatch: { kind: 'line', stroke: PALETTE_B.median, dash: PALETTE_B.medianDash } },
      { label: `${b.label}: ${band80}`, swatch: { kind: 'box', fill: PALETTE_B.band80 } },
      ...(a.data.target
        ? [
            {
              label: t('chart.legend.target', {}, locale),
              swatch: { kind: 'line', stroke: TARGET_COLOUR, dash: '6 3' },
            } as const,
          ]
        : []),
    ],
    width,
    height,
  );
  const x = monthScale([a.data, b.data], monthRange(plot));
  const y = valueScale([a.data, b.data], [plot.top + plot.height, plot.top]);
  const unitLabel = t(unit === 'percent' ? 'chart.axis.percent' : 'chart.axis.persons', {}, locale);
  drawAxes(body, x, y, plot, unit, unitLabel, locale);
  drawFan(body, a.data, x, y, PALETTE_A, 'fan fan-a', ['band80']);
  drawFan(body, b.data, x, y, PALETTE_B, 'fan fan-b', ['band80']);
  drawTargetMark(body, a.data, x, y, plot);

  const months = cursorMonths([a.data, b.data]);
  const linesAt = (month: string): string[] => {
    const lines = [formatMonth(month, locale)];
    for (const scenario of [a, b]) {
      const index = scenario.data.months.indexOf(month);
      if (index < 0) continue;
      const { p50, p10, p90 } = scenario.data.bands;
      lines.push(
        t(
          'chart.compare.tooltip',
          {
            scenario: scenario.label,
            median: value(p50[index]),
            low: value(p10[index]),
            high: value(p90[index]),
          },
          locale,
        ),
      );
    }
    const target = a.data.target;
    if (target?.month === month) {
      lines.push(
        t(
          'chart.tooltip.target',
          { symbol: targetSymbol(target.direction), level: value(target.level) },
          locale,
        ),
      );
    }
    return lines;
  };
  const cursor = attachChartCursor({
    frame,
    months,
    x,
    plot,
    linesAt,
    ...(a.data.target ? { focusMonth: a.data.target.month } : {}),
    ...(options.onCursor ? { onMove: options.onCursor } : {}),
  });
  return { cursor, months };
}
