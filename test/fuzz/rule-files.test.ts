/**
 * Hostile rule files: whatever text, JSON or rule-shaped object a file holds — random facts, operators, values,
 * names that look like code (quotes, backticks, `</script>`, `${…}`, `\u2028`) or like prototype keys
 * (`__proto__`, `constructor`) — validateRuleFile, validateConditionFile and loadRuleSet never throw and every
 * error is located (file, line ≥ 1, column ≥ 1, a JSON pointer, a message); a rule set they accept compiles or
 * is refused with a CompileError (its documented error), and nothing is written onto Object.prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPERATORS } from '../../src/rules/compile/engine-operators.ts';
import { CompileError, compileRuleSet } from '../../src/rules/compile-rule-set.ts';
import { FACT_NAMES } from '../../src/rules/facts.ts';
import { loadRuleSet } from '../../src/rules/load-rule-set.ts';
import type { LocatedError } from '../../src/rules/located-error.ts';
import { createReferenceEngine, parameterValues } from '../../src/rules/reference-engine.ts';
import { validateConditionFile, validateRuleFile } from '../../src/rules/validate-rule-file.ts';
import { fuzz, hostileString, PROTOTYPE_KEYS, prototypeIsClean } from './fuzz-settings.ts';

/** JavaScript's own property names of every object: the validator refuses them as names. */
const RESERVED: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

/** Checks that every problem is located in `file`. */
function expectLocated(errors: readonly LocatedError[], file: string): void {
  for (const error of errors) {
    expect(error.file).toBe(file);
    expect(Number.isInteger(error.line) && error.line >= 1, JSON.stringify(error)).toBe(true);
    expect(Number.isInteger(error.column) && error.column >= 1, JSON.stringify(error)).toBe(true);
    expect(typeof error.pointer).toBe('string');
    expect(error.pointer === '' || error.pointer.startsWith('/'), error.pointer).toBe(true);
    expect(error.message.length).toBeGreaterThan(0);
  }
}

/** An object whose keys are own data properties, `__proto__` included (a literal would set the prototype). */
function ownObject(entries: readonly (readonly [string, unknown])[]): { [key: string]: unknown } {
  const object: { [key: string]: unknown } = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

const nameArb = fc.oneof(
  fc.constantFrom('unge', 'rule-a', 'shared-x'),
  fc.constantFrom(...PROTOTYPE_KEYS),
  hostileString,
);
const keyArb = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom('p', 'rate', 'x'), hostileString);
const scalarArb = fc.oneof(
  fc.integer({ min: -5, max: 70 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  hostileString,
  fc.constantFrom('kontanthjaelp', 'ingen', 'a-dagpenge'),
);
const valueArb = fc.oneof(
  { weight: 4, arbitrary: scalarArb },
  { weight: 1, arbitrary: fc.array(scalarArb, { maxLength: 3 }) },
  { weight: 1, arbitrary: nameArb.map((name) => ({ fact: `param:${name}` })) },
  { weight: 1, arbitrary: fc.constantFrom(...FACT_NAMES).map((fact) => ({ fact })) },
  { weight: 1, arbitrary: fc.array(fc.tuple(keyArb, scalarArb), { maxLength: 2 }).map(ownObject) },
);
const factArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FACT_NAMES) },
  { weight: 1, arbitrary: nameArb.map((name) => `param:${name}`) },
  { weight: 1, arbitrary: hostileString },
);
const operatorArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DEFAULT_OPERATORS) },
  { weight: 1, arbitrary: fc.oneof(hostileString, fc.constantFrom('not:equal', 'someFact:lessThan')) },
);
const leafArb = fc.record(
  { fact: factArb, operator: operatorArb, value: valueArb, path: fc.constant('$.x'), params: valueArb },
  { requiredKeys: ['fact', 'operator', 'value'] },
);

