/**
 * Plain json-rules-engine rules — one rule object or an array of them, without Målbar's meta and cases — as
 * `maalbar classify` and `maalbar explain` accept them. They get the same fact and operator checks as rule
 * files; having no parameters, they may not use `param:` facts.
 */
import { MESSAGES } from '../messages.ts';
import { ProblemList, locateProblems } from './located-error.ts';
import type { LocatedError } from './located-error.ts';
import { checkConditions, checkEventParams, createCheckContext } from './check-conditions.ts';
import { parseJsonText } from './parse-json-text.ts';
import type { RuleEvent, RuleFile, TopLevelCondition } from './rule-file.ts';
import { schemaProblems } from './schema-problems.ts';
import { fileBaseName, syntaxErrors } from './validate-rule-file.ts';
import type { ValidateOptions } from './validate-rule-file.ts';

/** A plain rule as json-rules-engine reads it (functions such as onSuccess cannot be in JSON). */
interface PlainRule {
  name?: string;
  priority?: number;
  conditions: TopLevelCondition;
  event: { type: string; params?: { [key: string]: unknown } };
}

/** A loaded plain rule with the pointer of its object in the file ("" or "/2"), for set-level errors. */
export interface LoadedPlainRule {
  rule: RuleFile;
  pointer: string;
}

/** `loadPlainRules('[{"conditions": …, "event": …}]', "my-rules.json")` → the rules as RuleFiles, or errors. */
export function loadPlainRules(
  text: string,
  file: string,
  options: ValidateOptions = {},
): { rules?: RuleFile[]; errors: LocatedError[] } {
  const parsed = parseJsonText(text);
  if (!('value' in parsed)) return { errors: syntaxErrors(parsed, file, options.lang) };
  const problems = new ProblemList();
  const loaded = checkPlainRulesValue(parsed.value, file, problems);
  const errors = locateProblems(problems.problems, file, parsed.locator, options.lang ?? 'en');
  return loaded && !problems.hasErrors ? { rules: loaded.map((entry) => entry.rule), errors } : { errors };
}

/**
 * Checks a parsed value holding plain rules. A rule without a name is named after the file ("x" for x.json,
 * "x-2" for the second rule of an array), so that `classify` can list what fired.
 */
export function checkPlainRulesValue(
  value: unknown,
  file: string,
  problems: ProblemList,
): LoadedPlainRule[] | undefined {
  const single = !Array.isArray(value);
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const base = fileBaseName(file) ?? file;
  const loaded: LoadedPlainRule[] = [];
  items.forEach((item, index) => {
    const pointer = single ? '' : `/${index}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.error(pointer, MESSAGES.plainRuleNotObject());
      return;
    }
    if (!schemaProblems('plain-rule', item, problems, pointer)) return;
    const plain = item as PlainRule;
    const context = createCheckContext('forbidden');
    checkConditions(plain.conditions, pointer + '/conditions', context, problems);
    checkEventParams(plain.event.params, pointer + '/event/params', context, problems);
    const name = plain.name ?? (single ? base : `${base}-${index + 1}`);
    loaded.push({ rule: asRuleFile(plain, name, file), pointer });
  });
  return loaded;
}

/** A plain rule dressed as a rule file, so that it goes through buildRuleSet and both engines unchanged. */
function asRuleFile(plain: PlainRule, name: string, file: string): RuleFile {
  const rule: RuleFile = {
    name,
    conditions: plain.conditions,
    // Plain rules may carry any event type; Målbar only reads which rules fired from them.
    event: plain.event as RuleEvent,
    meta: {
      title: { da: name, en: name },
      description: MESSAGES.plainRuleDescription(file),
      sources: [{ document: file }],
      effectiveFrom: '0001-01',
    },
    cases: [],
  };
  if (plain.priority !== undefined) rule.priority = plain.priority;
  return rule;
}
