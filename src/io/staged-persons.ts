/**
 * The typed-array side of an incremental person import: rows appended as they are read, and the cohort of one
 * month cut out of them at the end, with the step's internal columns as importPersons derives them.
 */
import { allocateRows, type Cohort, createCohort, INTERNAL_COLUMN_NAMES } from '../cohort/cohort.ts';
import { encodeFactValue, FACT_NAMES, type PersonFacts } from '../rules/facts.ts';
import type { Month } from '../time/month.ts';
import { internalFromFacts } from './person-internals.ts';

/** Appends a person (as appendPerson does, without its per-row clearing of every column). */
export function writePerson(cohort: Cohort, facts: PersonFacts): void {
  const row = cohort.count < cohort.capacity ? cohort.count++ : allocateRows(cohort, 1);
  for (const name of FACT_NAMES) cohort.columns[name][row] = encodeFactValue(name, facts[name]);
  const internal = internalFromFacts(facts, row);
  for (const name of INTERNAL_COLUMN_NAMES) cohort.internal[name][row] = internal[name];
}

/** The latest of the months given (undefined when none is). */
export function latestMonth(months: readonly (Month | undefined)[]): Month | undefined {
  let latest: Month | undefined;
  for (const month of months)
    if (month !== undefined && (latest === undefined || month > latest)) latest = month;
  return latest;
}

/** The rows of one month, in file order, as a cohort of their own. */
export function monthCohort(staging: Cohort, months: readonly (Month | undefined)[], month: Month): Cohort {
  let count = 0;
  for (const each of months) if (each === month) count++;
  const cohort = createCohort(count);
  let to = 0;
  months.forEach((each, from) => {
    if (each !== month) return;
    for (const name of FACT_NAMES) cohort.columns[name][to] = staging.columns[name][from] ?? 0;
    for (const name of INTERNAL_COLUMN_NAMES) cohort.internal[name][to] = staging.internal[name][from] ?? 0;
    // Birth months are spread by the person's row in the cohort (person-internals.ts).
    cohort.internal.birthMonth[to] = to % 12;
    to++;
  });
  cohort.count = count;
  return cohort;
}