const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.array(tie('tree'), { maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('tree'), { maxLength: 3 }).map((any) => ({ any })),
    tie('tree').map((not) => ({ not })),
    nameArb.map((condition) => ({ condition })),
    fc.constantFrom<unknown>(null, 1, 'all', [], {}),
  ),
}));
const topArb = fc.oneof(
  fc.array(tree, { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
  fc.array(tree, { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
  tree.map((not) => ({ not })),
  tree,
);
const localText = fc.oneof(fc.record({ da: hostileString, en: hostileString }), valueArb);
const parameterArb = fc.record(
  {
    label: localText,
    value: fc.oneof(fc.integer({ min: -3, max: 60 }), scalarArb),
    unit: fc.oneof(fc.constantFrom('weeks', 'months', 'share', 'number'), hostileString),
    source: fc.oneof(fc.record({ document: hostileString }), valueArb),
  },
  { requiredKeys: ['label', 'value', 'unit', 'source'] },
);
const eventArb = fc.oneof(
  fc.record({ type: fc.constant('indicator'), params: fc.record({ indicator: nameArb }) }),
  fc.record({
    type: fc.constantFrom('refusion', 'indicator', 'transition'),
    params: fc.array(fc.tuple(keyArb, valueArb), { maxLength: 3 }).map(ownObject),
  }),
  valueArb,
);
const caseArb = fc.record({
  name: hostileString,
  facts: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...FACT_NAMES), keyArb), scalarArb), { maxLength: 3 })
    .map(ownObject),
  parameters: fc.array(fc.tuple(keyArb, fc.integer()), { maxLength: 2 }).map(ownObject),
  expect: fc.record({ fires: fc.boolean() }),
});

/** A rule-shaped object: mostly the right fields, with hostile names, facts, operators and values. */
const ruleArb = fc
  .tuple(
    nameArb,
    topArb,
    eventArb,
    fc.array(fc.tuple(keyArb, parameterArb), { maxLength: 3 }),
    fc.array(caseArb, { maxLength: 3 }),
    localText,
  )
  .map(([name, conditions, event, parameters, cases, title]) => ({
    name,
    conditions,
    event,
    meta: {
      title,
      description: title,
      sources: [],
      effectiveFrom: '2015-01',
      parameters: ownObject(parameters),
    },
    cases,
  }));
const conditionFileArb = fc
  .tuple(nameArb, topArb, localText)
  .map(([name, conditions, title]) => ({ name, conditions, meta: { title, description: title } }));

/** A file path whose base name is the rule's name when the name is a plausible file name. */
const pathOf = (folder: string, name: unknown): string =>
  typeof name === 'string' && /^[^/\\\0]+$/.test(name)
    ? `rules/${folder}/${name}.json`
    : `rules/${folder}/x.json`;

/** Loads the files; checks the located-error contract; compiles what loads. */
function loadAndCompile(files: { path: string; text: string }[]): void {
  const { ruleSet, errors } = loadRuleSet(files, { minCases: 0 });
  for (const error of errors) expect(files.map((f) => f.path)).toContain(error.file);
  for (const file of files)
    expectLocated(
      errors.filter((e) => e.file === file.path),
      file.path,
    );
  if (!ruleSet) {
    expect(errors.some((e) => e.severity === 'error')).toBe(true);
    return;
  }
  try {
    const compiled = compileRuleSet(ruleSet, { parameters: parameterValues(ruleSet) });
    expect(compiled.ruleNames).toEqual(ruleSet.rules.map((r) => r.name));
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    expect(error.pointer === '' || error.pointer.startsWith('/')).toBe(true);
  }
  createReferenceEngine(ruleSet);
  expect(prototypeIsClean()).toBe(true);
}

