/**
 * Validates one rule file or shared-condition file from its text: JSON syntax (located by jsonc-parser), the
 * generated JSON Schema (ajv), then what a schema cannot say — known facts and operators, values that can
 * match, declared parameters, case facts that fit the vocabulary, the name equal to the file name, and at least
 * three cases. Pure: used by the CLI and, later, the browser editor.
 */
import { MESSAGES } from '../messages.ts';
import type { Lang } from '../messages.ts';
import { FACTS, FACT_NAMES, encodeFactValue, isFactName, parameterNameOf } from './facts.ts';
import type { FactDefinition, FactValue, LocalText } from './facts.ts';
import { ProblemList, locateProblems } from './located-error.ts';
import type { LocatedError } from './located-error.ts';
import { checkConditions, checkEventParams, createCheckContext } from './check-conditions.ts';
import type { ConditionCheckContext } from './check-conditions.ts';
import { jsonPointer } from './locate-json-pointer.ts';
import { nearestName } from './nearest-name.ts';
import { parseJsonText } from './parse-json-text.ts';
import type { ParsedJson } from './parse-json-text.ts';
import type { ConditionFile, RuleFile, TopLevelCondition } from './rule-file.ts';
import { matchesDefinition, schemaProblems } from './schema-problems.ts';
import { monthIndex } from '../time/month.ts';

/** Options of validation. */
export interface ValidateOptions {
  /** Language of the messages. Default 'en'. */
  lang?: Lang;
  /** Fewest cases a rule file must have. Default 3 (every repo rule covers both sides of its thresholds). */
  minCases?: number;
}

export const MIN_CASES = 3;

/** `validateRuleFile(text, "rules/reforms/x.json")` → the rule when it is valid, and every problem found. */
export function validateRuleFile(
  text: string,
  file: string,
  options: ValidateOptions = {},
): { rule?: RuleFile; errors: LocatedError[] } {
  const parsed = parseJsonText(text);
  if (!('value' in parsed)) return { errors: syntaxErrors(parsed, file) };
  const problems = new ProblemList();
  const rule = checkRuleValue(parsed.value, file, problems, options.minCases);
  const errors = locateProblems(problems.problems, file, parsed.locator, options.lang ?? 'en');
  return rule && !problems.hasErrors ? { rule, errors } : { errors };
}

/** The same for a shared condition (rules/conditions/<name>.json). */
export function validateConditionFile(
  text: string,
  file: string,
  options: ValidateOptions = {},
): { condition?: ConditionFile; errors: LocatedError[] } {
  const parsed = parseJsonText(text);
  if (!('value' in parsed)) return { errors: syntaxErrors(parsed, file) };
  const problems = new ProblemList();
  const condition = checkConditionValue(parsed.value, file, problems);
  const errors = locateProblems(problems.problems, file, parsed.locator, options.lang ?? 'en');
  return condition && !problems.hasErrors ? { condition, errors } : { errors };
}

/** Located errors for a text that is not JSON. Syntax problems are always errors. */
export function syntaxErrors(parsed: ParsedJson, file: string, lang: Lang = 'en'): LocatedError[] {
  return parsed.problems.map((problem) => {
    const error: LocatedError = {
      file,
      ...problem.position,
      pointer: '',
      message: problem.message[lang],
      severity: 'error',
    };
    if (problem.hint) error.hint = problem.hint[lang];
    return error;
  });
}

/** Checks a parsed rule file; returns it typed when the schema accepts it (semantic problems may remain). */
export function checkRuleValue(
  value: unknown,
  file: string,
  problems: ProblemList,
  minCases = MIN_CASES,
): RuleFile | undefined {
  const valid = schemaProblems('rule', value, problems);
  // The parts that pass the schema on their own are checked further even when another part does not,
  // so that one run reports every mistake.
  const partial = (value ?? {}) as {
    conditions?: unknown;
    event?: { params?: unknown };
    meta?: { parameters?: unknown };
  };
  const parameters = partial.meta?.parameters;
  const declared =
    typeof parameters === 'object' && parameters !== null && !Array.isArray(parameters)
      ? Object.keys(parameters)
      : [];
  const context = createCheckContext(new Set(declared));
  if (valid || matchesDefinition('TopLevelCondition', partial.conditions)) {
    checkConditions(partial.conditions as TopLevelCondition, '/conditions', context, problems);
  }
  if (valid || matchesDefinition('RuleEvent', partial.event)) {
    checkEventParams(partial.event?.params, '/event/params', context, problems);
  }
  for (const name of declared) checkReservedName(name, jsonPointer(['meta', 'parameters', name]), problems);
  const indicator: unknown = (partial.event?.params as { indicator?: unknown } | undefined)?.indicator;
  checkReservedName(indicator, '/event/params/indicator', problems);
  if (!valid) return undefined;
  const rule = value as RuleFile;
  checkName(rule.name, file, problems);
  const { effectiveFrom, effectiveTo } = rule.meta;
  if (effectiveTo !== undefined && monthIndex(effectiveTo) < monthIndex(effectiveFrom)) {
    problems.error('/meta/effectiveTo', MESSAGES.effectiveToBeforeFrom(effectiveFrom, effectiveTo));
  }
  // A shared condition may use the rule's parameters, so only a rule without references can tell.
  if (context.conditionReferences.length === 0) {
    for (const name of declared) {
      if (!context.usedParameters.has(name)) {
        problems.warning(jsonPointer(['meta', 'parameters', name]), MESSAGES.unusedParameter(name));
      }
    }
  }
  if (rule.cases.length < minCases) {
    problems.error('/cases', MESSAGES.tooFewCases(rule.cases.length, minCases), MESSAGES.tooFewCasesHint());
  }
  rule.cases.forEach((ruleCase, index) => {
    const at = `/cases/${index}`;
    for (const [fact, factValue] of Object.entries(ruleCase.facts)) {
      checkFactValue(fact, factValue, `${at}/facts${jsonPointer([fact])}`, problems);
    }
    for (const name of Object.keys(ruleCase.parameters ?? {})) {
      if (declared.includes(name)) continue;
      const near = nearestName(name, declared);
      problems.error(
        `${at}/parameters${jsonPointer([name])}`,
        MESSAGES.caseUnknownParameter(name),
        near ? MESSAGES.didYouMean(near) : MESSAGES.declareParameterHint(name),
      );
    }
  });
  return rule;
}

