import { Engine } from 'json-rules-engine';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompileError, compileRuleSet } from '../../src/rules/compile-rule-set.ts';
import { checkKernelSource } from '../../src/rules/compile/check-kernel-source.ts';
import { DEFAULT_OPERATORS, evaluateOperator } from '../../src/rules/compile/engine-operators.ts';
import type { DefaultOperator } from '../../src/rules/compile/engine-operators.ts';
import { generateKernelSource } from '../../src/rules/compile/generate-kernel.ts';
import { planKernel } from '../../src/rules/compile/kernel-plan.ts';
import { lowerRuleSet } from '../../src/rules/compile/lower-rule-set.ts';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import { columnsToPerson, personsToColumns } from '../../src/rules/person-columns.ts';
import { createReferenceEngine, runReference } from '../../src/rules/reference-engine.ts';
import { STATES, type PersonFacts } from '../../src/rules/facts.ts';
import type { ParameterValues } from '../../src/rules/reference-engine.ts';
import type { RuleEvent, RuleFile, RuleMeta, RuleSet, TopLevelCondition } from '../../src/rules/rule-file.ts';

const text = { da: 'test', en: 'test' };
const meta: RuleMeta = { title: text, description: text, sources: [], effectiveFrom: '2015-01' };

/** A rule set from bare conditions (rule-0, rule-1…); conditions are unchecked JSON, as a rule file may hold. */
function ruleSetOf(
  conditions: unknown[],
  shared: { [name: string]: unknown } = {},
  parameters: ParameterValues = {},
  event: RuleEvent = { type: 'indicator', params: { indicator: 'x' } },
): RuleSet {
  return {
    rules: conditions.map((condition, k): RuleFile => ({
      name: `rule-${k}`,
      conditions: condition as TopLevelCondition,
      event,
      meta,
      cases: [],
    })),
    conditions: shared as RuleSet['conditions'],
    parameters: Object.fromEntries(
      Object.entries(parameters).map(([name, value]) => [
        name,
        { label: text, value, unit: 'weeks', source: { document: 'test' } },
      ]),
    ),
  };
}

/** Which rules fire for each person, by both kernels (they must agree) — rows are persons here. */
function fires(
  ruleSet: RuleSet,
  persons: Partial<PersonFacts>[],
  parameters: ParameterValues = {},
): number[][] {
  const full = persons.map((person) => ({ ...DEFAULT_PERSON, ...person }));
  const results = [true, false].map((codegen) => {
    const compiled = compileRuleSet(ruleSet, { parameters, codegen });
    const out = new Uint8Array(compiled.ruleNames.length * full.length);
    compiled.evaluate(personsToColumns(full), full.length, out);
    return full.map((_, i) => compiled.ruleNames.map((_, r) => out[r * full.length + i] ?? -1));
  });
  expect(results[1]).toEqual(results[0]);
  return results[0] ?? [];
}

/** json-rules-engine's answer for the same persons, in the same shape. */
async function engineFires(
  ruleSet: RuleSet,
  persons: Partial<PersonFacts>[],
  parameters: ParameterValues = {},
): Promise<number[][]> {
  const engine = createReferenceEngine(ruleSet);
  const rows: number[][] = [];
  for (const person of persons) {
    const { fired } = await runReference(engine, { ...DEFAULT_PERSON, ...person }, parameters);
    rows.push(ruleSet.rules.map((rule) => (fired.includes(rule.name) ? 1 : 0)));
  }
  return rows;
}

function compileError(ruleSet: RuleSet, parameters: ParameterValues = {}): CompileError {
  try {
    compileRuleSet(ruleSet, { parameters });
  } catch (error) {
    if (error instanceof CompileError) return error;
    throw error;
  }
  throw new Error('expected a CompileError');
}

