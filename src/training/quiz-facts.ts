/**
 * The facts of a quiz question's person in a few words: age and ydelse always, then every fact that differs from
 * DEFAULT_PERSON (what a rule case states), each as "label: value" in Danish or English.
 */
import type { Lang } from '../messages.ts';
import { DEFAULT_PERSON } from '../rules/default-person.ts';
import { FACTS, FACT_NAMES, type FactName, type PersonFacts } from '../rules/facts.ts';

/** One line of the summary. */
export interface QuizFact {
  fact: FactName;
  label: string;
  /** The value as shown: numbers and category codes as they are, booleans as ja/nej (yes/no). */
  value: string;
}

const ALWAYS: readonly FactName[] = ['age', 'ydelse'];
const YES_NO: Readonly<Record<Lang, readonly [string, string]>> = { da: ['ja', 'nej'], en: ['yes', 'no'] };

/** `quizFacts({...DEFAULT_PERSON, age: 45}, 'da')` → [{fact: 'age', label: 'Alder', value: '45'}, …]. */
export function quizFacts(person: Readonly<PersonFacts>, lang: Lang): QuizFact[] {
  return FACT_NAMES.filter((name) => ALWAYS.includes(name) || person[name] !== DEFAULT_PERSON[name]).map(
    (name) => {
      const value = person[name];
      const [yes, no] = YES_NO[lang];
      return {
        fact: name,
        label: FACTS[name].label[lang],
        value: typeof value === 'boolean' ? (value ? yes : no) : String(value),
      };
    },
  );
}