describe('the rule validator and compiler on hostile input', () => {
  it('validateRuleFile and validateConditionFile never throw on arbitrary text and locate every error', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.tuple(ruleArb, fc.nat()).map(([rule, cut]) => {
        const json = JSON.stringify(rule, null, 1);
        return json.slice(0, cut % (json.length + 1));
      }),
    );
    fc.assert(
      fc.property(text, (input) => {
        expectLocated(validateRuleFile(input, 'r.json').errors, 'r.json');
        expectLocated(validateConditionFile(input, 'c.json').errors, 'c.json');
      }),
      fuzz(200),
    );
  });

  it('loadRuleSet never throws on rule-shaped files with hostile names, facts, operators and values', () => {
    fc.assert(
      fc.property(
        fc.array(ruleArb, { minLength: 1, maxLength: 3 }),
        fc.array(conditionFileArb, { maxLength: 2 }),
        (rules, conditions) => {
          const files = [
            ...rules.map((rule) => ({
              path: pathOf('reforms', rule.name),
              text: JSON.stringify(rule, null, 1),
            })),
            ...conditions.map((c) => ({
              path: pathOf('conditions', c.name),
              text: JSON.stringify(c, null, 1),
            })),
          ];
          loadAndCompile(files);
        },
      ),
      fuzz(200),
    );
  });

  it('accepts and compiles rules, shared conditions and parameters whose names look like code', () => {
    fc.assert(
      fc.property(codeLikeName, codeLikeName, fc.integer({ min: 18, max: 40 }), (name, parameter, age) => {
        const files = namedFiles(name, parameter, age);
        const { ruleSet, errors } = loadRuleSet(files, { minCases: 0 });
        expect(errors.filter((e) => e.severity === 'error')).toEqual([]);
        if (!ruleSet) throw new Error('the rule set did not load');
        expect(Object.keys(ruleSet.parameters)).toEqual([parameter]);
        expect(parameterValues(ruleSet)[parameter]).toBe(16);
        const compiled = compileRuleSet(ruleSet, { parameters: parameterValues(ruleSet) });
        expect(compiled.kernel).toBe('codegen');
        expect(compiled.ruleNames).toEqual([name]);
        expect(prototypeIsClean()).toBe(true);
      }),
      fuzz(40),
    );
  });

  it("refuses names that are JavaScript's own property names, located at each name (not a crash)", () => {
    // Before the fix, loadRuleSet threw "Two shared conditions are named "constructor"" (found by this test).
    fc.assert(
      fc.property(fc.constantFrom(...RESERVED), fc.constantFrom(...RESERVED), (name, parameter) => {
        const files = namedFiles(name, parameter, 30);
        const { ruleSet, errors } = loadRuleSet(files, { minCases: 0 });
        expect(ruleSet).toBeUndefined();
        const reserved = errors.filter((e) => /reserved in JavaScript/.test(e.message));
        expect(reserved.map((e) => `${e.file} ${e.pointer}`).sort()).toEqual(
          [
            `rules/conditions/${name}.json /name`,
            `rules/reforms/${name}.json /event/params/indicator`,
            `rules/reforms/${name}.json /meta/parameters/${parameter}`,
            `rules/reforms/${name}.json /name`,
          ].sort(),
        );
        expect(prototypeIsClean()).toBe(true);
      }),
      fuzz(25),
    );
  });
});

/** Names a validator lets through (no folder separator, not a reserved name) that look like code. */
const codeLikeName = hostileString.filter(
  (name) => name.length > 0 && !/[/\\\0]/.test(name) && !RESERVED.includes(name),
);

/** A rule (indicator `name`, a parameter, a reference to shared condition `name`) and that shared condition. */
function namedFiles(name: string, parameter: string, age: number): { path: string; text: string }[] {
  const text = { da: name, en: name };
  const condition = {
    name,
    conditions: { all: [{ fact: 'age', operator: 'lessThan', value: age }] },
    meta: { title: text, description: text },
  };
  const declared = { label: { da: 'p', en: 'p' }, value: 16, unit: 'years', source: { document: 'x' } };
  const rule = {
    name,
    conditions: {
      all: [
        { condition: name },
        { fact: 'age', operator: 'greaterThan', value: { fact: `param:${parameter}` } },
      ],
    },
    event: { type: 'indicator', params: { indicator: name } },
    meta: {
      title: text,
      description: text,
      sources: [],
      effectiveFrom: '2015-01',
      parameters: ownObject([[parameter, declared]]),
    },
    cases: [],
  };
  return [
    { path: `rules/reforms/${name}.json`, text: JSON.stringify(rule) },
    { path: `rules/conditions/${name}.json`, text: JSON.stringify(condition) },
  ];
}
