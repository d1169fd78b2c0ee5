import { evaluateOperator } from './engine-operators.ts';
import type { DefaultOperator } from './engine-operators.ts';
import { factDomain } from './fact-domain.ts';
import type { FactName } from '../facts.ts';

/** One side of a leaf condition: a person's fact, or a constant (a literal `value` or a parameter's number). */
export type Operand = { kind: 'fact'; fact: FactName } | { kind: 'constant'; value: unknown };

/** Inclusive integer bounds; `-Infinity` / `Infinity` where the range runs to the end of the fact's domain. */
export interface IntegerRange {
  lo: number;
  hi: number;
}

export type CompareOperator = '<' | '<=' | '>' | '>=' | '===' | '!==';

/**
 * A leaf condition in a form the kernels can evaluate on stored codes, equal to json-rules-engine's operator on
 * every value the facts can take:
 * - `codes`: a category or boolean fact; true when bit `code` of `mask` is set;
 * - `ranges`: an integer fact; true when the value is in one of the ranges (or in none, when `negated`);
 * - `compare`: two integer facts (or two facts over the same categories) compared with a JS operator on codes;
 * - `table`: two facts of which at least one is small; `table[(a − leftOffset) · rightSize + (b − rightOffset)]`.
 */
export type LeafPredicate =
  | { kind: 'const'; value: boolean }
  | { kind: 'codes'; fact: FactName; mask: number }
  | { kind: 'ranges'; fact: FactName; ranges: IntegerRange[]; negated: boolean }
  | { kind: 'compare'; left: FactName; operator: CompareOperator; right: FactName }
  | {
      kind: 'table';
      left: FactName;
      right: FactName;
      table: Uint8Array;
      leftOffset: number;
      rightOffset: number;
      rightSize: number;
    };

const COMPARE: Partial<Record<DefaultOperator, CompareOperator>> = {
  lessThan: '<',
  lessThanInclusive: '<=',
  greaterThan: '>',
  greaterThanInclusive: '>=',
  equal: '===',
  notEqual: '!==',
};

/**
 * The predicate of `left <operator> right`, computed by running json-rules-engine's operator over the facts'
 * domains. Throws what the operator throws (a TypeError for `in` on a number): the caller reports it.
 *
 * @example leafPredicate('lessThan', {kind: 'fact', fact: 'age'}, {kind: 'constant', value: 30})
 *   // → {kind: 'ranges', fact: 'age', ranges: [{lo: -Infinity, hi: 29}], negated: false}
 */
export function leafPredicate(operator: DefaultOperator, left: Operand, right: Operand): LeafPredicate {
  if (left.kind === 'constant' && right.kind === 'constant') {
    return { kind: 'const', value: evaluateOperator(operator, left.value, right.value) };
  }
  if (left.kind === 'fact' && right.kind === 'constant') {
    return unaryPredicate(left.fact, (v) => evaluateOperator(operator, v, right.value));
  }
  if (left.kind === 'constant' && right.kind === 'fact') {
    return unaryPredicate(right.fact, (v) => evaluateOperator(operator, left.value, v));
  }
  if (left.kind === 'fact' && right.kind === 'fact') return pairPredicate(operator, left.fact, right.fact);
  throw new Error('unreachable: operands are facts or constants');
}

/** A predicate on one fact from its truth on each value of the domain. */
function unaryPredicate(fact: FactName, test: (value: unknown) => boolean): LeafPredicate {
  const domain = factDomain(fact);
  return fromTruth(
    fact,
    domain.values.map((value) => test(value)),
  );
}

function fromTruth(fact: FactName, truth: readonly boolean[]): LeafPredicate {
  if (truth.every(Boolean)) return { kind: 'const', value: true };
  if (!truth.some(Boolean)) return { kind: 'const', value: false };
  const domain = factDomain(fact);
  if (domain.size === 'small') {
    if (truth.length > 32)
      throw new Error(`${fact} has more than 32 values: the kernel's bit masks need ≤ 32`);
    let mask = 0;
    truth.forEach((bit, code) => (mask += bit ? 2 ** code : 0));
    return { kind: 'codes', fact, mask };
  }
  const onRuns = runsOf(truth, true, domain.offset);
  const offRuns = runsOf(truth, false, domain.offset);
  return offRuns.length < onRuns.length
    ? { kind: 'ranges', fact, ranges: offRuns, negated: true }
    : { kind: 'ranges', fact, ranges: onRuns, negated: false };
}

