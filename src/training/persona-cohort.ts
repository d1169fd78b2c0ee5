/**
 * A cohort of one: the person a trainer steps through the months, as row 0 of a columnar cohort that the real
 * model runs. The history columns come from the facts as for an imported person (src/io/person-internals.ts), so
 * that the counters continue from the stated ones rather than restart at zero.
 */
import { appendPerson, type InternalValues } from '../cohort/append-person.ts';
import { createCohort, type Cohort } from '../cohort/cohort.ts';
import { internalFromFacts } from '../io/person-internals.ts';
import type { PersonFacts } from '../rules/facts.ts';

/**
 * `personaCohort(PERSONAS[0].facts)` → a cohort whose row 0 is that person. `internal` overrides single
 * history columns (e.g. `{ birthMonth: 5 }`: the person turns a year older in June). Throws a RangeError that
 * names the fact when a value is outside the vocabulary.
 */
export function personaCohort(facts: Readonly<PersonFacts>, internal: InternalValues = {}): Cohort {
  const cohort = createCohort(4);
  appendPerson(cohort, facts, { ...internalFromFacts(facts, 0), ...internal });
  return cohort;
}