describe('engine operators', () => {
  it("equal json-rules-engine 7.3's own operators on a grid of odd values", async () => {
    // Source of truth: json-rules-engine itself, one rule per operator and value, the fact `a` set to each value.
    const values: unknown[] = [
      0,
      1,
      25,
      30,
      -1,
      0.5,
      '30',
      '',
      'abc',
      ' 25 ',
      'kontanthjaelp',
      'kontanthjaelp,ingen',
    ];
    values.push(true, false, null, [], [30], ['kontanthjaelp'], {});
    const pairs = DEFAULT_OPERATORS.flatMap((operator) =>
      values.map((value, k) => ({ operator, value, name: `${operator} ${k}` })),
    );
    const throws = (operator: DefaultOperator, a: unknown, b: unknown): boolean => {
      try {
        evaluateOperator(operator, a, b);
        return false;
      } catch {
        return true;
      }
    };
    // `in` on a value without indexOf throws; those pairs are checked one by one (the engine rejects the run).
    const throwing = pairs.filter((pair) => throws(pair.operator, 0, pair.value));
    const engine = new Engine([], { allowUndefinedFacts: false });
    for (const { operator, value, name } of pairs.filter((pair) => !throwing.includes(pair))) {
      engine.addRule({ name, conditions: { all: [{ fact: 'a', operator, value }] }, event: { type: 'x' } });
    }
    let compared = 0;
    // A copy, as the engine compares with its own copy of the condition (so [] never equals []).
    for (const a of values.map((value) => structuredClone(value))) {
      const { results } = await engine.run({ a });
      const fired = new Set(results.map((result) => result.name));
      for (const { operator, value, name } of pairs.filter((pair) => !throwing.includes(pair))) {
        expect(fired.has(name), `${JSON.stringify(a)} ${name}`).toBe(evaluateOperator(operator, a, value));
        compared++;
      }
      for (const { operator, value } of throwing) {
        expect(throws(operator, a, value)).toBe(true);
        const single = new Engine([], {});
        single.addRule({ conditions: { all: [{ fact: 'a', operator, value }] }, event: { type: 'x' } });
        await expect(single.run({ a })).rejects.toThrow(TypeError);
        compared++;
      }
    }
    expect(throwing.length).toBeGreaterThan(0);
    expect(compared).toBe(values.length * values.length * DEFAULT_OPERATORS.length);
  });
});

