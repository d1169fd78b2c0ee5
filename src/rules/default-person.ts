import type { PersonFacts } from './facts.ts';

/**
 * The person a rule case starts from before its own facts are applied: a 40-year-old, self-supporting,
 * with a vocational education, insured, no offer. Cases state only the facts they are about.
 */
export const DEFAULT_PERSON: Readonly<PersonFacts> = Object.freeze({
  age: 40,
  ydelse: 'selvforsoergelse',
  previousYdelse: 'selvforsoergelse',
  enteredYdelseThisMonth: false,
  monthsInYdelse: 12,
  monthsOnSupport: 0,
  weeksOnSupport: 0,
  monthsUnemployedLast12: 0,
  weeksUnemployedLast52: 0,
  dagpengeMonthsUsed: 0,
  sickWeeksLast9Months: 0,
  education: 'erhvervsfaglig',
  academic: false,
  insured: true,
  visitation: 'ingen',
  offer: 'ingen',
  monthsInOffer: 0,
  integrationProgram: false,
});
