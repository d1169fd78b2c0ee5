/**
 * Numbers, percentages and months formatted for the UI language with Intl:
 * Danish "1.234,5", "12,3 %", "dec. 2015"; English "1,234.5", "12.3%", "Dec 2015".
 * Formatters are cached per locale and option set because Intl constructors are slow.
 */
import { getLocale } from './locale-store.ts';
import { INTL_TAG, type Locale } from './locales.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAG[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * A number with at most `maximumFractionDigits` decimals (default 1) and locale grouping.
 * @example formatNumber(1234.5, 'da') → "1.234,5"
 */
export function formatNumber(value: number, locale: Locale = getLocale(), maximumFractionDigits = 1): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/**
 * A share (0.123 means 12.3 %) as a percentage with at most `maximumFractionDigits` decimals (default 1).
 * @example formatPercent(0.123, 'da') → "12,3 %" (with a no-break space, as Danish writes it)
 */
export function formatPercent(
  share: number,
  locale: Locale = getLocale(),
  maximumFractionDigits = 1,
): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(share);
}

/** The first of a "YYYY-MM" month as a UTC Date (charts place months on a UTC time scale). */
export function monthToDate(month: string): Date {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`"${month}" is not a month; write it as YYYY-MM, e.g. 2015-12`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/**
 * A month, short ("dec. 2015") or long ("december 2015").
 * @example formatMonth('2015-12', 'da') → "dec. 2015"; formatMonth('2015-12', 'en') → "Dec 2015"
 */
export function formatMonth(
  month: string | Date,
  locale: Locale = getLocale(),
  style: 'short' | 'long' = 'short',
): string {
  const key = `${locale}|${style}`;
  let format = monthFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAG[locale], { month: style, year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(key, format);
  }
  return format.format(typeof month === 'string' ? monthToDate(month) : month);
}
