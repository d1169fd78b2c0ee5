/**
 * A person given to `classify` or `explain` (one JSON object of fact values, plus an optional `id`): every fact
 * of the vocabulary must be there with a value it can hold — no silent defaults, since a missing fact would be
 * 0 in a typed-array column but an error in json-rules-engine. Unknown keys get a "did you mean" suggestion.
 */
import { MESSAGES } from '../messages.ts';
import { FACT_NAMES, isFactName } from './facts.ts';
import type { FactValue, PersonFacts } from './facts.ts';
import { ProblemList } from './located-error.ts';
import { jsonPointer } from './locate-json-pointer.ts';
import { nearestName } from './nearest-name.ts';
import { checkFactValue } from './validate-rule-file.ts';

/** The key that may name a person in input files besides the facts. */
export const PERSON_ID_KEY = 'id';

export interface CheckedPerson {
  /** The person's facts, when every one is present and valid. */
  person?: PersonFacts;
  /** The person's `id`, when given. */
  id?: string | number;
  problems: ProblemList;
}

/**
 * Checks a parsed person. With `defaults`, missing facts are taken from it (explain's `--defaults`, on
 * request only); otherwise each missing fact is an error.
 *
 * @example checkPerson({ ...DEFAULT_PERSON, age: 22 }).person?.age // 22
 */
export function checkPerson(value: unknown, defaults?: Readonly<PersonFacts>): CheckedPerson {
  const problems = new ProblemList();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.error('', MESSAGES.personNotObject());
    return { problems };
  }
  const record = value as { [key: string]: unknown };
  const result: CheckedPerson = { problems };
  const facts: { [fact: string]: FactValue } = { ...defaults };
  for (const [key, item] of Object.entries(record)) {
    const pointer = jsonPointer([key]);
    if (key === PERSON_ID_KEY) {
      if (typeof item === 'string' || typeof item === 'number') result.id = item;
      else problems.error(pointer, MESSAGES.personBadId());
    } else if (!isFactName(key)) {
      const near = nearestName(key, [...FACT_NAMES, PERSON_ID_KEY]);
      problems.error(
        pointer,
        MESSAGES.personUnknownField(key),
        near ? MESSAGES.didYouMean(near) : MESSAGES.unknownFactHint(),
      );
    } else {
      checkFactValue(key, item as FactValue, pointer, problems);
      facts[key] = item as FactValue;
    }
  }
  for (const fact of FACT_NAMES) {
    if (!(fact in facts)) problems.error('', MESSAGES.personMissingFact(fact));
  }
  if (!problems.hasErrors) result.person = facts as PersonFacts;
  return result;
}
