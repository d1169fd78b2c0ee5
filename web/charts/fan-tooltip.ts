/**
 * The words a fan chart's cursor shows for one month: the month, the median, the three bands, the mean, what was
 * observed then and the target if it falls in that month. Pure, so it is tested without drawing.
 */
import { formatMonth } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import type { FanChartData } from './fan-chart-data.ts';
import { FAN_BANDS } from './fan-layers.ts';
import { formatChartValue, targetSymbol } from './format-chart-value.ts';
import { formatPercent } from '../i18n/format.ts';

/** Every month a cursor can stop at: simulated, observed and target months, ascending, each once. */
export function cursorMonths(dataSets: readonly FanChartData[]): string[] {
  const months = new Set<string>();
  for (const data of dataSets) {
    for (const month of data.months) months.add(month);
    for (const point of data.observed ?? []) months.add(point.month);
    if (data.target) months.add(data.target.month);
  }
  // "YYYY-MM" strings sort chronologically.
  return [...months].sort();
}

/**
 * @example fanTooltipLines(data, '2015-12', 'da') →
 *   ["dec. 2015", "Median: 440", "50 %-interval: 420–460", "80 %-interval: …", "95 %-interval: …", "Mål: ≤ 428"]
 */
export function fanTooltipLines(data: FanChartData, month: string, locale: Locale): string[] {
  const value = (number: number): string => formatChartValue(number, data.unit, locale);
  const lines = [formatMonth(month, locale)];
  const index = data.months.indexOf(month);
  if (index >= 0) {
    lines.push(t('chart.tooltip.median', { value: value(data.bands.p50[index] ?? Number.NaN) }, locale));
    for (const band of [...FAN_BANDS].reverse()) {
      lines.push(
        t(
          'chart.tooltip.band',
          {
            share: formatPercent(band.share, locale, 0),
            low: value(data.bands[band.low][index] ?? Number.NaN),
            high: value(data.bands[band.high][index] ?? Number.NaN),
          },
          locale,
        ),
      );
    }
    const mean = data.mean?.[index];
    if (mean !== undefined) lines.push(t('chart.tooltip.mean', { value: value(mean) }, locale));
  }
  for (const point of data.observed ?? []) {
    if (point.month !== month) continue;
    const label = point.label ?? t('chart.legend.observed', {}, locale);
    lines.push(t('chart.tooltip.observed', { label, value: value(point.value) }, locale));
  }
  if (data.target?.month === month) {
    const symbol = targetSymbol(data.target.direction);
    lines.push(t('chart.tooltip.target', { symbol, level: value(data.target.level) }, locale));
  }
  return lines;
}
