/**
 * Period codes as Danish statistics write them → a Period. Statistikbanken and Jobindsats use "2015M12",
 * "2015K4" (kvartal) or "2015Q4", and "2015"; some exports write days ("2015M12D31", "2015-12-31", taken as their
 * month) or month names ("december 2015", "dec. 2015", "Dec 2015") and quarters ("4. kvartal 2015").
 */
import { isMonth, type Month } from '../time/month.ts';
import type { Period } from './long-table.ts';

/** Month names and abbreviations in Danish and English (lower case, without a trailing dot) → month 1–12. */
const MONTH_NAMES: { [name: string]: number } = {};
const NAMES = [
  ['januar', 'january', 'jan'],
  ['februar', 'february', 'feb'],
  ['marts', 'march', 'mar', 'mrt'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];
NAMES.forEach((names, index) => names.forEach((name) => (MONTH_NAMES[name] = index + 1)));

const pad = (month: number): string => String(month).padStart(2, '0');
const month = (year: string, number: number): Period => ({ kind: 'month', start: `${year}-${pad(number)}` });
const quarter = (year: string, number: number): Period => ({
  kind: 'quarter',
  start: `${year}-${pad(number * 3 - 2)}`,
});

const validDay = (day: string): boolean => Number(day) >= 1 && Number(day) <= 31;

/**
 * The period a code names, or undefined when it names none (then the caller reports where).
 *
 * @example parsePeriod("2015K4") // { kind: "quarter", start: "2015-10" }
 * @example parsePeriod("dec. 2015") // { kind: "month", start: "2015-12" }
 */
export function parsePeriod(code: string): Period | undefined {
  const text = code.trim().replace(/\s+/g, ' ');
  let match = /^(\d{4})M(\d{1,2})(?:D(\d{1,2}))?$/i.exec(text);
  if (match?.[1] && match[2]) {
    const number = Number(match[2]);
    if (number < 1 || number > 12 || (match[3] !== undefined && !validDay(match[3]))) return undefined;
    return month(match[1], number);
  }
  match = /^(\d{4})[KQ]([1-4])$/i.exec(text);
  if (match?.[1] && match[2]) return quarter(match[1], Number(match[2]));
  match = /^(\d{4})$/.exec(text);
  if (match?.[1]) return { kind: 'year', start: `${match[1]}-01` };
  match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (match?.[1] && match[2]) {
    const start: Month = `${match[1]}-${match[2]}`;
    if (!isMonth(start) || (match[3] !== undefined && !validDay(match[3]))) return undefined;
    return { kind: 'month', start };
  }
  // "december 2015", "dec. 2015", "Dec 2015", "2015 december"
  match = /^([a-zæøå]+)\.? (\d{4})$/i.exec(text) ?? /^(\d{4}) ([a-zæøå]+)\.?$/i.exec(text);
  if (match?.[1] && match[2]) {
    const [name, year] = /^\d/.test(match[1]) ? [match[2], match[1]] : [match[1], match[2]];
    const number = MONTH_NAMES[name.toLowerCase()];
    return number === undefined ? undefined : month(year, number);
  }
  // "4. kvartal 2015", "4. kvt. 2015", "2015 4. kvt."
  match =
    /^([1-4])\. ?(?:kvartal|kvt\.?) (\d{4})$/i.exec(text) ??
    /^(\d{4}) ([1-4])\. ?(?:kvartal|kvt\.?)$/i.exec(text);
  if (match?.[1] && match[2]) {
    const [number, year] = match[1].length === 1 ? [match[1], match[2]] : [match[2], match[1]];
    return quarter(year, Number(number));
  }
  return undefined;
}

/**
 * The canonical code of a period, as Målbar prints it: "2015-12", "2015Q4", "2015". parsePeriod reads it back.
 */
export function formatPeriod(period: Period): string {
  const year = period.start.slice(0, 4);
  switch (period.kind) {
    case 'month':
      return period.start;
    case 'quarter':
      return `${year}Q${Math.floor((Number(period.start.slice(5, 7)) - 1) / 3) + 1}`;
    case 'year':
      return year;
  }
}

/** Months a period spans: 1, 3 or 12. */
export function periodMonths(period: Period): number {
  return period.kind === 'month' ? 1 : period.kind === 'quarter' ? 3 : 12;
}