describe('compileRuleSet reproduces json-rules-engine quirks', () => {
  it('treats all: [] and any: [] as true, and not of them as false', async () => {
    const ruleSet = ruleSetOf([
      { all: [] },
      { any: [] },
      { not: { any: [] } },
      { any: [{ any: [] }, { all: [] }] },
    ]);
    expect(fires(ruleSet, [{}])).toEqual([[1, 1, 0, 1]]);
    expect(await engineFires(ruleSet, [{}])).toEqual([[1, 1, 0, 1]]);
  });

  it('makes number operators false on category and boolean facts and coerces the compared value like JS <', async () => {
    const ruleSet = ruleSetOf([
      { all: [{ fact: 'ydelse', operator: 'lessThan', value: 100 }] },
      { all: [{ fact: 'academic', operator: 'greaterThanInclusive', value: 0 }] },
      { all: [{ fact: 'age', operator: 'lessThan', value: '30' }] }, // 25 < "30" is true in JS
      { all: [{ fact: 'age', operator: 'greaterThan', value: true }] }, // true → 1
      { all: [{ fact: 'age', operator: 'lessThanInclusive', value: [30] }] }, // [30] → 30
      { all: [{ fact: 'age', operator: 'lessThan', value: {} }] }, // {} → NaN → false
    ]);
    const persons = [
      { age: 25, academic: true },
      { age: 30, academic: false },
      { age: 31, academic: true },
    ];
    const expected = [
      [0, 0, 1, 1, 1, 0],
      [0, 0, 0, 1, 1, 0],
      [0, 0, 0, 1, 0, 0],
    ];
    expect(fires(ruleSet, persons)).toEqual(expected);
    expect(await engineFires(ruleSet, persons)).toEqual(expected);
  });

  it('compares equal strictly (academic equal 1 never fires) and searches strings in `in` for substrings', async () => {
    const ruleSet = ruleSetOf([
      { all: [{ fact: 'academic', operator: 'equal', value: 1 }] },
      { all: [{ fact: 'academic', operator: 'equal', value: true }] },
      { all: [{ fact: 'ydelse', operator: 'in', value: 'kontanthjaelp,a-dagpenge' }] },
      { all: [{ fact: 'age', operator: 'in', value: '1234' }] }, // "23" is a substring of "1234"
      { all: [{ fact: 'age', operator: 'in', value: [23, '25'] }] }, // strict: "25" is not 25
      { all: [{ fact: 'ydelse', operator: 'contains', value: 'a' }] }, // the fact is no array: false
      { all: [{ fact: 'ydelse', operator: 'doesNotContain', value: 'a' }] }, // …also false
    ]);
    const persons = [
      { academic: true, ydelse: 'a-dagpenge', age: 23 },
      { academic: false, ydelse: 'kontanthjaelp', age: 25 },
      { academic: true, ydelse: 'sygedagpenge', age: 24 },
    ];
    const expected = [
      [0, 1, 1, 1, 1, 0, 0],
      [0, 0, 1, 0, 0, 0, 0],
      [0, 1, 0, 0, 0, 0, 0],
    ];
    expect(fires(ruleSet, persons)).toEqual(expected);
    expect(await engineFires(ruleSet, persons)).toEqual(expected);
  });

  it('compares fact to fact: integers by value, the same categories by code, and parameters as constants', async () => {
    const ruleSet = ruleSetOf(
      [
        {
          all: [
            { fact: 'monthsInOffer', operator: 'greaterThanInclusive', value: { fact: 'monthsInYdelse' } },
          ],
        },
        { all: [{ fact: 'ydelse', operator: 'notEqual', value: { fact: 'previousYdelse' } }] },
        {
          all: [
            {
              fact: 'sickWeeksLast9Months',
              operator: 'greaterThanInclusive',
              value: { fact: 'param:weeks' },
            },
          ],
        },
        { all: [{ fact: 'param:weeks', operator: 'lessThan', value: { fact: 'age' } }] },
      ],
      {},
      { weeks: 22 },
    );
    const persons = [
      { monthsInOffer: 3, monthsInYdelse: 3, ydelse: 'kontanthjaelp', sickWeeksLast9Months: 22, age: 22 },
      {
        monthsInOffer: 2,
        monthsInYdelse: 3,
        previousYdelse: 'kontanthjaelp',
        ydelse: 'kontanthjaelp',
        age: 23,
      },
    ];
    const expected = [
      [1, 1, 1, 0],
      [0, 0, 0, 1],
    ];
    expect(fires(ruleSet, persons, { weeks: 22 })).toEqual(expected);
    expect(await engineFires(ruleSet, persons, { weeks: 22 })).toEqual(expected);
    // A scenario that changes the parameter changes the kernel: 21 weeks is enough now for the first person.
    expect(fires(ruleSet, [{ sickWeeksLast9Months: 21 }], { weeks: 21 })[0]?.[2]).toBe(1);
  });

  it('resolves shared conditions, nested ones included', () => {
    const ruleSet = ruleSetOf([{ all: [{ condition: 'young-on-support' }] }], {
      young: { all: [{ fact: 'age', operator: 'lessThan', value: 30 }] },
      'young-on-support': {
        all: [{ condition: 'young' }, { fact: 'ydelse', operator: 'notEqual', value: 'selvforsoergelse' }],
      },
    });
    expect(
      fires(ruleSet, [
        { age: 29, ydelse: 'kontanthjaelp' },
        { age: 30, ydelse: 'kontanthjaelp' },
        { age: 20 },
      ]),
    ).toEqual([[1], [0], [0]]);
  });
});

