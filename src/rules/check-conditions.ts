/**
 * The checks a JSON Schema cannot make on conditions and event params: facts must be in the vocabulary (or a
 * declared `param:`), operators must be json-rules-engine's defaults, and values must be able to match the
 * fact (a category value that exists, a number for a number…). Each mistake gets a pointer and, where one is
 * close, a "did you mean" suggestion. Runs on values that already passed the schema.
 */
import { MESSAGES } from '../messages.ts';
import { DEFAULT_OPERATORS, isDefaultOperator } from './compile/engine-operators.ts';
import type { DefaultOperator } from './compile/engine-operators.ts';
import { FACTS, FACT_NAMES, isFactName, parameterNameOf } from './facts.ts';
import type { FactDefinition } from './facts.ts';
import type { ProblemList } from './located-error.ts';
import { jsonPointer } from './locate-json-pointer.ts';
import { nearestName } from './nearest-name.ts';
import type { FactReference, JsonValue, LeafCondition, NestedCondition } from './rule-file.ts';

const NUMBER_OPERATORS: readonly string[] = [
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
];
const LIST_VALUE_OPERATORS: readonly string[] = ['in', 'notIn'];
const LIST_FACT_OPERATORS: readonly string[] = ['contains', 'doesNotContain'];

/** Operators of other rule languages, mapped to json-rules-engine's name for the hint. */
const OPERATOR_ALIASES: { [alias: string]: DefaultOperator } = {
  '=': 'equal',
  '==': 'equal',
  '===': 'equal',
  eq: 'equal',
  '!=': 'notEqual',
  '!==': 'notEqual',
  ne: 'notEqual',
  neq: 'notEqual',
  '<': 'lessThan',
  lt: 'lessThan',
  '<=': 'lessThanInclusive',
  lte: 'lessThanInclusive',
  '>': 'greaterThan',
  gt: 'greaterThan',
  '>=': 'greaterThanInclusive',
  gte: 'greaterThanInclusive',
};

/** What the walk needs to know and what it records. */
export interface ConditionCheckContext {
  /**
   * How `param:` facts are judged: the parameters a rule file declares; `'deferred'` in shared conditions
   * (checked when the rule set is loaded); `'forbidden'` in plain json-rules-engine rules.
   */
  parameters: ReadonlySet<string> | 'deferred' | 'forbidden';
  /** Filled with every parameter name referenced, with the pointer of the first reference. */
  usedParameters: Map<string, string>;
  /** Filled with every `{"condition": name}` reference and its pointer. */
  conditionReferences: { name: string; pointer: string }[];
}

export function createCheckContext(parameters: ConditionCheckContext['parameters']): ConditionCheckContext {
  return { parameters, usedParameters: new Map(), conditionReferences: [] };
}

/** The kind a side of a comparison has: a fact's kind, or `parameter` (always a number). */
type SideKind = FactDefinition['kind'] | 'parameter';

export function checkConditions(
  condition: NestedCondition,
  pointer: string,
  context: ConditionCheckContext,
  problems: ProblemList,
): void {
  if ('all' in condition) {
    condition.all.forEach((child, index) =>
      checkConditions(child, pointer + jsonPointer(['all', index]), context, problems),
    );
  } else if ('any' in condition) {
    condition.any.forEach((child, index) =>
      checkConditions(child, pointer + jsonPointer(['any', index]), context, problems),
    );
  } else if ('not' in condition) {
    checkConditions(condition.not, pointer + '/not', context, problems);
  } else if ('condition' in condition) {
    context.conditionReferences.push({ name: condition.condition, pointer: pointer + '/condition' });
  } else {
    checkLeaf(condition, pointer, context, problems);
  }
}

function checkLeaf(
  leaf: LeafCondition,
  pointer: string,
  context: ConditionCheckContext,
  problems: ProblemList,
): void {
  const left = sideKind(leaf.fact, pointer + '/fact', context, problems);
  if (leaf.path !== undefined) problems.error(pointer + '/path', MESSAGES.pathNotSupported());
  if (leaf.params !== undefined) problems.warning(pointer + '/params', MESSAGES.factParamsIgnored());
  const operator = leaf.operator;
  if (!isDefaultOperator(operator)) {
    const near = OPERATOR_ALIASES[operator] ?? nearestName(operator, DEFAULT_OPERATORS);
    problems.error(
      pointer + '/operator',
      MESSAGES.unknownOperator(operator),
      near ? MESSAGES.didYouMean(near) : MESSAGES.knownOperatorsHint(DEFAULT_OPERATORS),
    );
    return;
  }
  if (left === undefined) return;
  const valuePointer = pointer + '/value';
  if (LIST_FACT_OPERATORS.includes(operator)) {
    problems.error(pointer + '/operator', MESSAGES.listOperatorOnFact(operator), MESSAGES.listOperatorHint());
  } else if (NUMBER_OPERATORS.includes(operator)) {
    if (left !== 'integer' && left !== 'parameter') {
      problems.error(pointer + '/operator', MESSAGES.operatorNeedsNumbers(operator, leaf.fact, left));
      return;
    }
    checkValue(leaf.value, leaf.fact, 'integer', valuePointer, context, problems);
  } else if (LIST_VALUE_OPERATORS.includes(operator)) {
    if (!Array.isArray(leaf.value)) {
      problems.error(valuePointer, MESSAGES.valueMustBeList(operator));
      return;
    }
    // json-rules-engine resolves a {"fact": …} only as the whole value, never inside a list.
    leaf.value.forEach((item, index) =>
      checkLiteral(item, leaf.fact, left, `${valuePointer}/${index}`, problems),
    );
  } else {
    checkValue(leaf.value, leaf.fact, left, valuePointer, context, problems);
  }
}

