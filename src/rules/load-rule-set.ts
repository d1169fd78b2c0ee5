/**
 * Loads a rule set from file texts: decides per file whether it holds a rule, a shared condition or (when
 * allowed) plain json-rules-engine rules, validates each, then checks what only the whole set can tell —
 * duplicate names, references to shared conditions that do not exist or refer to each other in a ring,
 * `param:` references in shared conditions that no rule declares, and parameters declared twice differently.
 */
import { MESSAGES } from '../messages.ts';
import type { Lang } from '../messages.ts';
import { buildRuleSet } from './build-rule-set.ts';
import { parameterNameOf } from './facts.ts';
import { ProblemList, locateProblems } from './located-error.ts';
import type { LocatedError } from './located-error.ts';
import { checkPlainRulesValue } from './load-plain-rules.ts';
import { jsonPointer } from './locate-json-pointer.ts';
import type { PointerLocator } from './locate-json-pointer.ts';
import { nearestName } from './nearest-name.ts';
import { parseJsonText } from './parse-json-text.ts';
import type { ConditionFile, NestedCondition, RuleFile, RuleParameter, RuleSet } from './rule-file.ts';
import { ruleFileKind } from './rule-file-kind.ts';
import { checkConditionValue, checkRuleValue, syntaxErrors } from './validate-rule-file.ts';
import type { ValidateOptions } from './validate-rule-file.ts';

/** One file to load: its path as the user should see it, and its text. */
export interface RuleSetSource {
  path: string;
  text: string;
}

export interface LoadRuleSetOptions extends ValidateOptions {
  /** Also accept plain json-rules-engine rules (classify, explain). Default false: repo rules need meta/cases. */
  allowPlainRules?: boolean;
}

interface LoadedFile {
  path: string;
  locator: PointerLocator;
  problems: ProblemList;
  rules: { rule: RuleFile; pointer: string }[];
  condition?: ConditionFile;
}

/** `loadRuleSet([{path: "rules/x.json", text}])` → the rule set when every file is valid, and every problem. */
export function loadRuleSet(
  files: readonly RuleSetSource[],
  options: LoadRuleSetOptions = {},
): { ruleSet?: RuleSet; errors: LocatedError[] } {
  const lang: Lang = options.lang ?? 'en';
  const errors: LocatedError[] = [];
  const loaded: LoadedFile[] = [];
  for (const { path, text } of files) {
    const parsed = parseJsonText(text);
    if (!('value' in parsed)) {
      errors.push(...syntaxErrors(parsed, path, lang));
      continue;
    }
    const entry: LoadedFile = { path, locator: parsed.locator, problems: new ProblemList(), rules: [] };
    loaded.push(entry);
    const kind = ruleFileKind(parsed.value);
    if (kind === 'rule' || (kind === 'plain' && !options.allowPlainRules && !Array.isArray(parsed.value))) {
      // A plain rule where Målbar rule files are needed: say what it lacks, and that it is a plain rule.
      if (kind === 'plain')
        entry.problems.error('', MESSAGES.plainRulesNotInRepo(), MESSAGES.plainRulesNotInRepoHint());
      const rule = checkRuleValue(parsed.value, path, entry.problems, options.minCases);
      if (rule) entry.rules.push({ rule, pointer: '' });
    } else if (kind === 'condition') {
      const condition = checkConditionValue(parsed.value, path, entry.problems);
      if (condition) entry.condition = condition;
    } else if (kind === 'plain' && options.allowPlainRules) {
      entry.rules.push(...(checkPlainRulesValue(parsed.value, path, entry.problems) ?? []));
    } else if (kind === 'plain') {
      entry.problems.error('', MESSAGES.plainRulesNotInRepo(), MESSAGES.plainRulesNotInRepoHint());
    } else {
      entry.problems.error('', MESSAGES.notARuleFile());
    }
  }
  checkSet(loaded);
  for (const entry of loaded)
    errors.push(...locateProblems(entry.problems.problems, entry.path, entry.locator, lang));
  if (errors.some((error) => error.severity === 'error')) return { errors };
  const rules = loaded.flatMap((entry) => entry.rules.map(({ rule }) => rule));
  const conditions = loaded.flatMap((entry) => (entry.condition ? [entry.condition] : []));
  return { ruleSet: buildRuleSet(rules, conditions), errors };
}

