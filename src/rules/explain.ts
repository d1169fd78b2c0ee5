/**
 * Why a rule fired or not for one person: json-rules-engine runs the rule set (the reference semantics) and
 * annotates each evaluated condition with the fact's value and the outcome; this walks the rule's own
 * conditions beside those annotations and builds a tree a trainer can read (explain-text.ts renders it).
 *
 * json-rules-engine stops evaluating an `all`/`any` once the outcome is decided by a higher-priority group of
 * conditions, and never evaluates a shared condition it did not reach; such nodes say `'not evaluated'`
 * instead of a guessed outcome.
 */
import type { Engine } from 'json-rules-engine';
import { FACTS, isFactName, parameterNameOf } from './facts.ts';
import type { FactValue, LocalText, PersonFacts } from './facts.ts';
import { createReferenceEngine, parameterValues, referenceFacts, runReference } from './reference-engine.ts';
import type { ParameterValues } from './reference-engine.ts';
import type { JsonValue, NestedCondition, RuleEvent, RuleSet } from './rule-file.ts';

/** The outcome of a condition: true, false, or not evaluated because the engine had already decided. */
export type Outcome = boolean | 'not evaluated';

/** The right-hand side of a fact-to-fact (or fact-to-parameter) comparison, with the value it had. */
export interface ExpectedFact {
  fact: string;
  factLabel: LocalText;
  /** The value of that fact for this person (or the parameter's value). */
  value: FactValue | undefined;
}

/** A comparison `fact operator expected`. */
export interface LeafExplanation {
  kind: 'fact';
  fact: string;
  /** The fact's label from the registry (or the parameter's label, for `param:` facts). */
  factLabel: LocalText;
  /** The person's value of the fact (shown even when the engine did not evaluate the comparison). */
  factValue: FactValue | undefined;
  operator: string;
  /** The literal the fact is compared with, or the other fact and its value. */
  expected: JsonValue | ExpectedFact;
  passed: Outcome;
}

export interface GroupExplanation {
  kind: 'all' | 'any';
  passed: Outcome;
  children: ExplanationNode[];
}

export interface NotExplanation {
  kind: 'not';
  passed: Outcome;
  child: ExplanationNode;
}

/** A `{"condition": name}` reference to a shared condition, with the shared condition's own tree. */
export interface ReferenceExplanation {
  kind: 'condition-ref';
  name: string;
  passed: Outcome;
  child: ExplanationNode;
}

export type ExplanationNode = LeafExplanation | GroupExplanation | NotExplanation | ReferenceExplanation;

/** One rule for one person. */
export interface RuleExplanation {
  rule: string;
  title: LocalText;
  fired: boolean;
  /** The rule's event, with `param:` references replaced by their values. */
  event: RuleEvent;
  tree: ExplanationNode;
}

/**
 * Explains every rule of the set for one person-month, in the set's rule order.
 * `await explainPerson(ruleSet, person)` uses the parameters' defaults; pass overrides as `parameters`.
 */
export async function explainPerson(
  ruleSet: RuleSet,
  person: Readonly<PersonFacts>,
  parameters: ParameterValues = parameterValues(ruleSet),
  engine: Engine = createReferenceEngine(ruleSet),
): Promise<RuleExplanation[]> {
  const result = await runReference(engine, person, parameters);
  const annotated = new Map<string, { conditions: unknown; event: unknown }>();
  for (const raw of [...result.raw.results, ...result.raw.failureResults]) {
    const entry = raw as { name?: unknown; conditions?: unknown; event?: unknown };
    annotated.set(String(entry.name), { conditions: entry.conditions, event: entry.event });
  }
  const fired = new Set(result.fired);
  const facts = referenceFacts(person, parameters);
  return ruleSet.rules.map((rule) => {
    const run = annotated.get(rule.name);
    const tree = explainNode(rule.conditions, run?.conditions, { ruleSet, facts });
    // json-rules-engine records the outcome of the top condition on the rule result, not on the condition.
    if (run) tree.passed = fired.has(rule.name);
    return {
      rule: rule.name,
      title: rule.meta.title,
      fired: fired.has(rule.name),
      event: (run?.event as RuleEvent | undefined) ?? rule.event,
      tree,
    };
  });
}

/** Explains one rule (by name) for one person; throws when the set has no such rule. */
export async function explainRule(
  ruleSet: RuleSet,
  ruleName: string,
  person: Readonly<PersonFacts>,
  parameters: ParameterValues = parameterValues(ruleSet),
): Promise<RuleExplanation> {
  const rule = ruleSet.rules.find((candidate) => candidate.name === ruleName);
  if (!rule) throw new Error(`The rule set has no rule named "${ruleName}".`);
  const single: RuleSet = { ...ruleSet, rules: [rule] };
  const [explanation] = await explainPerson(single, person, parameters);
  if (!explanation) throw new Error(`json-rules-engine returned no result for "${ruleName}".`);
  return explanation;
}

interface Context {
  ruleSet: RuleSet;
  facts: Readonly<Record<string, FactValue>>;
}

/** Walks the rule's JSON (`node`) beside json-rules-engine's annotated copy (`run`, absent if not reached). */
function explainNode(node: NestedCondition, run: unknown, context: Context): ExplanationNode {
  const annotated = isRecord(run) ? run : undefined;
  const passed: Outcome = typeof annotated?.['result'] === 'boolean' ? annotated['result'] : 'not evaluated';
  if ('all' in node || 'any' in node) {
    const kind = 'all' in node ? 'all' : 'any';
    const children = 'all' in node ? node.all : node.any;
    const runChildren = annotated?.[kind];
    return {
      kind,
      passed,
      children: children.map((child, index) =>
        explainNode(child, Array.isArray(runChildren) ? runChildren[index] : undefined, context),
      ),
    };
  }
  if ('not' in node)
    return { kind: 'not', passed, child: explainNode(node.not, annotated?.['not'], context) };
  if ('condition' in node) {
    const shared = context.ruleSet.conditions[node.condition];
    if (!shared) throw new Error(`The rule set has no shared condition named "${node.condition}".`);
    // json-rules-engine replaces an evaluated reference by a copy of the shared condition, annotated.
    const reached = annotated !== undefined && !('condition' in annotated);
    return {
      kind: 'condition-ref',
      name: node.condition,
      passed: reached ? passed : 'not evaluated',
      child: explainNode(shared, reached ? annotated : undefined, context),
    };
  }
  const value = node.value;
  const reference =
    isRecord(value) && typeof value['fact'] === 'string' ? (value['fact'] as string) : undefined;
  const evaluated = passed !== 'not evaluated';
  return {
    kind: 'fact',
    fact: node.fact,
    factLabel: labelOf(node.fact, context.ruleSet),
    factValue: evaluated ? (annotated?.['factResult'] as FactValue | undefined) : context.facts[node.fact],
    operator: node.operator,
    expected:
      reference === undefined
        ? (value as JsonValue)
        : {
            fact: reference,
            factLabel: labelOf(reference, context.ruleSet),
            value: evaluated
              ? (annotated?.['valueResult'] as FactValue | undefined)
              : context.facts[reference],
          },
    passed,
  };
}

/** The label of a fact, or of the parameter a `param:` fact names; the name itself when there is none. */
export function labelOf(fact: string, ruleSet: RuleSet): LocalText {
  if (isFactName(fact)) return FACTS[fact].label;
  const parameter = parameterNameOf(fact);
  const declared = parameter === undefined ? undefined : ruleSet.parameters[parameter];
  return declared?.label ?? { da: fact, en: fact };
}

function isRecord(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
