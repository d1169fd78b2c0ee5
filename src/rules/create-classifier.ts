/**
 * Which rules fire for each of many persons, on either engine: the compiled kernel (rules it cannot compile
 * run on json-rules-engine beside it, listed in `slowPathRules`) or json-rules-engine alone. Both give the
 * same sorted rule names; `maalbar classify` and the differential tests rely on that.
 */
import { compileRuleSet } from './compile-rule-set.ts';
import type { PersonFacts } from './facts.ts';
import { personsToColumns } from './person-columns.ts';
import { createReferenceEngine, runReference } from './reference-engine.ts';
import type { ParameterValues } from './reference-engine.ts';
import type { RuleSet } from './rule-file.ts';

export const ENGINES = ['compiled', 'json-rules-engine'] as const;
export type EngineName = (typeof ENGINES)[number];

export interface Classifier {
  /** For each person, the names of the rules that fire, sorted. */
  classify(persons: readonly PersonFacts[]): Promise<string[][]>;
  /** Rules run on json-rules-engine although the compiled engine was asked for (empty otherwise). */
  readonly slowPathRules: readonly string[];
}

/** `await createClassifier(ruleSet, parameterValues(ruleSet), 'compiled').classify([person])` → [["rule-a"]]. */
export function createClassifier(
  ruleSet: RuleSet,
  parameters: ParameterValues,
  engine: EngineName,
): Classifier {
  if (engine === 'json-rules-engine') {
    const reference = createReferenceEngine(ruleSet);
    return {
      slowPathRules: [],
      async classify(persons) {
        const fired: string[][] = [];
        for (const person of persons) fired.push((await runReference(reference, person, parameters)).fired);
        return fired;
      },
    };
  }
  const compiled = compileRuleSet(ruleSet, { parameters, onUnsupported: 'skip' });
  const slow = new Set(compiled.slowPathRules);
  const slowEngine =
    slow.size > 0
      ? createReferenceEngine({ ...ruleSet, rules: ruleSet.rules.filter((rule) => slow.has(rule.name)) })
      : undefined;
  return {
    slowPathRules: compiled.slowPathRules,
    async classify(persons) {
      const count = persons.length;
      const out = new Uint8Array(compiled.ruleNames.length * count);
      if (count > 0) compiled.evaluate(personsToColumns(persons), count, out);
      const fired: string[][] = [];
      for (let person = 0; person < count; person++) {
        const names = compiled.ruleNames.filter((_, rule) => out[rule * count + person] === 1);
        const slowPerson = persons[person];
        if (slowEngine && slowPerson)
          names.push(...(await runReference(slowEngine, slowPerson, parameters)).fired);
        fired.push(names.sort());
      }
      return fired;
    },
  };
}
