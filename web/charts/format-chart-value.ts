/**
 * How a chart writes a value of its unit: persons as numbers ("1.234"), shares as percentages ("60 %"),
 * and the target direction as a symbol ("≤", "≥") or words for screen readers ("højst", "at least").
 */
import { formatNumber, formatPercent } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import type { ChartUnit, FanTarget } from './fan-chart-data.ts';

/**
 * @example formatChartValue(412.5, 'persons', 'da') → "412,5"; formatChartValue(0.6, 'percent', 'da') → "60 %"
 */
export function formatChartValue(value: number, unit: ChartUnit, locale: Locale): string {
  return unit === 'percent' ? formatPercent(value, locale, 1) : formatNumber(value, locale, 1);
}

/** "≤" for a level to stay at or below, "≥" for one to reach or exceed. */
export function targetSymbol(direction: FanTarget['direction']): string {
  return direction === 'atMost' ? '≤' : '≥';
}

/** The direction in words, for descriptions read aloud ("højst" / "at most"). */
export function targetWords(direction: FanTarget['direction'], locale: Locale): string {
  return t(direction === 'atMost' ? 'direction.atMost' : 'direction.atLeast', {}, locale);
}