/** Maximal runs of `want` in `truth`, as code ranges; a run that reaches an end of the domain is left open. */
function runsOf(truth: readonly boolean[], want: boolean, offset: number): IntegerRange[] {
  const runs: IntegerRange[] = [];
  let start = -1;
  for (let k = 0; k <= truth.length; k++) {
    const inRun = k < truth.length && truth[k] === want;
    if (inRun && start < 0) start = k;
    if (!inRun && start >= 0) {
      runs.push({
        lo: start === 0 ? -Infinity : offset + start,
        hi: k === truth.length ? Infinity : offset + k - 1,
      });
      start = -1;
    }
  }
  return runs;
}

/** Fact-to-fact comparison (`value: {"fact": …}`). */
function pairPredicate(operator: DefaultOperator, leftFact: FactName, rightFact: FactName): LeafPredicate {
  const left = factDomain(leftFact);
  const right = factDomain(rightFact);
  if (leftFact === rightFact) return unaryPredicate(leftFact, (v) => evaluateOperator(operator, v, v));
  if (left.size === 'integer' && right.size === 'integer') {
    // Both sides are numbers: the engine's operators are JS comparisons on them (number validator passes),
    // contains/doesNotContain are false (the fact value is no array), in/notIn throw (a number has no indexOf).
    const compare = COMPARE[operator];
    const sample = evaluateOperator(operator, left.values[0], right.values[0]);
    if (compare) return { kind: 'compare', left: leftFact, operator: compare, right: rightFact };
    if (sample) throw new Error(`unreachable: ${operator} on two numbers is expected to be false`);
    return { kind: 'const', value: false };
  }
  const rows = left.values.length;
  const columns = right.values.length;
  const table = new Uint8Array(rows * columns);
  for (let a = 0; a < rows; a++) {
    for (let b = 0; b < columns; b++) {
      table[a * columns + b] = evaluateOperator(operator, left.values[a], right.values[b]) ? 1 : 0;
    }
  }
  const cell = (a: number, b: number): boolean => table[a * columns + b] === 1;
  const rowsConstant = left.values.every((_, a) => right.values.every((__, b) => cell(a, b) === cell(a, 0)));
  if (rowsConstant)
    return fromTruth(
      leftFact,
      left.values.map((_, a) => cell(a, 0)),
    );
  const columnsConstant = right.values.every((_, b) =>
    left.values.every((__, a) => cell(a, b) === cell(0, b)),
  );
  if (columnsConstant)
    return fromTruth(
      rightFact,
      right.values.map((_, b) => cell(0, b)),
    );
  if (left.size === 'small' && right.size === 'small' && rows === columns) {
    const sameValues = left.values.every((value, k) => value === right.values[k]);
    const diagonal = (want: boolean): boolean =>
      left.values.every((_, a) => right.values.every((__, b) => cell(a, b) === (a === b ? want : !want)));
    // Same categories: equal codes ⇔ equal strings, so compare the codes directly.
    if (sameValues && diagonal(true))
      return { kind: 'compare', left: leftFact, operator: '===', right: rightFact };
    if (sameValues && diagonal(false))
      return { kind: 'compare', left: leftFact, operator: '!==', right: rightFact };
  }
  return {
    kind: 'table',
    left: leftFact,
    right: rightFact,
    table,
    leftOffset: left.offset,
    rightOffset: right.offset,
    rightSize: columns,
  };
}

/** A string equal for equal predicates, used to compute each distinct leaf once per person. */
export function predicateKey(predicate: LeafPredicate): string {
  switch (predicate.kind) {
    case 'const':
      return String(predicate.value);
    case 'codes':
      return `codes ${predicate.fact} ${predicate.mask}`;
    case 'ranges':
      return `ranges ${predicate.fact} ${predicate.negated} ${predicate.ranges.map((r) => `${r.lo}..${r.hi}`).join(',')}`;
    case 'compare':
      return `compare ${predicate.left} ${predicate.operator} ${predicate.right}`;
    case 'table':
      return `table ${predicate.left} ${predicate.right} ${predicate.table.join('')}`;
  }
}

const NEGATED_COMPARE: Record<CompareOperator, CompareOperator> = {
  '<': '>=',
  '<=': '>',
  '>': '<=',
  '>=': '<',
  '===': '!==',
  '!==': '===',
};

/** The predicate that is true exactly where `predicate` is false, so `not` around a leaf costs nothing. */
export function negatePredicate(predicate: LeafPredicate): LeafPredicate {
  switch (predicate.kind) {
    case 'const':
      return { kind: 'const', value: !predicate.value };
    case 'codes': {
      const all = 2 ** factDomain(predicate.fact).values.length - 1;
      return { kind: 'codes', fact: predicate.fact, mask: all - predicate.mask };
    }
    case 'ranges':
      return { ...predicate, negated: !predicate.negated };
    case 'compare':
      return { ...predicate, operator: NEGATED_COMPARE[predicate.operator] };
    case 'table':
      return { ...predicate, table: predicate.table.map((cell) => cell ^ 1) };
  }
}
