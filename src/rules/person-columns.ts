import { FACT_NAMES, columnTypeOf, decodeFactValue, encodeFactValue } from './facts.ts';
import type { FactName, PersonFacts } from './facts.ts';
import type { FactColumns } from './compiled-rule-set.ts';

/**
 * Persons as json-rules-engine sees them → one typed-array column per fact in the encoding of facts.ts, the
 * input of a compiled kernel. Throws a RangeError naming the person and the fact for a value a column cannot
 * hold (a fraction, a value outside the fact's range, an unknown category).
 *
 * @example personsToColumns([DEFAULT_PERSON]).age // Int32Array [40]
 */
export function personsToColumns(persons: readonly PersonFacts[]): FactColumns {
  const columns = {} as { [K in FactName]: Int32Array | Uint8Array };
  for (const fact of FACT_NAMES) {
    const column = new (columnTypeOf(fact))(persons.length);
    persons.forEach((person, index) => {
      try {
        column[index] = encodeFactValue(fact, person[fact]);
      } catch (error) {
        throw new RangeError(`person ${index}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
    });
    columns[fact] = column;
  }
  return columns;
}

/** Person `index` of the columns, decoded back to the values json-rules-engine sees. */
export function columnsToPerson(columns: FactColumns, index: number): PersonFacts {
  const person = {} as { [K in FactName]: PersonFacts[K] };
  for (const fact of FACT_NAMES) {
    const code = columns[fact][index];
    if (code === undefined) throw new RangeError(`person ${index} is beyond the ${fact} column`);
    person[fact] = decodeFactValue(fact, code);
  }
  return person;
}