/** Checks a parsed shared-condition file; `param:` references are checked against the whole rule set later. */
export function checkConditionValue(
  value: unknown,
  file: string,
  problems: ProblemList,
  context: ConditionCheckContext = createCheckContext('deferred'),
): ConditionFile | undefined {
  const valid = schemaProblems('condition', value, problems);
  const conditions = (value as { conditions?: unknown } | null)?.conditions;
  if (valid || matchesDefinition('TopLevelCondition', conditions)) {
    checkConditions(conditions as TopLevelCondition, '/conditions', context, problems);
  }
  if (!valid) return undefined;
  const condition = value as ConditionFile;
  checkName(condition.name, file, problems);
  return condition;
}

/** A fact of a person (in a rule case, or a person given to classify/explain): known, and a value it can hold. */
export function checkFactValue(fact: string, value: FactValue, pointer: string, problems: ProblemList): void {
  if (!isFactName(fact)) {
    const near = nearestName(fact, FACT_NAMES);
    const hint =
      parameterNameOf(fact) !== undefined
        ? MESSAGES.caseParameterAsFactHint()
        : near
          ? MESSAGES.didYouMean(near)
          : MESSAGES.unknownFactHint();
    problems.error(pointer, MESSAGES.unknownFact(fact), hint);
    return;
  }
  try {
    encodeFactValue(fact, value);
  } catch (error) {
    // encodeFactValue is the rule; factValueProblem says the same in both languages.
    const detail = error instanceof Error ? error.message : String(error);
    const problem = factValueProblem(fact, value) ?? { message: { da: detail, en: detail } };
    problems.error(pointer, problem.message, problem.hint);
  }
}

/** What is wrong with a value for a fact (the localized counterpart of encodeFactValue's RangeError). */
export function factValueProblem(
  fact: keyof typeof FACTS,
  value: unknown,
): { message: LocalText; hint?: LocalText } | undefined {
  const definition: FactDefinition = FACTS[fact];
  switch (definition.kind) {
    case 'integer':
      return typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= definition.min &&
        value <= definition.max
        ? undefined
        : { message: MESSAGES.factValueOutOfRange(fact, definition.min, definition.max, value) };
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { message: MESSAGES.factValueNotBoolean(fact, value) };
    case 'category': {
      if (typeof value === 'string' && definition.values.includes(value)) return undefined;
      const near = typeof value === 'string' ? nearestName(value, definition.values) : undefined;
      const message = MESSAGES.unknownCategoryValue(fact, value);
      return {
        message,
        hint: near ? MESSAGES.didYouMean(near) : MESSAGES.knownValuesHint(definition.values),
      };
    }
  }
}

/** A file's name without folders and ".json": "rules/reforms/x.json" → "x"; undefined for other names. */
export function fileBaseName(file: string): string | undefined {
  const match = /([^/\\]+)\.json$/.exec(file);
  return match?.[1];
}

/** Names every JavaScript object already has ("constructor", "__proto__", …): as keys they corrupt lookups. */
const RESERVED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** An error at `pointer` when a rule, condition, parameter or indicator name is a reserved JavaScript name. */
function checkReservedName(name: unknown, pointer: string, problems: ProblemList): void {
  if (typeof name !== 'string' || !RESERVED_NAMES.has(name)) return;
  problems.error(
    pointer,
    {
      da: `navnet "${name}" er reserveret i JavaScript og kan ikke bruges`,
      en: `the name "${name}" is reserved in JavaScript and cannot be used`,
    },
    { da: 'vælg et andet navn, fx med bindestreg', en: 'choose another name, e.g. with a hyphen' },
  );
}

function checkName(name: string, file: string, problems: ProblemList): void {
  checkReservedName(name, '/name', problems);
  const expected = fileBaseName(file);
  if (expected !== undefined && name !== expected) {
    problems.error('/name', MESSAGES.nameMismatch(name, expected), MESSAGES.renameHint(expected));
  }
}
