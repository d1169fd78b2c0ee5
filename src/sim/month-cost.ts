/**
 * The municipality's net cost of one month: for every person on a state with a benefit, benefit × (1 − refusion
 * rate). The rate is that of the first `refusion` rule (in rule order) that fired for the person this month, else
 * the scenario's default rate for the state. Absorbing states and self-support cost nothing.
 */
import type { Cohort } from '../cohort/cohort.ts';
import type { EvaluationPlan } from './evaluation-plan.ts';
import * as stateClasses from './state-classes.ts';

const { SUPPORT } = stateClasses; // a module-level copy: see month-step.ts

/** Net kroner of the month; `fired` has `stride` bytes per rule row; `benefit` and `defaultRefusion` by state. */
export function monthCost(
  cohort: Cohort,
  plan: EvaluationPlan,
  fired: Uint8Array,
  stride: number,
  benefit: Float64Array,
  defaultRefusion: Float64Array,
): number {
  const count = cohort.count;
  const ydelse = cohort.columns.ydelse;
  const refusions = plan.refusions;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const s = ydelse[i] ?? 0;
    const gross = SUPPORT[s] === 1 ? (benefit[s] ?? 0) : 0;
    if (gross === 0) continue;
    let rate = defaultRefusion[s] ?? 0;
    for (let j = 0; j < refusions.length; j++) {
      const refusion = refusions[j];
      if (refusion !== undefined && fired[refusion.row * stride + i] === 1) {
        rate = refusion.rate;
        break;
      }
    }
    total += gross * (1 - rate);
  }
  return total;
}
