import { closest } from 'fastest-levenshtein';
import { CompileError, childPointer } from './compile-error.ts';
import type { CompileErrorKind } from './compile-error.ts';
import { ConditionGraph } from './condition-graph.ts';
import type { NodeRef } from './condition-graph.ts';
import { isDefaultOperator } from './engine-operators.ts';
import { leafPredicate } from './leaf-predicate.ts';
import type { Operand } from './leaf-predicate.ts';
import { resolveEvent } from './resolve-event.ts';
import { FACT_NAMES, isFactName, parameterNameOf } from '../facts.ts';
import type { ResolvedEvent } from '../compiled-rule-set.ts';
import type { ParameterValues } from '../reference-engine.ts';
import type { RuleSet } from '../rule-file.ts';

/** A rule after lowering: its condition as a node of the shared graph, its event with parameters resolved. */
export interface LoweredRule {
  name: string;
  root: NodeRef;
  event: ResolvedEvent;
}

export interface LoweredRuleSet {
  graph: ConditionGraph;
  /** The rules the kernel evaluates, in rule-set order. */
  rules: LoweredRule[];
  /** Rules left to json-rules-engine (only with `onUnsupported: 'skip'`). */
  slowPathRules: string[];
}

/** Where the condition being lowered is: in the rule file, or inside a shared condition referenced from it. */
interface Site {
  rule: string;
  pointer: string;
  shared?: { name: string; referencedAt: string };
}

const BOOLEAN_KEYS = ['condition', 'any', 'all', 'not'] as const;
const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
const isObject = (value: unknown): value is { [key: string]: unknown } =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Turns every rule's conditions into one condition graph, resolving shared conditions and parameters, and
 * checks each condition against what json-rules-engine accepts. Throws a located CompileError; with
 * `onUnsupported: 'skip'` an unsupported rule is listed in slowPathRules instead.
 */
