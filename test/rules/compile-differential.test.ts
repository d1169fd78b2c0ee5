/**
 * The proof that the compiled kernel is json-rules-engine: on generated rule sets (nested all/any/not, shared
 * conditions, every operator, fact-to-fact, parameters, odd values) and generated persons, both compiled kernels
 * (generated and interpreted) fire exactly the rules json-rules-engine fires, with the same event params. A
 * mutation test shows the comparison is sharp enough to catch an off-by-one threshold.
 */
import { DEFAULT_OPERATORS } from '../../src/rules/compile/engine-operators.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../../src/rules/compile-rule-set.ts';
import { personsToColumns } from '../../src/rules/person-columns.ts';
import { createReferenceEngine, parameterValues, runReference } from '../../src/rules/reference-engine.ts';
import type { ParameterValues } from '../../src/rules/reference-engine.ts';
import { FACTS, isFactName, parameterNameOf } from '../../src/rules/facts.ts';
import type { PersonFacts } from '../../src/rules/facts.ts';
import type { NestedCondition, RuleSet, TopLevelCondition } from '../../src/rules/rule-file.ts';
import { personArb, ruleSetArb } from './arbitraries.ts';
import { loadRepoRuleSet } from './repo-rule-files.ts';

/** One person and rule on which the compiled kernel and json-rules-engine differ. */
interface Disagreement {
  person: PersonFacts;
  rule: string;
  engine: boolean;
  codegen: boolean;
  interpreter: boolean;
}

/**
 * Runs `persons` through json-rules-engine on `reference` and through both kernels compiled from `compiled`
 * (the same rule set, or a mutant of it) and lists every disagreement. One engine serves all persons.
 */
async function compare(
  reference: RuleSet,
  compiled: RuleSet,
  persons: readonly PersonFacts[],
): Promise<{ disagreements: Disagreement[]; cases: number }> {
  const parameters = parameterValues(reference);
  const codegen = compileRuleSet(compiled, { parameters });
  const interpreter = compileRuleSet(compiled, { parameters, codegen: false });
  expect(codegen.kernel).toBe('codegen');
  expect(interpreter.ruleNames).toEqual(codegen.ruleNames);
  const count = persons.length;
  const rows = codegen.ruleNames.length;
  const columns = personsToColumns([...persons]);
  const outCodegen = new Uint8Array(rows * count);
  const outInterpreter = new Uint8Array(rows * count);
  codegen.evaluate(columns, count, outCodegen);
  interpreter.evaluate(columns, count, outInterpreter);

  const engine = createReferenceEngine(reference);
  const disagreements: Disagreement[] = [];
  for (const [i, person] of persons.entries()) {
    const result = await runReference(engine, person, parameters);
    const fired = new Set(result.fired);
    codegen.ruleNames.forEach((rule, r) => {
      const engineFires = fired.has(rule);
      const byCodegen = outCodegen[r * count + i] === 1;
      const byInterpreter = outInterpreter[r * count + i] === 1;
      if (byCodegen !== engineFires || byInterpreter !== engineFires) {
        disagreements.push({
          person,
          rule,
          engine: engineFires,
          codegen: byCodegen,
          interpreter: byInterpreter,
        });
      }
    });
    // The compiled events are what json-rules-engine emits, with nested parameters resolved as well.
    for (const { rule, event } of result.events) {
      expect(codegen.events[codegen.ruleNames.indexOf(rule)]).toEqual(resolveNested(event, parameters));
    }
  }
  return { disagreements, cases: count };
}

/**
 * json-rules-engine resolves `{"fact": "param:x"}` only in the top-level keys of event params; the compiler
 * resolves them at any depth (the simulator needs numbers in visitation shares). This is that difference.
 */
function resolveNested(value: unknown, parameters: ParameterValues): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveNested(item, parameters));
  if (value === null || typeof value !== 'object') return value;
  const fact = (value as { fact?: unknown }).fact;
  const parameter = typeof fact === 'string' ? parameterNameOf(fact) : undefined;
  if (parameter !== undefined) return parameters[parameter];
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, resolveNested(item, parameters)]),
  );
}

const PERSONS_PER_RULE_SET = 60;
const RULE_SETS = 500;

