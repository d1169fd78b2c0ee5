import { describe, expect, it } from 'vitest';
import { parameterUpdates, withQuantities } from '../../src/calibrate/apply-parameters.ts';
import { calibratedScenarioFile } from '../../src/calibrate/calibrated-scenario-file.ts';
import { calibrationParameters } from '../../src/calibrate/calibration-parameters.ts';
import { resolveScenario } from '../../src/scenario/resolve-scenario.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { CHOICES, syntheticScenario } from './synthetic-model.ts';

describe('calibrated scenario file', () => {
  const base = syntheticScenario(50);
  const parameters = calibrationParameters(base, CHOICES);
  const source = () => ({ document: 'calibrated from ydelse:kontanthjaelp' });
  const updates = parameterUpdates(base, parameters, [1.5, 1, 0.5, 2], {
    standardErrors: [0.1, 0, 0.2, 0.1],
    source,
  });

  it('scales every exit of a state and sets a normal uncertainty of sd = value × se', () => {
    const exit = updates.find((u) => u.path === '/transitions/kontanthjaelp/exits/selvforsoergelse');
    // 0.06 × 1.5 = 0.09; sd 0.009, so [low, high] = 0.09 ∓ 1.96 × 0.009.
    expect(exit?.quantity.value).toBeCloseTo(0.09, 12);
    expect(exit?.quantity.uncertainty?.distribution).toBe('normal');
    expect(exit?.quantity.uncertainty?.high).toBeCloseTo(0.09 + 1.959964 * 0.009, 6);
    expect(exit?.quantity.source).toEqual({ document: 'calibrated from ydelse:kontanthjaelp' });
    // A parameter with standard error 0 stays certain.
    const inflow = updates.find((u) => u.path === '/inflow/0/perMonth');
    expect(inflow?.quantity.value).toBe(18);
    expect(inflow?.quantity.uncertainty).toBeUndefined();
  });

  it('resolves, through extends and overrides, to the same model as applying the updates directly', () => {
    const file = calibratedScenarioFile(base, updates);
    expect(file.extends).toBe(base.id);
    const parent = { ...base } as Partial<typeof base>;
    delete parent.lineage;
    const resolved = resolveScenario(file, (id) => (id === base.id ? (parent as Scenario) : undefined));
    const direct = withQuantities(base, updates);
    expect(resolved.transitions).toEqual(direct.transitions);
    expect(resolved.inflow).toEqual(direct.inflow);
    expect(resolved.id).toBe(`${base.id}-kalibreret`);
  });
});