export function lowerRuleSet(
  ruleSet: RuleSet,
  parameters: ParameterValues,
  onUnsupported: 'throw' | 'skip',
): LoweredRuleSet {
  const graph = new ConditionGraph();
  const sharedMemo = new Map<string, NodeRef>();

  const fail = (site: Site, kind: CompileErrorKind, reason: string): never => {
    if (site.shared) {
      throw new CompileError(site.rule, site.shared.referencedAt, reason, kind, {
        name: site.shared.name,
        pointer: site.pointer,
      });
    }
    throw new CompileError(site.rule, site.pointer, reason, kind);
  };
  const at = (site: Site, key: string | number): Site => ({
    ...site,
    pointer: childPointer(site.pointer, key),
  });

  const operand = (name: unknown, site: Site): Operand => {
    if (typeof name !== 'string')
      return fail(site, 'invalid', `a fact name must be a string, not ${JSON.stringify(name)}.`);
    const parameter = parameterNameOf(name);
    if (parameter !== undefined) {
      const value = parameters[parameter];
      if (!own(parameters, parameter) || value === undefined) {
        return fail(
          site,
          'invalid',
          `unknown parameter "${parameter}": declare it in meta.parameters of the rule.`,
        );
      }
      return { kind: 'constant', value };
    }
    if (isFactName(name)) return { kind: 'fact', fact: name };
    return fail(
      site,
      'unsupported',
      `unknown fact "${name}" (did you mean "${closest(name, FACT_NAMES)}"?): the facts are listed in rules/README.md.`,
    );
  };

  const lowerLeaf = (condition: { [key: string]: unknown }, site: Site): NodeRef => {
    for (const key of ['fact', 'operator', 'value']) {
      if (!own(condition, key))
        fail(site, 'invalid', `a condition needs "fact", "operator" and "value"; "${key}" is missing.`);
    }
    if (own(condition, 'path')) {
      fail(
        site,
        'unsupported',
        '"path" is not supported by the compiled kernel: every fact is a plain value.',
      );
    }
    if (own(condition, 'params')) {
      fail(site, 'unsupported', 'fact "params" are not supported by the compiled kernel.');
    }
    const operator = condition['operator'];
    if (typeof operator !== 'string') return fail(site, 'invalid', 'the operator must be a string.');
    if (operator.includes(':')) {
      return fail(
        site,
        'unsupported',
        `operator decorators ("${operator}") are not supported: ` +
          (operator.startsWith('not:')
            ? 'write {"not": {…}} around the condition instead.'
            : 'every fact is a single value, so use the plain operator.'),
      );
    }
    if (!isDefaultOperator(operator)) {
      return fail(
        site,
        'unsupported',
        `unknown operator "${operator}": use equal, notEqual, in, notIn, contains, doesNotContain, lessThan, ` +
          'lessThanInclusive, greaterThan or greaterThanInclusive.',
      );
    }
    const left = operand(condition['fact'], site);
    const value = condition['value'];
    let right: Operand = { kind: 'constant', value };
    if (isObject(value) && own(value, 'fact')) {
      if (own(value, 'path') || own(value, 'params')) {
        fail(site, 'unsupported', '"path" and "params" on a fact value are not supported.');
      }
      right = operand(value['fact'], site);
    }
    try {
      return graph.leaf(leafPredicate(operator, left, right));
    } catch (error) {
      // Only the operator's own TypeError (`b.indexOf is not a function`) is the rule's fault.
      if (!(error instanceof TypeError)) throw error;
      return fail(
        site,
        'invalid',
        `json-rules-engine throws on this condition (${error instanceof Error ? error.message : String(error)}); ` +
          `"${operator}" needs a value it can search: an array (or a string, searched for a substring).`,
      );
    }
  };

  const lower = (condition: unknown, site: Site, stack: readonly string[], root: boolean): NodeRef => {
    if (!isObject(condition)) return fail(site, 'invalid', 'a condition must be a JSON object.');
    const keys = BOOLEAN_KEYS.filter((key) => own(condition, key));
    if (keys.length > 1 || (keys.length === 1 && own(condition, 'fact'))) {
      return fail(
        site,
        'invalid',
        `a condition has exactly one of "all", "any", "not", "condition" or "fact"; this one has ` +
          `${[...keys, ...(own(condition, 'fact') ? ['fact'] : [])].join(', ')}.`,
      );
    }
    const key = keys[0];
    if (key === undefined) {
      if (root) {
        return fail(
          site,
          'invalid',
          'the top level of "conditions" must be "all", "any", "not" or "condition".',
        );
      }
      return lowerLeaf(condition, site);
    }
    const body = condition[key];
    if (key === 'condition') return lowerReference(body, site, stack);
    if (key === 'not') {
      if (!isObject(body))
        return fail(at(site, key), 'invalid', '"not" holds one condition object, not an array.');
      return graph.not(lower(body, at(site, key), stack, false));
    }
    if (!Array.isArray(body))
      return fail(at(site, key), 'invalid', `"${key}" must be an array of conditions.`);
    const args = body.map((child: unknown, index) => lower(child, at(at(site, key), index), stack, false));
    return key === 'all' ? graph.all(args) : graph.any(args);
  };

  const lowerReference = (name: unknown, site: Site, stack: readonly string[]): NodeRef => {
    if (typeof name !== 'string') {
      return fail(site, 'invalid', '"condition" must be the name of a shared condition.');
    }
    const memo = sharedMemo.get(name);
    if (memo !== undefined) return memo;
    if (stack.includes(name)) {
      return fail(
        site,
        'invalid',
        `shared conditions refer to each other in a cycle: ${[...stack, name].join(' → ')}.`,
      );
    }
    const shared = ruleSet.conditions[name];
    if (!own(ruleSet.conditions, name) || shared === undefined) {
      const known = Object.keys(ruleSet.conditions);
      return fail(
        site,
        'invalid',
        `unknown shared condition "${name}"` +
          (known.length ? ` (did you mean "${closest(name, known)}"?)` : ' (there are none)') +
          ': add rules/conditions/' +
          `${name}.json or fix the name.`,
      );
    }
    const inner: Site = {
      rule: site.rule,
      pointer: '/conditions',
      shared: { name, referencedAt: site.shared?.referencedAt ?? site.pointer },
    };
    const node = lower(shared, inner, [...stack, name], true);
    sharedMemo.set(name, node);
    return node;
  };

  const rules: LoweredRule[] = [];
  const slowPathRules: string[] = [];
  for (const rule of ruleSet.rules) {
    try {
      const root = lower(rule.conditions, { rule: rule.name, pointer: '/conditions' }, [], true);
      rules.push({ name: rule.name, root, event: resolveEvent(rule.event, parameters, rule.name) });
    } catch (error) {
      if (error instanceof CompileError && error.kind === 'unsupported' && onUnsupported === 'skip') {
        slowPathRules.push(rule.name);
      } else {
        throw error;
      }
    }
  }
  return { graph, rules, slowPathRules };
}
