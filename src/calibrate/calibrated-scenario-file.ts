/**
 * The calibrated scenario as a file: it `extends` the input scenario and sets each calibrated Quantity by an
 * override, so the file is small, shows exactly what calibration changed, and follows later edits of the parent.
 */
import type { JsonValue } from '../rules/rule-file.ts';
import type { DerivedScenario, ResolvedScenario } from '../scenario/scenario.ts';
import type { QuantityUpdate } from './apply-parameters.ts';

/** `calibratedScenarioFile(resolved, updates)` → {id: "<id>-kalibreret", extends: "<id>", overrides: […]}. */
export function calibratedScenarioFile(
  base: ResolvedScenario,
  updates: readonly QuantityUpdate[],
  id = `${base.id}-kalibreret`,
): DerivedScenario {
  return {
    $schema: base.$schema ?? './scenario.schema.json',
    id,
    title: { da: `${base.title.da} (kalibreret)`, en: `${base.title.en} (calibrated)` },
    description: {
      da: `Scenariet ${base.id} med overgangsparametre kalibreret til observerede serier (maalbar calibrate).`,
      en: `The scenario ${base.id} with transition parameters calibrated to observed series (maalbar calibrate).`,
    },
    extends: base.id,
    overrides: updates.map(({ path, quantity }) => ({
      path,
      value: quantity as unknown as JsonValue,
      note: { da: 'Kalibreret.', en: 'Calibrated.' },
    })),
  };
}
