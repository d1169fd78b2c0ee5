/**
 * JSON Schema validation (ajv, against the schemas generated from rule-file.ts) with errors a person can act on.
 *
 * Raw ajv output for a union (a condition is all | any | not | condition | leaf; an event is one of six types)
 * lists a failure for every branch. Here a failed union is resolved to the branch the author meant — by a
 * discriminator (`"type": "indicator"`) or a key only one branch has (`"all"`, `"fact"`) — and only that
 * branch's errors are reported; when no branch fits, one message says what shapes are allowed.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { VALIDATORS } from '../generated/rule-validators.js';
import ruleSchemaJson from '../../rules/rule.schema.json' with { type: 'json' };
import conditionSchemaJson from '../../rules/condition.schema.json' with { type: 'json' };
import { MESSAGES } from '../messages.ts';
import type { LocalText } from './facts.ts';
import type { ProblemList } from './located-error.ts';
import { jsonPointer, pointerSegments } from './locate-json-pointer.ts';
import { nearestName } from './nearest-name.ts';

/** The part of JSON Schema the generated schemas use. */
interface SchemaNode {
  type?: string | string[];
  properties?: { [name: string]: SchemaNode };
  required?: string[];
  anyOf?: SchemaNode[];
  $ref?: string;
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
}

/** Which document to validate against: a Målbar rule file, a shared-condition file, or a plain rule. */
export type SchemaName = 'rule' | 'condition' | 'plain-rule';

const ruleSchema = ruleSchemaJson as unknown as { definitions: { [name: string]: SchemaNode } };
const conditionSchema = conditionSchemaJson as unknown as { definitions: { [name: string]: SchemaNode } };
const DEFINITIONS: { [name: string]: SchemaNode } = {
  ...conditionSchema.definitions,
  ...ruleSchema.definitions,
};

const MONTH_PATTERN = DEFINITIONS['Month']?.pattern;

/**
 * The validator of `key` ("rule", "condition", "plain-rule" or "definition:<Name>"), precompiled by
 * scripts/generate-validators.ts: compiling at run time would need `new Function`, which the app's
 * Content-Security-Policy forbids.
 */
function validatorFor(key: string): ValidateFunction {
  const validate = VALIDATORS[key];
  if (!validate) throw new Error(`No precompiled validator "${key}": run scripts/generate-validators.ts.`);
  return validate;
}

/** Adds the schema problems of `value` to `problems`, with pointers under `base`; returns true when valid. */
export function schemaProblems(
  schema: SchemaName,
  value: unknown,
  problems: ProblemList,
  base = '',
): boolean {
  const before = problems.problems.length;
  collect(validatorFor(schema), value, base, problems);
  return problems.problems.length === before;
}

function collect(validate: ValidateFunction, value: unknown, base: string, problems: ProblemList): void {
  if (validate(value)) return;
  const errors = [...(validate.errors ?? [])];
  // Resolve the outermost failed unions first; everything reported inside them comes from their branches.
  const unions = errors
    .map((error, index) => ({ error, index }))
    .filter(({ error }) => error.keyword === 'anyOf')
    .sort((a, b) => depth(a.error.instancePath) - depth(b.error.instancePath) || b.index - a.index);
  const resolved: string[] = [];
  for (const { error } of unions) {
    if (resolved.some((path) => isWithin(error.instancePath, path))) continue;
    resolved.push(error.instancePath);
    explainUnion(error.parentSchema as SchemaNode, error.data, base + error.instancePath, problems);
  }
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'anyOf' || resolved.some((path) => isWithin(error.instancePath, path))) continue;
    const before = problems.problems.length;
    reportError(error, base, problems);
    // ajv can say the same thing twice through different schema paths: keep one.
    const added = problems.problems[before];
    if (added) {
      const key = added.pointer + '\u0000' + added.message.en;
      if (seen.has(key)) problems.problems.splice(before, 1);
      seen.add(key);
    }
  }
}

function reportError(error: ErrorObject, base: string, problems: ProblemList): void {
  const pointer = base + error.instancePath;
  const params = error.params as { [key: string]: unknown };
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  switch (error.keyword) {
    case 'required':
      problems.error(pointer, MESSAGES.missingProperty(String(params['missingProperty'])));
      return;
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      const near = nearestName(name, Object.keys(parent.properties ?? {}));
      problems.error(
        pointer + jsonPointer([name]),
        MESSAGES.unknownProperty(name),
        near ? MESSAGES.didYouMean(near) : undefined,
      );
      return;
    }
    case 'type': {
      const type = params['type'];
      problems.error(
        pointer,
        MESSAGES.wrongType(Array.isArray(type) ? type.map(String) : String(type).split(',')),
      );
      return;
    }
    case 'const':
      problems.error(pointer, MESSAGES.notOneOf(error.data, [params['allowedValue']]));
      return;
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[] | undefined) ?? [];
      problems.error(pointer, MESSAGES.notOneOf(error.data, allowed), suggestion(error.data, allowed));
      return;
    }
    case 'pattern':
      problems.error(
        pointer,
        parent.pattern === MONTH_PATTERN || params['pattern'] === MONTH_PATTERN
          ? MESSAGES.notMonth(error.data)
          : MESSAGES.patternMismatch(error.data, String(params['pattern'])),
      );
      return;
    default:
      problems.error(pointer, MESSAGES.schemaOther(`${error.keyword}: ${error.message ?? ''}`));
  }
}

