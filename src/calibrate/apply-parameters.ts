/**
 * Parameter values → scenario Quantities. A multiplier scales each of its Quantities' original values, the
 * macro shift is added to them. While fitting, the moved Quantities are certain (the optimiser looks for their
 * central values); the calibrated scenario gives each a normal uncertainty from the parameter's standard error
 * (delta method on log scale: sd = value × se), so that the Monte Carlo draws carry the parameter uncertainty.
 */
import type { JsonValue, SourceReference } from '../rules/rule-file.ts';
import { isQuantity } from '../scenario/quantity.ts';
import type { Quantity, ResolvedScenario } from '../scenario/scenario.ts';
import type { CalibrationParameter } from './calibration-types.ts';

/** Φ⁻¹(0.975): a normal Quantity's [low, high] is its central 95 % interval. */
const Z95 = 1.959963984540054;

/** A Quantity to set at a JSON pointer. */
export interface QuantityUpdate {
  path: string;
  quantity: Quantity;
}

function unescape(step: string): string {
  return step.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The Quantity at a JSON pointer of a scenario; throws when there is none. */
export function quantityAt(scenario: object, path: string): Quantity {
  let node: unknown = scenario;
  for (const step of path.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<string, unknown>)[unescape(step)];
  }
  if (!isQuantity(node))
    throw new Error(`Scenario ${path} is not a Quantity; the calibration cannot set it.`);
  return node;
}

/**
 * The Quantities the parameters set, for values on the natural scale; with `standardErrors` (optimisation
 * scale) and a `source`, each gets a normal uncertainty and that source (the calibrated scenario).
 */
export function parameterUpdates(
  base: ResolvedScenario,
  parameters: readonly CalibrationParameter[],
  values: readonly number[],
  calibrated?: {
    standardErrors: readonly number[];
    source: (parameter: CalibrationParameter) => SourceReference;
  },
): QuantityUpdate[] {
  return parameters.flatMap((parameter, j) => {
    const value = values[j] ?? parameter.start;
    const se = calibrated?.standardErrors[j] ?? 0;
    return parameter.paths.map((path): QuantityUpdate => {
      const original = quantityAt(base, path);
      const central = parameter.scale === 'log' ? original.value * value : original.value + value;
      const { uncertainty: _uncertainty, ...certain } = original;
      const quantity: Quantity = { ...certain, value: central };
      if (calibrated) {
        quantity.source = calibrated.source(parameter);
        const sd = parameter.scale === 'log' ? Math.abs(central) * se : se;
        if (sd > 0) {
          quantity.uncertainty = {
            low: central - Z95 * sd,
            high: central + Z95 * sd,
            distribution: 'normal',
          };
        }
      }
      return { path, quantity };
    });
  });
}

/** A copy of the scenario with the Quantities set (the input is not changed). */
export function withQuantities(base: ResolvedScenario, updates: readonly QuantityUpdate[]): ResolvedScenario {
  const copy = JSON.parse(JSON.stringify(base)) as ResolvedScenario;
  for (const { path, quantity } of updates) {
    const steps = path.split('/').slice(1).map(unescape);
    const last = steps.pop();
    let node: unknown = copy;
    for (const step of steps) node = (node as Record<string, unknown>)[step];
    if (last === undefined || node === null || typeof node !== 'object') {
      throw new Error(`Scenario ${path} cannot be set.`);
    }
    (node as Record<string, JsonValue>)[last] = quantity as unknown as JsonValue;
  }
  return copy;
}
