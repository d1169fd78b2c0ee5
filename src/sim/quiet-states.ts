/**
 * Which states no rule can fire in, for persons whose other known facts are given (no offer, an age of at least
 * 30…): a three-valued reading of every rule's conditions. A leaf on a known fact (a value, or a range of whole
 * numbers) with a literal value is true or false where the value decides it (equal, notEqual, in, notIn;
 * lessThan… on numbers, as json-rules-engine compares them); every other leaf is unknown;
 * `all`, `any` and `not` combine as in Kleene's logic and shared conditions are followed. A rule whose conditions
 * are not false for state s may fire there. The reading is sound, never complete: when in doubt a state is not
 * quiet. The simulator stops stepping and evaluating persons who can only be in quiet states from now on (see
 * month-step.ts), so a wrong "quiet" would change results; a missed one only costs time.
 */
import { STATES, type FactName } from '../rules/facts.ts';
import type { LeafCondition, NestedCondition, RuleSet, TopLevelCondition } from '../rules/rule-file.ts';

/** Kleene truth values. */
const FALSE = 0;
const TRUE = 1;
const UNKNOWN = 2;
type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/**
 * Facts known besides `ydelse`, as json-rules-engine sees them (categories as strings, booleans as booleans); a
 * pair [low, high] is any whole number in that range.
 */
export type KnownFacts = Partial<Record<FactName, Known>>;
type Known = string | number | boolean | readonly [number, number];

/**
 * 1 for each state code in which no rule of `ruleSet` can fire for a person with the `known` facts, whatever
 * the others. `quietStates(ruleSet, {offer: 'ingen'})`.
 */
export function quietStates(ruleSet: RuleSet, known: KnownFacts = {}): Uint8Array {
  return Uint8Array.from(STATES, (state) => {
    const facts = new Map<string, Known>(Object.entries(known));
    facts.set('ydelse', state);
    return ruleSet.rules.every((rule) => truth(rule.conditions, facts, ruleSet, new Set()) === FALSE) ? 1 : 0;
  });
}

type Facts = ReadonlyMap<string, Known>;

function truth(condition: NestedCondition, facts: Facts, ruleSet: RuleSet, visiting: Set<string>): Truth {
  if ('all' in condition) {
    if (!Array.isArray(condition.all) || condition.all.length === 0) return UNKNOWN;
    let result: Truth = TRUE;
    for (const child of condition.all) {
      const value = truth(child, facts, ruleSet, visiting);
      if (value === FALSE) return FALSE;
      if (value === UNKNOWN) result = UNKNOWN;
    }
    return result;
  }
  if ('any' in condition) {
    if (!Array.isArray(condition.any) || condition.any.length === 0) return UNKNOWN;
    let result: Truth = FALSE;
    for (const child of condition.any) {
      const value = truth(child, facts, ruleSet, visiting);
      if (value === TRUE) return TRUE;
      if (value === UNKNOWN) result = UNKNOWN;
    }
    return result;
  }
  if ('not' in condition) return not(truth(condition.not, facts, ruleSet, visiting));
  if ('condition' in condition) {
    const shared: TopLevelCondition | undefined = ruleSet.conditions[condition.condition];
    if (!shared || visiting.has(condition.condition)) return UNKNOWN;
    visiting.add(condition.condition);
    const value = truth(shared, facts, ruleSet, visiting);
    visiting.delete(condition.condition);
    return value;
  }
  return leafTruth(condition, facts);
}

function leafTruth(leaf: LeafCondition, facts: Facts): Truth {
  const known = facts.get(leaf.fact);
  if (known === undefined || leaf.path !== undefined) return UNKNOWN;
  const value = leaf.value;
  if (typeof known === 'string' || typeof known === 'boolean') {
    const literal = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    if (leaf.operator === 'equal') return literal ? of(known === value) : UNKNOWN;
    if (leaf.operator === 'notEqual') return literal ? of(known !== value) : UNKNOWN;
    if (
      (leaf.operator === 'in' || leaf.operator === 'notIn') &&
      Array.isArray(value) &&
      value.every(isLiteral)
    ) {
      return of(value.includes(known) === (leaf.operator === 'in'));
    }
    return UNKNOWN;
  }
  const [low, high] = typeof known === 'number' ? [known, known] : known;
  const exact = low === high;
  const inRange = (x: unknown): boolean => typeof x === 'number' && x >= low && x <= high;
  switch (leaf.operator) {
    case 'equal':
    case 'notEqual': {
      if (!isLiteral(value)) return UNKNOWN;
      const equal = exact && value === low ? TRUE : inRange(value) ? UNKNOWN : FALSE;
      return leaf.operator === 'equal' ? equal : not(equal);
    }
    case 'in':
    case 'notIn': {
      if (!Array.isArray(value) || !value.every(isLiteral)) return UNKNOWN;
      const member = exact && value.includes(low) ? TRUE : value.some(inRange) ? UNKNOWN : FALSE;
      return leaf.operator === 'in' ? member : not(member);
    }
    case 'lessThan':
      return typeof value !== 'number' ? UNKNOWN : high < value ? TRUE : low >= value ? FALSE : UNKNOWN;
    case 'lessThanInclusive':
      return typeof value !== 'number' ? UNKNOWN : high <= value ? TRUE : low > value ? FALSE : UNKNOWN;
    case 'greaterThan':
      return typeof value !== 'number' ? UNKNOWN : low > value ? TRUE : high <= value ? FALSE : UNKNOWN;
    case 'greaterThanInclusive':
      return typeof value !== 'number' ? UNKNOWN : low >= value ? TRUE : high < value ? FALSE : UNKNOWN;
    default:
      return UNKNOWN;
  }
}

function isLiteral(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function not(value: Truth): Truth {
  return value === UNKNOWN ? UNKNOWN : value === TRUE ? FALSE : TRUE;
}

function of(value: boolean): Truth {
  return value ? TRUE : FALSE;
}
