import { describe, expect, test } from 'vitest';
import type { Quantity } from '../../../src/scenario/scenario.ts';
import { drawQuantity } from '../../../src/random/draw-quantity.ts';
import { createStream } from '../../../src/random/random-stream.ts';
import { BUNDLED_RULES } from '../../../web/bundle/bundled-rules.ts';
import { applyLever, leverViews, snapLeverValue } from '../../../web/levers/apply-lever.ts';
import { leverCatalog } from '../../../web/levers/lever-catalog.ts';
import type { LeverSpec } from '../../../web/levers/lever.ts';
import { ruleParameters } from '../../../web/levers/rule-parameters.ts';
import {
  baseScenario,
  defaultWorkingState,
  workingScenario,
  type WorkingState,
} from '../../../web/state/working-state.ts';

const base = baseScenario(defaultWorkingState());
const catalog = leverCatalog(base, ruleParameters(BUNDLED_RULES.files));
const lever = (id: string): LeverSpec => {
  const found = catalog.find((spec) => spec.id === id);
  if (!found) throw new Error(`no lever ${id}`);
  return found;
};
/** Moves one lever from the default state and resolves the result. */
function move(id: string, value: number, from: WorkingState = defaultWorkingState()) {
  const state = applyLever(from, lever(id), value, base, workingScenario(from));
  return { state, scenario: workingScenario(state) };
}

describe('the lever catalog of the 2015 scenario', () => {
  test('has the levers of issue 4 §4, grouped, in display order', () => {
    const ids = catalog.map((spec) => spec.id);
    expect(ids.slice(0, 3)).toEqual(['macro-change', 'macro-uncertainty', 'activation-employer-share']);
    expect(ids).toContain('effect-virksomhedspraktik');
    expect(ids).toContain('inflow-nye-kontanthjaelp');
    expect(ids).toContain('reform-sygedagpengeReassessmentWeeks');
    expect(ids).toContain('reform-activationDeadline30To49Months');
    expect(ids.slice(-2)).toEqual(['run-replications', 'run-seed']);
    expect(catalog.filter((spec) => spec.group === 'refugees').map((spec) => spec.id)).toEqual([
      'inflow-flygtninge-2014',
      'inflow-flygtninge-2015',
    ]);
  });

  test('defaults and their sources are the scenario’s and the rule files’', () => {
    const views = leverViews(catalog, base, undefined);
    const view = (id: string) => views.find((candidate) => candidate.spec.id === id);
    // scenarios/lyngby-taarbaek-2015.json: −15 % from seed 000, range −25 % … −5 %; employer share 0.71 assumed.
    expect(view('macro-change')?.defaultValue).toBe(-0.15);
    expect(view('macro-uncertainty')?.defaultValue).toBe(0.1);
    expect(lever('macro-change').source).toMatchObject({ document: expect.stringContaining('Seed 000') });
    expect(view('activation-employer-share')?.defaultValue).toBe(0.71);
    expect(lever('activation-employer-share').source).toMatchObject({ assumption: true });
    // rules/reforms/sygedagpenge-revurdering.json: 22 weeks, from the sygedagpenge guidance.
    expect(view('reform-sygedagpengeReassessmentWeeks')?.defaultValue).toBe(22);
    expect(lever('reform-sygedagpengeReassessmentWeeks').source).toMatchObject({
      url: expect.stringContaining('retsinformation'),
    });
    expect(view('run-replications')?.defaultValue).toBe(1000);
    expect(views.every((candidate) => candidate.value === candidate.defaultValue)).toBe(true);
  });
});

describe('applyLever', () => {
  test('moving a quantity moves its uncertainty range along, so every draw stays valid', () => {
    const { state, scenario } = move('activation-employer-share', 0.9);
    const share = scenario.activation?.employerBasedShare as Quantity;
    // 0.71 in [0.6, 0.8] → 0.9 in [0.79, 0.99]: the same distances below and above.
    expect(share.value).toBe(0.9);
    expect(share.uncertainty).toMatchObject({ low: 0.79, high: 0.99 });
    expect(share.source).toMatchObject({ assumption: true });
    expect(state.overrides.map((override) => override.path)).toEqual(['/activation/employerBasedShare']);
    expect(() => drawQuantity(share, createStream(1, 2))).not.toThrow();
  });

  test('a range is clamped to what the quantity allows (a share stays within 0–1)', () => {
    const share = move('activation-employer-share', 1).scenario.activation?.employerBasedShare;
    expect(share?.uncertainty).toMatchObject({ low: 0.89, high: 1 });
  });

  test('the macro levers share one quantity: the width survives a move of the centre and vice versa', () => {
    const first = move('macro-uncertainty', 0.05);
    const both = move('macro-change', -0.05, first.state);
    expect(both.scenario.macro.unemploymentChange).toMatchObject({
      value: -0.05,
      uncertainty: { low: -0.1, high: 0 },
    });
    expect(both.state.overrides).toHaveLength(1);
  });

  test('moving a lever back to its default removes the override', () => {
    const moved = move('macro-change', -0.05);
    const back = applyLever(moved.state, lever('macro-change'), -0.15, base, moved.scenario);
    expect(back.overrides).toEqual([]);
  });

  test('a reform parameter becomes a scenario parameter with the rule’s unit', () => {
    const { scenario } = move('reform-sygedagpengeReassessmentWeeks', 26);
    expect(scenario.parameters['sygedagpengeReassessmentWeeks']).toMatchObject({ value: 26, unit: 'weeks' });
  });

  test('seed and replications go to the state, not to overrides; the default clears them', () => {
    const seeded = move('run-seed', 12345);
    expect(seeded.state.seed).toBe(12345);
    expect(seeded.scenario.seed).toBe(12345);
    expect(move('run-replications', 1000).state.replications).toBeUndefined();
    expect(move('run-replications', 250).scenario.replications).toBe(250);
  });

  test('an imported scenario’s levers are its own: no inflow lever without inflow, defaults from the import', () => {
    const imported: WorkingState = {
      ...defaultWorkingState(),
      overrides: [
        { path: '/inflow', value: [] },
        { path: '/macro/unemploymentChange/value', value: -0.05 },
      ],
    };
    const importBase = baseScenario(imported);
    expect(importBase.inflow).toEqual([]);
    // The deeper override is a lever's change, not part of the import: the default stays the file's.
    expect(importBase.macro.unemploymentChange.value).toBe(base.macro.unemploymentChange.value);
    const own = leverCatalog(importBase, ruleParameters(BUNDLED_RULES.files));
    expect(own.some((spec) => spec.group === 'inflow')).toBe(false);
    expect(catalog.some((spec) => spec.group === 'inflow')).toBe(true);
    // The 2015 plan's catalog on the import leaves out what the import lacks instead of throwing.
    const views = leverViews(catalog, importBase, workingScenario(imported));
    expect(views.some((view) => view.spec.group === 'inflow')).toBe(false);
    expect(views.find((view) => view.spec.id === 'macro-change')?.value).toBe(-0.05);
  });

  test('values snap to the lever’s grid and bounds', () => {
    expect(snapLeverValue({ min: -0.4, max: 0.2, step: 0.01 }, -0.12345)).toBe(-0.12);
    expect(snapLeverValue({ min: -0.4, max: 0.2, step: 0.01 }, 3)).toBe(0.2);
    expect(move('run-replications', 5).scenario.replications).toBe(10);
  });
});
