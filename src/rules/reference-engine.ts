/**
 * The reference path: a rule set run through json-rules-engine itself, exactly as the rule files say. It is the
 * semantics the compiled kernel must reproduce, the source of explanations, and `classify --engine
 * json-rules-engine`. Slow (≈ 180 µs a person): for one person, tests and the differential proof.
 */
import { Engine } from 'json-rules-engine';
import type { RuleProperties, TopLevelCondition as EngineCondition } from 'json-rules-engine';
import { parameterFactName } from './facts.ts';
import type { PersonFacts, FactValue } from './facts.ts';
import type { RuleSet, RuleEvent } from './rule-file.ts';

/** What fired for one person-month. */
export interface ReferenceResult {
  /** Names of the rules that fired, sorted. */
  fired: string[];
  /** The events of the fired rules, with parameter facts replaced by their values, in firing order. */
  events: { rule: string; event: RuleEvent }[];
  /** json-rules-engine's own results (conditions annotated with factResult and result), for explanations. */
  raw: { results: unknown[]; failureResults: unknown[] };
}

/** Parameter values by name: the rule set's defaults with a scenario's overrides applied. */
export type ParameterValues = { readonly [name: string]: number };

/** The defaults of every parameter of a rule set, with `overrides` on top. */
export function parameterValues(ruleSet: RuleSet, overrides: ParameterValues = {}): ParameterValues {
  const values: { [name: string]: number } = {};
  for (const [name, parameter] of Object.entries(ruleSet.parameters)) values[name] = parameter.value;
  return { ...values, ...overrides };
}

/** Builds a json-rules-engine Engine for the rule set. Reuse it: building is the slow part. */
export function createReferenceEngine(ruleSet: RuleSet): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false, replaceFactsInEventParams: true });
  for (const [name, condition] of Object.entries(ruleSet.conditions)) {
    engine.setCondition(name, condition as EngineCondition);
  }
  for (const rule of ruleSet.rules) {
    const properties: RuleProperties = {
      name: rule.name,
      conditions: rule.conditions as EngineCondition,
      event: rule.event,
    };
    if (rule.priority !== undefined) properties.priority = rule.priority;
    engine.addRule(properties);
  }
  return engine;
}

/** The facts json-rules-engine receives: the person's facts and one `param:<name>` fact per parameter. */
export function referenceFacts(
  person: Readonly<Record<string, FactValue>>,
  parameters: ParameterValues,
): Record<string, FactValue> {
  const facts: Record<string, FactValue> = { ...person };
  for (const [name, value] of Object.entries(parameters)) facts[parameterFactName(name)] = value;
  return facts;
}

/** Runs one person-month through json-rules-engine. */
export async function runReference(
  engine: Engine,
  person: Readonly<PersonFacts> | Readonly<Record<string, FactValue>>,
  parameters: ParameterValues,
): Promise<ReferenceResult> {
  const { results, failureResults } = await engine.run(referenceFacts(person, parameters));
  return {
    fired: results.map((result) => result.name).sort(),
    events: results.map((result) => ({ rule: result.name, event: result.event as RuleEvent })),
    raw: { results, failureResults },
  };
}
