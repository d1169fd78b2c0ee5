/**
 * Code-like names and values never reach the generated kernel, and do not change what it computes: the
 * generated rule sets of test/rules/arbitraries.ts with every rule, shared condition, parameter and indicator
 * renamed to strings such as `"); x("`, `${x}`, `</script>` or `a\u2028b`, and with string values in the
 * conditions replaced by such strings, (1) compile to exactly the kernel source of the same rule set with plain
 * names, and (2) fire, in the generated and in the interpreted kernel, exactly the rules json-rules-engine fires
 * for generated persons (a differential test with hostile input; the plain one is compile-differential.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKernelSource } from '../../src/rules/compile/generate-kernel.ts';
import { planKernel } from '../../src/rules/compile/kernel-plan.ts';
import { lowerRuleSet } from '../../src/rules/compile/lower-rule-set.ts';
import { compileRuleSet } from '../../src/rules/compile-rule-set.ts';
import { parameterFactName, parameterNameOf } from '../../src/rules/facts.ts';
import type { PersonFacts } from '../../src/rules/facts.ts';
import { personsToColumns } from '../../src/rules/person-columns.ts';
import { createReferenceEngine, parameterValues, runReference } from '../../src/rules/reference-engine.ts';
import type {
  FactReference,
  JsonValue,
  NestedCondition,
  RuleSet,
  TopLevelCondition,
} from '../../src/rules/rule-file.ts';
import { personArb, ruleSetArb } from '../rules/arbitraries.ts';
import { fuzz, hostileString } from './fuzz-settings.ts';

const RESERVED: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

/** Names the validator accepts (see rule-files.test.ts) that look like code. */
const codeLikeName = hostileString.filter((name) => name.length > 0 && !RESERVED.includes(name));

/** New names for the arbitraries' rule-k, shared-k and p0–p2. */
interface Names {
  rules: readonly string[];
  shared: readonly string[];
  parameters: readonly string[];
}

const indexOf = (name: string, prefix: string): number => Number(name.slice(prefix.length));

/** The rule set with every name replaced; `value` may replace a condition's string values as well. */
function renamed(ruleSet: RuleSet, names: Names, value: (text: string) => string = (text) => text): RuleSet {
  const parameter = (fact: string): string => {
    const name = parameterNameOf(fact);
    return name === undefined ? fact : parameterFactName(names.parameters[indexOf(name, 'p')] ?? name);
  };
  const swapValue = (item: JsonValue | FactReference): JsonValue | FactReference => {
    if (typeof item === 'string') return value(item);
    if (Array.isArray(item)) return item.map((element) => swapValue(element) as JsonValue);
    if (item !== null && typeof item === 'object' && typeof item['fact'] === 'string') {
      return { ...item, fact: parameter(item['fact']) };
    }
    return item;
  };
  const condition = <C extends NestedCondition | TopLevelCondition>(node: C): C => {
    if ('all' in node) return { ...node, all: node.all.map(condition) };
    if ('any' in node) return { ...node, any: node.any.map(condition) };
    if ('not' in node) return { ...node, not: condition(node.not) };
    if ('condition' in node) {
      return { ...node, condition: names.shared[indexOf(node.condition, 'shared-')] ?? node.condition };
    }
    return { ...node, fact: parameter(node.fact), value: swapValue(node.value) };
  };
  return {
    rules: ruleSet.rules.map((rule) => {
      const name = names.rules[indexOf(rule.name, 'rule-')] ?? rule.name;
      const event =
        rule.event.type === 'indicator'
          ? { ...rule.event, params: { ...rule.event.params, indicator: name } }
          : { type: 'refusion' as const, params: { rate: { fact: parameter('param:p0') } } };
      return { ...rule, name, conditions: condition(rule.conditions), event } as RuleSet['rules'][number];
    }),
    conditions: Object.fromEntries(
      Object.entries(ruleSet.conditions).map(([name, node]) => [
        names.shared[indexOf(name, 'shared-')] ?? name,
        condition(node),
      ]),
    ),
    parameters: Object.fromEntries(
      Object.entries(ruleSet.parameters).map(([name, declared]) => [
        names.parameters[indexOf(name, 'p')] ?? name,
        declared,
      ]),
    ),
  };
}

function kernelSource(ruleSet: RuleSet): string {
  const lowered = lowerRuleSet(ruleSet, parameterValues(ruleSet), 'throw');
  return generateKernelSource(
    planKernel(
      lowered.graph,
      lowered.rules.map((rule) => rule.root),
    ),
  );
}

/** 12 distinct code-like names: 6 rules, 3 shared conditions, 3 parameters. */
const namesArb: fc.Arbitrary<Names> = fc
  .uniqueArray(codeLikeName, { minLength: 12, maxLength: 12 })
  .map((all) => ({ rules: all.slice(0, 6), shared: all.slice(6, 9), parameters: all.slice(9, 12) }));

const PERSONS = 30;

describe('the compiler with code-like names and values', () => {
  it('generates the same kernel source whatever the names: no name reaches the generated code', () => {
    fc.assert(
      fc.property(ruleSetArb(), namesArb, (ruleSet, names) => {
        const hostile = renamed(ruleSet, names);
        expect(hostile.rules[0]?.name).toBe(names.rules[0]);
        expect(kernelSource(hostile)).toBe(kernelSource(ruleSet));
      }),
      fuzz(100),
    );
  });

  it('fires exactly what json-rules-engine fires, in both kernels, with code-like names and values', async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(
        ruleSetArb({ maxRules: 4 }),
        namesArb,
        fc.array(hostileString, { minLength: 4, maxLength: 4 }),
        fc.array(personArb, { minLength: PERSONS, maxLength: PERSONS }),
        async (plain, names, values, persons) => {
          let k = 0;
          // Every other string value becomes code-like; the rest keep their (category) meaning.
          const ruleSet = renamed(plain, names, (text) => (k++ % 2 === 0 ? (values[k % 4] ?? text) : text));
          const parameters = parameterValues(ruleSet);
          const codegen = compileRuleSet(ruleSet, { parameters });
          const interpreter = compileRuleSet(ruleSet, { parameters, codegen: false });
          expect(codegen.kernel).toBe('codegen');
          const out = new Uint8Array(codegen.ruleNames.length * PERSONS);
          const outInterpreter = new Uint8Array(out.length);
          codegen.evaluate(personsToColumns([...persons]), PERSONS, out);
          interpreter.evaluate(personsToColumns([...persons]), PERSONS, outInterpreter);
          const engine = createReferenceEngine(ruleSet);
          for (const [i, person] of persons.entries()) {
            const fired = new Set((await runReference(engine, person as PersonFacts, parameters)).fired);
            codegen.ruleNames.forEach((rule, r) => {
              expect({ rule, codegen: out[r * PERSONS + i] === 1 }).toEqual({
                rule,
                codegen: fired.has(rule),
              });
              expect(outInterpreter[r * PERSONS + i]).toBe(out[r * PERSONS + i]);
            });
            cases++;
          }
        },
      ),
      fuzz(40),
    );
    expect(cases).toBeGreaterThanOrEqual(1_000);
  });
});