function checkValue(
  value: JsonValue | FactReference,
  fact: string,
  kind: SideKind,
  pointer: string,
  context: ConditionCheckContext,
  problems: ProblemList,
): void {
  if (!isFactReference(value)) {
    checkLiteral(value, fact, kind, pointer, problems);
    return;
  }
  const right = sideKind(value.fact, pointer + '/fact', context, problems);
  if (right === undefined) return;
  const numeric = (side: SideKind): boolean => side === 'integer' || side === 'parameter';
  const sameValues =
    !isFactName(fact) ||
    !isFactName(value.fact) ||
    FACTS[fact].kind !== 'category' ||
    valuesOf(fact).join('\u0000') === valuesOf(value.fact).join('\u0000');
  if (!(numeric(kind) && numeric(right)) && (kind !== right || !sameValues)) {
    problems.error(pointer + '/fact', MESSAGES.factKindsDiffer(fact, value.fact));
  }
}

function checkLiteral(
  value: JsonValue | FactReference,
  fact: string,
  kind: SideKind,
  pointer: string,
  problems: ProblemList,
): void {
  if (kind === 'integer' || kind === 'parameter') {
    if (typeof value !== 'number') problems.error(pointer, MESSAGES.valueMustBe(fact, 'integer'));
  } else if (kind === 'boolean') {
    if (typeof value !== 'boolean') problems.error(pointer, MESSAGES.valueMustBe(fact, 'boolean'));
  } else {
    const allowed = isFactName(fact) ? valuesOf(fact) : [];
    if (typeof value !== 'string') {
      problems.error(pointer, MESSAGES.valueMustBe(fact, 'category'));
    } else if (!allowed.includes(value)) {
      const near = nearestName(value, allowed);
      problems.error(
        pointer,
        MESSAGES.unknownCategoryValue(fact, value),
        near ? MESSAGES.didYouMean(near) : MESSAGES.knownValuesHint(allowed),
      );
    }
  }
}

/** The kind of a fact name used in a condition; reports unknown facts and undeclared parameters. */
function sideKind(
  name: string,
  pointer: string,
  context: ConditionCheckContext,
  problems: ProblemList,
): SideKind | undefined {
  if (isFactName(name)) return FACTS[name].kind;
  const parameter = parameterNameOf(name);
  if (parameter === undefined) {
    const near = nearestName(name, FACT_NAMES);
    problems.error(
      pointer,
      MESSAGES.unknownFact(name),
      near ? MESSAGES.didYouMean(near) : MESSAGES.unknownFactHint(),
    );
    return undefined;
  }
  return checkParameterReference(parameter, name, pointer, context, problems) ? 'parameter' : undefined;
}

/** Records a `param:` reference and reports it when parameters are not allowed or not declared. */
function checkParameterReference(
  parameter: string,
  factName: string,
  pointer: string,
  context: ConditionCheckContext,
  problems: ProblemList,
): boolean {
  if (!context.usedParameters.has(parameter)) context.usedParameters.set(parameter, pointer);
  const declared = context.parameters;
  if (declared === 'forbidden') {
    problems.error(pointer, MESSAGES.parameterInPlainRule(factName), MESSAGES.parameterInPlainRuleHint());
    return false;
  }
  if (declared !== 'deferred' && !declared.has(parameter)) {
    const near = nearestName(parameter, declared);
    problems.error(
      pointer,
      MESSAGES.undeclaredParameter(parameter),
      near ? MESSAGES.didYouMean(`param:${near}`) : MESSAGES.declareParameterHint(parameter),
    );
    return false;
  }
  return true;
}

/**
 * Event params may hold `{"fact": "param:<name>"}` for a declared parameter, nothing else by reference: the
 * compiled kernel resolves them once per parameter set, not per person.
 */
export function checkEventParams(
  params: unknown,
  pointer: string,
  context: ConditionCheckContext,
  problems: ProblemList,
): void {
  if (typeof params !== 'object' || params === null) return;
  for (const [key, value] of Object.entries(params)) {
    const at = pointer + jsonPointer([key]);
    if (isFactReference(value)) {
      const parameter = parameterNameOf(value.fact);
      if (context.parameters === 'forbidden') problems.error(at, MESSAGES.eventParamInPlainRule());
      else if (parameter === undefined)
        problems.error(at + '/fact', MESSAGES.eventParamNotParameter(value.fact));
      else checkParameterReference(parameter, value.fact, at + '/fact', context, problems);
    } else {
      checkEventParams(value, at, context, problems);
    }
  }
}

/** json-rules-engine reads an object with a "fact" key as a reference to that fact. */
export function isFactReference(value: unknown): value is FactReference {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { fact?: unknown }).fact === 'string'
  );
}

function valuesOf(fact: keyof typeof FACTS): readonly string[] {
  const definition: FactDefinition = FACTS[fact];
  return definition.kind === 'category' ? definition.values : [];
}
