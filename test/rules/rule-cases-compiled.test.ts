/**
 * The repository's rule files through the compiled path: every named case of every rule file, evaluated by the
 * compiled kernel (generated and interpreted) over the whole repository rule set, must fire as the case expects
 * and carry the expected event params; and on each case's person every other rule must agree with
 * json-rules-engine too. The expected values are the rule authors' (see rule-cases-reference.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../../src/rules/compile-rule-set.ts';
import type { CompiledKernel } from '../../src/rules/compile-rule-set.ts';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import { personsToColumns } from '../../src/rules/person-columns.ts';
import { createReferenceEngine, parameterValues, runReference } from '../../src/rules/reference-engine.ts';
import type { PersonFacts } from '../../src/rules/facts.ts';
import { loadRepoRuleSet } from './repo-rule-files.ts';

const ruleSet = loadRepoRuleSet();

/** Compiled kernels per parameter set (most cases use the defaults). */
const compiledByParameters = new Map<string, { codegen: CompiledKernel; interpreter: CompiledKernel }>();

function compiledFor(overrides: { [name: string]: number } = {}) {
  const parameters = parameterValues(ruleSet, overrides);
  const key = JSON.stringify(parameters);
  let compiled = compiledByParameters.get(key);
  if (!compiled) {
    compiled = {
      codegen: compileRuleSet(ruleSet, { parameters }),
      interpreter: compileRuleSet(ruleSet, { parameters, codegen: false }),
    };
    compiledByParameters.set(key, compiled);
  }
  return { ...compiled, parameters };
}

/** Which rules the kernel fires for one person, by name. */
function firedBy(compiled: CompiledKernel, person: PersonFacts): string[] {
  const out = new Uint8Array(compiled.ruleNames.length);
  compiled.evaluate(personsToColumns([person]), 1, out);
  return compiled.ruleNames.filter((_, r) => out[r] === 1);
}

describe('the repository rule set compiles', () => {
  it('into the kernel in full: no rule is left to the slow path', () => {
    expect(ruleSet.rules.length).toBeGreaterThan(0);
    const { codegen } = compiledFor();
    expect(codegen.kernel).toBe('codegen');
    expect(codegen.slowPathRules).toEqual([]);
    expect(codegen.ruleNames).toEqual(ruleSet.rules.map((rule) => rule.name));
  });
});

describe('rule cases run through the compiled kernel', () => {
  for (const rule of ruleSet.rules) {
    for (const ruleCase of rule.cases) {
      it(`${rule.name}: ${ruleCase.name}`, async () => {
        const { codegen, interpreter, parameters } = compiledFor(ruleCase.parameters);
        const person = { ...DEFAULT_PERSON, ...ruleCase.facts } as PersonFacts;
        const fired = firedBy(codegen, person);
        expect(firedBy(interpreter, person)).toEqual(fired);
        expect(fired.includes(rule.name)).toBe(ruleCase.expect.fires);
        if (ruleCase.expect.fires) {
          expect(codegen.events[codegen.ruleNames.indexOf(rule.name)]).toEqual({
            type: rule.event.type,
            params: ruleCase.expect.params,
          });
        }
        // Every other rule on this person as well: the whole kernel equals json-rules-engine here.
        const reference = await runReference(createReferenceEngine(ruleSet), person, parameters);
        expect(fired.sort()).toEqual(reference.fired);
      });
    }
  }
});
