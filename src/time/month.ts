/**
 * Months as "YYYY-MM" strings, and month arithmetic on them. The simulator counts months from a start month;
 * nothing here reads a clock.
 */

/** A calendar month, "YYYY-MM" (e.g. "2015-12"). @pattern ^[0-9]{4}-(0[1-9]|1[0-2])$ */
export type Month = string;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

/** Months since year 0: a whole number that orders and subtracts months. Throws on a malformed month. */
export function monthIndex(month: Month): number {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`"${month}" is not a month; write it as YYYY-MM, e.g. 2015-12`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** `addMonths("2015-11", 2)` → "2016-01". */
export function addMonths(month: Month, count: number): Month {
  return monthFromIndex(monthIndex(month) + count);
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: Month, to: Month): number {
  return monthIndex(to) - monthIndex(from);
}

/** `monthRange("2015-11", 3)` → ["2015-11", "2015-12", "2016-01"]. */
export function monthRange(start: Month, count: number): Month[] {
  const first = monthIndex(start);
  return Array.from({ length: count }, (_, i) => monthFromIndex(first + i));
}
