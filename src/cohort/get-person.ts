import {
  decodeFactValue,
  FACT_NAMES,
  type FactName,
  type FactValue,
  type PersonFacts,
} from '../rules/facts.ts';
import { type Cohort, INTERNAL_COLUMN_NAMES } from './cohort.ts';
import type { InternalValues } from './append-person.ts';

function checkRow(cohort: Cohort, row: number): void {
  if (!Number.isInteger(row) || row < 0 || row >= cohort.count) {
    throw new RangeError(`The cohort has persons 0 to ${cohort.count - 1}; there is no person ${row}`);
  }
}

/** Person `row` as json-rules-engine sees it (decoded facts). Not for hot paths: it allocates an object. */
export function getPerson(cohort: Cohort, row: number): PersonFacts {
  checkRow(cohort, row);
  const person: Partial<Record<FactName, FactValue>> = {};
  for (const name of FACT_NAMES) person[name] = decodeFactValue(name, cohort.columns[name][row] ?? 0);
  return person as PersonFacts;
}

/** The internal columns of person `row`. */
export function getInternal(cohort: Cohort, row: number): Required<InternalValues> {
  checkRow(cohort, row);
  const values: InternalValues = {};
  for (const name of INTERNAL_COLUMN_NAMES) values[name] = cohort.internal[name][row] ?? 0;
  return values as Required<InternalValues>;
}
