/**
 * Lookup tables of the monthly step's fact updates, where a table read costs less than the arithmetic: the number
 * of months set in a 12-bit history mask, and weeks of months (src/time/weeks.ts) for 0…1200 months.
 */
import { sickWeeksOfMonths, weeksOfMonths } from '../time/weeks.ts';

/** POPCOUNT[mask] = the set bits of a 12-bit mask. */
export const POPCOUNT = Uint8Array.from({ length: 4096 }, (_, mask) => {
  let count = 0;
  for (let bits = mask; bits !== 0; bits &= bits - 1) count++;
  return count;
});

/** WEEKS[months] = weeksOfMonths(months) = floor(months × 52 / 12), for 0…1200 months. */
export const WEEKS = Int32Array.from({ length: 1201 }, (_, months) => weeksOfMonths(months));

/** SICK_WEEKS[months] = sickWeeksOfMonths(months) = round(months × 52 / 12), for 0…9 months (the sick ring). */
export const SICK_WEEKS = Int32Array.from({ length: 10 }, (_, months) => sickWeeksOfMonths(months));
