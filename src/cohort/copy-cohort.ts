import { FACT_NAMES } from '../rules/facts.ts';
import { type Cohort, createCohort, ensureCapacity, INTERNAL_COLUMN_NAMES } from './cohort.ts';

/**
 * Copies rows [0, from.count) of `from` into `into` (reusing its arrays when they are large enough, so that a
 * replication can restart from the month-0 cohort without allocating) or into a new cohort, and returns it.
 * `from` is not changed.
 */
export function copyCohort(from: Cohort, into: Cohort = createCohort(from.count)): Cohort {
  into.count = 0;
  ensureCapacity(into, from.count);
  for (const name of FACT_NAMES) into.columns[name].set(from.columns[name].subarray(0, from.count));
  for (const name of INTERNAL_COLUMN_NAMES)
    into.internal[name].set(from.internal[name].subarray(0, from.count));
  into.count = from.count;
  return into;
}
