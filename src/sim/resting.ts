/**
 * Persons at rest: those whom no exit draw and no rule can reach again. About half of a cohort's rows are people
 * who left for self-support; after the re-entry window their exit probabilities are 0 for good, and no rule can
 * fire for a self-supporting person without an offer (quiet-states.ts), so stepping and evaluating them every
 * month changes nothing but their age. The monthly step counts them by state instead of keeping their rows; the
 * only thing that still happens to them, the move to pension at pension age, is scheduled here. Persons in an
 * absorbing state rest at once when no rule can fire there.
 */
import { EDUCATION_LEVELS, FACTS, STATES, VISITATIONS } from '../rules/facts.ts';
import { NEVER, type ExitBounds } from './exit-bounds.ts';
import * as stateClasses from './state-classes.ts';
import type { TransitionTables } from './transition-tables.ts';

const { ABSORBING } = stateClasses; // a module-level copy: see month-step.ts
const NV = VISITATIONS.length;
const MAX_AGE = FACTS.age.max;
const SELF_SUPPORT = STATES.indexOf('selvforsoergelse');
const PENSION = STATES.indexOf('pension');

/** Facts every resting person has (so that rules on them can be read as false). */
export const RESTING_FACTS = { offer: 'ingen', monthsInOffer: 0, visitation: 'ingen' } as const;

export interface Resting {
  /** Resting persons by state code (after the last step). */
  readonly counts: Int32Array;
  /** 1 for each absorbing state whose persons rest at once. */
  readonly absorbing: Uint8Array;
  /** Per education code, months in self-support from which a person rests (NEVER: not at all). */
  readonly selfSupportFrom: Int32Array;
  /** Resting self-supporting persons who move to pension in month t, [t]. */
  readonly pensionDue: Int32Array;
}

/**
 * The resting bookkeeping of one replication. `quiet` from quietStates(ruleSet, RESTING_FACTS); `enabled` false
 * steps and evaluates everyone every month (the reference the tests compare with).
 */
export function createResting(
  quiet: Uint8Array,
  tables: TransitionTables,
  bounds: ExitBounds,
  months: number,
  enabled: boolean,
): Resting {
  const selfSupport =
    enabled && quiet[SELF_SUPPORT] === 1 && quiet[PENSION] === 1 && ABSORBING[PENSION] === 1;
  return {
    counts: new Int32Array(STATES.length),
    absorbing: Uint8Array.from(STATES, (_, s) => (enabled && ABSORBING[s] === 1 && quiet[s] === 1 ? 1 : 0)),
    selfSupportFrom: selfSupport
      ? selfSupportRestFrom(tables, bounds)
      : new Int32Array(EDUCATION_LEVELS.length).fill(NEVER),
    pensionDue: new Int32Array(months + 1),
  };
}

/**
 * Per education code, the months in self-support (monthsInYdelse after the step) from which a person without an
 * offer has exit probability 0 to every destination in every later month: each pair has a base of 0, an
 * education or no-offer factor of 0, or a duration factor that is 0 from then on. NEVER where no such month
 * exists. (An age factor of 0 would do too; leaving it out only makes some persons rest later.)
 */
function selfSupportRestFrom(tables: TransitionTables, bounds: ExitBounds): Int32Array {
  const K = tables.pairs;
  return Int32Array.from(EDUCATION_LEVELS, (_, education) => {
    let from = 0;
    for (let k = tables.destStart[SELF_SUPPORT] ?? 0; k < (tables.destStart[SELF_SUPPORT + 1] ?? 0); k++) {
      const alwaysZero =
        tables.base[k] === 0 || tables.eduVis[education * NV * K + k] === 0 || tables.offer[k] === 0;
      if (!alwaysZero) from = Math.max(from, bounds.durationZeroFrom[k] ?? NEVER);
    }
    return bounds.finite ? from : NEVER;
  });
}

/**
 * Books the month in which a person coming to rest in self-support in month t reaches pension age: the step
 * raises age in the birth month and moves to pension when the raised age reaches `pensionAge`.
 */
export function schedulePension(
  resting: Resting,
  t: number,
  calendarMonth: number,
  birthMonth: number,
  age: number,
  pensionAge: number,
): void {
  // Age stops at MAX_AGE, and a birth month outside 0–11 never comes: then never.
  if (pensionAge > MAX_AGE || !(birthMonth >= 0 && birthMonth < 12)) return;
  const untilBirthday = (birthMonth - calendarMonth + 12) % 12 || 12;
  const month = t + untilBirthday + 12 * (Math.max(1, pensionAge - age) - 1);
  if (month < resting.pensionDue.length) {
    resting.pensionDue[month] = (resting.pensionDue[month] ?? 0) + 1;
  }
}