describe('compileRuleSet output', () => {
  it('writes rule-major rows: out[rule * count + person], and ignores rows beyond the count', () => {
    const ruleSet = ruleSetOf([
      { all: [{ fact: 'age', operator: 'lessThan', value: 30 }] },
      { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 50 }] },
    ]);
    const persons = [20, 40, 60, 25].map((age) => ({ ...DEFAULT_PERSON, age }));
    for (const codegen of [true, false]) {
      const compiled = compileRuleSet(ruleSet, { parameters: {}, codegen });
      const out = new Uint8Array(7).fill(9);
      compiled.evaluate(personsToColumns(persons), 3, out);
      expect([...out]).toEqual([1, 0, 0, 0, 0, 1, 9]);
    }
  });

  it('refuses an output or a column too short for the count', () => {
    const compiled = compileRuleSet(
      ruleSetOf([{ all: [{ fact: 'age', operator: 'lessThan', value: 30 }] }]),
      { parameters: {} },
    );
    const columns = personsToColumns([DEFAULT_PERSON, DEFAULT_PERSON]);
    expect(() => compiled.evaluate(columns, 2, new Uint8Array(1))).toThrow(/1 rules × 2 persons need 2/);
    expect(() => compiled.evaluate(columns, 3, new Uint8Array(3))).toThrow(/age column holds 2 values/);
  });

  it('resolves parameters in event params, nested ones too, for the simulator', () => {
    const event = {
      type: 'visitation',
      params: { shares: { jobparat: { fact: 'param:share' }, aktivitetsparat: 0.4 } },
    } as RuleEvent;
    const compiled = compileRuleSet(ruleSetOf([{ all: [] }], {}, { share: 0.6 }, event), {
      parameters: { share: 0.6 },
    });
    expect(compiled.events).toEqual([
      { type: 'visitation', params: { shares: { jobparat: 0.6, aktivitetsparat: 0.4 } } },
    ]);
  });

  it('computes each distinct leaf once per person, however many rules use it', () => {
    const young = { fact: 'age', operator: 'lessThan', value: 30 };
    const ruleSet = ruleSetOf([
      { all: [young, { fact: 'ydelse', operator: 'equal', value: 'kontanthjaelp' }] },
      { all: [young, { fact: 'ydelse', operator: 'equal', value: 'uddannelseshjaelp' }] },
      { any: [{ fact: 'age', operator: 'lessThanInclusive', value: 29 }] }, // the same test written otherwise
    ]);
    const lowered = lowerRuleSet(ruleSet, {}, 'throw');
    const plan = planKernel(
      lowered.graph,
      lowered.rules.map((rule) => rule.root),
    );
    // Without the ydelse branches: one loop body, the age test written once, each column read once.
    const flat = generateKernelSource(plan, null);
    expect(flat.match(/c\d+ <= 29/g)).toHaveLength(1);
    expect(flat.match(/= a\d+\[i\]/g)).toHaveLength(2);
    // With them: ydelse read once before the switch, and within each branch the age test at most once.
    const branched = generateKernelSource(plan);
    expect(branched.match(/= a\d+\[i\];\s*switch/g)).toHaveLength(1);
    const branches = branched.split(/case \d+:|default:/).slice(1);
    expect(branches).toHaveLength(STATES.length + 1);
    for (const branch of branches) expect((branch.match(/c\d+ <= 29/g) ?? []).length).toBeLessThanOrEqual(1);
  });

  it('branches on the ydelse so that a person computes only the rules possible in their ydelse', () => {
    const ruleSet = ruleSetOf([
      {
        all: [
          { fact: 'ydelse', operator: 'equal', value: 'kontanthjaelp' },
          { fact: 'age', operator: 'lessThan', value: 30 },
        ],
      },
      { all: [{ fact: 'ydelse', operator: 'in', value: ['a-dagpenge', 'kontanthjaelp'] }] },
    ]);
    const lowered = lowerRuleSet(ruleSet, {}, 'throw');
    const source = generateKernelSource(
      planKernel(
        lowered.graph,
        lowered.rules.map((rule) => rule.root),
      ),
    );
    const branch = (state: (typeof STATES)[number]): string =>
      source
        .split(/(?=case \d+:|default:)/)
        .find((part) => part.startsWith(`case ${STATES.indexOf(state)}:`)) ?? '';
    expect(branch('kontanthjaelp')).toMatch(/out\[o0 \+ i\]/);
    expect(branch('kontanthjaelp')).toMatch(/out\[o1 \+ i\]/);
    expect(branch('a-dagpenge')).not.toMatch(/out\[o0 \+ i\]/);
    expect(branch('a-dagpenge')).toMatch(/out\[o1 \+ i\]/);
    expect(branch('selvforsoergelse')).toMatch(/^case \d+: break;/);
  });

  it('falls back to the interpreter where eval is forbidden (a page CSP without unsafe-eval)', () => {
    vi.stubGlobal(
      'Function',
      class {
        constructor() {
          throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
        }
      },
    );
    const compiled = compileRuleSet(
      ruleSetOf([{ all: [{ fact: 'age', operator: 'lessThan', value: 30 }] }]),
      { parameters: {} },
    );
    vi.unstubAllGlobals();
    expect(compiled.kernel).toBe('interpreter');
    const out = new Uint8Array(1);
    compiled.evaluate(personsToColumns([{ ...DEFAULT_PERSON, age: 29 }]), 1, out);
    expect(out[0]).toBe(1);
  });
  afterEach(() => vi.unstubAllGlobals());
});

