/**
 * json-rules-engine 7.3's default operators, copied from `dist/engine-default-operators.js` and `dist/operator.js`
 * so that the compiler can run them at compile time over every value a fact can take (the result is exact by
 * construction). An operator is `validator(factValue) && callback(factValue, jsonValue)`. A test runs each one
 * against json-rules-engine itself on a grid of odd values, so a change in a new version is caught.
 */

/** The operators json-rules-engine registers by default; the only ones the compiled kernel supports. */
export const DEFAULT_OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;
export type DefaultOperator = (typeof DEFAULT_OPERATORS)[number];

export function isDefaultOperator(name: string): name is DefaultOperator {
  return (DEFAULT_OPERATORS as readonly string[]).includes(name);
}

/** The operators that compare numbers: false when the fact value does not parse as a number. */
export const NUMBER_OPERATORS: readonly DefaultOperator[] = [
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
];

type Callback = (factValue: unknown, jsonValue: unknown) => boolean;
type Validator = (factValue: unknown) => boolean;

// `b.indexOf(a)` exactly as the engine calls it: strict equality on arrays, substring search on strings, and a
// TypeError for anything without an indexOf method (the caller turns that into a compile error).
const indexOf = (haystack: unknown, needle: unknown): number =>
  (haystack as { indexOf(value: unknown): number }).indexOf(needle);

// The engine calls Number.parseFloat(x) on any value; parseFloat converts its argument with ToString first.
const numberValidator: Validator = (factValue) => Number.parseFloat(String(factValue)).toString() !== 'NaN';
const always: Validator = () => true;

// Relational operators on unknown values: JS coerces as the engine's `a < b` does.
const lt = (a: unknown, b: unknown): boolean => (a as number) < (b as number);
const le = (a: unknown, b: unknown): boolean => (a as number) <= (b as number);

const OPERATORS: { [K in DefaultOperator]: { validator: Validator; callback: Callback } } = {
  equal: { validator: always, callback: (a, b) => a === b },
  notEqual: { validator: always, callback: (a, b) => a !== b },
  in: { validator: always, callback: (a, b) => indexOf(b, a) > -1 },
  notIn: { validator: always, callback: (a, b) => indexOf(b, a) === -1 },
  contains: { validator: Array.isArray, callback: (a, b) => indexOf(a, b) > -1 },
  doesNotContain: { validator: Array.isArray, callback: (a, b) => indexOf(a, b) === -1 },
  lessThan: { validator: numberValidator, callback: lt },
  lessThanInclusive: { validator: numberValidator, callback: le },
  greaterThan: { validator: numberValidator, callback: (a, b) => lt(b, a) },
  greaterThanInclusive: { validator: numberValidator, callback: (a, b) => le(b, a) },
};

/**
 * What json-rules-engine's operator returns for a fact value and a condition value; throws where the engine
 * throws (a TypeError for `in` on a value without indexOf).
 *
 * @example evaluateOperator('lessThan', 25, '30') // true: the engine compares with JS `<`
 */
export function evaluateOperator(operator: DefaultOperator, factValue: unknown, jsonValue: unknown): boolean {
  const { validator, callback } = OPERATORS[operator];
  return validator(factValue) && callback(factValue, jsonValue);
}
