import { afterEach, describe, expect, test } from 'vitest';
import { formatMonth, formatNumber, formatPercent, monthToDate } from '../../../web/i18n/format.ts';
import { setLocale } from '../../../web/i18n/locale-store.ts';

// Expected strings are CLDR's Danish and British English conventions (Intl in Node 20 with full ICU); Danish
// separates the number and "%" with a no-break space (U+00A0).
describe('locale formats', () => {
  afterEach(() => setLocale('da'));

  test('numbers: Danish "1.234,5", English "1,234.5"', () => {
    expect(formatNumber(1234.5, 'da')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.56, 'da', 0)).toBe('1.235');
  });

  test('percentages from shares: Danish "12,3 %", English "12.3%"', () => {
    expect(formatPercent(0.123, 'da')).toBe('12,3\u00a0%');
    expect(formatPercent(0.123, 'en')).toBe('12.3%');
    expect(formatPercent(0.8, 'da', 0)).toBe('80\u00a0%');
  });

  test('months: Danish "dec. 2015", English "Dec 2015", long Danish "december 2015"', () => {
    expect(formatMonth('2015-12', 'da')).toBe('dec. 2015');
    expect(formatMonth('2015-12', 'en')).toBe('Dec 2015');
    expect(formatMonth('2015-12', 'da', 'long')).toBe('december 2015');
  });

  test('formats follow the current locale when none is given', () => {
    setLocale('en');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatMonth('2014-01')).toBe('Jan 2014');
  });

  test('a month is its first day at UTC midnight; a malformed month is refused with an example', () => {
    expect(monthToDate('2015-12').toISOString()).toBe('2015-12-01T00:00:00.000Z');
    expect(() => monthToDate('2015-13')).toThrow(/YYYY-MM, e\.g\. 2015-12/);
  });
});