interface Branch {
  name?: string;
  schema: SchemaNode;
}

/** A union's branches, with `$ref`s resolved and nested unions flattened. */
function branchesOf(union: SchemaNode): Branch[] {
  const branches: Branch[] = [];
  for (const option of union.anyOf ?? []) {
    const name = option.$ref?.split('#/definitions/')[1];
    const schema = name ? DEFINITIONS[name] : option;
    if (!schema) continue;
    if (schema.anyOf && !schema.type) branches.push(...branchesOf(schema));
    else branches.push(name ? { name, schema } : { schema });
  }
  return branches;
}

function explainUnion(union: SchemaNode, data: unknown, pointer: string, problems: ProblemList): void {
  const branches = branchesOf(union);
  const scalars = branches.flatMap((branch) =>
    branch.schema.const !== undefined ? [branch.schema.const] : (branch.schema.enum ?? [undefined]),
  );
  if (!scalars.includes(undefined)) {
    problems.error(pointer, MESSAGES.notOneOf(data, scalars), suggestion(data, scalars));
    return;
  }
  const typed = branches.filter((branch) => typeMatches(branch.schema, data));
  if (isObject(data)) {
    for (const key of discriminators(typed)) {
      if (!(key in data)) continue;
      const match = typed.find((branch) => branch.schema.properties?.[key]?.const === data[key]);
      if (match) return explainBranch(match, data, pointer, problems);
      const allowed = typed.map((branch) => String(branch.schema.properties?.[key]?.const));
      problems.error(
        pointer + jsonPointer([key]),
        key === 'type'
          ? MESSAGES.unknownEventType(data[key], allowed)
          : MESSAGES.notOneOf(data[key], allowed),
        suggestion(data[key], allowed),
      );
      return;
    }
    const owner = typed.find((branch) =>
      (branch.schema.required ?? []).some(
        (key) =>
          key in data && !typed.some((other) => other !== branch && other.schema.required?.includes(key)),
      ),
    );
    if (owner) return explainBranch(owner, data, pointer, problems);
  }
  const only = typed[0];
  if (only && typed.length === 1) return explainBranch(only, data, pointer, problems);
  problems.error(pointer, unionMessage(branches), unknownKeyHint(branches, data));
}

function explainBranch(branch: Branch, data: unknown, pointer: string, problems: ProblemList): void {
  if (!branch.name) {
    problems.error(pointer, MESSAGES.noShapeMatches());
    return;
  }
  collect(validatorFor(`definition:${branch.name}`), data, pointer, problems);
}

function unionMessage(branches: readonly Branch[]): LocalText {
  const names = new Set(branches.map((branch) => branch.name));
  if (names.has('LeafCondition')) return MESSAGES.conditionShape();
  if (names.has('AllCondition')) return MESSAGES.topConditionShape();
  if (names.has('FactReference') && branches.some((branch) => branch.schema.type === 'number')) {
    return MESSAGES.numberOrParameter();
  }
  if (names.has('SourceReference')) return MESSAGES.sourceShape();
  return MESSAGES.noShapeMatches();
}

/** For an object that fits no branch: the first key no branch knows, and the closest key that one does. */
function unknownKeyHint(branches: readonly Branch[], data: unknown): LocalText | undefined {
  if (!isObject(data)) return undefined;
  const known = new Set(branches.flatMap((branch) => Object.keys(branch.schema.properties ?? {})));
  for (const key of Object.keys(data)) {
    if (known.has(key)) continue;
    const near = nearestName(key, known);
    if (near) return MESSAGES.didYouMean(near);
  }
  return undefined;
}

function discriminators(branches: readonly Branch[]): string[] {
  const keys = new Set<string>();
  for (const branch of branches) {
    for (const [key, property] of Object.entries(branch.schema.properties ?? {})) {
      if (property.const !== undefined) keys.add(key);
    }
  }
  return [...keys];
}

function typeMatches(schema: SchemaNode, data: unknown): boolean {
  if (schema.type === undefined) return true;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.some((type) => jsonTypeMatches(type, data));
}

function jsonTypeMatches(type: string, data: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(data);
    case 'array':
      return Array.isArray(data);
    case 'null':
      return data === null;
    case 'integer':
      return Number.isInteger(data);
    default:
      return typeof data === type;
  }
}

function isObject(data: unknown): data is { [key: string]: unknown } {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

function suggestion(data: unknown, allowed: readonly unknown[]): LocalText | undefined {
  if (typeof data !== 'string') return undefined;
  const near = nearestName(
    data,
    allowed.filter((value): value is string => typeof value === 'string'),
  );
  return near ? MESSAGES.didYouMean(near) : undefined;
}

function depth(path: string): number {
  return pointerSegments(path).length;
}

function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(ancestor + '/');
}

/** True when `value` is valid against one definition of the generated schemas (e.g. "TopLevelCondition"). */
export function matchesDefinition(name: string, value: unknown): boolean {
  return validatorFor(`definition:${name}`)(value) === true;
}
