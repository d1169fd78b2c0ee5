/**
 * Validates scenario files from their text: JSON syntax (located), the JSON Schema generated from the Scenario
 * type (ajv), then resolution — `extends` across the given files, override paths, required fields. Every
 * problem becomes a LocatedError with file, line, column and JSON pointer. Pure: used by `maalbar validate` and
 * the browser's scenario import.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import scenarioSchemaJson from '../../scenarios/scenario.schema.json' with { type: 'json' };
import { VALIDATORS } from '../generated/scenario-validator.js';
import type { Lang } from '../messages.ts';
import type { LocalText } from '../rules/facts.ts';
import { ProblemList, locateProblems } from '../rules/located-error.ts';
import type { LocatedError } from '../rules/located-error.ts';
import { nearestName } from '../rules/nearest-name.ts';
import { parseJsonText } from '../rules/parse-json-text.ts';
import { syntaxErrors } from '../rules/validate-rule-file.ts';
import { resolveScenario } from './resolve-scenario.ts';
import type { ResolvedScenario, Scenario } from './scenario.ts';

/** Precompiled by scripts/generate-validators.ts (ajv's run-time compile needs `new Function`, which CSP forbids). */
function schemaValidator(): ValidateFunction {
  const validate = VALIDATORS['scenario'];
  if (!validate) throw new Error('No precompiled scenario validator: run scripts/generate-validators.ts.');
  return validate;
}

/** ajv's error in words a planner can act on, with the nearest allowed property for a misspelt one. */
function describe(error: ErrorObject): { en: string; da: string; hintEn?: string; hintDa?: string } {
  if (error.keyword === 'additionalProperties') {
    const property = String((error.params as { additionalProperty: string }).additionalProperty);
    const allowed = Object.keys(
      (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
    );
    const nearest = nearestName(property, allowed);
    return {
      en: `unknown property "${property}"`,
      da: `ukendt felt "${property}"`,
      ...(nearest ? { hintEn: `did you mean "${nearest}"?`, hintDa: `mente du "${nearest}"?` } : {}),
    };
  }
  if (error.keyword === 'required') {
    const property = String((error.params as { missingProperty: string }).missingProperty);
    return { en: `missing required property "${property}"`, da: `mangler det påkrævede felt "${property}"` };
  }
  if (error.keyword === 'anyOf') {
    const shapes = (Array.isArray(error.schema) ? error.schema : []).map(shapeOf);
    return { en: `must be one of: ${shapes.join(' or ')}`, da: `skal være en af: ${shapes.join(' eller ')}` };
  }
  if (error.keyword === 'type') {
    const type = String((error.params as { type: string }).type);
    return { en: `must be ${TYPE_WORDS[type]?.en ?? type}`, da: `skal være ${TYPE_WORDS[type]?.da ?? type}` };
  }
  if (error.keyword === 'minimum' || error.keyword === 'maximum') {
    const { comparison, limit } = error.params as { comparison: string; limit: number };
    return { en: `must be ${comparison} ${limit}`, da: `skal være ${comparison} ${limit}` };
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues
      .map((value) => JSON.stringify(value))
      .join(', ');
    return { en: `must be one of ${allowed}`, da: `skal være en af ${allowed}` };
  }
  const message = error.message ?? 'is not valid';
  return { en: message, da: message };
}

/** JSON Schema types in words. */
const TYPE_WORDS: { [type: string]: { en: string; da: string } } = {
  array: { en: 'a list (array)', da: 'en liste (array)' },
  boolean: { en: 'true or false', da: 'true eller false' },
  integer: { en: 'a whole number', da: 'et helt tal' },
  number: { en: 'a number', da: 'et tal' },
  object: { en: 'an object', da: 'et objekt' },
  string: { en: 'a text (string)', da: 'en tekst (string)' },
};

/** The pointer of an ajv error: an unknown property at the property itself, not at the object that holds it. */
function errorPointer(error: ErrorObject): string {
  return error.keyword === 'additionalProperties'
    ? `${error.instancePath}/${escapePointer(String((error.params as { additionalProperty: string }).additionalProperty))}`
    : error.instancePath;
}

export interface ScenarioFileText {
  path: string;
  text: string;
}

/**
 * `validateScenarioFiles([{path, text}…])` → the resolved scenarios by path and every problem found. A file that
 * extends another is resolved against the other files given (by id).
 */
export function validateScenarioFiles(
  files: readonly ScenarioFileText[],
  options: { lang?: Lang } = {},
): { scenarios: Map<string, ResolvedScenario>; errors: LocatedError[] } {
  const lang = options.lang ?? 'en';
  const errors: LocatedError[] = [];
  const parsed: {
    path: string;
    scenario: Scenario;
    problems: ProblemList;
    locate: (p: ProblemList) => void;
  }[] = [];
  for (const file of files) {
    const json = parseJsonText(file.text);
    if (!('value' in json)) {
      errors.push(...syntaxErrors(json, file.path, lang));
      continue;
    }
    const problems = new ProblemList();
    const validate = schemaValidator();
    if (!validate(json.value)) {
      for (const error of collapseAnyOf(branchErrors(validate.errors ?? [], json.value))) {
        const words = describe(error);
        const hint = words.hintEn && words.hintDa ? { en: words.hintEn, da: words.hintDa } : undefined;
        problems.error(errorPointer(error), { en: words.en, da: words.da }, hint);
      }
    }
    const locate = (list: ProblemList) =>
      errors.push(...locateProblems(dedupe(list), file.path, json.locator, lang));
    if (problems.hasErrors) {
      locate(problems);
      continue;
    }
    parsed.push({ path: file.path, scenario: json.value as Scenario, problems, locate });
  }
  const byId = new Map(parsed.map((entry) => [entry.scenario.id, entry.scenario]));
  const scenarios = new Map<string, ResolvedScenario>();
  for (const entry of parsed) {
    try {
      const resolved = resolveScenario(entry.scenario, (id) => byId.get(id));
      if (resolvedProblems(resolved, entry.scenario, entry.problems) === 0)
        scenarios.set(entry.path, resolved);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const pointer = 'extends' in entry.scenario && /extends/.test(message) ? '/extends' : '';
      entry.problems.error(pointer, { en: message, da: message });
    }
    entry.locate(entry.problems);
  }
  return { scenarios, errors };
}

/** A schema error of a resolved scenario: where, in words, and whether it is a field that does not exist. */
export interface ResolvedScenarioProblem {
  pointer: string;
  message: LocalText;
  hint?: LocalText;
  unknownField: boolean;
}

/**
 * The schema over a resolved scenario (its lineage left out): an override may set a value the schema refuses,
 * or a field that does not exist, which resolving alone lets through. [] when the schema accepts it.
 */
export function resolvedScenarioProblems(resolved: ResolvedScenario): ResolvedScenarioProblem[] {
  const { lineage: _lineage, ...body } = resolved;
  const validate = schemaValidator();
  if (validate(body)) return [];
  return collapseAnyOf(branchErrors(validate.errors ?? [], body)).map((error) => {
    const words = describe(error);
    return {
      pointer: errorPointer(error),
      message: { en: words.en, da: words.da },
      ...(words.hintEn && words.hintDa ? { hint: { en: words.hintEn, da: words.hintDa } } : {}),
      unknownField: error.keyword === 'additionalProperties',
    };
  });
}

/**
 * resolvedScenarioProblems placed in the file: each at the override of this file that set it (its `path` for
 * an unknown field, its `value` otherwise); an error in what the parents gave at the file itself. Returns the
 * number of errors added.
 */
function resolvedProblems(resolved: ResolvedScenario, scenario: Scenario, problems: ProblemList): number {
  const found = resolvedScenarioProblems(resolved);
  const overrides = 'overrides' in scenario ? (scenario.overrides ?? []) : [];
  for (const { pointer, message, hint, unknownField } of found) {
    // The last override of this file that wrote at or above the pointer set the value.
    let index = overrides.length - 1;
    while (index >= 0) {
      const path = overrides[index]?.path ?? '';
      if (pointer === path || pointer.startsWith(`${path}/`)) break;
      index--;
    }
    if (index < 0) {
      problems.error(
        '',
        {
          en: `${pointer} ${message.en} (in the scenario with its parents applied; fix the parent that gives it)`,
          da: `${pointer} ${message.da} (i scenariet med dets forældre; ret det forældrescenarie, der giver det)`,
        },
        hint,
      );
    } else {
      const at = unknownField && pointer === overrides[index]?.path ? 'path' : 'value';
      problems.error(
        `/overrides/${index}/${at}`,
        {
          en: `${pointer} ${message.en} (in the scenario with its overrides applied)`,
          da: `${pointer} ${message.da} (i scenariet med dets overrides)`,
        },
        hint,
      );
    }
  }
  return found.length;
}

/**
 * An anyOf that fails (a source that is neither a reference nor an assumption) makes ajv report every branch's
 * failure too; keep the anyOf alone, which describe() words as the shapes allowed there.
 */
function collapseAnyOf(errors: readonly ErrorObject[]): ErrorObject[] {
  const places = errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath);
  return errors.filter(
    (error) =>
      error.keyword === 'anyOf' ||
      !places.some((place) => error.instancePath === place || error.instancePath.startsWith(`${place}/`)),
  );
}

