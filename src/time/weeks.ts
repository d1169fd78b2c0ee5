/**
 * Months ↔ weeks. The simulator steps whole months, rules speak of weeks (a month is 52/12 = 4⅓ weeks).
 *
 * - Support and unemployment weeks round down (DESIGN §2.2): 6 months on support are 26 weeks, and the refusion
 *   bands (weeks 1–4, 5–26, 27–52, 53+) fall exactly on whole months.
 * - Sick weeks round to the nearest week: five months of sickness are 21⅔ ≈ 22 weeks. The sygedagpenge
 *   reassessment is due "by week 22"; rounding down would first see 22 weeks after six months (26 weeks), so a
 *   22-week and a 26-week limit would act in the same month and a trainer's "22 → 26" would change nothing.
 *   Rounded, the 22-week limit acts after five months and the 26-week one after six.
 */

/** weeksOfMonths(6) → 26: floor(months × 52 / 12). */
export function weeksOfMonths(months: number): number {
  return Math.floor((months * 52) / 12);
}

/** sickWeeksOfMonths(5) → 22: round(months × 52 / 12). */
export function sickWeeksOfMonths(months: number): number {
  return Math.round((months * 52) / 12);
}

/** The fewest months whose weeksOfMonths reach `weeks`: monthsForWeeks(26) → 6. */
export function monthsForWeeks(weeks: number): number {
  return Math.ceil((weeks * 12) / 52);
}

/** The fewest months whose sickWeeksOfMonths reach `weeks`: monthsForSickWeeks(22) → 5. */
export function monthsForSickWeeks(weeks: number): number {
  let months = Math.max(0, Math.floor((weeks * 12) / 52));
  while (sickWeeksOfMonths(months) < weeks) months++;
  return months;
}
