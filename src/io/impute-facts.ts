/**
 * The explicit missing-value policy of person-level import. `reject` (the default) makes every missing cell an
 * error; `impute-default` fills it with a documented default and counts it. `ydelse` and `age` are never
 * imputed: a person without them cannot be placed in the model. Defaults follow the model's consistency rules
 * (those of synthetic cohorts, src/cohort/default-codes.ts), computed from the facts the row does give:
 * - monthsInYdelse 12 (as DEFAULT_PERSON); previousYdelse = ydelse; enteredYdelseThisMonth = monthsInYdelse is 1;
 * - monthsOnSupport = monthsInYdelse on support, else 0; weeks from months as src/time/weeks.ts says;
 * - education erhvervsfaglig, academic false, insured only on a-dagpenge, visitation ingen, offer ingen,
 *   integrationProgram only on integrationsydelse; monthsInOffer 0;
 * - monthsUnemployedLast12 = min(12, monthsInYdelse) when unemployed now (a-dagpenge, or kontanthjælp as
 *   jobparat), else 0; dagpengeMonthsUsed = min(24, monthsInYdelse) on a-dagpenge, else 0;
 *   sickWeeksLast9Months = weeks of min(9, monthsInYdelse) on sygedagpenge, else 0.
 */
import { DEFAULTED_DIMENSIONS, defaultCodes } from '../cohort/default-codes.ts';
import { DEFAULT_PERSON } from '../rules/default-person.ts';
import { sickWeeksOfMonths, weeksOfMonths } from '../time/weeks.ts';
import {
  decodeFactValue,
  FACTS,
  type FactName,
  type FactValue,
  type PersonFacts,
  SUPPORT_STATES,
  type State,
} from '../rules/facts.ts';

export const MISSING_POLICIES = ['reject', 'impute-default'] as const;
export type MissingPolicy = (typeof MISSING_POLICIES)[number];

/** Facts a person row must always give. */
export const REQUIRED_FACTS: readonly FactName[] = ['ydelse', 'age'];

/** Facts given so far; `ydelse` and `age` are always there. */
type Known = Partial<PersonFacts> & { ydelse: State; age: number };

const codes = defaultCodes();
const number = (value: FactValue | undefined, fallback: number): number =>
  typeof value === 'number' ? value : fallback;

/** Defaults in the order they depend on each other. */
const DEFAULTS: [FactName, (known: Known) => FactValue][] = [
  ...DEFAULTED_DIMENSIONS.map((name): [FactName, (known: Known) => FactValue] => [
    name,
    (known) => decodeFactValue(name, codes(name, FACTS.ydelse.values.indexOf(known.ydelse))),
  ]),
  ['monthsInYdelse', () => DEFAULT_PERSON.monthsInYdelse],
  ['previousYdelse', (known) => known.ydelse],
  ['enteredYdelseThisMonth', (known) => known.monthsInYdelse === 1],
  [
    'monthsOnSupport',
    (known) => (SUPPORT_STATES.includes(known.ydelse) ? number(known.monthsInYdelse, 12) : 0),
  ],
  ['weeksOnSupport', (known) => weeksOfMonths(number(known.monthsOnSupport, 0))],
  [
    'monthsUnemployedLast12',
    (known) => {
      const unemployed =
        known.ydelse === 'a-dagpenge' ||
        (known.ydelse === 'kontanthjaelp' && known.visitation === 'jobparat');
      return unemployed ? Math.min(12, number(known.monthsInYdelse, 12)) : 0;
    },
  ],
  ['weeksUnemployedLast52', (known) => weeksOfMonths(number(known.monthsUnemployedLast12, 0))],
  [
    'dagpengeMonthsUsed',
    (known) => (known.ydelse === 'a-dagpenge' ? Math.min(24, number(known.monthsInYdelse, 12)) : 0),
  ],
  [
    'sickWeeksLast9Months',
    (known) =>
      known.ydelse === 'sygedagpenge' ? sickWeeksOfMonths(Math.min(9, number(known.monthsInYdelse, 12))) : 0,
  ],
  ['monthsInOffer', () => 0],
];

/**
 * Completes a person from the facts a row gives; returns the person and the facts that were imputed.
 *
 * @example imputeFacts({ ydelse: "a-dagpenge", age: 35, monthsInYdelse: 4 }).person.monthsUnemployedLast12 // 4
 */
export function imputeFacts(given: Known): { person: PersonFacts; imputed: FactName[] } {
  const known: Known = { ...given };
  const imputed: FactName[] = [];
  for (const [name, value] of DEFAULTS) {
    if (known[name] !== undefined) continue;
    (known as { [fact: string]: FactValue })[name] = value(known);
    imputed.push(name);
  }
  return { person: known as PersonFacts, imputed };
}
