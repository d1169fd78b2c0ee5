/**
 * The monthly step's internal columns (src/cohort/cohort.ts) for an imported person, derived from the facts so
 * that the next month's counts continue the imported ones rather than restart from zero:
 * - unemploymentMask: monthsUnemployedLast12 months, the most recent ones — from this month when the person is
 *   unemployed now (a-dagpenge, or kontanthjælp as jobparat), else from the month before;
 * - sickMask: the months that give sickWeeksLast9Months, the same way (from this month on sygedagpenge);
 * - monthsSelfSupport: monthsInYdelse on self-support, else 0;
 * - offerMonthsLeft: an offer lasts 3 months (the synthetic cohort's default), so 3 − monthsInOffer, at least 0;
 * - partTimeUnemployed: not in the file, so 0 (the months count with countedUnemploymentShare);
 * - birthMonth: not in the file, so spread over the year by row (row mod 12) — ages then rise through the year
 *   instead of all in January.
 */
import type { InternalValues } from '../cohort/append-person.ts';
import type { PersonFacts } from '../rules/facts.ts';
import { monthsForSickWeeks } from '../time/weeks.ts';

/** Months an offer lasts when the file does not say (as synthetic cohorts assume). */
export const DEFAULT_OFFER_MONTHS = 3;

/** `count` set bits, starting at bit 0 when `now`, else at bit 1 (when they fit in `width` bits). */
function recentMonths(count: number, now: boolean, width: number): number {
  const bits = Math.min(count, width);
  const shift = now || bits === width ? 0 : 1;
  return ((1 << bits) - 1) << shift;
}

/** @example internalFromFacts({ ...person, ydelse: "a-dagpenge", monthsUnemployedLast12: 3 }, 0).unemploymentMask // 0b111 */
export function internalFromFacts(person: PersonFacts, row: number): Required<InternalValues> {
  const unemployedNow =
    person.ydelse === 'a-dagpenge' || (person.ydelse === 'kontanthjaelp' && person.visitation === 'jobparat');
  const monthsInOffer = typeof person.monthsInOffer === 'number' ? person.monthsInOffer : 0;
  return {
    birthMonth: row % 12,
    unemploymentMask: recentMonths(Number(person.monthsUnemployedLast12), unemployedNow, 12),
    sickMask: recentMonths(
      monthsForSickWeeks(Number(person.sickWeeksLast9Months)),
      person.ydelse === 'sygedagpenge',
      9,
    ),
    monthsSelfSupport: person.ydelse === 'selvforsoergelse' ? Number(person.monthsInYdelse) : 0,
    offerMonthsLeft: person.offer === 'ingen' ? 0 : Math.max(0, DEFAULT_OFFER_MONTHS - monthsInOffer),
    partTimeUnemployed: 0,
  };
}
