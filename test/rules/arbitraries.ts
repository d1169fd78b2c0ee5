/**
 * fast-check arbitraries for the differential proof: persons over the fact vocabulary (values a column can hold)
 * and rule sets within the language the compiler supports — nested all/any/not to depth ≥ 3, shared-condition
 * references, every default operator, fact-to-fact comparisons, parameter facts, and odd values (strings for
 * number facts, numbers for category facts, [], booleans, null, objects). Integers are snapped to ±1 of a few
 * pivots per fact, and persons are drawn near the same pivots, so thresholds are hit on both sides.
 */
import fc from 'fast-check';
import { FACTS, FACT_NAMES, parameterFactName } from '../../src/rules/facts.ts';
import type { FactName, FactValue, PersonFacts } from '../../src/rules/facts.ts';
import { DEFAULT_OPERATORS } from '../../src/rules/compile/engine-operators.ts';
import type { DefaultOperator } from '../../src/rules/compile/engine-operators.ts';
import type {
  JsonValue,
  NestedCondition,
  RuleFile,
  RuleSet,
  TopLevelCondition,
} from '../../src/rules/rule-file.ts';

type IntegerFactName = { [K in FactName]: (typeof FACTS)[K]['kind'] extends 'integer' ? K : never }[FactName];
const INTEGER_FACTS = FACT_NAMES.filter((name): name is IntegerFactName => FACTS[name].kind === 'integer');
const CATEGORY_FACTS = FACT_NAMES.filter((name) => FACTS[name].kind === 'category');

/** Values around which the reform rules draw their lines (ages 18/25/30/40/50, 6/12 months, 22/26/52 weeks). */
const PIVOTS: { [K in IntegerFactName]: readonly number[] } = {
  age: [18, 25, 30, 40, 50, 65],
  monthsInYdelse: [1, 3, 6, 12, 24],
  monthsOnSupport: [1, 6, 12, 24, 60],
  weeksOnSupport: [4, 26, 52, 104],
  monthsUnemployedLast12: [0, 6, 10, 12],
  weeksUnemployedLast52: [0, 26, 42, 52],
  dagpengeMonthsUsed: [0, 12, 24],
  sickWeeksLast9Months: [0, 22, 39],
  monthsInOffer: [0, 3, 4, 6],
};

const clamp = (fact: IntegerFactName, value: number): number => {
  const { min, max } = FACTS[fact];
  return Math.min(max, Math.max(min, value));
};

/** An integer a column of the fact can hold, usually a pivot ±1, sometimes anywhere in [min, max]. */
export function integerValueArb(fact: IntegerFactName): fc.Arbitrary<number> {
  const { min, max } = FACTS[fact];
  return fc.oneof(
    { weight: 4, arbitrary: snappedArb(fact).map((value) => clamp(fact, value)) },
    { weight: 1, arbitrary: fc.integer({ min, max }) },
  );
}

/** A pivot of the fact, −1, 0 or +1 (not clamped: a threshold may lie just outside the domain). */
function snappedArb(fact: IntegerFactName): fc.Arbitrary<number> {
  return fc
    .tuple(
      fc.constantFrom(...PIVOTS[fact], FACTS[fact].min, FACTS[fact].max),
      fc.integer({ min: -1, max: 1 }),
    )
    .map(([pivot, delta]) => pivot + delta);
}

function factValueArb(fact: FactName): fc.Arbitrary<FactValue> {
  const definition = FACTS[fact];
  if (definition.kind === 'integer') return integerValueArb(fact as IntegerFactName);
  if (definition.kind === 'boolean') return fc.boolean();
  return fc.constantFrom(...definition.values);
}

/** A person-month: every fact, each a value its column can hold (encodeFactValue accepts it). */
export const personArb: fc.Arbitrary<PersonFacts> = fc.record(
  Object.fromEntries(FACT_NAMES.map((fact) => [fact, factValueArb(fact)])) as {
    [K in FactName]: fc.Arbitrary<FactValue>;
  },
);

/** Parameter names the generated rule sets declare, with values a scenario might set (shares included). */
const PARAMETERS = ['p0', 'p1', 'p2'] as const;
const parameterValueArb = fc.constantFrom(0, 1, 6, 12, 22, 26, 29, 30, 0.7, -3);

const allCategoryValues: readonly string[] = [
  ...new Set(CATEGORY_FACTS.flatMap((fact) => (FACTS[fact] as { values: readonly string[] }).values)),
];

/** A scalar a rule might compare with: numbers near pivots, categories, booleans, numeric and odd strings. */
const scalarArb: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.constantFrom(...INTEGER_FACTS).chain(snappedArb),
  fc.constantFrom(...allCategoryValues),
  fc.boolean(),
  fc.constantFrom('30', '12', '0', '', 'abc', ' 25 ', '1e1', 'true', 'ingen', 0.5, -1, 13.5, null),
);

/** A condition value for a leaf on `fact`: plausible for the fact most of the time, odd otherwise. */
function constantValueArb(fact: FactName | 'param', operator: DefaultOperator): fc.Arbitrary<JsonValue> {
  const plausible: fc.Arbitrary<JsonValue> =
    fact === 'param'
      ? parameterValueArb
      : FACTS[fact].kind === 'integer'
        ? snappedArb(fact as IntegerFactName)
        : FACTS[fact].kind === 'boolean'
          ? fc.boolean()
          : fc.constantFrom(...(FACTS[fact] as { values: readonly string[] }).values);
  const arrayArb = fc.array(fc.oneof(plausible, scalarArb), { maxLength: 4 });
  if (operator === 'in' || operator === 'notIn') {
    // b.indexOf(a): arrays (strict equality) and strings (substring); any other value is a TypeError.
    return fc.oneof(
      { weight: 4, arbitrary: arrayArb },
      { weight: 1, arbitrary: fc.constantFrom('kontanthjaelp,a-dagpenge', 'ingen', '12', '1', 'true', '') },
    );
  }
  return fc.oneof(
    { weight: 4, arbitrary: plausible },
    { weight: 2, arbitrary: scalarArb },
    { weight: 1, arbitrary: fc.constantFrom<JsonValue>([], [30], ['kontanthjaelp'], {}, { a: 1 }) },
  );
}