describe('compiled kernel vs json-rules-engine', () => {
  it('fires exactly the rules json-rules-engine fires on 30,000 generated person × rule-set cases', async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(
        ruleSetArb(),
        fc.array(personArb, { minLength: PERSONS_PER_RULE_SET, maxLength: PERSONS_PER_RULE_SET }),
        async (ruleSet, persons) => {
          const result = await compare(ruleSet, ruleSet, persons);
          cases += result.cases;
          expect(result.disagreements.slice(0, 3)).toEqual([]);
        },
      ),
      { numRuns: RULE_SETS, seed: 20_151_231 },
    );
    expect(cases).toBeGreaterThanOrEqual(10_000);
  });

  it("fires exactly the rules json-rules-engine fires on the repository's rules for 2,000 generated persons", async () => {
    const ruleSet = loadRepoRuleSet();
    const persons = fc.sample(personArb, { numRuns: 2_000, seed: 2017 });
    const { disagreements } = await compare(ruleSet, ruleSet, persons);
    expect(disagreements.slice(0, 3)).toEqual([]);
  });

  it('generates rule sets that use every feature the proof claims to cover', () => {
    // Guards the arbitraries: a proof over rule sets without, say, fact-to-fact comparisons proves nothing about them.
    const seen = new Set<string>();
    const walk = (condition: NestedCondition | TopLevelCondition, depth: number): void => {
      seen.add(`depth ${Math.min(depth, 3)}`);
      if ('all' in condition) condition.all.forEach((c) => walk(c, depth + 1));
      else if ('any' in condition) condition.any.forEach((c) => walk(c, depth + 1));
      else if ('not' in condition) walk(condition.not, depth + 1);
      else if ('condition' in condition) seen.add('reference');
      else {
        seen.add(`operator ${condition.operator}`);
        if (condition.fact.startsWith('param:')) seen.add('parameter fact');
        const value = condition.value;
        if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'fact' in value) {
          seen.add('fact-to-fact');
        } else {
          seen.add(`value ${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value}`);
        }
      }
    };
    for (const ruleSet of fc.sample(ruleSetArb(), { numRuns: 200, seed: 1 })) {
      for (const rule of ruleSet.rules) walk(rule.conditions, 0);
    }
    for (const feature of [
      'depth 3',
      'reference',
      'parameter fact',
      'fact-to-fact',
      'value string',
      'value number',
      'value boolean',
      'value array',
      'value null',
      'value object',
      ...DEFAULT_OPERATORS.map((operator) => `operator ${operator}`),
    ]) {
      expect(seen, feature).toContain(feature);
    }
  });
});

/** The inclusive variant of a strict number operator and back: the classic off-by-one. */
const OFF_BY_ONE: Record<string, string> = {
  lessThan: 'lessThanInclusive',
  lessThanInclusive: 'lessThan',
  greaterThan: 'greaterThanInclusive',
  greaterThanInclusive: 'greaterThan',
};

const isIntegerFact = (fact: string): boolean => isFactName(fact) && FACTS[fact].kind === 'integer';

/**
 * A copy of the rule set in which the first comparison of an integer fact with an integer is off by one: the
 * operator made (non-)inclusive, or the threshold moved up by 1. Undefined when there is no such comparison.
 */
function mutateFirstThreshold(ruleSet: RuleSet, how: 'operator' | 'threshold'): RuleSet | undefined {
  const copy = structuredClone(ruleSet);
  let mutated = false;
  const visit = (condition: NestedCondition | TopLevelCondition): void => {
    if (mutated) return;
    if ('all' in condition) condition.all.forEach(visit);
    else if ('any' in condition) condition.any.forEach(visit);
    else if ('not' in condition) visit(condition.not);
    else if ('fact' in condition) {
      const flipped = OFF_BY_ONE[condition.operator];
      if (flipped && typeof condition.value === 'number' && Number.isInteger(condition.value)) {
        if (!isIntegerFact(condition.fact)) return;
        if (how === 'operator') condition.operator = flipped;
        else condition.value += 1;
        mutated = true;
      }
    }
  };
  for (const rule of copy.rules) visit(rule.conditions);
  return mutated ? copy : undefined;
}

/** Small rule sets, so that a mutated leaf often decides its rule for some person. */
const SMALL = { depth: 2, maxRules: 2, maxShared: 0 };

/** Whether json-rules-engine itself fires differently for the two rule sets on some person. */
async function engineDistinguishes(
  a: RuleSet,
  b: RuleSet,
  persons: readonly PersonFacts[],
): Promise<boolean> {
  const parameters = parameterValues(a);
  const [engineA, engineB] = [createReferenceEngine(a), createReferenceEngine(b)];
  for (const person of persons) {
    const firedA = (await runReference(engineA, person, parameters)).fired.join();
    const firedB = (await runReference(engineB, person, parameters)).fired.join();
    if (firedA !== firedB) return true;
  }
  return false;
}

describe('mutation test of the differential comparison', () => {
  it('catches an off-by-one threshold in the compiled input whenever it changes a rule on the sample', async () => {
    const sample = fc.sample(
      fc.tuple(ruleSetArb(SMALL), fc.array(personArb, { minLength: 200, maxLength: 200 })),
      {
        numRuns: 200,
        seed: 7,
      },
    );
    let mutants = 0;
    let effective = 0;
    let caught = 0;
    for (const [ruleSet, persons] of sample) {
      for (const how of ['operator', 'threshold'] as const) {
        const mutant = mutateFirstThreshold(ruleSet, how);
        if (!mutant || mutants === 40) continue;
        mutants++;
        // Compiled from the mutant, compared with json-rules-engine on the original: as if the compiler were off by one.
        const { disagreements } = await compare(ruleSet, mutant, persons);
        const changes = await engineDistinguishes(ruleSet, mutant, persons);
        if (changes) effective++;
        if (disagreements.length > 0) caught++;
        expect(disagreements.length > 0, JSON.stringify(mutant.rules.map((rule) => rule.conditions))).toBe(
          changes,
        );
      }
    }
    console.log(
      `mutation test: ${caught} of ${mutants} off-by-one mutants caught (${effective} change a rule)`,
    );
    expect(mutants).toBe(40);
    expect(caught).toBeGreaterThanOrEqual(5);
  });
});
