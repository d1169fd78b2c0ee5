/**
 * The columnar cohort: one typed array per fact (the encoding of facts.ts, the layout the compiled kernel reads)
 * and the internal columns the monthly step needs to keep the facts up to date. Row i is person i; rows
 * [count, capacity) are free room for inflow. No per-person objects: the step walks the columns.
 */
import { FACT_NAMES, FACTS, type FactName } from '../rules/facts.ts';

/** The typed array of each fact: Int32Array for integer facts, Uint8Array for booleans and categories. */
export type CohortFactColumns = {
  [K in FactName]: (typeof FACTS)[K]['kind'] extends 'integer' ? Int32Array : Uint8Array;
};

/**
 * Columns that are not facts but carry the history the facts are computed from. Bit masks put the current
 * month in bit 0 and the month k months ago in bit k; the step shifts them left by one each month.
 */
export interface InternalColumns {
  /** Month of year of the person's birthday, 0 = January … 11 = December: age rises by 1 in that month. */
  birthMonth: Uint8Array;
  /**
   * Months counted as unemployed (a-dagpenge, or kontanthjælp as jobparat) in the last 12, as 12 bits:
   * monthsUnemployedLast12 = popcount, weeksUnemployedLast52 = floor(popcount × 52 / 12).
   */
  unemploymentMask: Uint16Array;
  /** Months on sygedagpenge in the last 9, as 9 bits: sickWeeksLast9Months = round(popcount × 52 / 12). */
  sickMask: Uint16Array;
  /**
   * Consecutive months of self-support up to and including the current month; 0 in a month on support. The
   * step ends a support spell (monthsOnSupport → 0) and re-earns dagpenge (dagpengeMonthsUsed → 0) by it.
   */
  monthsSelfSupport: Int32Array;
  /**
   * Months the current offer still runs after the current month; 0 without an offer, and for an offer that
   * ends at the next step.
   */
  offerMonthsLeft: Int32Array;
  /**
   * 1 for a person whose unemployment is part-time (ModelSettings.partTimeUnemployment): their months count in
   * the unemployment history with the part-time probability. Kept for the whole run.
   */
  partTimeUnemployed: Uint8Array;
}

export type InternalColumnName = keyof InternalColumns;

/** Internal column names in a fixed order (for copying and tests). */
export const INTERNAL_COLUMN_NAMES: readonly InternalColumnName[] = [
  'birthMonth',
  'unemploymentMask',
  'sickMask',
  'monthsSelfSupport',
  'offerMonthsLeft',
  'partTimeUnemployed',
];

const INTERNAL_TYPES = {
  birthMonth: Uint8Array,
  unemploymentMask: Uint16Array,
  sickMask: Uint16Array,
  monthsSelfSupport: Int32Array,
  offerMonthsLeft: Int32Array,
  partTimeUnemployed: Uint8Array,
} as const;

export interface Cohort {
  /** Persons in the cohort: rows [0, count). */
  count: number;
  /** Rows allocated in every column (≥ count). */
  capacity: number;
  /** One column per fact, in facts.ts encoding; pass it to CompiledRuleSet.evaluate(columns, count, out). */
  columns: CohortFactColumns;
  /** The step's own columns. */
  internal: InternalColumns;
}

function allocateFactColumns(capacity: number): CohortFactColumns {
  const columns: Partial<Record<FactName, Int32Array | Uint8Array>> = {};
  for (const name of FACT_NAMES) {
    columns[name] = FACTS[name].kind === 'integer' ? new Int32Array(capacity) : new Uint8Array(capacity);
  }
  return columns as CohortFactColumns;
}

function allocateInternalColumns(capacity: number): InternalColumns {
  return {
    birthMonth: new INTERNAL_TYPES.birthMonth(capacity),
    unemploymentMask: new INTERNAL_TYPES.unemploymentMask(capacity),
    sickMask: new INTERNAL_TYPES.sickMask(capacity),
    monthsSelfSupport: new INTERNAL_TYPES.monthsSelfSupport(capacity),
    offerMonthsLeft: new INTERNAL_TYPES.offerMonthsLeft(capacity),
    partTimeUnemployed: new INTERNAL_TYPES.partTimeUnemployed(capacity),
  };
}

/** An empty cohort with room for `capacity` persons (every value 0). `createCohort(1000)`. */
export function createCohort(capacity: number): Cohort {
  if (!Number.isInteger(capacity) || capacity < 0) {
    throw new RangeError(`A cohort's capacity must be a whole number ≥ 0, not ${capacity}`);
  }
  return {
    count: 0,
    capacity,
    columns: allocateFactColumns(capacity),
    internal: allocateInternalColumns(capacity),
  };
}

/**
 * Makes room for at least `needed` persons: when the capacity is smaller, doubles it (or more, to `needed`) and
 * copies rows [0, count) into new columns, replacing the cohort's arrays in place. Column references taken
 * before the call are stale after a growth. New rows are 0.
 */
export function ensureCapacity(cohort: Cohort, needed: number): void {
  if (needed <= cohort.capacity) return;
  const capacity = Math.max(needed, cohort.capacity * 2, 16);
  const columns = allocateFactColumns(capacity);
  for (const name of FACT_NAMES) columns[name].set(cohort.columns[name].subarray(0, cohort.count));
  const internal = allocateInternalColumns(capacity);
  for (const name of INTERNAL_COLUMN_NAMES)
    internal[name].set(cohort.internal[name].subarray(0, cohort.count));
  cohort.columns = columns;
  cohort.internal = internal;
  cohort.capacity = capacity;
}

/**
 * Adds `rows` persons with every column 0 (growing the cohort when needed) and returns the first new row. The
 * caller writes every column of the new rows: code 0 is a-dagpenge for ydelse, so zeros are not a neutral person.
 */
export function allocateRows(cohort: Cohort, rows: number): number {
  const first = cohort.count;
  ensureCapacity(cohort, first + rows);
  for (const name of FACT_NAMES) cohort.columns[name].fill(0, first, first + rows);
  for (const name of INTERNAL_COLUMN_NAMES) cohort.internal[name].fill(0, first, first + rows);
  cohort.count = first + rows;
  return first;
}
