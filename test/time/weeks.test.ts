import { describe, expect, it } from 'vitest';
import {
  monthsForSickWeeks,
  monthsForWeeks,
  sickWeeksOfMonths,
  weeksOfMonths,
} from '../../src/time/weeks.ts';

describe('weeks of months', () => {
  it('rounds support weeks down, so the refusion bands end on whole months (4, 26, 52 weeks)', () => {
    expect([1, 6, 12, 13].map(weeksOfMonths)).toEqual([4, 26, 52, 56]);
    expect(weeksOfMonths(5)).toBe(21); // 21⅔
  });

  it('rounds sick weeks to the nearest week, so 22 weeks are reached after 5 months and 26 after 6', () => {
    expect([0, 1, 2, 5, 6, 7, 9].map(sickWeeksOfMonths)).toEqual([0, 4, 9, 22, 26, 30, 39]);
    // The point of rounding: a 22-week and a 26-week limit act in different months.
    const firstMonth = (limit: number) => [...Array(10).keys()].find((m) => sickWeeksOfMonths(m) >= limit);
    expect(firstMonth(22)).toBe(5);
    expect(firstMonth(26)).toBe(6);
  });

  it('inverts both: the fewest months that reach a number of weeks', () => {
    for (let weeks = 0; weeks <= 60; weeks++) {
      const months = monthsForWeeks(weeks);
      expect(weeksOfMonths(months)).toBeGreaterThanOrEqual(weeks);
      if (months > 0) expect(weeksOfMonths(months - 1)).toBeLessThan(weeks);
      const sick = monthsForSickWeeks(weeks);
      expect(sickWeeksOfMonths(sick)).toBeGreaterThanOrEqual(weeks);
      if (sick > 0) expect(sickWeeksOfMonths(sick - 1)).toBeLessThan(weeks);
    }
  });
});
