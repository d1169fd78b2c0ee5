/**
 * Numbers, shares and months as the committee report writes them, in Danish ("1.234,5", "20 %", "december
 * 2015") or English ("1,234.5", "20 %", "December 2015"). Written out by hand rather than with Intl so the
 * generated text is the same byte for byte in Node, every browser and the tests. Minus is "−" (U+2212), as in
 * the core's notes; the per cent sign follows a space in both languages, as the seed writes "20 pct.".
 */
import type { Lang } from '../messages.ts';
import type { Month } from '../time/month.ts';

/** The unit a report value is written in: `persons` counts people, `percent` is a value in per cent (65 = 65 %). */
export type ReportUnit = 'persons' | 'percent';

const MONTH_NAMES: { readonly [L in Lang]: readonly string[] } = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const SEPARATORS: { readonly [L in Lang]: { group: string; decimal: string } } = {
  da: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

export interface ReportFormat {
  readonly lang: Lang;
  /**
   * At most `decimals` decimals (trailing zeros dropped): `number(1234.56, 1)` → "1.234,6", `number(65, 1)` →
   * "65" (da). Rounds half away from zero; never writes "−0".
   */
  number(value: number, decimals?: number): string;
  /** A share as per cent: `percent(0.2)` → "20 %"; `percent(-0.139, 1)` → "−13,9 %". */
  percent(share: number, decimals?: number): string;
  /** A difference of shares in percentage points: `points(0.016, 1)` → "1,6 procentpoint". */
  points(share: number, decimals?: number): string;
  /** A value in its unit: `value(428, 'persons')` → "428 personer"; `value(65, 'percent')` → "65 %". */
  value(value: number, unit: ReportUnit, decimals?: number): string;
  /** `month('2015-12')` → "december 2015". */
  month(month: Month): string;
}

/** Rounds half away from zero at `decimals` places, and turns −0 into 0. */
export function roundHalfAway(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** The formatter of one language. @example reportFormat('da').value(1234, 'persons') → "1.234 personer" */
export function reportFormat(lang: Lang): ReportFormat {
  const { group, decimal } = SEPARATORS[lang];
  const number = (value: number, decimals = 0): string => {
    if (!Number.isFinite(value)) return '–';
    const rounded = roundHalfAway(value, decimals);
    const [whole = '0', fraction = ''] = Math.abs(rounded).toFixed(decimals).split('.');
    const digits = fraction.replace(/0+$/, '');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    return `${rounded < 0 ? '−' : ''}${grouped}${digits ? decimal + digits : ''}`;
  };
  const percent = (share: number, decimals = 0): string => `${number(share * 100, decimals)} %`;
  return {
    lang,
    number,
    percent,
    points: (share, decimals = 1) =>
      `${number(share * 100, decimals)} ${lang === 'da' ? 'procentpoint' : 'percentage points'}`,
    value: (value, unit, decimals = 0) => {
      if (unit === 'percent') return `${number(value, decimals)} %`;
      const personWord =
        lang === 'da' ? (value === 1 ? 'person' : 'personer') : value === 1 ? 'person' : 'persons';
      return `${number(value, decimals)} ${personWord}`;
    },
    month: (month) => {
      const [year, index] = month.split('-');
      const name = MONTH_NAMES[lang][Number(index) - 1];
      if (year === undefined || name === undefined) {
        throw new RangeError(`"${month}" is not a month; write it as YYYY-MM, e.g. 2015-12`);
      }
      return `${name} ${year}`;
    },
  };
}
