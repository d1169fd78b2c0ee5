/**
 * A prepared model for a scenario that differs from the prepared one only in Quantity values, uncertainties
 * and the seed (what calibration changes): the month-0 cohort, the rule schedule and the compiled kernels are
 * shared, only the Quantity index is rebuilt. Preparing anew would build the synthetic cohort and compile the
 * kernels again at every one of the optimiser's evaluations (≈ 0.3–0.6 s for Lyngby-Taarbæk).
 */
import { indexQuantities } from '../scenario/quantity.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import type { PreparedModel } from '../sim/prepare-model.ts';

/** `modelForScenario(model, withQuantities(model.scenario, updates))` → the model of the changed scenario. */
export function modelForScenario(model: PreparedModel, scenario: ResolvedScenario): PreparedModel {
  if (JSON.stringify(scenario.parameters) !== JSON.stringify(model.scenario.parameters)) {
    throw new Error('modelForScenario: the rule parameters differ; prepare the model anew.');
  }
  return { ...model, scenario, quantities: indexQuantities(scenario) };
}