/** A branch of an anyOf in a few characters: an object by its required properties, else its type. */
function shapeOf(branch: unknown): string {
  const definitions = (scenarioSchemaJson as { definitions: { [name: string]: unknown } }).definitions;
  const ref = (branch as { $ref?: string } | null)?.$ref;
  const schema = (ref ? definitions[ref.replace('#/definitions/', '')] : branch) as {
    type?: string;
    required?: string[];
  } | null;
  if (schema?.required) return `{${schema.required.map((name) => `"${name}"`).join(', ')}}`;
  return schema?.type ?? '?';
}

/**
 * A scenario is a base scenario or one that `extends` another: report only the errors of the branch the file
 * means (by whether it has `extends`), not ajv's failures of both branches and their union.
 */
function branchErrors(errors: readonly ErrorObject[], value: unknown): ErrorObject[] {
  const derived = typeof value === 'object' && value !== null && 'extends' in value;
  const definitions = (scenarioSchemaJson as { definitions: { [name: string]: unknown } }).definitions;
  // Compared as JSON, not by identity: the precompiled validator holds its own copy of the schema.
  const other = JSON.stringify(definitions[derived ? 'BaseScenario' : 'DerivedScenario']);
  return errors.filter(
    (error) =>
      !(error.keyword === 'anyOf' && error.instancePath === '') &&
      !(error.instancePath === '' && JSON.stringify(error.parentSchema) === other),
  );
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function dedupe(list: ProblemList): ProblemList['problems'] {
  const seen = new Set<string>();
  return list.problems.filter((problem) => {
    const key = `${problem.pointer}\u0000${problem.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
