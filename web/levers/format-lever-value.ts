/**
 * How a lever's value reads in the panel and in the assumption text of a changed value: "−15 %", "60 %",
 * "× 1,2", "31 pr. md.", "22 uger", "1.000", and seeds without grouping ("20150224").
 */
import { formatNumber, formatPercent } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import type { LeverFormat } from './lever.ts';

/** @example formatLeverValue(-0.15, 'change', 'da') → "−15 %"; formatLeverValue(22, 'weeks', 'en') → "22 weeks" */
export function formatLeverValue(value: number, format: LeverFormat, locale: Locale): string {
  switch (format) {
    case 'change': {
      const text = formatPercent(Math.abs(value), locale, 0);
      return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
    }
    case 'share':
      return formatPercent(value, locale, 0);
    case 'factor':
      return `× ${formatNumber(value, locale, 2)}`;
    case 'perMonth':
      return t('lever.unit.perMonth', { value: formatNumber(value, locale, 1) }, locale);
    case 'weeks':
      return t('lever.unit.weeks', { value: formatNumber(value, locale, 0) }, locale);
    case 'months':
      return t('lever.unit.months', { value: formatNumber(value, locale, 0) }, locale);
    case 'years':
      return t('lever.unit.years', { value: formatNumber(value, locale, 0) }, locale);
    case 'count':
      return formatNumber(value, locale, 0);
    case 'seed':
      return String(value);
  }
}
