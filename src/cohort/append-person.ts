import { encodeFactValue, FACT_NAMES, type PersonFacts } from '../rules/facts.ts';
import { allocateRows, type Cohort, INTERNAL_COLUMN_NAMES, type InternalColumnName } from './cohort.ts';

/** Values of the internal columns of one person; missing ones are 0. */
export type InternalValues = Partial<Record<InternalColumnName, number>>;

/**
 * Appends one person given as facts (validated and encoded by facts.ts, so a bad value throws a RangeError that
 * names the fact) and returns its row. For tests, importers and few persons; the simulator writes columns.
 */
export function appendPerson(cohort: Cohort, person: PersonFacts, internal: InternalValues = {}): number {
  const codes = FACT_NAMES.map((name) => encodeFactValue(name, person[name]));
  const row = allocateRows(cohort, 1);
  FACT_NAMES.forEach((name, i) => {
    cohort.columns[name][row] = codes[i] ?? 0;
  });
  for (const name of INTERNAL_COLUMN_NAMES) cohort.internal[name][row] = internal[name] ?? 0;
  return row;
}