/** The left side of a leaf: a person's fact, or now and then a parameter. */
const leftArb: fc.Arbitrary<FactName | `param:${string}`> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FACT_NAMES) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...PARAMETERS).map(parameterFactName) as fc.Arbitrary<`param:${string}`>,
  },
);

/** A leaf condition: a constant value, or (one in four) another fact or a parameter on the right. */
const leafArb: fc.Arbitrary<NestedCondition> = fc
  .tuple(leftArb, fc.constantFrom(...DEFAULT_OPERATORS))
  .chain(([fact, operator]) => {
    const leftKind = fact.startsWith('param:') ? 'param' : (fact as FactName);
    // `in` searches the right-hand value: only a category fact (a string) can be searched without a TypeError.
    const rightFacts: readonly string[] =
      operator === 'in' || operator === 'notIn'
        ? CATEGORY_FACTS
        : [...FACT_NAMES, ...PARAMETERS.map(parameterFactName)];
    return fc
      .oneof(
        { weight: 3, arbitrary: constantValueArb(leftKind, operator) },
        { weight: 1, arbitrary: fc.constantFrom(...rightFacts).map((name) => ({ fact: name })) },
      )
      .map((value): NestedCondition => ({ fact, operator, value }));
  });

/** A condition tree of the given depth; `references` are the shared conditions it may refer to. */
function conditionArb(depth: number, references: readonly string[]): fc.Arbitrary<NestedCondition> {
  if (depth === 0) return leafArb;
  const child = conditionArb(depth - 1, references);
  const options: fc.WeightedArbitrary<NestedCondition>[] = [
    { weight: 2, arbitrary: leafArb },
    { weight: 3, arbitrary: fc.array(child, { maxLength: 4 }).map((all) => ({ all })) },
    { weight: 3, arbitrary: fc.array(child, { maxLength: 4 }).map((any) => ({ any })) },
    { weight: 2, arbitrary: child.map((not) => ({ not })) },
  ];
  if (references.length > 0) {
    options.push({
      weight: 1,
      arbitrary: fc.constantFrom(...references).map((condition) => ({ condition })),
    });
  }
  return fc.oneof(...options);
}

/** A top-level condition (json-rules-engine wants all/any/not/condition at the top) of depth ≥ `depth`. */
export function topConditionArb(
  depth: number,
  references: readonly string[],
): fc.Arbitrary<TopLevelCondition> {
  const child = conditionArb(depth - 1, references);
  return fc.oneof(
    fc.array(child, { minLength: 1, maxLength: 4 }).map((all) => ({ all })),
    fc.array(child, { minLength: 1, maxLength: 4 }).map((any) => ({ any })),
    child.map((not) => ({ not })),
  );
}

const text = { da: 'genereret', en: 'generated' };

function ruleFile(name: string, conditions: TopLevelCondition, refusion: boolean): RuleFile {
  return {
    name,
    conditions,
    event: refusion
      ? { type: 'refusion', params: { rate: { fact: parameterFactName('p0') } } }
      : { type: 'indicator', params: { indicator: name } },
    meta: { title: text, description: text, sources: [], effectiveFrom: '2015-01' },
    cases: [],
  };
}

/** Shape of generated rule sets. */
export interface RuleSetShape {
  /** Depth of each rule's condition tree (a leaf directly under the top is depth 1). Default 4. */
  depth?: number;
  /** Most rules in a set. Default 6. */
  maxRules?: number;
  /** Most shared conditions in a set (each of depth 3). Default 3. */
  maxShared?: number;
}

/**
 * A rule set: 1–6 rules of depth 4, 0–3 shared conditions (each may refer to the ones before it, so there is
 * no cycle) and the parameters p0–p2.
 */
export function ruleSetArb({
  depth = 4,
  maxRules = 6,
  maxShared = 3,
}: RuleSetShape = {}): fc.Arbitrary<RuleSet> {
  return fc.integer({ min: 0, max: maxShared }).chain((sharedCount) => {
    const names = Array.from({ length: sharedCount }, (_, k) => `shared-${k}`);
    const shared = names.map((_, k) => topConditionArb(3, names.slice(0, k)));
    const rules = fc.array(fc.tuple(topConditionArb(depth, names), fc.boolean()), {
      minLength: 1,
      maxLength: maxRules,
    });
    const parameters = fc.tuple(...PARAMETERS.map(() => parameterValueArb));
    return fc.tuple(fc.tuple(...shared), rules, parameters).map(([sharedConditions, ruleBodies, values]) => ({
      rules: ruleBodies.map(([conditions, refusion], k) => ruleFile(`rule-${k}`, conditions, refusion)),
      conditions: Object.fromEntries(
        names.map((name, k) => [name, sharedConditions[k] as TopLevelCondition]),
      ),
      parameters: Object.fromEntries(
        PARAMETERS.map((name, k) => [
          name,
          { label: text, value: values[k] ?? 0, unit: 'number', source: { document: 'generated' } },
        ]),
      ),
    }));
  });
}