describe('compileRuleSet never splices rule text into generated code', () => {
  it('keeps hostile strings in facts, values and names out of the source', () => {
    const hostile = "'); globalThis.pwned = 1; ('";
    const ruleSet = ruleSetOf(
      [
        {
          all: [
            { fact: 'ydelse', operator: 'in', value: [hostile, 'kontanthjaelp'] },
            { condition: hostile },
          ],
        },
        {
          any: [
            { fact: 'age', operator: 'equal', value: hostile },
            { fact: 'visitation', operator: 'notEqual', value: `\`${hostile}\`` },
          ],
        },
      ],
      { [hostile]: { not: { fact: 'age', operator: 'lessThan', value: '1e1' } } },
    );
    const lowered = lowerRuleSet(ruleSet, {}, 'throw');
    const source = generateKernelSource(
      planKernel(
        lowered.graph,
        lowered.rules.map((rule) => rule.root),
      ),
    );
    expect(source).not.toMatch(/['"`.\\/]|pwned|ydelse|kontanthjaelp/);
    expect(
      fires(ruleSet, [
        { ydelse: 'kontanthjaelp', age: 10 },
        { age: 9, visitation: 'jobparat' },
      ]),
    ).toEqual([
      [1, 1],
      [0, 1],
    ]);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('rejects generated source outside the whitelist', () => {
    expect(() => checkKernelSource('const v0 = (c0 <= 29);')).not.toThrow();
    expect(() => checkKernelSource('const v0 = "x";')).toThrow(/character outside/);
    expect(() => checkKernelSource('const v0 = cols.constructor;')).toThrow(/character outside/);
    expect(() => checkKernelSource('const v0 = fetch(c0);')).toThrow(/identifier outside/);
    expect(() => checkKernelSource('const v0 = 0x10;')).toThrow(/identifier outside/);
  });
});

describe('compileRuleSet errors are located', () => {
  it('names the rule, the JSON pointer and the reason for an operator decorator', () => {
    const error = compileError(
      ruleSetOf([
        {
          all: [
            { fact: 'age', operator: 'lessThan', value: 30 },
            { all: [] },
            { any: [{ fact: 'ydelse', operator: 'not:equal', value: 'kontanthjaelp' }] },
          ],
        },
      ]),
    );
    expect(error.rule).toBe('rule-0');
    expect(error.pointer).toBe('/conditions/all/2/any/0');
    expect(error.kind).toBe('unsupported');
    expect(error.message).toBe(
      'Rule "rule-0" at /conditions/all/2/any/0: operator decorators ("not:equal") are not supported: ' +
        'write {"not": {…}} around the condition instead.',
    );
  });

  it.each([
    [
      { all: [{ fact: 'age', operator: 'lessThan', value: 30, path: '$.x' }] },
      'unsupported',
      /"path" is not supported/,
    ],
    [{ all: [{ fact: 'age', operator: 'between', value: 30 }] }, 'unsupported', /unknown operator "between"/],
    [
      { all: [{ fact: 'agee', operator: 'lessThan', value: 30 }] },
      'unsupported',
      /unknown fact "agee" \(did you mean "age"\?\)/,
    ],
    [
      { all: [{ fact: 'age', operator: 'in', value: 30 }] },
      'invalid',
      /json-rules-engine throws on this condition/,
    ],
    [{ all: [{ fact: 'age', operator: 'in', value: { fact: 'monthsInYdelse' } }] }, 'invalid', /throws/],
    [
      { all: [{ fact: 'age', operator: 'lessThan', value: { fact: 'param:nope' } }] },
      'invalid',
      /unknown parameter "nope"/,
    ],
    [{ all: [{ condition: 'nope' }] }, 'invalid', /unknown shared condition "nope"/],
    [{ all: [{ fact: 'age', operator: 'lessThan' }] }, 'invalid', /"value" is missing/],
    [{ all: { fact: 'age', operator: 'lessThan', value: 1 } }, 'invalid', /"all" must be an array/],
    [{ not: [] }, 'invalid', /"not" holds one condition object/],
    [{ fact: 'age', operator: 'lessThan', value: 30 }, 'invalid', /top level of "conditions" must be/],
    [{ all: [{ any: [], all: [] }] }, 'invalid', /exactly one of/],
  ])('refuses %j as %s', (condition, kind, reason) => {
    const error = compileError(ruleSetOf([condition]));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(reason);
  });

  it('points into the shared condition file when the problem is there, and finds cycles', () => {
    const error = compileError(
      ruleSetOf([{ any: [{ fact: 'age', operator: 'lessThan', value: 30 }, { condition: 'a' }] }], {
        a: { all: [{ condition: 'b' }] },
        b: { any: [{ fact: 'age', operator: 'someFact:equal', value: 1 }] },
      }),
    );
    expect(error.pointer).toBe('/conditions/any/1');
    expect(error.sharedCondition).toEqual({ name: 'b', pointer: '/conditions/any/0' });
    expect(error.message).toContain('(inside shared condition "b" at /conditions/any/0)');
    const cycle = compileError(
      ruleSetOf([{ all: [{ condition: 'a' }] }], {
        a: { all: [{ condition: 'b' }] },
        b: { not: { condition: 'a' } },
      }),
    );
    expect(cycle.message).toMatch(/cycle: a → b → a/);
  });

  it("with onUnsupported 'skip' leaves unsupported rules to json-rules-engine, visibly, but still throws on invalid ones", () => {
    const ruleSet = ruleSetOf([
      { all: [{ fact: 'age', operator: 'lessThan', value: 30 }] },
      { all: [{ fact: 'age', operator: 'not:lessThan', value: 30 }] },
      { all: [{ fact: 'age', operator: 'greaterThan', value: 60 }] },
    ]);
    const compiled = compileRuleSet(ruleSet, { parameters: {}, onUnsupported: 'skip' });
    expect(compiled.ruleNames).toEqual(['rule-0', 'rule-2']);
    expect(compiled.slowPathRules).toEqual(['rule-1']);
    const out = new Uint8Array(2);
    compiled.evaluate(personsToColumns([{ ...DEFAULT_PERSON, age: 61 }]), 1, out);
    expect([...out]).toEqual([0, 1]);
    const invalid = ruleSetOf([{ all: [{ condition: 'nope' }] }]);
    expect(() => compileRuleSet(invalid, { parameters: {}, onUnsupported: 'skip' })).toThrow(CompileError);
  });

  it('refuses event params that read a person fact, and unknown parameters there', () => {
    const perPerson = { type: 'refusion', params: { rate: { fact: 'age' } } } as unknown as RuleEvent;
    expect(compileError(ruleSetOf([{ all: [] }], {}, {}, perPerson)).pointer).toBe('/event/params/rate');
    const unknown = { type: 'refusion', params: { rate: { fact: 'param:rate' } } } as RuleEvent;
    expect(compileError(ruleSetOf([{ all: [] }], {}, {}, unknown)).message).toMatch(
      /unknown parameter "rate"/,
    );
  });
});

describe('person columns', () => {
  it('round-trips persons through the column encoding of facts.ts', () => {
    const persons: PersonFacts[] = [
      DEFAULT_PERSON,
      {
        ...DEFAULT_PERSON,
        age: 29,
        ydelse: 'uddannelseshjaelp',
        academic: true,
        visitation: 'aabenlyst-uddannelsesparat',
      },
    ];
    const columns = personsToColumns(persons);
    expect(columns.age).toBeInstanceOf(Int32Array);
    expect(columns.ydelse).toBeInstanceOf(Uint8Array);
    expect([...columns.ydelse]).toEqual([11, 3]); // indices in STATES
    expect(persons.map((_, i) => columnsToPerson(columns, i))).toEqual(persons);
  });

  it('names the person and the fact of a value a column cannot hold', () => {
    expect(() => personsToColumns([DEFAULT_PERSON, { ...DEFAULT_PERSON, age: 30.5 }])).toThrow(
      /^person 1: age must be a whole number from 0 to 130, not 30.5$/,
    );
  });
});
