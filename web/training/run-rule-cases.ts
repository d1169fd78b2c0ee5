/**
 * Runs an edited rule's test cases on both engines: json-rules-engine (the reference semantics) and the
 * compiled kernel (what the simulator runs). A case passes when both fire exactly when it expects and, when it
 * fires, the event's params equal the expected ones. Pure (no DOM): the editor awaits it after each valid edit.
 */
import { compileRuleSet } from '../../src/rules/compile-rule-set.ts';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import type { PersonFacts } from '../../src/rules/facts.ts';
import { personsToColumns } from '../../src/rules/person-columns.ts';
import { createReferenceEngine, parameterValues, runReference } from '../../src/rules/reference-engine.ts';
import type { RuleCase, RuleSet } from '../../src/rules/rule-file.ts';

/** One case on both engines. */
export interface CaseRun {
  /** The case's sentence. */
  name: string;
  /** What the case expects. */
  expectFires: boolean;
  /** Whether the rule fired on json-rules-engine. */
  reference: boolean;
  /** Whether it fired in the compiled kernel; undefined when the kernel could not be built (see `error`). */
  compiled: boolean | undefined;
  /** True when the case does not fire, or fires with the expected params (on the reference engine). */
  paramsMatch: boolean;
  /** Both engines agree with the case. */
  passed: boolean;
  /** Why the compiled kernel did not run, e.g. a CompileError's message. */
  error?: string;
}

/** `await runRuleCases(ruleSet, 'sygedagpenge-revurdering')` → one CaseRun per case of that rule. */
export async function runRuleCases(ruleSet: RuleSet, ruleName: string): Promise<CaseRun[]> {
  const rule = ruleSet.rules.find((candidate) => candidate.name === ruleName);
  if (!rule) throw new Error(`The rule set has no rule named "${ruleName}".`);
  // Only this rule (plus the shared conditions): the other rules cannot change whether it fires.
  const single: RuleSet = { ...ruleSet, rules: [rule] };
  const engine = createReferenceEngine(single);
  const runs: CaseRun[] = [];
  for (const ruleCase of rule.cases) runs.push(await runCase(single, engine, ruleCase));
  return runs;
}

async function runCase(
  single: RuleSet,
  engine: ReturnType<typeof createReferenceEngine>,
  ruleCase: RuleCase,
): Promise<CaseRun> {
  const parameters = parameterValues(single, ruleCase.parameters ?? {});
  const person = { ...DEFAULT_PERSON, ...ruleCase.facts } as PersonFacts;
  const reference = await runReference(engine, person, parameters);
  const fired = reference.fired.length > 0;
  const event = reference.events[0]?.event;
  const expected = ruleCase.expect;
  const paramsMatch = !fired || expected.params === undefined || sameJson(event?.params, expected.params);
  let compiled: boolean | undefined;
  let error: string | undefined;
  try {
    const kernel = compileRuleSet(single, { parameters, codegen: false });
    const out = new Uint8Array(1);
    kernel.evaluate(personsToColumns([person]), 1, out);
    compiled = out[0] === 1;
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const run: CaseRun = {
    name: ruleCase.name,
    expectFires: expected.fires,
    reference: fired,
    compiled,
    paramsMatch,
    passed: fired === expected.fires && compiled === expected.fires && paramsMatch,
  };
  if (error !== undefined) run.error = error;
  return run;
}

/** Deep equality of JSON values, ignoring key order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) =>
    sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