function checkSet(loaded: readonly LoadedFile[]): void {
  const ruleOwners = new Map<string, string>();
  const conditionOwners = new Map<string, string>();
  const parameters = new Map<string, { parameter: RuleParameter; path: string }>();
  for (const entry of loaded) {
    for (const { rule, pointer } of entry.rules) {
      const other = ruleOwners.get(rule.name);
      if (other !== undefined) {
        entry.problems.error(
          pointer + '/name',
          MESSAGES.duplicateRuleName(rule.name, other),
          MESSAGES.uniqueNameHint(),
        );
      } else ruleOwners.set(rule.name, entry.path);
      for (const [name, parameter] of Object.entries(rule.meta.parameters ?? {})) {
        const earlier = parameters.get(name);
        if (!earlier) parameters.set(name, { parameter, path: entry.path });
        else if (earlier.parameter.value !== parameter.value || earlier.parameter.unit !== parameter.unit) {
          entry.problems.error(
            jsonPointer(['meta', 'parameters', name]),
            MESSAGES.parameterConflict(name, earlier.path),
            MESSAGES.parameterConflictHint(),
          );
        }
      }
    }
    if (entry.condition) {
      const other = conditionOwners.get(entry.condition.name);
      if (other !== undefined) {
        entry.problems.error(
          '/name',
          MESSAGES.duplicateConditionName(entry.condition.name, other),
          MESSAGES.uniqueNameHint(),
        );
      } else conditionOwners.set(entry.condition.name, entry.path);
    }
  }
  const conditionNames = [...conditionOwners.keys()];
  const graph = new Map<string, { name: string; pointer: string }[]>();
  for (const entry of loaded) {
    const roots = entry.rules.map(({ rule, pointer }) => ({
      condition: rule.conditions,
      pointer: pointer + '/conditions',
    }));
    if (entry.condition) roots.push({ condition: entry.condition.conditions, pointer: '/conditions' });
    for (const root of roots) {
      const found = walk(root.condition, root.pointer);
      for (const reference of found.references) {
        if (conditionOwners.has(reference.name)) continue;
        const near = nearestName(reference.name, conditionNames);
        entry.problems.error(
          reference.pointer,
          MESSAGES.unknownConditionReference(reference.name),
          near ? MESSAGES.didYouMean(near) : undefined,
        );
      }
      if (!entry.condition) continue;
      graph.set(entry.condition.name, found.references);
      for (const reference of found.parameters) {
        if (parameters.has(reference.name)) continue;
        const near = nearestName(reference.name, parameters.keys());
        entry.problems.error(
          reference.pointer,
          MESSAGES.undeclaredParameter(reference.name),
          near ? MESSAGES.didYouMean(`param:${near}`) : undefined,
        );
      }
    }
  }
  for (const cycle of cycles(graph)) {
    const entry = loaded.find((candidate) => candidate.condition?.name === cycle.at(-2));
    const pointer = graph
      .get(cycle.at(-2) ?? '')
      ?.find((reference) => reference.name === cycle.at(-1))?.pointer;
    entry?.problems.error(pointer ?? '/conditions', MESSAGES.conditionCycle(cycle));
  }
}

interface Found {
  references: { name: string; pointer: string }[];
  parameters: { name: string; pointer: string }[];
}

/** Condition references and `param:` facts (either side of a comparison) in a condition tree. */
function walk(
  condition: NestedCondition,
  pointer: string,
  found: Found = { references: [], parameters: [] },
): Found {
  if ('all' in condition)
    condition.all.forEach((child, index) => walk(child, `${pointer}/all/${index}`, found));
  else if ('any' in condition)
    condition.any.forEach((child, index) => walk(child, `${pointer}/any/${index}`, found));
  else if ('not' in condition) walk(condition.not, `${pointer}/not`, found);
  else if ('condition' in condition)
    found.references.push({ name: condition.condition, pointer: `${pointer}/condition` });
  else {
    const left = parameterNameOf(condition.fact);
    if (left !== undefined) found.parameters.push({ name: left, pointer: `${pointer}/fact` });
    const value = condition.value;
    if (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      typeof value['fact'] === 'string'
    ) {
      const right = parameterNameOf(value['fact']);
      if (right !== undefined) found.parameters.push({ name: right, pointer: `${pointer}/value/fact` });
    }
  }
  return found;
}

/** Each ring of shared conditions once, as the names along it with the first repeated at the end. */
function cycles(graph: ReadonlyMap<string, readonly { name: string }[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (name: string, path: string[]): void => {
    const at = path.indexOf(name);
    if (at >= 0) {
      found.push([...path.slice(at), name]);
      return;
    }
    if (done.has(name)) return;
    for (const next of graph.get(name) ?? []) visit(next.name, [...path, name]);
    done.add(name);
  };
  for (const name of graph.keys()) visit(name, []);
  return found;
}
